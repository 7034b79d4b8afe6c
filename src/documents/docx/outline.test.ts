import { describe, expect, it } from 'vitest';
import { examplePlanWithBody, exampleStructuredPlan } from './fixtures.ts';
import { composePreamble, composeSections, planOutline, stripNumeral } from './outline.ts';

describe('planOutline', () => {
  it('prints a plan that carries its text as written', () => {
    const plan = examplePlanWithBody();
    const outline = planOutline(plan);
    expect(outline.preamble).toEqual(plan.preamble);
    expect(outline.sections).toEqual(plan.body);
  });

  it('puts each structured field in the section its heading names', () => {
    const plan = { ...exampleStructuredPlan(), sections: ['I. MỤC ĐÍCH, YÊU CẦU', 'II - LỘ TRÌNH VÀ NỘI DUNG TUYÊN TRUYỀN', 'III. HÌNH THỨC TUYÊN TRUYỀN', 'IV. TỔ CHỨC THỰC HIỆN'] };
    const sections = composeSections(plan);
    expect(sections.map((s) => s.heading)).toEqual([
      'MỤC ĐÍCH, YÊU CẦU',
      'LỘ TRÌNH VÀ NỘI DUNG TUYÊN TRUYỀN',
      'HÌNH THỨC TUYÊN TRUYỀN',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    expect(sections[0]?.lines).toEqual([]);
    expect(sections[1]?.lines).toEqual([
      '1. Tuyên truyền kỷ niệm các ngày lễ lớn, sự kiện lịch sử',
      '- Kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026);',
      '2. Khẩu hiệu tuyên truyền',
      '- Nhiệt liệt chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng!',
      '3. Các đợt tuyên truyền',
      '- Đợt 1: từ ngày 05/02/2026 đến hết tháng 5/2026.',
      '- Đợt 2: từ tháng 6/2026 đến hết năm 2026.',
    ]);
    // A lone block whose heading the section repeats is printed without it.
    expect(sections[2]?.lines[0]).toBe('- Tuyên truyền miệng, hội nghị;');
    expect(sections[3]?.lines).toEqual([
      '1. Văn phòng HĐND và UBND phường',
      '- Tham mưu UBND phường triển khai Kế hoạch.',
      '- Tổng hợp kết quả, báo cáo.',
      '2. Các tổ dân phố',
    ]);
  });

  it('adds sections for fields no heading names, before the plan’s own "Tổ chức thực hiện"', () => {
    const sections = composeSections(exampleStructuredPlan());
    expect(sections.map((s) => s.heading)).toEqual([
      'MỤC ĐÍCH, YÊU CẦU',
      'NỘI DUNG TUYÊN TRUYỀN',
      'THỜI GIAN THỰC HIỆN',
      'HÌNH THỨC TUYÊN TRUYỀN',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    const bare = composeSections({ ...exampleStructuredPlan(), sections: [] });
    expect(bare.map((s) => s.heading)).toEqual([
      'NỘI DUNG TUYÊN TRUYỀN',
      'THỜI GIAN THỰC HIỆN',
      'HÌNH THỨC TUYÊN TRUYỀN',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    // A section made for one block prints its lines without a sub-heading; units keep theirs.
    expect(bare[1]?.lines[0]).toBe('- Đợt 1: từ ngày 05/02/2026 đến hết tháng 5/2026.');
    const one = composeSections({ ...exampleStructuredPlan(), sections: [], assignments: ['Các tổ dân phố'] });
    expect(one.at(-1)?.lines).toEqual(['1. Các tổ dân phố']);
  });

  it('composes the preamble from the bases and the issuer', () => {
    const plan = exampleStructuredPlan();
    expect(composePreamble(plan)).toEqual([
      'Căn cứ Hướng dẫn số 142-HD/BTGDVTU ngày 23/12/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền các ngày lễ lớn năm 2026;',
      'Căn cứ Kế hoạch số 8/KH-UBND tháng 1/2026;',
      'Ủy ban nhân dân phường Đông Phong ban hành Kế hoạch tuyên truyền kỷ niệm các ngày lễ lớn, sự kiện lịch sử năm 2026, như sau:',
    ]);
    expect(composePreamble({ ...plan, issuer: null })).toEqual([
      'Căn cứ Hướng dẫn số 142-HD/BTGDVTU ngày 23/12/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền các ngày lễ lớn năm 2026;',
      'Căn cứ Kế hoạch số 8/KH-UBND tháng 1/2026.',
    ]);
    expect(composePreamble({ ...plan, bases: [] })).toEqual([]);
  });

  it('strips numerals from headings', () => {
    expect(['I. MỤC ĐÍCH', 'II - NỘI DUNG', 'IV– TỔ CHỨC', 'MỤC ĐÍCH', 'III) HÌNH THỨC'].map(stripNumeral)).toEqual([
      'MỤC ĐÍCH', 'NỘI DUNG', 'TỔ CHỨC', 'MỤC ĐÍCH', 'HÌNH THỨC',
    ]);
  });
});
