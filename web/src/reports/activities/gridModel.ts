// The bulk-entry grid's rows: what is typed (text), and turning it into ActivityInput for the server.
import type { ActivityInput, Channel, Indicator, PlanDetailLite } from '../api/types';
import { parseVnDate } from '../common/dates';
import { PUBLISHING_CHANNELS } from '../common/labels';

export interface GridRow {
  key: string;
  date: string;
  channel: Channel | '';
  planId: string;
  phase: string;
  theme: string;
  figures: Record<string, string>;
  title: string;
  link: string;
  publishedOn: string;
  note: string;
}

let seq = 0;
export const newKey = () => `r${Date.now().toString(36)}${(seq++).toString(36)}`;

export function emptyRow(prev?: GridRow): GridRow {
  return {
    key: newKey(),
    date: prev?.date ?? '',
    channel: '',
    planId: prev?.planId ?? '',
    phase: prev?.phase ?? '',
    theme: prev?.theme ?? '',
    figures: {},
    title: '',
    link: '',
    publishedOn: '',
    note: '',
  };
}

/** Nothing typed that a row would carry on its own (copied date/plan/phase/theme alone do not count). */
export function isBlank(r: GridRow): boolean {
  return (
    !r.channel &&
    Object.values(r.figures).every((v) => !v.trim()) &&
    !r.title.trim() &&
    !r.link.trim() &&
    !r.publishedOn.trim() &&
    !r.note.trim()
  );
}

/** Title cells: for published items, and for channels with nothing to count. */
export const hasTitle = (channel: Channel | '', indicators: Indicator[]) =>
  channel !== '' && (PUBLISHING_CHANNELS.has(channel) || indicators.length === 0);
export const hasLink = (channel: Channel | '') => channel !== '' && PUBLISHING_CHANNELS.has(channel);

export const MAX_FIGURE = 1_000_000_000;
export const digitsOnly = (s: string) => s.replace(/[^\d]/g, '');

/** The phase of a plan that contains a day, if any. */
export function phaseOn(plan: PlanDetailLite | undefined, iso: string | null): string | null {
  if (!plan || !iso) return null;
  const p = plan.content.phases.find((x) => (!x.start || x.start <= iso) && (!x.end || iso <= x.end));
  return p?.label ?? null;
}

export type CellErrors = Partial<Record<string, string>>;

/** Checks a row and builds its ActivityInput, or says what is wrong, cell by cell. */
export function toInput(
  r: GridRow,
  indicators: Indicator[],
): { input: ActivityInput; errors: null } | { input: null; errors: CellErrors } {
  const errors: CellErrors = {};
  const occurredOn = parseVnDate(r.date);
  if (!occurredOn) errors.date = r.date.trim() ? 'Ngày không hợp lệ (dd/mm/yyyy).' : 'Chưa nhập ngày.';
  if (!r.channel) errors.channel = 'Chưa chọn hình thức.';
  const figures: Record<string, number> = {};
  for (const i of indicators) {
    const raw = digitsOnly(r.figures[i.key] ?? '');
    if (!raw) continue;
    if (Number(raw) > MAX_FIGURE) errors[`fig:${i.key}`] = `${i.label}: số quá lớn.`;
    else figures[i.key] = Number(raw);
  }
  const withTitle = hasTitle(r.channel, indicators);
  const withLink = hasLink(r.channel);
  const title = withTitle ? r.title.trim() : '';
  const link = withLink ? r.link.trim() : '';
  if (link && !/^https?:\/\/\S+\.\S+/.test(link)) errors.link = 'Đường dẫn phải bắt đầu bằng http:// hoặc https://';
  const publishedOn = withLink && r.publishedOn.trim() ? parseVnDate(r.publishedOn) : null;
  if (withLink && r.publishedOn.trim() && !publishedOn) errors.publishedOn = 'Ngày đăng không hợp lệ (dd/mm/yyyy).';
  if (r.channel && Object.keys(figures).length === 0 && !title) {
    errors[indicators.length ? `fig:${indicators[0]!.key}` : 'title'] = indicators.length
      ? 'Hãy ghi số liệu hoặc tiêu đề tin, bài.'
      : 'Hãy ghi tiêu đề.';
  }
  if (Object.keys(errors).length > 0 || !occurredOn || !r.channel) return { input: null, errors };
  return {
    errors: null,
    input: {
      occurredOn,
      channel: r.channel,
      planId: r.planId ? Number(r.planId) : null,
      phaseLabel: r.phase.trim() || null,
      theme: r.theme.trim() || null,
      figures,
      title: title || null,
      link: link || null,
      publishedOn,
      note: r.note.trim() || null,
    },
  };
}

/** Zod's validation details (its Vietnamese locale, or English): the common ones, said plainly. */
export function vietnameseIssue(text: string): string {
  let m = /^(?:Too big: expected string to have|Quá lớn: mong đợi string có) <=(\d+)/.exec(text);
  if (m) return `quá dài (tối đa ${m[1]} ký tự).`;
  m = /^(?:Too big: expected number to be|Quá lớn: mong đợi number) <=(\d+)/.exec(text);
  if (m) return `số quá lớn (tối đa ${Number(m[1]).toLocaleString('vi-VN')}).`;
  if (/^(?:Too small: expected number to be|Quá nhỏ: mong đợi number) >=0/.test(text)) return 'không được là số âm.';
  if (/^(?:Invalid URL|URL không hợp lệ)/i.test(text)) return 'đường dẫn không hợp lệ.';
  if (/^(?:Invalid (?:input|string)|Đầu vào không hợp lệ)/i.test(text)) return 'giá trị không hợp lệ.';
  return text;
}

const FIELD_LABELS: Record<string, string> = {
  occurredOn: 'Ngày',
  channel: 'Hình thức',
  planId: 'Kế hoạch',
  phaseLabel: 'Đợt',
  theme: 'Chủ đề',
  figures: 'Số liệu',
  title: 'Tiêu đề',
  link: 'Đường dẫn',
  publishedOn: 'Ngày đăng',
  note: 'Ghi chú',
};

/**
 * The server numbers rows of the items it was sent ("Dòng 2: …", or validation paths "body.items.1.link");
 * blank rows were left out, so the numbers are mapped back to the grid's own.
 */
export function gridRowOfError(
  message: string,
  issues: { path: string; message: string }[],
  sentRows: number[],
): { row: number | null; text: string } {
  const m = /^Dòng (\d+): (.*)$/s.exec(message);
  if (m) {
    const row = sentRows[Number(m[1]) - 1] ?? null;
    return { row, text: `Dòng ${row ?? m[1]}: ${m[2]}` };
  }
  let first: number | null = null;
  const lines: string[] = [];
  for (const issue of issues) {
    const im = /items\.(\d+)(?:\.(\w+))?/.exec(issue.path);
    if (!im) continue;
    const row = sentRows[Number(im[1])] ?? Number(im[1]) + 1;
    first ??= row;
    const field = im[2] ? (FIELD_LABELS[im[2]] ?? im[2]) : null;
    lines.push(`Dòng ${row}${field ? ` (${field})` : ''}: ${vietnameseIssue(issue.message)}`);
  }
  if (lines.length) return { row: first, text: lines.join('\n') };
  if (sentRows.length === 1 && sentRows[0] !== undefined) return { row: sentRows[0], text: `Dòng ${sentRows[0]}: ${message}` };
  return { row: null, text: message };
}
