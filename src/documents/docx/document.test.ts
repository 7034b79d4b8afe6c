import { describe, expect, it } from 'vitest';
import { renderPlanDocx } from './document.ts';
import { examplePlanWithBody, exampleStructuredPlan } from './fixtures.ts';
import { PARTY_LAYOUT, STATE_LAYOUT, type DocumentLayout } from './layout.ts';
import { paragraphTexts, unzipText } from './read-docx.ts';

async function parts(plan = examplePlanWithBody(), options = {}) {
  const docx = await renderPlanDocx(plan, options);
  const files = unzipText(docx);
  const document = files.get('word/document.xml') ?? '';
  return { docx, files, document, styles: files.get('word/styles.xml') ?? '', texts: paragraphTexts(document) };
}

/** The run properties of the run whose text is exactly `text`. */
function runPropsOf(xml: string, text: string): string {
  const escaped = text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const m = new RegExp(`<w:r>(?:(?!<w:r>)[\\s\\S])*?<w:t(?:\\s[^>]*)?>${escaped}</w:t>`).exec(xml);
  return m?.[0] ?? '';
}

describe('renderPlanDocx: page and fonts', () => {
  it('is an A4 page with the 20/20/30/15 mm margins, in Times New Roman, Vietnamese', async () => {
    const { document, styles, docx } = await parts();
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^/]*)\/>/.exec(document)?.[1] ?? '';
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"');
    expect(margins).toContain('w:right="850"');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('w:hAnsi="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('w:val="vi-VN"');
  });

  it('numbers pages from the second, centred in the page header', async () => {
    const { document, files } = await parts();
    expect(document).toContain('<w:titlePg/>');
    const headers = [...files.entries()].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(headers.some((xml) => /PAGE/.test(xml) && xml.includes('w:val="center"'))).toBe(true);
  });
});

