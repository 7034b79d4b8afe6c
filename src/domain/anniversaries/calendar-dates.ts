/** Plain calendar days as ISO strings, with no time zone: a day is a day wherever it is read. */

export interface Day {
  year: number;
  month: number;
  day: number;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function isoDay(d: Day): string {
  return `${String(d.year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A period bound: `2025-03-14`, or `2025-03` / `2025` meaning the first day (`edge: 'start'`) or
 * the last day (`edge: 'end'`) of that month or year.
 */
export function parseBound(text: string, edge: 'start' | 'end'): Day {
  const m = PARTIAL.exec(text.trim());
  if (!m) throw new RangeError(`Not an ISO date: "${text}"`);
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : edge === 'start' ? 1 : 12;
  if (month < 1 || month > 12) throw new RangeError(`Not an ISO date: "${text}"`);
  const last = daysInMonth(year, month);
  const day = m[3] ? Number(m[3]) : edge === 'start' ? 1 : last;
  if (day < 1 || day > last) throw new RangeError(`Not an ISO date: "${text}"`);
  return { year, month, day };
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** "03/02/1930": day and month on two digits, as plans print the dates of an anniversary. */
export function formatDayMonthYear(d: Day): string {
  return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}
