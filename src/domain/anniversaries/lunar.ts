/**
 * Vietnamese lunar calendar (âm lịch, computed for UTC+7) through `@dqcai/vn-lunar`, which carries
 * Hồ Ngọc Đức's tables for 1200–2199. The library does not check its input (day 30 of a 29-day
 * month silently becomes the next month's 1st; month 13 crashes), so every call goes through here.
 */
import { getLunarDate, getSolarDate } from '@dqcai/vn-lunar';

export const LUNAR_FIRST_YEAR = 1200;
export const LUNAR_LAST_YEAR = 2199;

export interface LunarDay {
  day: number;
  month: number;
  year: number;
  /** True in the intercalary (nhuận) month. */
  leap: boolean;
}

export interface SolarDay {
  day: number;
  month: number;
  year: number;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_FIRST_YEAR || year > LUNAR_LAST_YEAR) {
    throw new RangeError(`Lunar calendar covers ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR}, not ${year}`);
  }
}

/** The lunar date of a solar (Gregorian) date. */
export function solarToLunar(solar: SolarDay): LunarDay {
  checkYear(solar.year);
  const lunar = getLunarDate(solar.day, solar.month, solar.year);
  if (!lunar.isValid()) throw new RangeError(`No lunar date for ${solar.day}/${solar.month}/${solar.year}`);
  return { day: lunar.day, month: lunar.month, year: lunar.year, leap: lunar.leap };
}

/**
 * The solar date of a lunar date, or null when that lunar day does not exist (day 30 of a short
 * month, a leap month the year does not have).
 */
export function lunarToSolar(lunar: LunarDay): SolarDay | null {
  checkYear(lunar.year);
  if (!Number.isInteger(lunar.month) || lunar.month < 1 || lunar.month > 12) return null;
  if (!Number.isInteger(lunar.day) || lunar.day < 1 || lunar.day > 30) return null;
  const solar = getSolarDate(lunar.day, lunar.month, lunar.year, lunar.leap);
  if (solar.jd === 0) return null;
  const back = solarToLunar(solar);
  const same = back.day === lunar.day && back.month === lunar.month && back.year === lunar.year && back.leap === lunar.leap;
  return same ? { day: solar.day, month: solar.month, year: solar.year } : null;
}

/**
 * When a lunar day-month is kept in a given lunar year (the regular month, never the leap one),
 * as the solar date. Day 30 of a month that has only 29 days falls on its 29th, as anniversaries
 * (ngày giỗ) are kept.
 */
export function lunarObservance(month: number, day: number, lunarYear: number): SolarDay {
  const kept =
    lunarToSolar({ day, month, year: lunarYear, leap: false }) ??
    (day === 30 ? lunarToSolar({ day: 29, month, year: lunarYear, leap: false }) : null);
  if (!kept) throw new RangeError(`No lunar day ${day}/${month} in ${lunarYear}`);
  return kept;
}
