import { describe, expect, it } from 'vitest';
import { anniversariesBetween, toPlanAnniversary } from './occurrences.ts';
import { anniversaryMark } from './format.ts';
import { NATIONAL_EVENTS } from './national.ts';

describe('anniversariesBetween', () => {
  it('gives the year count, marks and printed title', () => {
    const [party] = anniversariesBetween('2025-02-01', '2025-02-10');
    expect(party).toMatchObject({
      name: 'Ngày thành lập Đảng Cộng sản Việt Nam',
      eventDate: '1930-02-03',
      anniversaryDate: '2025-02-03',
      years: 95,
      round: false,
      halfRound: true,
      mark: 'lẻ 5',
      major: true,
      title: '95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)',
    });
    expect(toPlanAnniversary(party!)).toEqual({
      title: '95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)',
      eventDate: '1930-02-03',
      anniversaryDate: '2025-02-03',
      years: 95,
    });
  });

  it('finds the 2025 anniversaries the 10-KH/ĐUK plan names', () => {
    const found = anniversariesBetween('2025', '2025');
    const pick = (date: string, years: number) => found.find((o) => o.anniversaryDate === date && o.years === years);
    expect(pick('2025-04-30', 50)?.round).toBe(true);
    expect(pick('2025-05-19', 135)?.halfRound).toBe(true);
    expect(pick('2025-06-21', 100)?.mark).toBe('chẵn');
    expect(pick('2025-09-02', 80)?.title).toBe(
      '80 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/09/1945 - 02/09/2025)',
    );
    expect(pick('2025-08-19', 20)?.name).toBe('Ngày hội toàn dân bảo vệ an ninh Tổ quốc');
    // Two events on 19/8/1945, both kept.
    expect(found.filter((o) => o.anniversaryDate === '2025-08-19' && o.years === 80)).toHaveLength(2);
    // Every event of the national list once in a full year.
    expect(found).toHaveLength(NATIONAL_EVENTS.length);
    expect([...found].map((o) => o.anniversaryDate)).toEqual([...found].map((o) => o.anniversaryDate).sort());
  });

  it('converts Giỗ Tổ Hùng Vương to its solar day each year, with no year count', () => {
    const gioTo = anniversariesBetween('2024-01-01', '2026-12-31').filter((o) => o.lunar);
    expect(gioTo.map((o) => o.anniversaryDate)).toEqual(['2024-04-18', '2025-04-07', '2026-04-26']);
    expect(gioTo[0]).toMatchObject({ years: null, eventDate: null, mark: null, major: true });
    expect(gioTo[0]?.title).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch, ngày 18/04/2024)');
  });

  it('includes both bounds and accepts partial bounds', () => {
    expect(anniversariesBetween('2025-02-03', '2025-02-03').map((o) => o.years)).toEqual([95]);
    expect(anniversariesBetween('2025-02', '2025-02').map((o) => o.anniversaryDate)).toEqual(['2025-02-03', '2025-02-27']);
    expect(anniversariesBetween('2025-02-04', '2025-02-26')).toEqual([]);
  });

  it('adds a unit’s own events, solar or lunar', () => {
    const local = [
      { date: '1940-11-23', name: 'Ngày thành lập Chi bộ Đảng đầu tiên tại Đắk Lắk' },
      { date: '1975-03-10', name: 'Chiến thắng Buôn Ma Thuột' },
      { date: '1945-03-10', name: 'Ngày truyền thống đơn vị', lunar: true },
    ];
    const found = anniversariesBetween('2020-01-01', '2020-12-31', local).filter((o) => o.local);
    expect(found.map((o) => o.title)).toEqual([
      '45 năm Chiến thắng Buôn Ma Thuột (10/03/1975 - 10/03/2020)',
      '75 năm Ngày truyền thống đơn vị (10/3/1945 âm lịch - 02/04/2020)',
      '80 năm Ngày thành lập Chi bộ Đảng đầu tiên tại Đắk Lắk (23/11/1940 - 23/11/2020)',
    ]);
    expect(found[1]?.eventDate).toBe('1945-04-21');
  });

  it('does not count the event’s own year or earlier', () => {
    const found = anniversariesBetween('2005-01-01', '2005-12-31', [{ date: '2005-08-19', name: 'X' }]);
    expect(found.some((o) => o.name === 'X')).toBe(false);
  });

  it('refuses malformed bounds and events', () => {
    expect(() => anniversariesBetween('2025-13', '2025')).toThrow(RangeError);
    expect(() => anniversariesBetween('2026', '2025')).toThrow(/after it ends/);
    expect(() => anniversariesBetween('2025', '2025', [{ date: '19/8/1945', name: 'Y' }])).toThrow(/YYYY-MM-DD/);
  });
});

describe('anniversaryMark', () => {
  it('calls years divisible by 10 chẵn and by 5 lẻ 5', () => {
    expect([10, 50, 100, 5, 95, 135, 79, 0].map(anniversaryMark)).toEqual([
      'chẵn', 'chẵn', 'chẵn', 'lẻ 5', 'lẻ 5', 'lẻ 5', null, null,
    ]);
  });
});
