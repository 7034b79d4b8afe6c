import { describe, expect, it } from 'vitest';
import { importMessageInVietnamese as vi } from './messages-vi.ts';

describe('import messages in Vietnamese', () => {
  it('says every warning the parser writes in Vietnamese', () => {
    expect(vi('type name not found; kind KH read from the symbol')).toBe('Không thấy tên loại văn bản; loại kế hoạch (KH) được suy ra từ ký hiệu.');
    expect(vi('type name not found; kind KH assumed')).toBe('Không thấy tên loại văn bản; tạm coi là kế hoạch (KH).');
    expect(vi('no numbered sections (I, II, III…) found')).toBe('Không thấy các mục đánh số La Mã (I, II, III…).');
    expect(vi('date of issue not filled in or not found')).toBe('Chưa ghi hoặc không tìm thấy ngày ban hành.');
    expect(vi('issuing body not found')).toBe('Không tìm thấy cơ quan ban hành.');
    expect(vi('place and date: not read (bad month 13)')).toBe('Không đọc được phần địa danh, ngày tháng (bad month 13).');
    expect(vi('report templates: not read (x)')).toBe('Không đọc được phần mẫu báo cáo (x).');
  });

  it('says the reader’s notes on encodings and Word files in Vietnamese', () => {
    expect(vi('encoding: TCVN3 (ABC) detected and converted to Unicode')).toBe('Bảng mã: phát hiện TCVN3 (ABC), đã chuyển sang Unicode.');
    expect(vi('encoding: 3 lines in VNI detected and converted to Unicode')).toBe('Bảng mã: phát hiện 3 dòng theo VNI, đã chuyển sang Unicode.');
    expect(vi('encoding: UTF-16 LE, with BOM')).toBe('Bảng mã: UTF-16 LE, có BOM.');
    expect(vi('encoding: UTF-8, NFD (normalised to NFC)')).toBe('Bảng mã: UTF-8, chữ ở dạng tổ hợp (NFD), đã chuẩn hoá về dạng dựng sẵn (NFC).');
    expect(vi('docx: list numbering could not be matched; list labels are approximate')).toBe(
      'Tệp Word: không khớp được cách đánh số danh sách; số thứ tự các mục chỉ là gần đúng.',
    );
  });

  it('leaves a message it does not know as it came', () => {
    expect(vi('something new')).toBe('something new');
  });
});

describe('every warning the parser gives on the project’s plans and broken ones has its Vietnamese wording', () => {
  it('leaves nothing in English', async () => {
    const { parsePlan } = await import('./parse-plan.ts');
    const plans = await import('./testing/plans.ts');
    const texts: string[] = Object.values(plans).filter((v) => typeof v === 'string');
    const broken = [
      'Một đoạn văn không có tiêu đề, không có mục nào.',
      'KẾ HOẠCH\nTuyên truyền\nNội dung không đánh số',
      'ĐẢNG BỘ TỈNH\nSố 12-KH/TU\nTuyên truyền kỷ niệm\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức',
      'KẾ HOẠCH\nSố -KH/TU\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức\nII. NỘI DUNG\n1. Tuyên truyền',
    ];
    const warnings = [...texts, ...broken].flatMap((t) => parsePlan(t).warnings ?? []);
    expect(new Set(warnings).size).toBeGreaterThan(2);
    for (const w of warnings) expect(vi(w), w).not.toBe(w);
  });
});