describe('renderPlanDocx: Party format (36-HD/VPTW)', () => {
  it('prints the two-cell heading without borders, in the sizes of the guide', async () => {
    const { document, texts } = await parts();
    const heading = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    expect(heading).toContain('<w:insideV w:val="none"');
    expect(paragraphTexts(heading)).toEqual([
      'ĐẢNG BỘ TỈNH LAI CHÂU',
      'THÀNH ỦY LAI CHÂU',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 30-KH/ThU',
      'TP. Lai Châu, ngày 25 tháng 5 năm 2021',
    ]);
    const party = runPropsOf(document, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party).toContain('<w:b/>');
    expect(party).toContain('<w:u w:val="single"/>');
    expect(party).toContain('<w:sz w:val="30"/>');
    const issuer = runPropsOf(document, 'THÀNH ỦY LAI CHÂU');
    expect(issuer).toContain('<w:b/>');
    expect(issuer).toContain('<w:sz w:val="28"/>');
    expect(runPropsOf(document, 'ĐẢNG BỘ TỈNH LAI CHÂU')).not.toContain('<w:b/>');
    expect(runPropsOf(document, 'TP. Lai Châu, ngày 25 tháng 5 năm 2021')).toContain('<w:i/>');
    expect(texts).toContain('KẾ HOẠCH');
    expect(runPropsOf(document, 'KẾ HOẠCH')).toContain('<w:sz w:val="32"/>');
  });

  it('prints the title, the preamble, numbered sections and their lines as given', async () => {
    const { document, texts } = await parts();
    const plan = examplePlanWithBody();
    expect(texts).toContain(plan.title);
    expect(texts).toContain('-----');
    expect(texts).toContain(plan.preamble?.[0]);
    expect(texts).toEqual(expect.arrayContaining(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG TUYÊN TRUYỀN', 'III. TỔ CHỨC THỰC HIỆN']));
    expect(texts).toContain('1. Mục đích');
    expect(runPropsOf(document, '1. Mục đích')).toContain('<w:b/>');
    // Markdown emphasis becomes italic, the markers dropped.
    expect(runPropsOf(document, 'kết quả thành công')).toContain('<w:i/>');
    expect(document).not.toContain('*kết quả');
    expect(runPropsOf(document, '1.1 - Tuyên truyền miệng')).toContain('<w:i/>');
  });

  it('prints the signer and the underlined "Nơi nhận:" with its list at 12 pt', async () => {
    const { document, texts } = await parts();
    expect(texts).toEqual(expect.arrayContaining(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Trần Văn Minh']));
    expect(runPropsOf(document, 'Trần Văn Minh')).toContain('<w:b/>');
    const label = runPropsOf(document, 'Nơi nhận:');
    expect(label).toContain('<w:u w:val="single"/>');
    expect(texts).toContain('- Ban Tuyên giáo Tỉnh ủy (b/c),');
    expect(texts).toContain('- Lưu Văn phòng Thành ủy.');
    expect(runPropsOf(document, '- Lưu Văn phòng Thành ủy.')).toContain('<w:sz w:val="24"/>');
  });
});

describe('renderPlanDocx: State format (Nghị định 30/2020)', () => {
  it('prints quốc hiệu, tiêu ngữ and "Số: 15/KH-UBND"', async () => {
    const { texts, document } = await parts(exampleStructuredPlan());
    expect(texts).toEqual(
      expect.arrayContaining([
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 15/KH-UBND',
        'Đông Phong, ngày 05 tháng 02 năm 2026',
        'ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG PHONG',
      ]),
    );
    expect(texts).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(runPropsOf(document, 'Độc lập - Tự do - Hạnh phúc')).toContain('<w:u w:val="single"/>');
  });

  it('composes the body from structured fields when the plan has no text', async () => {
    const { texts } = await parts(exampleStructuredPlan());
    expect(texts).toEqual(
      expect.arrayContaining([
        'Căn cứ Hướng dẫn số 142-HD/BTGDVTU ngày 23/12/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền các ngày lễ lớn năm 2026;',
        'Căn cứ Kế hoạch số 8/KH-UBND tháng 1/2026;',
        'I. MỤC ĐÍCH, YÊU CẦU',
        'II. NỘI DUNG TUYÊN TRUYỀN',
        '- Kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026);',
        '- Nhiệt liệt chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng!',
        'III. THỜI GIAN THỰC HIỆN',
        '- Đợt 1: từ ngày 05/02/2026 đến hết tháng 5/2026.',
        '- Đợt 2: từ tháng 6/2026 đến hết năm 2026.',
        'IV. HÌNH THỨC TUYÊN TRUYỀN',
        '- Truyền thanh cơ sở, loa;',
        '- Thông tin lưu động, xe loa;',
        'V. TỔ CHỨC THỰC HIỆN',
        '1. Văn phòng HĐND và UBND phường',
        '- Tham mưu UBND phường triển khai Kế hoạch.',
        '2. Các tổ dân phố',
        'TM. ỦY BAN NHÂN DÂN',
        'Lò Văn Hùng',
        '- Thường trực Đảng ủy phường;',
        '- Lưu: VT.',
      ]),
    );
  });

  it('appends the report forms as tables, each on a page of its own', async () => {
    const { texts, document } = await parts(exampleStructuredPlan());
    expect(texts).toEqual(
      expect.arrayContaining([
        'Mẫu số 01',
        'BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN',
        '(Kèm theo Kế hoạch số 15/KH-UBND ngày 05/02/2026 của Ủy ban nhân dân phường Đông Phong)',
        'STT',
        'Hình thức tuyên truyền',
        'Thời gian thực hiện',
        '01',
        'Pa nô, áp phích, khẩu hiệu',
        'Mẫu số 02',
        'Tít của tin, bài',
        '04',
      ]),
    );
    expect(document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2);
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(2);
  });

  it('takes the format from the options over the plan', async () => {
    const { texts } = await parts(examplePlanWithBody(), { format: 'state' });
    expect(texts).toContain('Số: 30-KH/ThU');
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
});

describe('renderPlanDocx: text', () => {
  it('writes Vietnamese as NFC whatever the input', async () => {
    const plan = examplePlanWithBody();
    const nfd = (s: string) => s.normalize('NFD');
    const { document, texts } = await parts({
      ...plan,
      issuer: nfd(plan.issuer ?? ''),
      title: nfd(plan.title),
      signer: { authority: nfd('T/M BAN THƯỜNG VỤ'), position: 'BÍ THƯ', name: nfd('Trần Văn Minh') },
    });
    expect(document.normalize('NFC')).toBe(document);
    expect(document).not.toMatch(/[\u0300-\u036f]/);
    expect(texts).toContain('THÀNH ỦY LAI CHÂU');
    expect(texts).toContain('Trần Văn Minh');
  });

  it('escapes XML in the text and leaves placeholders for what is unknown', async () => {
    const plan = {
      ...examplePlanWithBody(),
      serial: null,
      date: '2025',
      place: 'Lai Châu',
      issuerParent: null,
      title: 'tuyên truyền <Đại hội> & "Nghị quyết"',
      recipients: [],
      signer: null,
    };
    const { texts } = await parts(plan);
    expect(texts).toContain('tuyên truyền <Đại hội> & "Nghị quyết"');
    expect(texts).toContain('Số      -KH/ThU');
    expect(texts).toContain('Lai Châu, ngày       tháng       năm 2025');
    expect(texts).not.toContain('Nơi nhận:');
  });

  it('follows a layout given by the caller (a new format guide) without other changes', async () => {
    const layout: DocumentLayout = {
      ...PARTY_LAYOUT,
      page: { ...PARTY_LAYOUT.page, marginMm: { top: 25, bottom: 25, left: 35, right: 20 } },
      font: 'Liberation Serif',
      header: { ...PARTY_LAYOUT.header, nationalTitle: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: { size: 16, bold: true } }] },
    };
    const { document, styles } = await parts(examplePlanWithBody(), { layout });
    expect(document).toContain('w:left="1984"');
    expect(styles).toContain('w:ascii="Liberation Serif"');
    expect(runPropsOf(document, 'ĐẢNG CỘNG SẢN VIỆT NAM')).toContain('<w:sz w:val="32"/>');
    expect(STATE_LAYOUT.page).toEqual(PARTY_LAYOUT.page);
  });
});
