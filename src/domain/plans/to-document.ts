/**
 * A stored plan → the official document model (PlanDocument) the .docx renderer prints. The body is
 * written here in the order Party plans use: purposes and requirements, content, forms, timeline,
 * slogans, implementation; the numbered preamble comes from the bases.
 */
import { CHANNEL_LABELS, type BaseRef, type PlanDocument } from './document.ts';
import type { PlanContent, PlanKind } from './content.ts';
import type { IssuerSettings } from './issuer-settings.ts';

export interface StoredPlan {
  kind: PlanKind;
  title: string;
  serial: number | null;
  symbol: string | null;
  issuedOn: string | null;
  place: string | null;
  content: PlanContent;
}

export interface ParentRef {
  kind: string;
  serial: number | null;
  symbol: string | null;
  issuedOn: string | null;
  issuerName: string;
  title: string;
}

const vnDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

const PER_LABEL = { plan: '', month: '/tháng', phase: '/đợt' } as const;

export function planToDocument(plan: StoredPlan, issuer: IssuerSettings, parent: ParentRef | null): PlanDocument {
  const c = plan.content;
  const sections: { heading: string; lines: string[] }[] = [];
  const purposeLines = [
    ...(c.purposes.length ? ['1. Mục đích', ...c.purposes.map((p) => `- ${p}`)] : []),
    ...(c.requirements.length ? [`${c.purposes.length ? 2 : 1}. Yêu cầu`, ...c.requirements.map((r) => `- ${r}`)] : []),
  ];
  if (purposeLines.length) sections.push({ heading: 'MỤC ĐÍCH, YÊU CẦU', lines: purposeLines });
  if (c.themes.length || c.anniversaries.length) {
    const lines = c.themes.flatMap((t, i) => [`${i + 1}. ${t.title}`, ...t.points.map((p) => `- ${p}`)]);
    if (c.anniversaries.length) {
      lines.push(`${c.themes.length + 1}. Tuyên truyền các ngày lễ, kỷ niệm`, ...c.anniversaries.map((a) => `- Kỷ niệm ${a.title}.`));
    }
    sections.push({ heading: 'NỘI DUNG TUYÊN TRUYỀN', lines });
  }
  if (c.channels.length) {
    sections.push({
      heading: 'HÌNH THỨC TUYÊN TRUYỀN',
      lines: c.channels.map((ch, i) => {
        const target = ch.target ? ` Chỉ tiêu: ít nhất ${ch.target.quantity} ${ch.target.measure}${PER_LABEL[ch.target.per]}.` : '';
        return `${i + 1}. ${CHANNEL_LABELS[ch.code]}${ch.note ? `: ${ch.note}` : ''}${target}`;
      }),
    });
  }
  if (c.phases.length) {
    sections.push({
      heading: 'THỜI GIAN, CÁC ĐỢT TUYÊN TRUYỀN',
      lines: c.phases.flatMap((p) => {
        const span = p.start && p.end ? `từ ngày ${vnDate(p.start)} đến ngày ${vnDate(p.end)}` : p.end ? `đến ngày ${vnDate(p.end)}` : p.start ? `từ ngày ${vnDate(p.start)}` : '';
        const anchor = p.anchor ? anchorPhrase(p.anchor) : '';
        return [`- ${p.label}${span || anchor ? `: ${[span, anchor].filter(Boolean).join(', ')}` : ''}.`, ...p.tasks.map((t) => `+ ${t}`)];
      }),
    });
  }
  if (c.slogans.length) sections.push({ heading: 'KHẨU HIỆU TUYÊN TRUYỀN', lines: c.slogans.map((s, i) => `${i + 1}. ${s}`) });
  const implementation = c.assignments.flatMap((a, i) => [
    `${i + 1}. ${a.unitName}`,
    ...a.duties.map((d) => `- ${d}`),
    ...(a.due ? [`- Thời hạn: ${vnDate(a.due)}.`] : []),
  ]);
  if (c.reporting) implementation.push(`${c.assignments.length + 1}. Chế độ báo cáo`, `- ${reportingPhrase(c.reporting)}`);
  if (c.implementBy) implementation.push(`- Các đơn vị xây dựng kế hoạch thực hiện, hoàn thành trước ngày ${vnDate(c.implementBy)}.`);
  if (implementation.length) sections.push({ heading: 'TỔ CHỨC THỰC HIỆN', lines: implementation });

  const bases: BaseRef[] = [
    ...(parent ? [{ serial: parent.serial, symbol: parent.symbol, date: parent.issuedOn, issuer: parent.issuerName, title: parent.title }] : []),
    ...c.externalBases.map((b) => ({ serial: b.serial, symbol: b.symbol, date: b.date, issuer: b.issuer, title: b.title })),
  ];
  return {
    kind: plan.kind,
    serial: plan.serial,
    symbol: plan.symbol,
    issuer: issuer.issuerName,
    issuerParent: issuer.parentBody,
    place: plan.place ?? issuer.place,
    date: plan.issuedOn,
    title: plan.title,
    sections: sections.map((s) => s.heading),
    body: sections,
    bases,
    phases: c.phases.map((p) => ({ label: p.label, start: p.start, end: p.end })),
    slogans: c.slogans,
    anniversaries: c.anniversaries,
    channels: c.channels.map((ch) => ch.code),
    assignments: c.assignments.map((a) => ({ unit: a.unitName, duties: a.duties })),
    recipients: [...c.recipients.map((r) => r.label), 'Lưu: VT'],
    signer: c.signer,
    reportTemplates: [],
    format: issuer.format,
  };
}

function anchorPhrase(anchor: NonNullable<PlanContent['phases'][number]['anchor']>): string {
  const days = anchor.offsetDays ? `${anchor.offsetDays} ngày ` : '';
  if (anchor.relation === 'before') return `${days}trước ${anchor.event}`;
  if (anchor.relation === 'after') return `${days}sau ${anchor.event}`;
  return `trong thời gian diễn ra ${anchor.event}`;
}

function reportingPhrase(r: NonNullable<PlanContent['reporting']>): string {
  const form = r.formCode ? ` theo ${r.formCode}` : '';
  switch (r.cadence) {
    case 'monthly':
      return r.periodStartDay === 1
        ? `Báo cáo kết quả hằng tháng${form}, gửi trước ngày ${r.deadlineDay} của tháng sau.`
        : `Báo cáo kết quả hằng tháng${form} (số liệu từ ngày ${r.periodStartDay} tháng trước đến ngày ${r.periodStartDay - 1} tháng báo cáo), gửi trước ngày ${r.deadlineDay} ${r.deadlineDay < r.periodStartDay ? 'của tháng sau' : 'tháng báo cáo'}.`;
    case 'quarterly':
      return `Báo cáo kết quả hằng quý${form}, gửi trước ngày ${r.deadlineDay} tháng đầu của quý sau.`;
    case 'phase':
      return `Báo cáo kết quả sau mỗi đợt tuyên truyền${form}, chậm nhất ${r.deadlineDay} ngày sau khi kết thúc đợt.`;
    case 'final':
      return `Báo cáo tổng kết${form}, chậm nhất ${r.deadlineDay} ngày sau khi kết thúc kế hoạch.`;
  }
}
