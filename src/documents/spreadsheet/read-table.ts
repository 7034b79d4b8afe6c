import { parse as parseCsv } from 'csv-parse/sync';
import { formatCount, TABLE_LIMITS, UnreadableTableError } from './limits.ts';
import { readXlsx } from './xlsx.ts';

export { UnreadableTableError } from './limits.ts';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

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

function readCsv(data: Buffer, filename: string): string[][] {
  if (data.includes(0)) throw new UnreadableTableError(`Tệp "${filename}" không phải tệp văn bản CSV.`);
  let text = data.toString('utf8');
  if (text.includes('\uFFFD')) throw new UnreadableTableError(`Tệp "${filename}" không ở bảng mã UTF-8; hãy lưu lại dưới dạng CSV UTF-8.`);
  text = text.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  checkCsvShape(text, delimiter);
  let table: string[][];
  try {
    table = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
  } catch (err) {
    throw new UnreadableTableError(`Không đọc được tệp CSV: ${(err as Error).message}`);
  }
  table.forEach((row, i) => {
    for (const cell of row) if (cell.length > TABLE_LIMITS.maxCellChars) cellTooLong(i + 1, cell.length);
  });
  return table;
}

function cellTooLong(line: number, length: number): never {
  throw new UnreadableTableError(
    `Dòng ${formatCount(line)} của tệp CSV có một ô dài ${formatCount(length)} ký tự, quá giới hạn ${formatCount(TABLE_LIMITS.maxCellChars)} ký tự mỗi ô.`,
  );
}

/**
 * Counts records and fields before parsing (one pass, quotes respected), so a file of a million
 * empty lines or of one line with a million separators is refused before it becomes arrays.
 */
function checkCsvShape(text: string, delimiter: string): void {
  const sep = delimiter.charCodeAt(0);
  let rows = 0;
  let fields = 1;
  let cells = 0;
  let quoted = false;
  const endRecord = () => {
    rows++;
    cells += fields;
    if (fields > TABLE_LIMITS.maxColumns) {
      throw new UnreadableTableError(`Dòng ${formatCount(rows)} của tệp CSV có ${formatCount(fields)} cột, quá giới hạn ${formatCount(TABLE_LIMITS.maxColumns)} cột.`);
    }
    if (rows > TABLE_LIMITS.maxRows) throw new UnreadableTableError(`Tệp CSV có hơn ${formatCount(TABLE_LIMITS.maxRows)} dòng, quá giới hạn mỗi lần nhập.`);
    if (cells > TABLE_LIMITS.maxCells) throw new UnreadableTableError(`Tệp CSV có hơn ${formatCount(TABLE_LIMITS.maxCells)} ô, quá giới hạn mỗi lần nhập.`);
    fields = 1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (quoted) continue;
    else if (c === sep) {
      if (++fields > TABLE_LIMITS.maxColumns) endRecord();
    } else if (c === 0x0a) endRecord();
  }
  if (text.length) endRecord();
}
