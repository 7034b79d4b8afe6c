/**
 * Reads the first sheet of an .xlsx with bounded memory. Nothing is inflated before the zip's central
 * directory has been checked (entry count, each part's and the total declared size, compression
 * ratio); then only the parts needed (relationships, workbook, styles, shared strings, the first
 * sheet) are inflated, as a stream that may not pass its declared size, and tokenized as they come
 * (`xml-scan.ts`). The sheet's declared `<dimension>` is checked before its rows, and the cells are
 * counted while they stream. Values are read as exceljs reads them (dates from date-formatted
 * numbers, booleans, rich text, formula results), trimmed.
 */
import { folderOf, openArchive, readRelationships, relsPathOf, scanPart, type Archive, type Fail } from './xlsx-archive.ts';
import { formatCount, TABLE_LIMITS, UnreadableTableError } from './limits.ts';

/** Raw XML characters of one cell's text kept at most (entities make it up to ten times the text). */
const MAX_RAW_CELL_CHARS = TABLE_LIMITS.maxCellChars * 10;


export async function readXlsx(data: Buffer, filename: string): Promise<string[][]> {
  const fail: Fail = (message) => {
    throw new UnreadableTableError(message);
  };
  const notXlsx: () => never = () => fail(`Tệp "${filename}" không phải tệp Excel (.xlsx) hợp lệ.`);
  const archive: Archive = { data, filename, entries: openArchive(data, filename, fail, notXlsx), fail, notXlsx };

  const rootRels = await readRelationships(archive, '_rels/.rels', '');
  const workbookPath = rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  if (!archive.entries.has(workbookPath)) notXlsx();
  const workbook = await readWorkbook(archive, workbookPath);
  const rels = await readRelationships(archive, relsPathOf(workbookPath), folderOf(workbookPath));
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheetPath = workbook.sheetIds.map((id) => byId.get(id)).find((r) => r?.type.endsWith('/worksheet') && archive.entries.has(r.target))?.target;
  if (!sheetPath) fail('Tệp Excel không có trang tính nào.');
  const stylesPath = rels.find((r) => r.type.endsWith('/styles'))?.target;
  const dateStyles = stylesPath && archive.entries.has(stylesPath) ? await readDateStyles(archive, stylesPath) : new Set<number>();
  const sharedPath = rels.find((r) => r.type.endsWith('/sharedStrings'))?.target;
  const shared = sharedPath && archive.entries.has(sharedPath) ? await readSharedStrings(archive, sharedPath) : [];
  return readSheet(archive, sheetPath, { shared, dateStyles, date1904: workbook.date1904 });
}

async function readWorkbook(archive: Archive, path: string): Promise<{ sheetIds: string[]; date1904: boolean }> {
  const sheetIds: string[] = [];
  let date1904 = false;
  await scanPart(archive, path, {
    open(name, attrs) {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attrs.get('date1904') ?? '');
      if (name !== 'sheet') return;
      // The relationship id is r:id, whatever the namespace's prefix (not sheetId).
      for (const [attr, value] of attrs) if (/:id$/.test(attr)) sheetIds.push(value);
    },
    close() {},
    text() {},
  });
  return { sheetIds, date1904 };
}

