/**
 * Example plans for the tests and the render benchmark: one carrying its text (`body`), one
 * carrying only structured fields, and a long plan of about twenty pages.
 */
import type { PlanDocument } from '../../domain/plans/document.ts';

export function examplePlanWithBody(): PlanDocument {
  return {
    kind: 'KH',
    serial: 30,
    symbol: 'KH/ThU',
    issuer: 'Thành ủy Lai Châu',
    issuerParent: 'Đảng bộ tỉnh Lai Châu',
    place: 'TP. Lai Châu',
    date: '2021-05-25',
    title: 'tuyên truyền, học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng',
    sections: ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG TUYÊN TRUYỀN', 'TỔ CHỨC THỰC HIỆN'],
    bases: [{ serial: 12, symbol: 'KH/TU', date: '2021-03-10' }],
    phases: [],
    slogans: [],
    anniversaries: [],
    channels: ['meeting', 'website'],
    assignments: ['Ban Tuyên giáo Thành ủy', 'Các chi, đảng bộ trực thuộc'],
    recipients: ['Ban Tuyên giáo Tỉnh ủy (b/c)', 'Các đồng chí Thành ủy viên', 'Các chi, đảng bộ trực thuộc', 'Lưu Văn phòng Thành ủy'],
    signer: { authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Trần Văn Minh' },
    reportTemplates: [],
    preamble: [
      'Thực hiện Kế hoạch số 12-KH/TU ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy về tuyên truyền, học tập, quán triệt Nghị quyết Đại hội XIII của Đảng, Ban Thường vụ Thành ủy xây dựng Kế hoạch thực hiện như sau:',
    ],
    body: [
      {
        heading: 'MỤC ĐÍCH, YÊU CẦU',
        lines: [
          '1. Mục đích',
          '- Tạo sự thống nhất cao về nhận thức, tư tưởng và hành động trong Đảng bộ, sự đồng thuận của Nhân dân trong thực hiện Nghị quyết Đại hội XIII của Đảng.',
          '2. Yêu cầu',
          '- Công tác tuyên truyền bảo đảm kịp thời, thiết thực, hiệu quả, với nhiều hình thức phong phú, sinh động.',
        ],
      },
      {
        heading: 'NỘI DUNG TUYÊN TRUYỀN',
        lines: [
          '1. Tuyên truyền kết quả Đại hội XIII',
          '- Tuyên truyền *kết quả thành công* của Đại hội; những quan điểm, mục tiêu, định hướng lớn trong các văn kiện.',
          '1.1 - Tuyên truyền miệng',
          '- Qua hội nghị báo cáo viên, sinh hoạt chi bộ; trên trang thông tin điện tử của Thành ủy.',
        ],
      },
      {
        heading: 'TỔ CHỨC THỰC HIỆN',
        lines: [
          '1. Ban Tuyên giáo Thành ủy',
          '- Tham mưu, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ban Thường vụ Thành ủy.',
          '2. Các chi, đảng bộ trực thuộc',
          '- Xây dựng kế hoạch tuyên truyền của đơn vị; báo cáo kết quả về Ban Tuyên giáo Thành ủy trước ngày 15/12/2021.',
        ],
      },
    ],
    format: 'party',
  };
}

export function exampleStructuredPlan(): PlanDocument {
  return {
    kind: 'KH',
    serial: 15,
    symbol: 'KH-UBND',
    issuer: 'Ủy ban nhân dân phường Đông Phong',
    issuerParent: 'Ủy ban nhân dân tỉnh Lai Châu',
    place: 'Đông Phong',
    date: '2026-02-05',
    title: 'tuyên truyền kỷ niệm các ngày lễ lớn, sự kiện lịch sử năm 2026',
    sections: ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG TUYÊN TRUYỀN', 'TỔ CHỨC THỰC HIỆN'],
    bases: [
      { serial: 142, symbol: 'HD/BTGDVTU', date: '2025-12-23', issuer: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', title: 'tuyên truyền các ngày lễ lớn năm 2026' },
      { serial: 8, symbol: 'KH-UBND', date: '2026-01', issuer: null, title: null },
    ],
    phases: [
      { label: 'Đợt 1', start: '2026-02-05', end: '2026-05' },
      { label: null, start: '2026-06', end: '2026' },
    ],
    slogans: ['Nhiệt liệt chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng!'],
    anniversaries: [
      {
        title: '96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)',
        eventDate: '1930-02-03',
        anniversaryDate: '2026-02-03',
        years: 96,
      },
    ],
    channels: ['meeting', 'radio', 'visual', 'mobile', 'unknown-channel'],
    assignments: [
      { unit: 'Văn phòng HĐND và UBND phường', duties: ['Tham mưu UBND phường triển khai Kế hoạch.', 'Tổng hợp kết quả, báo cáo.'] },
      'Các tổ dân phố',
    ],
    recipients: ['Sở Văn hóa, Thể thao và Du lịch;', '- Thường trực Đảng ủy phường', 'Lưu: VT.'],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Lò Văn Hùng' },
    reportTemplates: [
      {
        title: 'BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN',
        columns: ['STT', 'Hình thức tuyên truyền', 'Số lượng', 'Thời gian thực hiện'],
        rows: ['Pa nô, áp phích, khẩu hiệu', 'Tuyên truyền miệng (buổi, người dự)'],
      },
      { title: 'BÁO CÁO SỐ LIỆU TIN, BÀI, ẢNH, VIDEO CLIP', columns: ['STT', 'Tít của tin, bài', 'Thời gian đăng'], rows: [] },
    ],
    format: 'state',
  };
}

const SENTENCES = [
  'Tuyên truyền sâu rộng trong cán bộ, đảng viên và Nhân dân về ý nghĩa, tầm quan trọng của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
  'khẳng định những thành tựu to lớn, có ý nghĩa lịch sử của đất nước sau 40 năm đổi mới dưới sự lãnh đạo của Đảng',
  'phát huy vai trò, trách nhiệm của cấp ủy, tổ chức đảng, người đứng đầu trong lãnh đạo, chỉ đạo công tác tuyên truyền',
  'kịp thời định hướng thông tin, đấu tranh, phản bác các quan điểm sai trái, thù địch',
  'gắn với việc thực hiện nhiệm vụ chính trị của địa phương, đơn vị và các phong trào thi đua yêu nước',
  'bảo đảm thiết thực, hiệu quả, tiết kiệm, tạo không khí phấn khởi, tin tưởng trong toàn Đảng bộ',
];

/** A plan of about twenty A4 pages (Times New Roman 14), for the render benchmark. */
export function longPlan(pages = 20): PlanDocument {
  const plan = examplePlanWithBody();
  // About 5 paragraphs of ~75 words, with a heading now and then, fill a page at 14 pt.
  const perSection = Math.ceil((pages * 5) / 5);
  const body = Array.from({ length: 5 }, (_, s) => ({
    heading: ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG TUYÊN TRUYỀN', 'HÌNH THỨC TUYÊN TRUYỀN', 'THỜI GIAN THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN'][s] ?? '',
    lines: Array.from({ length: perSection }, (_, i) =>
      i % 6 === 0
        ? `${i / 6 + 1}. Nhiệm vụ trọng tâm thứ ${i / 6 + 1}`
        : `- ${SENTENCES.map((x, k) => SENTENCES[(k + i) % SENTENCES.length] ?? x).join('; ')}.`,
    ),
  }));
  return {
    ...plan,
    sections: body.map((b) => b.heading),
    body,
    reportTemplates: exampleStructuredPlan().reportTemplates,
  };
}
