import { describe, expect, it } from 'vitest';
import { isCalendarDate, isoDate, isPartialDate } from './iso-date.ts';

describe('isoDate', () => {
  it('takes real days between 1900 and 2200', () => {
    for (const d of ['2026-01-31', '2024-02-29', '2000-02-29', '1900-01-01', '2200-12-31', '2026-04-30']) expect(isoDate.safeParse(d).success, d).toBe(true);
  });
  it('refuses days that do not exist, years out of range and other shapes', () => {
    for (const d of ['2026-02-31', '2026-02-29', '1900-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-01', '2026-01-00', '0000-01-01', '1899-12-31', '2201-01-01', '9999-12-31', '2026-1-1', '20260101', '2026-01-01T00:00:00Z', ' 2026-01-01', '', '２０２６-01-01']) {
      expect(isoDate.safeParse(d).success, d).toBe(false);
    }
  });
  it('says why: the shape, or the day', () => {
    expect(isoDate.safeParse('03/03/2026').error!.issues).toHaveLength(1);
    expect(isoDate.safeParse('03/03/2026').error!.issues[0]!.message).toMatch(/YYYY-MM-DD/);
    expect(isoDate.safeParse('2026-02-31').error!.issues[0]!.message).toMatch(/không có thật/);
  });
  it('the range can be widened for founding days', () => {
    expect(isCalendarDate('1875-04-30')).toBe(false);
    expect(isCalendarDate('1875-04-30', 1000, 2200)).toBe(true);
    expect(isCalendarDate('1875-04-31', 1000, 2200)).toBe(false);
  });
});

describe('isPartialDate', () => {
  it('takes a year, a month or a day as documents write them, back to 1000', () => {
    for (const d of ['2025', '2025-03', '2025-03-14', '1890-05-19', '1930-02-03', '2999-12-31']) expect(isPartialDate(d), d).toBe(true);
  });
  it('refuses months and days that do not exist', () => {
    for (const d of ['2025-13', '2025-00', '2025-02-30', '0000', '0999-01-01', '3000', '2025-3', '2025-03-1']) expect(isPartialDate(d), d).toBe(false);
  });
});
