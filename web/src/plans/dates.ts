// Dates as the API has them (YYYY-MM-DD), shown and typed as dd/mm/yyyy.
import dayjs from 'dayjs';

/** "25/5/2026", "25.05.2026", "25-05-2026" → "2026-05-25"; null when not a real date. */
export function parseVnDate(input: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(input);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const d = dayjs(iso);
  return d.isValid() && d.format('YYYY-MM-DD') === iso ? iso : null;
}

export function isoToday(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** "10/02/2026 – 31/12/2026", or one side, or "". */
export function formatPeriod(from: string | null, to: string | null): string {
  const f = from ? dayjs(from).format('DD/MM/YYYY') : '';
  const t = to ? dayjs(to).format('DD/MM/YYYY') : '';
  if (f && t) return `${f} – ${t}`;
  if (f) return `từ ${f}`;
  if (t) return `đến ${t}`;
  return '';
}

/** "ngày 10 tháng 02 năm 2026" as in a document's date line. */
export function documentDate(iso: string | null): string {
  if (!iso) return 'ngày … tháng … năm …';
  const d = dayjs(iso);
  return `ngày ${d.format('DD')} tháng ${d.format('MM')} năm ${d.format('YYYY')}`;
}

/** An event's date or span: "03/02/2026" or "10/02/2026 – 31/03/2026". */
export function formatSpan(start: string, end: string | null): string {
  return !end || end === start ? dayjs(start).format('DD/MM/YYYY') : formatPeriod(start, end);
}
