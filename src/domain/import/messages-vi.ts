/**
 * The parser's warnings (plan.warnings) and the reader's notes (source.notes) are English, as the
 * command line and the import format (docs/import-format.md) are. People importing a plan in the web
 * read them in Vietnamese: this says each one in Vietnamese; an unknown one is shown as it came.
 */

const FIELDS: Record<string, string> = {
  anniversaries: 'ngày kỷ niệm',
  assignments: 'phân công thực hiện',
  bases: 'căn cứ',
  channels: 'hình thức tuyên truyền',
  issuer: 'cơ quan ban hành',
  lines: 'nội dung văn bản',
  number: 'số, ký hiệu',
  phases: 'các giai đoạn',
  'place and date': 'địa danh, ngày tháng',
  recipients: 'nơi nhận',
  'report templates': 'mẫu báo cáo',
  slogans: 'khẩu hiệu',
};

const KINDS: Record<string, string> = {
  KH: 'kế hoạch (KH)',
  HD: 'hướng dẫn (HD)',
  CV: 'công văn (CV)',
  CT: 'chương trình (CT)',
  TB: 'thông báo (TB)',
  DA: 'đề án (ĐA)',
};

const kind = (k: string) => KINDS[k] ?? k;

const RULES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^type name not found; kind (\S+) read from the symbol$/, (m) => `Không thấy tên loại văn bản; loại ${kind(m[1]!)} được suy ra từ ký hiệu.`],
  [/^type name not found; kind (\S+) assumed$/, (m) => `Không thấy tên loại văn bản; tạm coi là ${kind(m[1]!)}.`],
  [/^no numbered sections \(I, II, III…\) found$/, () => 'Không thấy các mục đánh số La Mã (I, II, III…).'],
  [/^date of issue not filled in or not found$/, () => 'Chưa ghi hoặc không tìm thấy ngày ban hành.'],
  [/^issuing body not found$/, () => 'Không tìm thấy cơ quan ban hành.'],
  [/^(.+): not read \((.*)\)$/s, (m) => `Không đọc được phần ${FIELDS[m[1]!] ?? m[1]!} (${m[2]!}).`],
  [/^docx: list numbering could not be matched; list labels are approximate$/, () => 'Tệp Word: không khớp được cách đánh số danh sách; số thứ tự các mục chỉ là gần đúng.'],
  [/^encoding: (.+) detected and converted to Unicode$/, (m) => `Bảng mã: phát hiện ${lines(m[1]!)}, đã chuyển sang Unicode.`],
  [/^encoding: (.+)$/, (m) => `Bảng mã: ${encoding(m[1]!)}.`],
];

/** "12 lines in TCVN3 (ABC)" → "12 dòng TCVN3 (ABC)"; a font name stays as it is. */
function lines(text: string): string {
  const m = /^(\d+) lines? in (.+)$/.exec(text);
  return m ? `${m[1]} dòng theo ${m[2]}` : text;
}

const COMPOSITION: Record<string, string> = {
  'NFD (normalised to NFC)': 'chữ ở dạng tổ hợp (NFD), đã chuẩn hoá về dạng dựng sẵn (NFC)',
  'MIXED (normalised to NFC)': 'chữ lẫn dạng tổ hợp và dựng sẵn, đã chuẩn hoá về dạng dựng sẵn (NFC)',
};

/** "UTF-16 LE, with BOM, NFD (normalised to NFC)" in Vietnamese. */
function encoding(text: string): string {
  return text
    .split(', ')
    .map((part) => (part === 'with BOM' ? 'có BOM' : part === 'single-byte' ? 'mã một byte' : (COMPOSITION[part] ?? part)))
    .join(', ');
}

export function importMessageInVietnamese(message: string): string {
  for (const [pattern, say] of RULES) {
    const m = message.match(pattern);
    if (m) return say(m);
  }
  return message;
}
