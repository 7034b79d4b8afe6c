/**
 * A synthetic plan of a given length (pages of about 2,800 characters, as a page of a plan printed
 * in 14-point Times runs), built like a real one: header, title, preamble citing documents,
 * sections of numbered points and dashes, phases, anniversaries, slogans, the duties of units,
 * Nơi nhận, signature and a report form. Deterministic: the same length gives the same text.
 * Used by the benchmark and by tests that check the parser at scale.
 */

export const PAGE_CHARS = 2800;

const CONTENT = [
  'Tuyên truyền sâu rộng trong cán bộ, đảng viên và Nhân dân về ý nghĩa, tầm quan trọng của Đại hội; kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025',
  'Phân tích, làm rõ bối cảnh tình hình, những thời cơ, thuận lợi, khó khăn, thách thức tác động đến địa phương từ đầu nhiệm kỳ đến nay',
  'Tổ chức hội nghị báo cáo viên, sinh hoạt chi bộ chuyên đề; đăng tải tin, bài trên trang thông tin điện tử và mạng xã hội của đơn vị',
  'Biên soạn tài liệu, đề cương tuyên truyền; treo băng rôn, khẩu hiệu, pa nô tại trụ sở cơ quan và nơi công cộng',
  'Đấu tranh, phản bác các quan điểm sai trái, thù địch, xuyên tạc về công tác chuẩn bị và tổ chức đại hội đảng bộ các cấp',
  'Tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao; phát động phong trào thi đua lập thành tích chào mừng Đại hội',
  'Phát thanh trên hệ thống loa truyền thanh cơ sở; xe thông tin lưu động phục vụ đồng bào vùng sâu, vùng xa',
  'Tuyên truyền những thành tựu nổi bật về phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh, xây dựng Đảng và hệ thống chính trị',
];
const UNITS = [
  'Ban Tuyên giáo Huyện ủy',
  'Văn phòng Huyện ủy',
  'Ủy ban nhân dân huyện',
  'Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện',
  'Trung tâm Văn hóa - Thể thao và Truyền thông huyện',
  'Các chi bộ, đảng bộ cơ sở',
];
const ANNIVERSARIES = [
  '96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)',
  '136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2026)',
  '81 năm Ngày Cách mạng tháng Tám thành công (19/8/1945 - 19/8/2026)',
  '80 năm Ngày Toàn quốc kháng chiến (19/12/1946 - 19/12/2026)',
];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

export interface SyntheticPlan {
  text: string;
  /** What the parser should find in it. */
  expected: { sections: number; units: string[]; anniversaries: number; phases: number };
}

