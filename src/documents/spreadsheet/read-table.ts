import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';

/** A spreadsheet that cannot be read, with a Vietnamese message for the user. */
export class UnreadableTableError extends Error {}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const MAX_XLSX_CELLS = 200_000;

/**
 * Reads the first sheet of an .xlsx or a .csv file into rows of trimmed strings.
 * The file's content decides, not its name: a renamed file still gets a clear answer.
 */
export async function readTable(data: Buffer, filename: string): Promise<string[][]> {
  if (data.length === 0) throw new UnreadableTableError('Tệp rỗng.');
  const lower = filename.toLowerCase();
  const looksZip = data.subarray(0, 4).equals(ZIP_MAGIC);
  if (lower.endsWith('.xlsx') || looksZip) {
    if (!looksZip) throw new UnreadableTableError(`Tệp "${filename}" không phải tệp Excel (.xlsx) hợp lệ.`);
    return readXlsx(data, filename);
  }
  if (lower.endsWith('.xls')) throw new UnreadableTableError('Định dạng .xls cũ không được hỗ trợ; hãy lưu lại dưới dạng .xlsx hoặc .csv.');
  return readCsv(data, filename);
}

async function readXlsx(data: Buffer, filename: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableTableError(`Tệp "${filename}" không phải tệp Excel (.xlsx) hợp lệ.`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableTableError('Tệp Excel không có trang tính nào.');
  if (sheet.rowCount * Math.max(1, sheet.columnCount) > MAX_XLSX_CELLS) {
    throw new UnreadableTableError('Tệp Excel quá lớn.');
  }
  const table: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
  }
  return table;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ('richText' in value) return value.richText.map((t) => t.text).join('').trim();
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value) return String(value.result ?? '').trim();
    return '';
  }
  return String(value).trim();
}

function readCsv(data: Buffer, filename: string): string[][] {
  if (data.includes(0)) throw new UnreadableTableError(`Tệp "${filename}" không phải tệp văn bản CSV.`);
  let text = data.toString('utf8');
  if (text.includes('\uFFFD')) throw new UnreadableTableError(`Tệp "${filename}" không ở bảng mã UTF-8; hãy lưu lại dưới dạng CSV UTF-8.`);
  text = text.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
  } catch (err) {
    throw new UnreadableTableError(`Không đọc được tệp CSV: ${(err as Error).message}`);
  }
}
