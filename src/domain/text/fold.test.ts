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

describe('cleanName and invisible characters', () => {
  it('a name of zero-width, format or other invisible characters only cleans to nothing', () => {
    for (const name of ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200B\u200C\u200D\u2060\uFEFF', ' \u200B \u00A0 \u200D ']) expect(cleanName(name), JSON.stringify(name)).toBe('');
    // Soft hyphen, combining grapheme joiner, Arabic letter mark, Hangul fillers, Mongolian vowel separator,
    // direction marks, overrides and isolates, variation selectors, tags, musical format marks, blank Braille.
    const others = '\u00AD\u034F\u061C\u115F\u1160\u3164\uFFA0\u180E\u200E\u200F\u202A\u202E\u2066\u2069\uFE0F\u{E0041}\u{E007F}\u{1D173}\u{1BCA0}\u2800';
    expect(cleanName(others)).toBe('');
    // Control characters other than white space are dropped too.
    expect(cleanName('\u0000\u0007\u001B\u007F\u009B')).toBe('');
  });
  it('drops them inside a name, keeps the name', () => {
    expect(cleanName('\uFEFFChi bộ\u200B Tổ\u2060 9\u200D')).toBe('Chi bộ Tổ 9');
    expect(cleanName('Đảng\u00AD ủy\u202E phường')).toBe('Đảng ủy phường');
    // A mark kept apart from its letter by an invisible joiner rejoins it.
    expect(cleanName('Hoa\u200B\u0300')).toBe('Hoà');
  });
  it('white space is still white space: tabs, new lines, no-break spaces and next-line become one space', () => {
    expect(cleanName('Chi\tbộ\n\u00A0Tổ\u0085 9\u3000')).toBe('Chi bộ Tổ 9');
  });
  it('keeps visible text whatever its script, emoji included', () => {
    expect(cleanName('Chi bộ 😀 số 1')).toBe('Chi bộ 😀 số 1');
    expect(cleanName('Bản Pắc Ma – Mường Tè')).toBe('Bản Pắc Ma – Mường Tè');
  });
});
