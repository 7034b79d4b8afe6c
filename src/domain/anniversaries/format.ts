import { formatDayMonthYear, type Day } from './calendar-dates.ts';

/** "chẵn": a year count divisible by 10; "lẻ 5": divisible by 5 but not by 10. */
export type AnniversaryMark = 'chẵn' | 'lẻ 5';

export function anniversaryMark(years: number | null): AnniversaryMark | null {
  if (years === null || years <= 0) return null;
  if (years % 10 === 0) return 'chẵn';
  if (years % 5 === 0) return 'lẻ 5';
  return null;
}

export interface TitleParts {
  name: string;
  years: number | null;
  /** The original event's solar date, when known. */
  eventDay: Day | null;
  /** The day it is kept. */
  anniversaryDay: Day;
  /** For a lunar event: its lunar day and month, and its lunar year when known. */
  lunar?: { day: number; month: number; year: number | null };
}

/**
 * The title a plan prints:
 * - "95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)";
 * - "Giỗ Tổ Hùng Vương (10/3 âm lịch, ngày 18/04/2024)" for a lunar day with no year;
 * - "80 năm Ngày … (10/3/1945 âm lịch - 21/04/2025)" for a lunar day with a year.
 */
export function anniversaryTitle(parts: TitleParts): string {
  const kept = formatDayMonthYear(parts.anniversaryDay);
  const prefix = parts.years !== null && parts.years > 0 ? `${parts.years} năm ` : '';
  const lunar = parts.lunar;
  if (lunar) {
    if (lunar.year === null) return `${prefix}${parts.name} (${lunar.day}/${lunar.month} âm lịch, ngày ${kept})`;
    return `${prefix}${parts.name} (${lunar.day}/${lunar.month}/${lunar.year} âm lịch - ${kept})`;
  }
  if (parts.eventDay && prefix) return `${prefix}${parts.name} (${formatDayMonthYear(parts.eventDay)} - ${kept})`;
  return `${prefix}${parts.name} (${kept})`;
}
