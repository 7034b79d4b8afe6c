import { describe, expect, it } from 'vitest';
import { toLines } from './lines.ts';
import { fold, stripMarkup } from './text.ts';

describe('lines', () => {
  it('folds without moving characters', () => {
    const text = 'Đảng uỷ Khối – KẾ HOẠCH “Niềm tin mới”';
    expect(fold(text)).toBe('dang uy khoi – ke hoach “niem tin moi”');
    expect(fold(text)).toHaveLength(text.length);
  });

  it('removes Markdown and HTML marks, keeps the words', () => {
    expect(stripMarkup('#### **I- Mục đích, yêu cầu**')).toBe('I- Mục đích, yêu cầu');
    expect(stripMarkup('1\\. Nội dung \\- *nhấn mạnh* <b>đậm</b>')).toBe('1. Nội dung - nhấn mạnh đậm');
    expect(stripMarkup('tên_biến và _nghiêng_')).toBe('tên_biến và nghiêng');
    expect(stripMarkup('* Ban Tuyên giáo (b/c);')).toBe('- Ban Tuyên giáo (b/c);');
    expect(stripMarkup('*Nội dung tuyên truyền:*')).toBe('Nội dung tuyên truyền:');
    expect(stripMarkup('*')).toBe('*');
  });

  it('joins a hard-wrapped paragraph, never a list item or a new sentence', () => {
    const lines = toLines(
      '- Tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ\n\ntịch Hồ Chí Minh (19/5/1890 - 19/5/2025);\na) Trước Đại hội, tuyên truyền các văn kiện đại hội đảng bộ\nb) trong Đại hội\nCác chi bộ báo cáo kết quả về Đảng ủy.\nĐảng ủy tổng hợp.',
    );
    expect(lines.map((l) => l.text)).toEqual([
      '- Tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025);',
      'a) Trước Đại hội, tuyên truyền các văn kiện đại hội đảng bộ',
      'b) trong Đại hội',
      'Các chi bộ báo cáo kết quả về Đảng ủy.',
      'Đảng ủy tổng hợp.',
    ]);
  });

  it('reads table rows as cells, keeping empty cells in place', () => {
    const [head, row, second] = toLines('STT\tNội dung\tSố lượng\n01\t\t\n| 1 | Hội nghị |  |');
    expect(head?.cells).toEqual(['STT', 'Nội dung', 'Số lượng']);
    expect(row?.cells).toEqual(['01']);
    expect(second?.cells).toEqual(['1', 'Hội nghị']);
  });

  it('splits two-column lines into columns, but not blanks left to fill in', () => {
    const [a, b] = toLines('ĐẢNG BỘ TỈNH        ĐẢNG CỘNG SẢN VIỆT NAM\nSố      -KH/ĐU          Lai Châu, ngày      tháng      năm 2025');
    expect(a?.columns).toEqual(['ĐẢNG BỘ TỈNH', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(b?.columns).toEqual(['Số -KH/ĐU', 'Lai Châu, ngày tháng năm 2025']);
  });

  it('reads a Word layout row with "<br>" cell after cell', () => {
    expect(toLines('| HUYỆN ỦY X<br>**BAN TUYÊN GIÁO**<br>\\* | **ĐẢNG CỘNG SẢN VIỆT NAM** |').map((l) => l.text)).toEqual([
      'HUYỆN ỦY X',
      'BAN TUYÊN GIÁO',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
    ]);
  });

  it('marks emphasised lines and drops invisible characters', () => {
    const [bold, plain] = toLines('**Nơi nhận:**\nChi\u00ADbộ\u200B thôn');
    expect(bold?.emphasised).toBe(true);
    expect(plain?.text).toBe('Chibộ thôn');
  });
});
