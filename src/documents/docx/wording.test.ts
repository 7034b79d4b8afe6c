import { describe, expect, it } from 'vitest';
import { PARTY_LAYOUT, STATE_LAYOUT } from './layout.ts';
import { baseLine, citation, documentNumber, endPhrase, numberLine, placeDateLine, typeNameLine, upper } from './wording.ts';

describe('wording', () => {
  it('prints place and date as the guides want, with blanks for what is unknown', () => {
    expect(placeDateLine('TP. Lai Châu', '2021-05-25', PARTY_LAYOUT)).toBe('TP. Lai Châu, ngày 25 tháng 5 năm 2021');
    expect(placeDateLine('Hà Nội', '2026-02-05', STATE_LAYOUT)).toBe('Hà Nội, ngày 05 tháng 02 năm 2026');
    expect(placeDateLine('Lai Châu', '2025', PARTY_LAYOUT)).toBe('Lai Châu, ngày       tháng       năm 2025');
    expect(placeDateLine(null, '2025-11', PARTY_LAYOUT)).toBe('ngày       tháng 11 năm 2025');
    expect(placeDateLine(null, null, PARTY_LAYOUT)).toBe('ngày       tháng       năm      ');
  });

  it('prints the number with the separator its symbol calls for', () => {
    expect(numberLine({ serial: 30, symbol: 'KH/ThU', kind: 'KH' }, PARTY_LAYOUT)).toBe('Số 30-KH/ThU');
    expect(numberLine({ serial: 15, symbol: 'KH-UBND', kind: 'KH' }, STATE_LAYOUT)).toBe('Số: 15/KH-UBND');
    expect(numberLine({ serial: 15, symbol: 'KH/ThU', kind: 'KH' }, STATE_LAYOUT)).toBe('Số: 15-KH/ThU');
    expect(numberLine({ serial: null, symbol: null, kind: 'KH' }, STATE_LAYOUT)).toBe('Số:      /KH');
    expect(documentNumber(null, null)).toBeNull();
    expect(documentNumber(7, null)).toBe('7');
  });

  it('names document types and writes capitals in NFC', () => {
    expect(typeNameLine('KH')).toBe('KẾ HOẠCH');
    expect(typeNameLine('HD')).toBe('HƯỚNG DẪN');
    expect(typeNameLine('QĐ')).toBe('QUYẾT ĐỊNH');
    expect(typeNameLine('CV')).toBeNull();
    expect(upper('thành ủy đắk lắk'.normalize('NFD'))).toBe('THÀNH ỦY ĐẮK LẮK');
  });

  it('cites bases in the preamble', () => {
    expect(citation({ serial: 124, symbol: 'HD/BTGTU', date: '2024-10-08' })).toBe('Hướng dẫn số 124-HD/BTGTU ngày 08/10/2024');
    expect(citation({ serial: null, symbol: 'CT/TW', date: null })).toBe('Chỉ thị số …-CT/TW');
    expect(
      baseLine({ serial: 35, symbol: 'CT/TW', date: '2024-06-14', issuer: 'Bộ Chính trị', title: 'đại hội đảng bộ các cấp' }),
    ).toBe('Căn cứ Chỉ thị số 35-CT/TW ngày 14/06/2024 của Bộ Chính trị về đại hội đảng bộ các cấp;');
    expect(baseLine({ serial: 1, symbol: 'KH/TU', date: null, text: 'Thực hiện Kế hoạch số 1-KH/TU …' })).toBe(
      'Thực hiện Kế hoạch số 1-KH/TU …',
    );
    expect(endPhrase('2024')).toBe('hết năm 2024');
    expect(endPhrase('2026-03')).toBe('hết tháng 3/2026');
    expect(endPhrase('2025-06-30')).toBe('ngày 30/06/2025');
  });
});
