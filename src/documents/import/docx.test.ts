import { deflateRawSync } from 'node:zlib';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocxText } from './docx.ts';
import { PlanImportError } from './errors.ts';
import { importPlanBytes } from './read-plan-file.ts';
import { CONTENT_TYPES, RELS, buildZip, minimalDocx } from './testing/zip.ts';
import { inspectDocx, readCentralDirectory } from './zip.ts';

const p = (text: string, options: { bold?: boolean; allCaps?: boolean; numbering?: { reference: string; level: number } } = {}) =>
  new Paragraph({ children: [new TextRun({ text, bold: options.bold, allCaps: options.allCaps })], numbering: options.numbering });

const cell = (...paragraphs: Paragraph[]) => new TableCell({ children: paragraphs, width: { size: 50, type: WidthType.PERCENTAGE } });

/** A plan as Word makes it: header and signature in borderless tables, auto-numbered headings. */
async function wordPlan(): Promise<Buffer> {
  const sections = { reference: 'sections', level: 0 };
  const points = { reference: 'points', level: 0 };
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'sections', levels: [{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT }] },
        { reference: 'points', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
        { reference: 'dashes', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [
      {
        children: [
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell(p('Đảng bộ tỉnh Sơn La', { allCaps: true }), p('HUYỆN ỦY MỘC CHÂU', { bold: true }), p('*'), p('Số 88-KH/HU')),
                  cell(p('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true }), p('Mộc Châu, ngày 20 tháng 01 năm 2026')),
                ],
              }),
            ],
          }),
          p('KẾ HOẠCH', { bold: true }),
          p('tuyên truyền Nghị quyết Đại hội XIV của Đảng', { bold: true }),
          p('Thực hiện Kế hoạch số 150-KH/TU ngày 10/01/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:'),
          p('MỤC ĐÍCH, YÊU CẦU', { bold: true, numbering: sections }),
          p('Tuyên truyền sâu rộng Nghị quyết trong cán bộ, đảng viên.', { numbering: points }),
          p('NỘI DUNG, HÌNH THỨC', { bold: true, numbering: sections }),
          p('Tổ chức hội nghị báo cáo viên; đăng tải trên trang thông tin điện tử huyện.', { numbering: { reference: 'dashes', level: 0 } }),
          p('Đợt 1: từ ngày 01/02/2026 đến ngày 31/3/2026.', { numbering: { reference: 'dashes', level: 0 } }),
          p('TỔ CHỨC THỰC HIỆN', { bold: true, numbering: sections }),
          p('Ban Tuyên giáo Huyện ủy chủ trì, hướng dẫn.', { numbering: points }),
          p('Các chi, đảng bộ cơ sở xây dựng kế hoạch thực hiện.', { numbering: points }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell(p('Nơi nhận:'), p('- Ban Tuyên giáo Tỉnh ủy (b/c),'), p('- Lưu VP.')),
                  cell(p('T/M BAN THƯỜNG VỤ', { bold: true }), p('BÍ THƯ', { bold: true }), p(''), p('Sùng A Páo', { bold: true })),
                ],
              }),
            ],
          }),
          p('Mẫu số 01'),
          p('BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN', { bold: true }),
          new Table({
            rows: [
              new TableRow({ children: [cell(p('STT')), cell(p('Nội dung')), cell(p('Số lượng'))] }),
              new TableRow({ children: [cell(p('1')), cell(p('Hội nghị')), cell(p(''))] }),
              new TableRow({ children: [cell(p('2')), cell(p('Tin, bài')), cell(p(''))] }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('.docx reading', () => {
  it('gives auto-numbered paragraphs their printed labels, reads layout tables cell by cell', async () => {
    const { text } = await readDocxText(await wordPlan());
    const lines = text.split('\n').filter((l) => l.trim());
    expect(lines.slice(0, 7)).toEqual(['ĐẢNG BỘ TỈNH SƠN LA', '**HUYỆN ỦY MỘC CHÂU**', '*', 'Số 88-KH/HU', '**ĐẢNG CỘNG SẢN VIỆT NAM**', 'Mộc Châu, ngày 20 tháng 01 năm 2026', '**KẾ HOẠCH**']);
    expect(lines).toContain('**I. MỤC ĐÍCH, YÊU CẦU**');
    expect(lines).toContain('**III. TỔ CHỨC THỰC HIỆN**');
    // One list instance runs through the document, as Word numbers it: 1. (section I), then 2., 3.
    expect(lines).toContain('1. Tuyên truyền sâu rộng Nghị quyết trong cán bộ, đảng viên.');
    expect(lines).toContain('3. Các chi, đảng bộ cơ sở xây dựng kế hoạch thực hiện.');
    expect(lines).toContain('- Đợt 1: từ ngày 01/02/2026 đến ngày 31/3/2026.');
    expect(lines).toContain('STT\tNội dung\tSố lượng');
  });

  it('parses a Word plan into the same fields as its text', async () => {
    const { plan, source } = await importPlanBytes(await wordPlan(), 'ke-hoach.docx');
    expect(source.format).toBe('docx');
    expect(plan).toMatchObject({
      kind: 'KH',
      serial: 88,
      symbol: 'KH/HU',
      issuer: 'HUYỆN ỦY MỘC CHÂU',
      issuerParent: 'ĐẢNG BỘ TỈNH SƠN LA',
      place: 'Mộc Châu',
      date: '2026-01-20',
      title: 'tuyên truyền Nghị quyết Đại hội XIV của Đảng',
      sections: ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG, HÌNH THỨC', 'TỔ CHỨC THỰC HIỆN'],
      recipients: ['Ban Tuyên giáo Tỉnh ủy (b/c)', 'Lưu VP'],
      signer: { authority: 'T/M BAN THƯỜNG VỤ', position: 'BÍ THƯ', name: 'Sùng A Páo' },
      channels: ['meeting', 'website'],
    });
    expect(plan.bases.map((b) => [b.serial, b.symbol, b.date])).toEqual([[150, 'KH/TU', '2026-01-10']]);
    expect(plan.phases.map((x) => [x.start, x.end])).toEqual([['2026-02-01', '2026-03-31']]);
    expect(plan.assignments.map((a) => (typeof a === 'string' ? a : a.unit))).toEqual(['Ban Tuyên giáo Huyện ủy', 'Các chi, đảng bộ cơ sở']);
    expect(plan.reportTemplates).toEqual([{ title: 'BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN', columns: ['STT', 'Nội dung', 'Số lượng'], rows: ['Hội nghị', 'Tin, bài'] }]);
  });
});

describe('.docx list labels', () => {
  it('numbers nested levels as Word prints them ("1.", "1.1.", "a)") and restarts deeper levels', async () => {
    const outline = (level: number) => ({ reference: 'outline', level });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'outline',
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.LEFT },
              { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            p('Giai đoạn một', { numbering: outline(0) }),
            p('Nội dung thứ nhất', { numbering: outline(1) }),
            p('Chi tiết', { numbering: outline(2) }),
            p('Nội dung thứ hai', { numbering: outline(1) }),
            p('Giai đoạn hai', { numbering: outline(0) }),
            p('Nội dung', { numbering: outline(1) }),
          ],
        },
      ],
    });
    const { text } = await readDocxText(await Packer.toBuffer(doc));
    expect(text.split('\n').filter(Boolean)).toEqual(['1. Giai đoạn một', '1.1. Nội dung thứ nhất', 'a) Chi tiết', '1.2. Nội dung thứ hai', '2. Giai đoạn hai', '2.1. Nội dung']);
  });
});

