import { describe, expect, it } from 'vitest';
import { readAnniversaries } from './anniversaries.ts';
import { toLines } from './lines.ts';
import { readSlogans } from './slogans.ts';

const slogans = (text: string) => readSlogans(toLines(text));

describe('slogans', () => {
  it('reads slogans on the "Khẩu hiệu:" line and the lines after it', () => {
    expect(slogans('- Khẩu hiệu: *Nhiệt liệt chào mừng Đại hội!*\nĐoàn kết, dân chủ, kỷ cương, đổi mới!\n- Tuyên truyền trực tiếp tại các buổi sinh hoạt,')).toEqual([
      'Nhiệt liệt chào mừng Đại hội!',
      'Đoàn kết, dân chủ, kỷ cương, đổi mới!',
    ]);
  });

  it('reads a numbered list under a heading, without quotes', () => {
    expect(slogans('IV. KHẨU HIỆU TUYÊN TRUYỀN\n1. “Mừng Đảng, mừng Xuân!”\n2. "Đảng Cộng sản Việt Nam quang vinh muôn năm!"\nV. TỔ CHỨC THỰC HIỆN')).toEqual([
      'Mừng Đảng, mừng Xuân!',
      'Đảng Cộng sản Việt Nam quang vinh muôn năm!',
    ]);
  });

  it('reads several slogans written on the lead line', () => {
    expect(slogans('Sử dụng các khẩu hiệu: “Mừng Đảng quang vinh!”; “Mừng Xuân Bính Ngọ!”')).toEqual(['Mừng Đảng quang vinh!', 'Mừng Xuân Bính Ngọ!']);
  });

  it('reads a slogan standing alone in the body by its opening', () => {
    expect(slogans('- Tổ chức treo băng rôn với nội dung:\n- Nhiệt liệt chào mừng 80 năm Ngày Quốc khánh 2/9!')).toEqual(['Nhiệt liệt chào mừng 80 năm Ngày Quốc khánh 2/9!']);
  });

  it('does not take sentences for slogans, nor "khẩu hiệu" named among channels', () => {
    expect(slogans('Các hoạt động cổ động trực quan, khẩu hiệu, panô, áp phích.\nPhải làm tốt công tác này!')).toEqual([]);
    expect(slogans('- Khẩu hiệu tuyên truyền phải ngắn gọn, dễ hiểu.\n- Treo cờ tại trụ sở cơ quan!')).toEqual([]);
  });
});

describe('anniversaries', () => {
  const read = (text: string, notBefore: string | null = null) =>
    readAnniversaries(toLines(text), notBefore).map((a) => [a.eventDate, a.anniversaryDate, a.years]);

  it('reads full dates a whole number of years apart, the years as written', () => {
    expect(read('Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025); 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)')).toEqual([
      ['1930-02-03', '2025-02-03', 95],
      ['1890-05-19', '2025-05-19', 135],
    ]);
  });

  it('counts the years when only the dates are written', () => {
    expect(read('Ngày thành lập Chi bộ Đảng đầu tiên tại Đắk Lắk (23/11/1940 - 23/11/2020)')).toEqual([['1940-11-23', '2020-11-23', 80]]);
  });

  it('keeps years alone when only years are written', () => {
    expect(read('80 năm thành lập Đảng bộ tỉnh Đắk Lắk (1940 – 2020)')).toEqual([['1940', '2020', 80]]);
  });

  it('gives one entry per pair of dates', () => {
    expect(read('80 năm Cách mạng tháng Tám (19/8/1945 - 19/8/2025) và 80 năm Ngày truyền thống Công an nhân dân (19/8/1945 - 19/8/2025)')).toHaveLength(1);
  });

  it('does not read a term, a duration or a period as an anniversary', () => {
    expect(read('Đại hội nhiệm kỳ (2025 - 2030); kết quả trong 5 năm (2020 - 2025); Quy hoạch tỉnh thời kỳ (2021 - 2030)')).toEqual([]);
    expect(read('từ ngày 01/3/2025 - 30/4/2025')).toEqual([]);
  });

  it('leaves out an anniversary already past when the plan was issued', () => {
    const text = 'phát biểu tại Lễ kỷ niệm 79 năm Ngày Quốc khánh (02/9/1945 - 02/9/2024); 80 năm Ngày Quốc khánh (02/9/1945 - 02/9/2025)';
    expect(read(text, '2024-10-08')).toEqual([['1945-09-02', '2025-09-02', 80]]);
    expect(read(text, null)).toHaveLength(2);
  });

  it('names the anniversary from "N năm" or "Ngày …"', () => {
    const [a] = readAnniversaries(toLines('Tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025).'));
    expect(a?.title).toBe('50 năm Ngày giải phóng miền Nam, thống nhất đất nước');
  });
});

describe('slogans without "!"', () => {
  it('reads listed slogans under a "Khẩu hiệu" heading, but not instructions', () => {
    expect(
      slogans(
        '4. Khẩu hiệu tuyên truyền\n- Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII\n- Đảng Cộng sản Việt Nam quang vinh muôn năm\n- Tổ chức treo khẩu hiệu tại các trụ sở\n5. Thời gian',
      ),
    ).toEqual(['Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII', 'Đảng Cộng sản Việt Nam quang vinh muôn năm']);
  });
});
