import { describe, expect, it } from 'vitest';
import { headerFragments, readHeader } from './header.ts';
import { toLines } from './lines.ts';
import { parsePlaceDate } from './place-date.ts';

const header = (text: string) => readHeader(toLines(text));

describe('header', () => {
  it('reads a Party header cell after cell (as a .docx table reaches us)', () => {
    expect(header('ĐẢNG BỘ TỈNH ĐIỆN BIÊN\nHUYỆN ỦY MƯỜNG CHÀ\n*\nSố 12-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nMường Chà, ngày 3 tháng 2 năm 2025')).toEqual({
      format: 'party',
      issuer: 'HUYỆN ỦY MƯỜNG CHÀ',
      issuerParent: 'ĐẢNG BỘ TỈNH ĐIỆN BIÊN',
      number: { serial: 12, symbol: 'KH/HU', kind: 'KH' },
      placeDate: { place: 'Mường Chà', date: '2025-02-03' },
      subject: null,
    });
  });

  it('reads the same header row after row with runs of spaces between the cells', () => {
    const h = header(
      'ĐẢNG BỘ TỈNH ĐIỆN BIÊN              ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY MƯỜNG CHÀ\n      *               Mường Chà, ngày 3 tháng 2 năm 2025\nSố 12-KH/HU',
    );
    expect(h).toMatchObject({ issuer: 'HUYỆN ỦY MƯỜNG CHÀ', issuerParent: 'ĐẢNG BỘ TỈNH ĐIỆN BIÊN', placeDate: { place: 'Mường Chà', date: '2025-02-03' } });
  });

  it('joins a name printed over two lines', () => {
    const h = header('ĐẢNG BỘ KHỐI CÁC CƠ QUAN\nVÀ DOANH NGHIỆP TỈNH\nĐẢNG ỦY SỞ TƯ PHÁP\n*\nSố 7-KH/ĐU');
    expect(h.issuerParent).toBe('ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH');
    expect(h.issuer).toBe('ĐẢNG ỦY SỞ TƯ PHÁP');
  });

  it('keeps a state body split over two lines as one name', () => {
    const h = header('ỦY BAN NHÂN DÂN\nXÃ TÂN PHONG\nSố: 20/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Phong, ngày 07/8/2024');
    expect(h).toMatchObject({ format: 'state', issuer: 'ỦY BAN NHÂN DÂN XÃ TÂN PHONG', issuerParent: null, number: { serial: 20, symbol: 'KH-UBND' } });
  });

  it('does not split "Đảng ủy cơ quan Sở …": one body, not a parent and an issuer', () => {
    expect(header('ĐẢNG ỦY CƠ QUAN SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố 5-KH/ĐU')).toMatchObject({ issuer: 'ĐẢNG ỦY CƠ QUAN SỞ KHOA HỌC VÀ CÔNG NGHỆ', issuerParent: null });
  });

  it('leaves drafts and urgency stamps out of the names', () => {
    expect(header('DỰ THẢO\nĐẢNG ỦY XÃ NẬM HÀNG\n*\nSố 3-KH/ĐU')).toMatchObject({ issuer: 'ĐẢNG ỦY XÃ NẬM HÀNG', issuerParent: null });
  });

  it('cuts a flattened line at the national line, "*", the number and the place-date', () => {
    expect(headerFragments('TỈNH ỦY LAI CHÂU BAN TUYÊN GIÁO * Số 45-HD/BTGTU ĐẢNG CỘNG SẢN VIỆT NAM Lai Châu, ngày 2 tháng 3 năm 2025')).toEqual([
      'TỈNH ỦY LAI CHÂU BAN TUYÊN GIÁO',
      '*',
      'Số 45-HD/BTGTU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Lai Châu, ngày 2 tháng 3 năm 2025',
    ]);
    expect(header('TỈNH ỦY LAI CHÂU BAN TUYÊN GIÁO * Số 45-HD/BTGTU ĐẢNG CỘNG SẢN VIỆT NAM Lai Châu, ngày 2 tháng 3 năm 2025')).toMatchObject({
      issuer: 'BAN TUYÊN GIÁO',
      issuerParent: 'TỈNH ỦY LAI CHÂU',
    });
  });
});

describe('place and date', () => {
  it.each([
    ['TP. Lai Châu, ngày 25 tháng 5 năm 2021', 'TP. Lai Châu', '2021-05-25'],
    ['Lai Châu, ngày tháng năm 2025', 'Lai Châu', '2025'],
    ['Hà Nội, ngày 07/8/2024', 'Hà Nội', '2024-08-07'],
    ['....., ngày ... tháng năm 2020', null, '2020'],
    ['Buôn Ma Thuột, ngày …/…/202…', 'Buôn Ma Thuột', null],
  ])('%s', (text, place, date) => {
    expect(parsePlaceDate(text)).toEqual({ place, date });
  });
});

describe('a date cited in a sentence is not the date of issue', () => {
  it('does not take "Căn cứ Kế hoạch số 45-KH/TU, ngày 10/3/2021" for a place and date', async () => {
    const { isPlaceDateLine } = await import('./place-date.ts');
    expect(isPlaceDateLine('Căn cứ Kế hoạch số 45-KH/TU, ngày 10/3/2021')).toBe(false);
    expect(isPlaceDateLine('Hướng dẫn số 5, ngày 1/2/2025')).toBe(false);
    expect(isPlaceDateLine('TP. Điện Biên Phủ, ngày 10 tháng 3 năm 2021')).toBe(true);
  });
});
