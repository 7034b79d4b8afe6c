import { describe, expect, it } from 'vitest';
import { cleanName, foldForSearch } from './fold.ts';

describe('foldForSearch', () => {
  it('meets old and new tone placement, upper and lower case, with and without marks', () => {
    const keys = ['hòa', 'hoà', 'HÒA', 'Hoà', 'hoa'].map(foldForSearch);
    expect(new Set(keys)).toEqual(new Set(['hoa']));
    expect(foldForSearch('Ủy ban')).toBe(foldForSearch('Uỷ ban'));
    expect(foldForSearch('Ủy ban')).toBe('uy ban');
  });
  it('maps đ and Đ to d', () => {
    expect(foldForSearch('Đảng ủy Đoàn Kết')).toBe('dang uy doan ket');
  });
  it('treats NFD input like NFC', () => {
    expect(foldForSearch('Tân Phong'.normalize('NFD'))).toBe(foldForSearch('Tân Phong'));
  });
  it('collapses punctuation and spaces into single spaces', () => {
    expect(foldForSearch('  Văn hóa,  Thể thao - Du lịch ')).toBe('van hoa the thao du lich');
  });
});

describe('cleanName', () => {
  it('stores NFC with single spaces, keeping what the user typed', () => {
    const typed = '  Chi bộ   Hoà Bình '.normalize('NFD');
    const clean = cleanName(typed);
    expect(clean).toBe('Chi bộ Hoà Bình');
    expect(clean).toBe(clean.normalize('NFC'));
    expect(clean).not.toBe('Chi bộ Hòa Bình');
  });
});
