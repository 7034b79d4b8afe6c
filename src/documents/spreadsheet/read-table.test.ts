import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readTable, UnreadableTableError } from './read-table.ts';
import { TABLE_LIMITS } from './limits.ts';
import { part, sheetXml, workbookParts, zip } from '../../../tests/support/spreadsheet-bombs.ts';

/** What the import read before its own reader: exceljs's whole-workbook load. */
async function viaExceljs(data: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const text = (value: ExcelJS.CellValue): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'object') {
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      if ('richText' in value) return value.richText.map((t) => t.text).join('').trim();
      if ('text' in value && typeof value.text === 'string') return value.text.trim();
      if ('result' in value) return String(value.result ?? '').trim();
      return '';
    }
    return String(value).trim();
  };
  const table: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(text(sheet.getRow(r).getCell(c).value));
    table.push(cells);
  }
  return table;
}

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(UnreadableTableError);
    return (err as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('readTable (.xlsx)', () => {
  it('reads what exceljs read: text, numbers, dates, booleans, rich text, formulas, links, gaps', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Đơn vị');
    wb.addWorksheet('Khác').addRow(['không đọc trang này']);
    sheet.addRow(['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên']);
    sheet.addRow(['TP-01', '  Chi bộ Khu phố 1 & 2 <mới>  ', 'Chi bộ', '']);
    sheet.addRow([42, 3.5, new Date(Date.UTC(2026, 1, 3)), true]);
    sheet.addRow([{ richText: [{ text: 'Đảng bộ ', font: { bold: true } }, { text: 'Khu A' }] }, { formula: 'A3*2', result: 84 }, { text: 'trang', hyperlink: 'https://example.vn' }, false]);
    sheet.getCell('F7').value = 'xa';
    sheet.getCell('B6').value = { formula: 'UPPER("x")', result: 'X' };
    sheet.getCell('C6').value = 45000;
    sheet.getCell('C6').numFmt = 'dd/mm/yyyy';
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const table = await readTable(data, 'a.xlsx');
    expect(table).toEqual(await viaExceljs(data));
    expect(table[1]).toEqual(['TP-01', 'Chi bộ Khu phố 1 & 2 <mới>', 'Chi bộ', '', '', '']);
    expect(table[2]!.slice(0, 4)).toEqual(['42', '3.5', '2026-02-03', 'true']);
    expect(table[5]!.slice(1, 3)).toEqual(['X', '2023-03-15']);
  });

  it('reads inline strings, entities, CDATA, Excel escapes, cells without references and the first sheet in workbook order', async () => {
    const sheet = part(
      'xl/worksheets/sheet1.xml',
      sheetXml(
        '<row><c t="inlineStr"><is><t>Chi bộ &amp; &#272;oàn</t></is></c><c t="inlineStr"><is><r><t>Khu </t></r><r><t><![CDATA[<A>]]></t></r><rPh><t>phiên âm</t></rPh></is></c></row>' +
          '<row r="3"><c r="B3" t="str"><f>A1</f><v>dòng_x000D_ba</v></c><c r="D3" t="b"><v>0</v></c><c r="E3" t="e"><v>#N/A</v></c></row>',
      ),
    );
    const table = await readTable(zip(workbookParts(sheet)), 'a.xlsx');
    expect(table).toEqual([
      ['Chi bộ & Đoàn', 'Khu <A>', '', ''],
      ['', '', '', ''],
      ['', 'dòng\rba', '', 'false'],
    ]);
  });

  it('refuses, in Vietnamese, what is not a workbook or is too large to import', async () => {
    expect(await reason(readTable(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]), 'a.xlsx'))).toMatch(/không phải tệp Excel/);
    const doctype = part('xl/worksheets/sheet1.xml', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>');
    expect(await reason(readTable(zip(workbookParts(doctype)), 'a.xlsx'))).toMatch(/không phải tệp Excel/);
    const far = part('xl/worksheets/sheet1.xml', sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c><c r="ZZ1"><v>1</v></c></row><row r="5000"><c r="A5000"><v>1</v></c></row>'));
    expect(await reason(readTable(zip(workbookParts(far)), 'a.xlsx'))).toMatch(/quá giới hạn 200\.000 ô/);
    const long = part('xl/worksheets/sheet1.xml', sheetXml(`<row><c t="inlineStr"><is><t>${'ạ'.repeat(TABLE_LIMITS.maxCellChars + 1)}</t></is></c></row>`));
    expect(await reason(readTable(zip(workbookParts(long)), 'a.xlsx'))).toMatch(/Ô A1 dài 10\.001 ký tự, quá giới hạn 10\.000 ký tự/);
  });
});

describe('readTable (.csv)', () => {
  it('reads a CSV as before, with ; or , and quoted fields', async () => {
    const table = await readTable(Buffer.from('\uFEFFMã;Tên\n"A;1";"Chi bộ ""Mới""\nhai dòng"\n', 'utf8'), 'a.csv');
    expect(table).toEqual([
      ['Mã', 'Tên'],
      ['A;1', 'Chi bộ "Mới"\nhai dòng'],
    ]);
  });

  it('refuses too many rows, columns, cells or characters in one field, before parsing', async () => {
    expect(await reason(readTable(Buffer.from('\n'.repeat(2_000_000)), 'a.csv'))).toMatch(/hơn 100\.000 dòng/);
    expect(await reason(readTable(Buffer.from(`Mã,${','.repeat(2_000_000)}`), 'a.csv'))).toMatch(/Dòng 1 của tệp CSV có 1\.001 cột, quá giới hạn 1\.000 cột/);
    expect(await reason(readTable(Buffer.from(`${'a,'.repeat(499)}a\n`.repeat(500)), 'a.csv'))).toMatch(/hơn 200\.000 ô/);
    expect(await reason(readTable(Buffer.from(`Mã,Tên\nA,"${'x'.repeat(20_000)}"\n`), 'a.csv'))).toMatch(/Dòng 2 của tệp CSV có một ô dài 20\.000 ký tự/);
  });
});
