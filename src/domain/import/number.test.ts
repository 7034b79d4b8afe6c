import { describe, expect, it } from 'vitest';
import { findDocRefs, parseNumberLine } from './number.ts';

describe('number lines (số và ký hiệu)', () => {
  it.each([
    ['Số 10-KH/ĐUK', 10, 'KH/ĐUK', 'KH'],
    ['Số: 15/KH-UBND', 15, 'KH-UBND', 'KH'],
    ['SỐ 30 - KH/ThU', 30, 'KH/ThU', 'KH'],
    ['Số 142-HD/BTGDĐUK', 142, 'HD/BTGDĐUK', 'HD'],
    ['Số: 25 - HD/BTGHU', 25, 'HD/BTGHU', 'HD'],
    ['Số 66-QĐi/TW', 66, 'QĐi/TW', 'QĐi'],
    ['Số: 1234/SVHTTDL-QLVH', 1234, 'SVHTTDL-QLVH', null],
  ])('%s → serial %s, symbol %s', (text, serial, symbol, kind) => {
    expect(parseNumberLine(text)).toEqual({ serial, symbol, kind });
  });

  it.each([
    ['Số: - KH/ĐU', 'KH/ĐU'],
    ['Số      -KH/ĐU', 'KH/ĐU'],
    ['Số …-KH/ĐU', 'KH/ĐU'],
    ['Số:     /KH-UBND', 'KH-UBND'],
    ['Số...../BC-.....', 'BC-.....'],
  ])('a blank serial is null: %s', (text, symbol) => {
    expect(parseNumberLine(text)).toMatchObject({ serial: null, symbol });
  });

  it('is not a number line without "Số"', () => {
    expect(parseNumberLine('Sở Văn hóa, Thể thao và Du lịch')).toBeNull();
    expect(parseNumberLine('10-KH/ĐUK')).toBeNull();
  });
});

describe('references to other documents', () => {
  it('finds Party and state references in running text', () => {
    const refs = findDocRefs(
      'Thực hiện Chỉ thị số 35-CT/TU ngày 13/3/2019; Kế hoạch số 127-KH/TU, ngày 23/8/2019; Nghị định số 30/2020/NĐ-CP; Quyết định 123/QĐ-UBND',
    );
    expect(refs.map((r) => [r.serial, r.symbol, r.style])).toEqual([
      [35, 'CT/TU', 'party'],
      [127, 'KH/TU', 'party'],
      [30, '2020/NĐ-CP', 'state'],
      [123, 'QĐ-UBND', 'state'],
    ]);
  });

  it('counts a reference with a blank serial only after "số"', () => {
    expect(findDocRefs('Kế hoạch số ...../ KH-SKHCN ngày …').map((r) => [r.serial, r.symbol])).toEqual([[null, 'KH-SKHCN']]);
    expect(findDocRefs('kinh tế - Xã hội/Văn hóa')).toEqual([]);
  });

  it('does not read a term or a score as a reference', () => {
    expect(findDocRefs('nhiệm kỳ 2025-2030, tỷ lệ 100%, COVID-19')).toEqual([]);
  });
});
