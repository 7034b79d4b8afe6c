import { describe, expect, it } from 'vitest';
import { toLines } from './lines.ts';
import { findSections, romanValue } from './sections.ts';
import { collectTitle, findTypeHeading } from './title.ts';

function titleOf(text: string) {
  const lines = toLines(text);
  const heading = findTypeHeading(lines);
  return heading ? { kind: heading.kind, title: collectTitle(lines, heading).text } : null;
}

describe('type name and title', () => {
  it.each([
    ['KẾ HOẠCH\ntuyên truyền Đại hội\nCăn cứ …', 'KH', 'tuyên truyền Đại hội'],
    ['HƯỚNG DẪN\nTuyên truyền kỷ niệm 80 năm\nNgày Quốc khánh 2/9\n-----\nThực hiện …', 'HD', 'Tuyên truyền kỷ niệm 80 năm Ngày Quốc khánh 2/9'],
    ['## BÁO CÁO\n**Kết quả công tác tuyên truyền quý I năm 2025**\nI. KẾT QUẢ', 'BC', 'Kết quả công tác tuyên truyền quý I năm 2025'],
    ['KẾ HOẠCH tuyên truyền Đại hội Chi bộ\nCăn cứ …', 'KH', 'tuyên truyền Đại hội Chi bộ'],
    ['Kế hoạch\nTổ chức Cuộc thi tìm hiểu\nĐể tuyên truyền …', 'KH', 'Tổ chức Cuộc thi tìm hiểu'],
    ['CHỈ THỊ\nvề lãnh đạo đại hội đảng bộ các cấp\nI. TÌNH HÌNH', 'CT', 'về lãnh đạo đại hội đảng bộ các cấp'],
    ['NGHỊ QUYẾT\nvề công tác tuyên truyền năm 2026\nBan Chấp hành Đảng bộ xã đã họp và thống nhất ban hành Nghị quyết với những nội dung chính như sau:', 'NQ', 'về công tác tuyên truyền năm 2026'],
  ])('%#: %s', (text, kind, title) => {
    expect(titleOf(text)).toEqual({ kind, title });
  });

  it('does not take a sentence that starts with the type word for a heading', () => {
    expect(titleOf('Kế hoạch này được phổ biến đến các chi bộ.')).toBeNull();
    expect(titleOf('Kế hoạch số 12-KH/ĐU ngày 5/2/2026 của Đảng ủy xã')).toBeNull();
  });

  it('stops the title at the preamble even without a blank line', () => {
    expect(titleOf('KẾ HOẠCH\nTuyên truyền Nghị quyết\nThực hiện Kế hoạch số 5-KH/TU …')?.title).toBe('Tuyên truyền Nghị quyết');
  });
});

describe('top-level sections', () => {
  const headings = (text: string) => findSections(toLines(text), 0, Number.MAX_SAFE_INTEGER).map((s) => s.heading);

  it('reads Roman numerals with any separator, and keeps the heading as printed', () => {
    expect(headings('I. MỤC ĐÍCH, YÊU CẦU\n1. a\nII- Nội dung:\nIII – TỔ CHỨC THỰC HIỆN\nIV/ KINH PHÍ')).toEqual([
      'MỤC ĐÍCH, YÊU CẦU',
      'Nội dung',
      'TỔ CHỨC THỰC HIỆN',
      'KINH PHÍ',
    ]);
  });

  it('reads "Phần I", and Markdown headings in bold', () => {
    expect(headings('PHẦN I. TÌNH HÌNH\nPHẦN II. NHIỆM VỤ')).toEqual(['TÌNH HÌNH', 'NHIỆM VỤ']);
    expect(headings('#### **I- Mục đích, yêu cầu**\n## **II- Nội dung tuyên truyền**')).toEqual(['Mục đích, yêu cầu', 'Nội dung tuyên truyền']);
  });

  it('keeps the numerals in sequence: a stray "V." is not a section', () => {
    expect(headings('I. MỤC ĐÍCH\nV. I. Lênin đã viết\nII. NỘI DUNG')).toEqual(['MỤC ĐÍCH', 'NỘI DUNG']);
  });

  it('falls back to capital letters, then to numbered headings in capitals', () => {
    expect(headings('A. MỤC ĐÍCH YÊU CẦU\nB. NỘI DUNG\nC. TỔ CHỨC THỰC HIỆN')).toEqual(['MỤC ĐÍCH YÊU CẦU', 'NỘI DUNG', 'TỔ CHỨC THỰC HIỆN']);
    expect(headings('1. MỤC ĐÍCH, YÊU CẦU\n- x\n2. NỘI DUNG\n2.1. Tuyên truyền\n3. TỔ CHỨC THỰC HIỆN')).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG', 'TỔ CHỨC THỰC HIỆN']);
  });

  it('does not take "V/v" for section V', () => {
    expect(headings('I. MỤC ĐÍCH\nII. NỘI DUNG\nIII. X\nIV. Y\nV/v tuyên truyền')).toHaveLength(4);
  });

  it('knows Roman numerals', () => {
    expect([romanValue('I'), romanValue('IV'), romanValue('IX'), romanValue('XIV'), romanValue('IIII')]).toEqual([1, 4, 9, 14, null]);
  });
});

describe('a title in ordinary case (copied from a web page)', () => {
  it('reads "Kế hoạch tuyên truyền …" near the top as the type and title', () => {
    expect(titleOf('Kế hoạch tuyên truyền Đại hội Chi bộ nhiệm kỳ 2025 - 2027\nCăn cứ Kế hoạch số 12-KH/ĐU …\nI. MỤC ĐÍCH')).toEqual({
      kind: 'KH',
      title: 'tuyên truyền Đại hội Chi bộ nhiệm kỳ 2025 - 2027',
    });
  });

  it('does not read sentences about a document that way', () => {
    expect(titleOf('Kế hoạch này được phổ biến đến các chi bộ\nI. MỤC ĐÍCH')).toBeNull();
    expect(titleOf('Hướng dẫn số 12-HD/BTG ngày 1/2/2025\nI. MỤC ĐÍCH')).toBeNull();
  });
});

describe('type names of more than one word', () => {
  it('keeps "HÀNH ĐỘNG" and "LIÊN TỊCH" with the type, out of the title', () => {
    expect(titleOf('CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội XIV của Đảng\nCăn cứ …')).toEqual({ kind: 'CTr', title: 'thực hiện Nghị quyết Đại hội XIV của Đảng' });
    expect(titleOf('KẾ HOẠCH LIÊN TỊCH\nphối hợp tuyên truyền năm 2026\nCăn cứ …')).toEqual({ kind: 'KH', title: 'phối hợp tuyên truyền năm 2026' });
  });
});
