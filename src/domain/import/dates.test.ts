import { describe, expect, it } from 'vitest';
import { compareDates, findDates, makeDate, withYear } from './dates.ts';

const values = (text: string, bareYears = false) => findDates(text, { bareYears }).map((d) => d.value);

describe('dates as written', () => {
  it.each([
    ['ngày 25 tháng 5 năm 2021', '2021-05-25'],
    ['Ngày 07 tháng 08 năm 2024', '2024-08-07'],
    ['ngày 07/8/2024', '2024-08-07'],
    ['ngày 7-8-2024', '2024-08-07'],
    ['ngày 7.8.2024', '2024-08-07'],
    ['tháng 3/2026', '2026-03'],
    ['tháng 10 năm 2020', '2020-10'],
    ['cuối tháng 10-2020', '2020-10'],
    ['hết năm 2024', '2024'],
    ['NGÀY 25 THÁNG 5 NĂM 2021', '2021-05-25'],
  ])('%s → %s', (text, iso) => {
    expect(values(text)).toEqual([iso]);
  });

  it('keeps the precision of a date partly left blank', () => {
    expect(values('Lai Châu, ngày tháng năm 2025')).toEqual(['2025']);
    expect(values('ngày … tháng 5 năm 2025')).toEqual(['2025-05']);
    expect(values('ngày ...../02/2020')).toEqual(['2020-02']);
  });

  it('gives null for a blank to fill in', () => {
    expect(values('ngày …/…/202…')).toEqual([null]);
    expect(values('ngày ... tháng ... năm 20...')).toEqual([null]);
  });

  it('does not read "Việt Nam 2045" as a year, nor a decree number as a date', () => {
    expect(values('tầm nhìn Việt Nam 2045')).toEqual([]);
    expect(values('Nghị định số 30/2020/NĐ-CP')).toEqual([]);
  });

  it('reads a quarter as its first month, with its last month beside', () => {
    const [q] = findDates('quý II/2025');
    expect(q).toMatchObject({ value: '2025-04', endValue: '2025-06' });
  });

  it('reads a day and month without a year, to be completed from the context', () => {
    const [d] = findDates('từ 01/3');
    expect(d?.value).toBeNull();
    expect(d && withYear(d, 2025)).toBe('2025-03-01');
  });

  it('reads bare years only when asked (a phase "từ 2024 đến 2025")', () => {
    expect(values('từ 2024 đến 2025')).toEqual([]);
    expect(values('từ 2024 đến 2025', true)).toEqual(['2024', '2025']);
  });

  it('rejects impossible days and months, keeping what is valid', () => {
    expect(makeDate(2025, 2, 30)).toBe('2025-02');
    expect(makeDate(2024, 2, 29)).toBe('2024-02-29');
    expect(makeDate(2025, 13)).toBe('2025');
    expect(makeDate(99)).toBeNull();
  });

  it('compares dates on their common precision', () => {
    expect(compareDates('2024-09-02', '2024-10-08')).toBeLessThan(0);
    expect(compareDates('2025', '2025-03-01')).toBe(0);
    expect(compareDates('2026-01', '2025-12-31')).toBeGreaterThan(0);
  });
});
