/**
 * Calendar days as the API accepts them: `YYYY-MM-DD`, a day that exists (no 31 February, no month 13),
 * in a year the system can mean (1900–2200). Checked here once; every schema that takes a date uses it.
 */
import { z } from 'zod';
import { daysInMonth } from '../anniversaries/calendar-dates.ts';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real day written `YYYY-MM-DD` with its year in [minYear, maxYear]. */
export function isCalendarDate(text: string, minYear = MIN_YEAR, maxYear = MAX_YEAR): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= minYear && year <= maxYear && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * A date as precise as a document writes it — `2025`, `2025-03` or `2025-03-14` — whose month and day
 * exist. The years are the plan parser's (1000–2999): anniversaries reach back before 1900.
 */
export function isPartialDate(text: string, minYear = 1000, maxYear = 2999): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < minYear || year > maxYear) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  return m[3] === undefined || isCalendarDate(text, minYear, maxYear);
}

/** The one date schema of the API: a real calendar day, `YYYY-MM-DD`, year 1900–2200. */
export const isoDate = z
  .string()
  .regex(ISO_DAY, { message: 'ngày phải có dạng YYYY-MM-DD', abort: true })
  .refine((s) => isCalendarDate(s), `ngày không có thật hoặc năm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}`);