async function refusalOf(buf: Buffer): Promise<PlanImportError> {
  try {
    await readDocxText(buf);
  } catch (err) {
    if (err instanceof PlanImportError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('.docx refusals', () => {
  it('refuses a file named .docx that is not a zip', async () => {
    expect((await refusalOf(Buffer.from('KẾ HOẠCH tuyên truyền'))).code).toBe('docx-not-zip');
  });

  it('refuses a zip without a document body, and a body without text', async () => {
    expect((await refusalOf(buildZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: '_rels/.rels', data: RELS }]))).code).toBe('docx-no-body');
    expect((await refusalOf(minimalDocx([]))).code).toBe('docx-no-body');
  });

  it('refuses a truncated archive', async () => {
    const whole = minimalDocx(['KẾ HOẠCH']);
    expect((await refusalOf(whole.subarray(0, whole.length - 30))).code).toBe('docx-corrupt');
  });

  it('refuses a zip bomb by the sizes its directory declares, before inflating anything', async () => {
    const bomb = minimalDocx(['KẾ HOẠCH'], [{ name: 'word/media/image1.png', data: Buffer.alloc(10), store: true, declaredSize: 0xfffffff0 }]);
    expect(readCentralDirectory(bomb).find((e) => e.name.endsWith('.png'))?.uncompressedSize).toBe(0xfffffff0);
    const err = await refusalOf(bomb);
    expect(err.code).toBe('zip-bomb');
    expect(err.message).toMatch(/zip bomb/);
  });

  it('refuses a part compressed a thousandfold', async () => {
    const zeros = Buffer.alloc(40_000_000);
    expect(deflateRawSync(zeros).length).toBeLessThan(zeros.length / 500);
    const err = await refusalOf(minimalDocx(['KẾ HOẠCH'], [{ name: 'word/settings.xml', data: zeros }]));
    expect(err.code).toBe('zip-bomb');
  });

  it('refuses a part that inflates past the size it declares', async () => {
    const lying = minimalDocx(['KẾ HOẠCH'], [{ name: 'word/styles.xml', data: 'x'.repeat(50_000), declaredSize: 100 }]);
    const err = await refusalOf(lying);
    expect(err.code).toBe('zip-bomb');
    expect(err.message).toMatch(/declared size/);
  });

  it('accepts a well-formed small archive', () => {
    expect(inspectDocx(minimalDocx(['KẾ HOẠCH'])).map((e) => e.name)).toContain('word/document.xml');
  });
});
