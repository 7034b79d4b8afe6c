// The editor's working copy of a plan and how it becomes what the API takes.
import { emptyContent } from '../labels';
import type { PlanContent, PlanDetail, PlanFields, PlanKind } from '../types';

export interface Draft {
  issuer: { id: number; name: string } | null;
  kind: PlanKind;
  title: string;
  periodStart: string | null;
  periodEnd: string | null;
  content: PlanContent;
}

export type SetContent = (patch: Partial<PlanContent>) => void;

export function draftFromPlan(p: PlanDetail): Draft {
  return {
    issuer: { id: p.issuerUnitId, name: p.issuerName },
    kind: p.kind,
    title: p.title,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    content: { ...emptyContent(), ...p.content },
  };
}

export function newDraft(issuer: { id: number; name: string } | null): Draft {
  return { issuer, kind: 'KH', title: '', periodStart: null, periodEnd: null, content: emptyContent() };
}

const t = (s: string | null | undefined) => (s ?? '').trim();
const lines = (list: string[]) => list.map((s) => s.trim()).filter(Boolean);
const orNull = (s: string | null | undefined) => t(s) || null;

/** Trims text, drops empty rows and lists what the user must still fill in before saving. */
export function toFields(d: Draft): { fields: PlanFields; problems: string[] } {
  const problems: string[] = [];
  const c = d.content;
  if (!t(d.title)) problems.push('Chưa nhập trích yếu.');
  if (d.periodStart && d.periodEnd && d.periodStart > d.periodEnd) problems.push('Ngày bắt đầu phải trước ngày kết thúc.');

  const themes = c.themes
    .map((x) => ({ title: t(x.title), points: lines(x.points) }))
    .filter((x) => x.title || x.points.length);
  themes.forEach((x, i) => !x.title && problems.push(`Nội dung ${i + 1}: chưa nhập tên nội dung.`));

  const phases = c.phases
    .map((p) => ({
      label: t(p.label),
      start: p.anchor ? null : p.start,
      end: p.anchor ? null : p.end,
      anchor: p.anchor ? { ...p.anchor, event: t(p.anchor.event), offsetDays: Math.max(0, Math.round(p.anchor.offsetDays || 0)) } : null,
      tasks: lines(p.tasks),
    }))
    .filter((p) => p.label || p.tasks.length || p.start || p.end || p.anchor?.event);
  phases.forEach((p, i) => {
    if (!p.label) problems.push(`Đợt ${i + 1}: chưa nhập tên đợt.`);
    if (p.anchor && !p.anchor.event) problems.push(`${p.label || `Đợt ${i + 1}`}: chưa nhập sự kiện làm mốc.`);
    if (p.start && p.end && p.start > p.end) problems.push(`${p.label || `Đợt ${i + 1}`}: ngày bắt đầu sau ngày kết thúc.`);
  });

  const channels = c.channels.map((ch) => ({
    code: ch.code,
    note: t(ch.note),
    target: ch.target ? { ...ch.target, measure: t(ch.target.measure) } : null,
  }));
  channels.forEach((ch) => {
    if (ch.target && (!(ch.target.quantity > 0) || !ch.target.measure)) {
      problems.push('Chỉ tiêu của hình thức phải có số lượng lớn hơn 0 và đơn vị tính.');
    }
  });

  const assignments = c.assignments
    .map((a) => ({ unitId: a.unitId, unitName: t(a.unitName), duties: lines(a.duties), due: a.due }))
    .filter((a) => a.unitName || a.duties.length || a.unitId);
  assignments.forEach((a, i) => !a.unitName && problems.push(`Tổ chức thực hiện, mục ${i + 1}: chưa có tên đơn vị.`));

  const recipients = c.recipients.map((r) => ({ ...r, label: t(r.label) })).filter((r) => r.label || r.unitId);
  recipients.forEach((r, i) => !r.label && problems.push(`Nơi nhận ${i + 1}: chưa có tên.`));

  const externalBases = c.externalBases
    .map((b) => ({ ...b, symbol: orNull(b.symbol), issuer: orNull(b.issuer), title: orNull(b.title), docKind: orNull(b.docKind) }))
    .filter((b) => b.symbol || b.issuer || b.title || b.serial || b.date);

  const signer = c.signer
    ? { authority: orNull(c.signer.authority), position: orNull(c.signer.position), name: orNull(c.signer.name) }
    : null;

  const content: PlanContent = {
    purposes: lines(c.purposes),
    requirements: lines(c.requirements),
    themes,
    phases,
    channels,
    slogans: lines(c.slogans),
    anniversaries: c.anniversaries.filter((a) => t(a.title)),
    assignments,
    reporting: c.reporting,
    recipients,
    externalBases,
    signer: signer && (signer.authority || signer.position || signer.name) ? signer : null,
    implementBy: c.implementBy,
  };
  return { fields: { kind: d.kind, title: t(d.title), periodStart: d.periodStart, periodEnd: d.periodEnd, content }, problems: [...new Set(problems)] };
}