/** A plan of about `pages` pages. */
export function syntheticPlan(pages: number): SyntheticPlan {
  const target = Math.max(1, pages) * PAGE_CHARS;
  const head = [
    'ĐẢNG BỘ TỈNH ĐIỆN BIÊN\t\tĐẢNG CỘNG SẢN VIỆT NAM',
    'HUYỆN ỦY MƯỜNG CHÀ',
    '*\t\tMường Chà, ngày 15 tháng 01 năm 2026',
    'Số 45-KH/HU',
    '',
    'KẾ HOẠCH',
    'tuyên truyền kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    '-----',
    'Căn cứ Kế hoạch số 120-KH/TU, ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy về tuyên truyền Đại hội XIV của Đảng; Hướng dẫn số 30-HD/BTGTU ngày 08/01/2026 của Ban Tuyên giáo Tỉnh ủy,',
    'Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:',
    '',
  ];
  const body: string[] = [];
  let size = head.join('\n').length;
  // Closing sections (phases, slogans, anniversaries, duties) are about two pages; content fills the rest.
  const contentTarget = Math.max(0, target - 4200);
  // Six content sections of numbered points with dashes, as long as the target asks.
  const SECTIONS = 6;
  let section = 0;
  let point = 0;
  for (; section < SECTIONS; section++) {
    body.push(`${ROMAN[section]}. NỘI DUNG TUYÊN TRUYỀN PHẦN ${section + 1}`);
    const sectionTarget = head.join('\n').length + (contentTarget * (section + 1)) / SECTIONS;
    for (let p = 1; p === 1 || size < sectionTarget; p++) {
      body.push(`${p}. ${CONTENT[(point + p) % CONTENT.length]}.`);
      for (let d = 0; d < 3; d++) body.push(`- ${CONTENT[(point + p + d + 1) % CONTENT.length]}, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.`);
      size += (body.at(-1)?.length ?? 0) * 4 + 4;
    }
    point += 5;
  }
  body.push(`${ROMAN[section++]}. THỜI GIAN, KHẨU HIỆU VÀ CÁC NGÀY KỶ NIỆM`);
  body.push('1. Thời gian thực hiện');
  body.push('- Đợt 1: Từ ngày 15/01/2026 đến ngày 03/02/2026, tuyên truyền kết quả Đại hội.');
  body.push('- Đợt 2: Từ tháng 02/2026 đến hết tháng 6/2026, tuyên truyền Nghị quyết Đại hội.');
  body.push('- Đợt 3: Sau khi học tập, quán triệt Nghị quyết đến hết năm 2026.');
  body.push('2. Khẩu hiệu tuyên truyền:');
  body.push('- Nhiệt liệt chào mừng thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng!');
  body.push('- Đảng Cộng sản Việt Nam quang vinh muôn năm!');
  body.push(`3. Tuyên truyền kỷ niệm ${ANNIVERSARIES.join('; ')}.`);
  body.push(`${ROMAN[section++]}. TỔ CHỨC THỰC HIỆN`);
  UNITS.forEach((unit, i) => {
    body.push(`${i + 1}. ${unit}`);
    body.push(`- Căn cứ Kế hoạch, chủ động triển khai các nội dung phù hợp với tình hình thực tế; báo cáo kết quả về Ban Tuyên giáo Huyện ủy.`);
  });
  const foot = [
    '',
    'Nơi nhận:\t\t\tT/M BAN THƯỜNG VỤ',
    '- Ban Tuyên giáo Tỉnh ủy (b/c),\t\t\tBÍ THƯ',
    '- Các đồng chí Huyện ủy viên,',
    '- Các chi, đảng bộ cơ sở,',
    '- Lưu Văn phòng Huyện ủy.',
    '\t\t\t\tLò Văn Hùng',
    '',
    'Mẫu số 01',
    'BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN',
    'STT\tHình thức tuyên truyền\tSố lượng\tGhi chú',
    '01\tHội nghị, tuyên truyền miệng\t\t',
    '02\tTin, bài trên trang thông tin điện tử\t\t',
    '03\tBăng rôn, khẩu hiệu\t\t',
  ];
  return {
    text: [...head, ...body, ...foot].join('\n'),
    expected: { sections: section, units: UNITS, anniversaries: ANNIVERSARIES.length, phases: 3 },
  };
}

/**
 * A plan whose content is one paragraph hard-wrapped into lines of about 70 characters (as a tool
 * that wraps text files writes it), of about `chars` characters in all: every line after the first
 * continues the one before. Parsing it once cost time quadratic in its length.
 */
export function hardWrappedPlan(chars: number): string {
  const words = 'tuyên truyền sâu rộng trong cán bộ đảng viên và nhân dân về ý nghĩa tầm quan trọng của đại hội đảng bộ các cấp'.split(' ');
  const { text } = syntheticPlan(1);
  const at = text.indexOf('II. ');
  const lines: string[] = ['1. Tuyên truyền kết quả Đại hội đến cán bộ, đảng viên và Nhân dân trên địa bàn, cụ thể như sau'];
  let size = 0;
  let line = '';
  for (let i = 0; size < chars; i++) {
    line += `${line ? ' ' : ''}${words[i % words.length]}`;
    if (line.length >= 70) {
      lines.push(line);
      size += line.length + 1;
      line = '';
    }
  }
  lines.push(`${line || 'và các tầng lớp nhân dân'}.`);
  return `${text.slice(0, at)}${lines.join('\n')}\n${text.slice(at)}`;
}