/** Built-in number formats that are dates or times (exceljs's table: 14–22, 27–36, 45–47, 50–58). */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** exceljs's rule: a format is a date when, outside quotes and brackets, it has y m d h s or b. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Indexes of the cell styles (cellXfs) whose number format is a date. */
async function readDateStyles(archive: Archive, path: string): Promise<Set<number>> {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  await scanPart(archive, path, {
    open(name, attrs, selfClosing) {
      if (name === 'numFmt') custom.set(Number(attrs.get('numFmtId')), attrs.get('formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = !selfClosing;
      else if (name === 'xf' && inCellXfs) formats.push(Number(attrs.get('numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  const dates = new Set<number>();
  formats.forEach((id, index) => {
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : isBuiltInDate(id)) dates.add(index);
  });
  return dates;
}

// ── Text of cells ──────────────────────────────────────────────────────────────────────────────

/** Collects the text of one string item (<si>, <is>): its <t> runs, not the phonetic ones (<rPh>). */
class TextCollector {
  private pieces: string[] = [];
  private length = 0;
  private inT = false;
  private phonetic = 0;

  constructor(private readonly tooLong: () => never) {}

  open(name: string, selfClosing: boolean): void {
    if (name === 'rPh' && !selfClosing) this.phonetic++;
    else if (name === 't' && !selfClosing && this.phonetic === 0) this.inT = true;
  }
  close(name: string): void {
    if (name === 'rPh') this.phonetic = Math.max(0, this.phonetic - 1);
    else if (name === 't') this.inT = false;
  }
  text(text: string): void {
    if (!this.inT) return;
    this.length += text.length;
    if (this.length > MAX_RAW_CELL_CHARS) this.tooLong();
    this.pieces.push(text);
  }
  take(): string {
    const text = this.pieces.join('');
    this.pieces = [];
    this.length = 0;
    this.inT = false;
    this.phonetic = 0;
    return text;
  }
}

/** Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x). */
function unescapeExcel(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

function cellTooLong(length?: number, where?: string): never {
  const how = length === undefined ? `dài quá ${formatCount(TABLE_LIMITS.maxCellChars)} ký tự` : `dài ${formatCount(length)} ký tự, quá giới hạn ${formatCount(TABLE_LIMITS.maxCellChars)} ký tự mỗi ô`;
  throw new UnreadableTableError(`${where ? `Ô ${where}` : 'Một ô trong tệp Excel'} ${how}.`);
}

async function readSharedStrings(archive: Archive, path: string): Promise<string[]> {
  const strings: string[] = [];
  const item = new TextCollector(() => cellTooLong());
  let inItem = false;
  await scanPart(archive, path, {
    open(name, _attrs, selfClosing) {
      if (name === 'si') {
        inItem = !selfClosing;
        if (selfClosing) strings.push('');
      } else if (inItem) item.open(name, selfClosing);
    },
    close(name) {
      if (name === 'si' && inItem) {
        inItem = false;
        const text = unescapeExcel(item.take()).trim();
        if (text.length > TABLE_LIMITS.maxCellChars) cellTooLong(text.length);
        strings.push(text);
      } else if (inItem) item.close(name);
    },
    text(text) {
      if (inItem) item.text(text);
    },
  });
  return strings;
}

// ── The sheet ──────────────────────────────────────────────────────────────────────────────────

interface SheetContext {
  shared: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

const EXCEL_MAX_ROWS = 1_048_576;
const EXCEL_MAX_COLUMNS = 16_384;

/** "AB12" → { col: 28, row: 12 }; undefined when it is not a cell reference. */
function parseRef(ref: string): { col: number; row: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: Number(m[2]) };
}

function columnName(col: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function tooManyCells(what: string): never {
  throw new UnreadableTableError(`${what}, quá giới hạn ${formatCount(TABLE_LIMITS.maxCells)} ô (${formatCount(TABLE_LIMITS.maxRows)} dòng, ${formatCount(TABLE_LIMITS.maxColumns)} cột) mỗi lần nhập.`);
}

/** The declared used range, e.g. "A1:D1000000": refused before any row is read when too large. */
function checkDimension(ref: string): void {
  let rows = 0;
  let cols = 0;
  for (const range of ref.trim().split(/\s+/)) {
    const end = parseRef(range.split(':').pop() ?? '');
    if (!end) return; // unreadable: the cells are counted as they come anyway
    rows = Math.max(rows, end.row);
    cols = Math.max(cols, end.col);
  }
  if (rows > TABLE_LIMITS.maxRows || cols > TABLE_LIMITS.maxColumns || rows * cols > TABLE_LIMITS.maxCells) {
    tooManyCells(`Trang tính đầu tiên khai báo vùng dữ liệu ${ref.trim()} (${formatCount(rows)} dòng × ${formatCount(cols)} cột = ${formatCount(rows * cols)} ô)`);
  }
}

function excelDate(serial: number, date1904: boolean): string {
  // exceljs's excelToDate, then the date part as cellText gives it.
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

async function readSheet(archive: Archive, path: string, ctx: SheetContext): Promise<string[][]> {
  const rows = new Map<number, string[]>();
  let maxRow = 0;
  let maxCol = 0;
  let totalChars = 0;
  let inSheetData = false;
  let finished = false;
  let rowIndex = 0;
  let colIndex = 0;
  let cell: { row: number; col: number; type: string; style: number; value: string[]; valueLength: number; inValue: boolean; inline: boolean } | null = null;
  const inline = new TextCollector(() => cellTooLong(undefined, cell ? `${columnName(cell.col)}${cell.row}` : undefined));

  const valueOf = (c: NonNullable<typeof cell>): string => {
    const v = c.value.join('');
    switch (c.type) {
      case 's':
        return ctx.shared[Number.parseInt(v, 10)] ?? '';
      case 'inlineStr':
        return unescapeExcel(inline.take());
      case 'str':
        return unescapeExcel(v);
      case 'b':
        return v.trim() === '' ? '' : String(v.trim() === '1' || v.trim() === 'true');
      case 'e':
        return '';
      case 'd': {
        const date = new Date(v.trim());
        return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
      }
      default: {
        if (v.trim() === '') return '';
        const n = Number.parseFloat(v);
        if (Number.isNaN(n)) return v;
        return ctx.dateStyles.has(c.style) ? excelDate(n, ctx.date1904) : String(n);
      }
    }
  };

  const store = (c: NonNullable<typeof cell>) => {
    const text = valueOf(c).trim();
    if (!text) return;
    const where = `${columnName(c.col)}${c.row}`;
    if (text.length > TABLE_LIMITS.maxCellChars) cellTooLong(text.length, where);
    if (c.row > TABLE_LIMITS.maxRows) tooManyCells(`Trang tính đầu tiên có dữ liệu ở dòng ${formatCount(c.row)} (ô ${where})`);
    if (c.col > TABLE_LIMITS.maxColumns) tooManyCells(`Trang tính đầu tiên có dữ liệu ở cột ${columnName(c.col)} (ô ${where})`);
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.col);
    if (maxRow * maxCol > TABLE_LIMITS.maxCells) {
      tooManyCells(`Trang tính đầu tiên có dữ liệu đến dòng ${formatCount(maxRow)} và cột ${columnName(maxCol)} (${formatCount(maxRow * maxCol)} ô)`);
    }
    totalChars += text.length;
    if (totalChars > TABLE_LIMITS.maxTotalChars) {
      throw new UnreadableTableError(`Nội dung trang tính đầu tiên dài quá ${formatCount(TABLE_LIMITS.maxTotalChars)} ký tự.`);
    }
    let row = rows.get(c.row);
    if (!row) rows.set(c.row, (row = []));
    row[c.col - 1] = text;
  };

  await scanPart(
    archive,
    path,
    {
      open(name, attrs, selfClosing) {
        if (cell) {
          if (name === 'v' && !selfClosing) cell.inValue = true;
          else if (name === 'is') cell.inline = true;
          else if (cell.inline) inline.open(name, selfClosing);
          return;
        }
        if (name === 'dimension' && !inSheetData) checkDimension(attrs.get('ref') ?? '');
        else if (name === 'sheetData') inSheetData = !selfClosing;
        else if (name === 'row' && inSheetData) {
          const r = Number(attrs.get('r') ?? rowIndex + 1);
          if (!Number.isInteger(r) || r < 1 || r > EXCEL_MAX_ROWS) archive.notXlsx();
          rowIndex = r;
          colIndex = 0;
        } else if (name === 'c' && inSheetData) {
          const ref = attrs.get('r');
          const at = ref ? parseRef(ref) : { col: colIndex + 1, row: rowIndex };
          if (!at || at.col > EXCEL_MAX_COLUMNS || at.row > EXCEL_MAX_ROWS || at.row < 1) archive.notXlsx();
          colIndex = at.col;
          cell = { row: at.row, col: at.col, type: attrs.get('t') ?? 'n', style: Number(attrs.get('s') ?? 0), value: [], valueLength: 0, inValue: false, inline: false };
          if (selfClosing) cell = null; // no value
        }
      },
      close(name) {
        if (cell) {
          if (name === 'c') {
            const done = cell;
            cell = null;
            store(done);
            inline.take();
          } else if (name === 'v') cell.inValue = false;
          else if (cell.inline) inline.close(name);
          return;
        }
        if (name === 'sheetData') finished = true;
      },
      text(text) {
        if (!cell) return;
        if (cell.inValue) {
          cell.valueLength += text.length;
          if (cell.valueLength > MAX_RAW_CELL_CHARS) cellTooLong(undefined, `${columnName(cell.col)}${cell.row}`);
          cell.value.push(text);
        } else if (cell.inline) inline.text(text);
      },
    },
    () => finished,
  );

  const table: string[][] = [];
  for (let r = 1; r <= maxRow; r++) {
    const row = rows.get(r);
    const cells: string[] = new Array<string>(maxCol);
    for (let c = 0; c < maxCol; c++) cells[c] = row?.[c] ?? '';
    table.push(cells);
  }
  return table;
}
