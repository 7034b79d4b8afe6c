/**
 * Dates as Vietnamese documents write them, turned into ISO as precise as printed:
 * "ngày 25 tháng 5 năm 2021" → 2021-05-25, "07/8/2024" → 2024-08-07, "tháng 3/2026" → 2026-03,
 * "năm 2025" / "ngày tháng năm 2025" → 2025; a blank left to fill in ("…/…/202…") gives null.
 */
import { fold } from './text.ts';

/** ISO date as precise as written: 2025, 2025-03 or 2025-03-14. */
export type PartialDate = string;

export interface DateMention {
  /** Offsets in the text searched. */
  start: number;
  end: number;
  /** The date, or null when it is a blank to be filled in. */
  value: PartialDate | null;
  /** For a quarter ("quý I/2025"), its last month. */
  endValue?: PartialDate;
  /** Day and month written without a year ("01/3"): the year comes from the context. */
  dayMonth?: { day: number; month: number };
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds a partial ISO date, or null when a part is out of range. */
export function makeDate(year: number | null, month?: number | null, day?: number | null): PartialDate | null {
  if (year == null || !Number.isInteger(year) || year < 1000 || year > 2999) return null;
  if (month == null) return String(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) return String(year);
  if (day == null) return `${year}-${pad(month)}`;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Compares two partial dates on their common precision: negative, zero or positive. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}

export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

const num = (s: string | undefined): number | null => (s && /^\d+$/.test(s) ? Number(s) : null);

/** A year as written: "2025" → 2025; "202…", "20..", "…" → null (a blank). */
function yearOfToken(s: string | undefined): number | null {
  if (!s || !/^\d{4}$/.test(s)) return null;
  return Number(s);
}

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

// All patterns run on the folded text (lower case, no diacritics). A blank is dots, ellipses,
// underscores or nothing at all ("ngày   tháng   năm 2025").
const BLANK = '[.…_]*';
const D = `(\\d{1,2}|${BLANK})`;
const Y = `(\\d{4}|\\d{0,3}[.…_]+)`;
type Reader = (m: RegExpExecArray, text: string) => Omit<DateMention, 'start' | 'end'> | null;
const PATTERNS: { re: RegExp; read: Reader }[] = [
  {
    // ngày 25 tháng 5 năm 2021 · ngày … tháng … năm 2020 · ngày tháng năm 2025
    re: new RegExp(`ngay\\s*${D}\\s*thang\\s*${D}\\s*(?:nam|,)\\s*${Y}`, 'g'),
    read: (m) => ({ value: makeDate(yearOfToken(m[3]), num(m[2]), num(m[1])) }),
  },
  {
    // 25/5/2021 · ngày 07/8/2024 · …/…/202… · ...../02/2020 · 25.5.2021 · 25-5-2021
    re: new RegExp(`(?<![\\d/.])(?:ngay\\s*)?${D}\\s*([/.-])\\s*${D}\\s*\\2\\s*${Y}(?![\\d/])`, 'g'),
    read: (m) => {
      const day = m[1] ?? '';
      const month = m[3] ?? '';
      // Only accept all-blank parts when a separator shape makes it a date.
      if (!/\d/.test(day + month + (m[4] ?? '')) && !/[.…_]/.test(day + month)) return null;
      if (m[2] !== '/' && !(/^\d+$/.test(day) && /^\d+$/.test(month))) return null;
      return { value: makeDate(yearOfToken(m[4]), num(month), num(day)) };
    },
  },
  {
    // tháng 3/2026 · tháng 3 năm 2026 · tháng 10-2020 · tháng … năm 2020
    re: new RegExp(`thang\\s*${D}\\s*(?:[/-]|nam)\\s*${Y}`, 'g'),
    read: (m) => ({ value: makeDate(yearOfToken(m[2]), num(m[1])) }),
  },
  {
    // quý I/2025 · quý 2 năm 2025
    re: /quy\s*(iv|i{1,3}|[1-4])\s*(?:[/-]|nam)\s*(\d{4})/g,
    read: (m) => {
      const q = ROMAN_QUARTER[m[1] ?? ''] ?? 1;
      const year = Number(m[2]);
      return { value: makeDate(year, q * 3 - 2), endValue: makeDate(year, q * 3) ?? undefined };
    },
  },
  {
    // năm 2025 · hết năm 2024
    re: /(?<![\p{L}])nam\s*(\d{4})(?!\d)/gu,
    // "Nam" of "Việt Nam" folds the same: require the "ă" of "năm".
    read: (m, text) => (/[ăĂ]/.test(text.charAt(m.index + 1)) ? { value: makeDate(Number(m[1])) } : null),
  },
  {
    // 10/2020 (month and year, no "tháng")
    re: /(?<![\d/.,])(\d{1,2})\/(\d{4})(?![\d/])/g,
    read: (m) => {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? { value: makeDate(Number(m[2]), month) } : null;
    },
  },
  {
    // 01/3 · ngày 15/02 (no year)
    re: /(?<![\d/.])(?:ngay\s*)?(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/g,
    read: (m) => {
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (day < 1 || day > 31 || month < 1 || month > 12) return null;
      return { value: null, dayMonth: { day, month } };
    },
  },
];

const BARE_YEAR = /(?<![\d/.\-–])((?:19|20)\d{2})(?![\d/])/g;

/**
 * Every date written in `text`, in order, without overlaps. With `bareYears`, a lone "2025" counts
 * too (in a phase's time span, "từ 2024 đến 2025").
 */
export function findDates(text: string, options: { bareYears?: boolean; key?: string } = {}): DateMention[] {
  const key = options.key ?? fold(text);
  const found: DateMention[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(key); m; m = re.exec(key)) {
      const got = read(m, text);
      if (got) found.push({ start: m.index, end: m.index + m[0].length, ...got });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (options.bareYears) {
    BARE_YEAR.lastIndex = 0;
    for (let m = BARE_YEAR.exec(key); m; m = BARE_YEAR.exec(key)) {
      found.push({ start: m.index, end: m.index + m[0].length, value: makeDate(Number(m[1])) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: DateMention[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    out.push(f);
    lastEnd = f.end;
  }
  return out;
}

/** Resolves a day-month mention ("01/3") with the year of a neighbouring date. */
export function withYear(mention: DateMention, year: number | null): PartialDate | null {
  if (mention.value || !mention.dayMonth || year == null) return mention.value;
  return makeDate(year, mention.dayMonth.month, mention.dayMonth.day);
}
