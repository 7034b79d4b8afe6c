import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDocumentSchema } from '../plans/document.ts';
import { parsePlan } from './parse-plan.ts';
import { importPlanText } from './recognise.ts';
import { fold } from './text.ts';
import * as PLANS from './testing/plans.ts';

const DOCUMENTS = Object.values(PLANS);

/** Words and marks plans are made of, so random text reaches deep into the rules. */
const PIECES = [
  'KẾ HOẠCH', 'HƯỚNG DẪN', 'Số 10-KH/ĐUK', 'Số: 15/KH-UBND', 'Số …-KH/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc', '*', 'Lai Châu, ngày 25 tháng 5 năm 2021', 'ngày …/…/202…', 'I.', 'II-', 'III –', '1.', '1.1.', 'a)', '-', '+',
  'MỤC ĐÍCH, YÊU CẦU', 'TỔ CHỨC THỰC HIỆN', 'Căn cứ', 'Thực hiện', 'Kế hoạch số 127-KH/TU, ngày 23/8/2019', 'Đợt 1:', 'Giai đoạn', 'từ',
  'đến', 'tháng 3/2026', 'hết năm 2024', 'Khẩu hiệu:', 'Nhiệt liệt chào mừng!', '95 năm', '(03/02/1930 - 03/02/2025)', '(1940 – 2020)',
  'hội nghị', 'mạng xã hội', 'báo chí', 'loa', 'Ban Tuyên giáo', 'Giao', 'Các chi bộ', 'tham mưu', 'Nơi nhận:', '- Lưu VT.', 'T/M BAN THƯỜNG VỤ',
  'BÍ THƯ', 'Nguyễn Văn An', 'BÁO CÁO', 'STT\tNội dung\tSố lượng', '01\tHội nghị\t', 'Mẫu số 01', '|', '**', '#', '<br>', '\t', '   ', '\n', '\n\n',
  'Trên đây là Kế hoạch', 'của', 'V/v', 'Kính gửi:', '…', '.....', '/', '(', ')', ':', ';', ',', 'nhiệm kỳ 2025 - 2030',
];

const planLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 120 }).map((parts) => parts.join(' '));

/** A document with lines dropped, repeated, swapped, cut or scribbled on. */
const mutated = fc
  .tuple(
    fc.constantFrom(...DOCUMENTS),
    fc.array(
      fc.tuple(fc.constantFrom('drop', 'repeat', 'swap', 'cut', 'insert', 'upper', 'lower', 'tabs', 'digits'), fc.nat(), fc.string({ maxLength: 8 })),
      { maxLength: 12 },
    ),
  )
  .map(([doc, edits]) => {
    const lines = doc.split('\n');
    for (const [op, n, junk] of edits) {
      if (!lines.length) break;
      const i = n % lines.length;
      const line = lines[i] ?? '';
      if (op === 'drop') lines.splice(i, 1);
      else if (op === 'repeat') lines.splice(i, 0, line);
      else if (op === 'swap') lines.splice(i, 1, lines[(i + 1) % lines.length] ?? '', line);
      else if (op === 'cut') lines[i] = line.slice(0, n % (line.length + 1));
      else if (op === 'insert') lines[i] = line.slice(0, n % (line.length + 1)) + junk + line.slice(n % (line.length + 1));
      else if (op === 'upper') lines[i] = line.toUpperCase();
      else if (op === 'lower') lines[i] = line.toLowerCase();
      else if (op === 'tabs') lines[i] = line.replace(/ /g, '\t');
      else lines[i] = line.replace(/\d/g, String(n % 10));
    }
    return lines.join('\n');
  });

function checkParses(text: string): void {
  const started = performance.now();
  const plan = parsePlan(text);
  const result = planDocumentSchema.safeParse(plan);
  if (!result.success) throw new Error(`schema: ${result.error.issues[0]?.path.join('.')} ${result.error.issues[0]?.message}`);
  // A rule that backtracks without end shows up as a slow parse of a short text.
  expect(performance.now() - started).toBeLessThan(2000);
  expect(() => importPlanText(text)).not.toThrow();
}

describe('the parser on any input', () => {
  it('never throws and always returns a valid plan for arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkParses), { numRuns: 300 });
  });

  it('never throws and always returns a valid plan for text made of plan pieces', () => {
    fc.assert(fc.property(planLike, checkParses), { numRuns: 300 });
  });

  it('never throws and always returns a valid plan for mutated plans', () => {
    fc.assert(fc.property(mutated, checkParses), { numRuns: 300 });
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        expect(parsePlan(text)).toEqual(parsePlan(text));
      }),
      { numRuns: 50 },
    );
  });

  it('folds any text without moving its characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        expect(fold(s)).toHaveLength(s.length);
      }),
    );
  });

  it('keeps finding the number and the sections of a plan whose other lines are damaged', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 20 })), { maxLength: 6 }), (edits) => {
        const lines = PLANS.THANH_UY_TABS.split('\n');
        // Scribble on lines of the body that are not headings, the number or the title.
        const body = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^[-+]\s/.test(l));
        for (const [n, junk] of edits) {
          const target = body[n % Math.max(1, body.length)];
          if (target) lines[target.i] = `- ${junk.replace(/\n/g, ' ')}`;
        }
        const plan = parsePlan(lines.join('\n'));
        expect(plan.serial).toBe(30);
        expect(plan.symbol).toBe('KH/ThU');
        expect(plan.sections).toHaveLength(3);
      }),
      { numRuns: 100 },
    );
  });
});
