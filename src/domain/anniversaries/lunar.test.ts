import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lunarObservance, lunarToSolar, solarToLunar } from './lunar.ts';
import { isoDay } from './calendar-dates.ts';

describe('Vietnamese lunar calendar', () => {
  it('keeps Giỗ Tổ Hùng Vương (10/3 âm lịch) on the published solar dates', () => {
    const published: Record<number, string> = {
      2020: '2020-04-02',
      2021: '2021-04-21',
      2022: '2022-04-10',
      2023: '2023-04-29',
      2024: '2024-04-18',
      2025: '2025-04-07',
      2026: '2026-04-26',
      2027: '2027-04-16',
    };
    for (const [year, date] of Object.entries(published)) {
      expect(isoDay(lunarObservance(3, 10, Number(year)))).toBe(date);
    }
  });

  it('puts Tết on the Vietnamese date (UTC+7), not the Chinese one where they differ', () => {
    const tet: Record<number, string> = {
      1985: '1985-01-21', // China: 20 February
      2007: '2007-02-17', // China: 18 February
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
      2030: '2030-02-02', // China: 3 February
    };
    for (const [year, date] of Object.entries(tet)) {
      expect(isoDay(lunarToSolar({ day: 1, month: 1, year: Number(year), leap: false })!)).toBe(date);
    }
  });

  it('knows leap months: 2023 had a leap 2nd month, 2025 a leap 6th', () => {
    expect(solarToLunar({ day: 22, month: 3, year: 2023 })).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: true })).toEqual({ day: 25, month: 7, year: 2025 });
    expect(lunarToSolar({ day: 1, month: 3, year: 2025, leap: true })).toBeNull();
  });

  it('refuses days that do not exist and keeps day 30 of a short month on its 29th', () => {
    // Lunar 2/2025 has 29 days (it starts 28/2, the 3rd month starts 29/3).
    expect(lunarToSolar({ day: 30, month: 2, year: 2025, leap: false })).toBeNull();
    expect(isoDay(lunarObservance(2, 30, 2025))).toBe('2025-03-28');
    expect(isoDay(lunarObservance(1, 30, 2025))).toBe('2025-02-27');
    expect(lunarToSolar({ day: 1, month: 13, year: 2025, leap: false })).toBeNull();
    expect(() => solarToLunar({ day: 1, month: 1, year: 2300 })).toThrow(RangeError);
  });

  it('round-trips solar → lunar → solar', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-02-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const solar = { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
        expect(lunarToSolar(solarToLunar(solar))).toEqual(solar);
      }),
      { numRuns: 500 },
    );
  });
});
