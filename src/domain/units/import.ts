/**
 * Checking a subtree import (rows of a spreadsheet) before anything is written. Pure: the caller
 * says which codes already exist and which of them lie inside the target subtree.
 */
import { cleanName, foldForSearch } from '../text/fold.ts';
import { parseUnitKind, type UnitKind } from './tree.ts';

export interface CheckedImportRow {
  /** Line number in the file (the header is line 1). */
  line: number;
  code: string;
  name: string;
  kind: UnitKind | null;
  kindText: string;
  parentCode: string | null;
  errors: string[];
}

export interface ImportCheck {
  ok: boolean;
  rows: CheckedImportRow[];
  /** Rows in an order where every parent comes before its children (when ok). */
  insertOrder: CheckedImportRow[];
  /** A problem with the file as a whole (no header, no rows), in Vietnamese. */
  fileError?: string;
}

const HEADER_ALIASES: Record<'code' | 'name' | 'kind' | 'parentCode', string[]> = {
  code: ['ma don vi', 'ma', 'code', 'unit code'],
  name: ['ten don vi', 'ten', 'name', 'unit name'],
  kind: ['loai', 'loai don vi', 'kind', 'type'],
  parentCode: ['ma don vi cap tren', 'ma cap tren', 'cap tren', 'parent code', 'parent'],
};

export const MAX_IMPORT_ROWS = 5000;

export interface ExistingCodes {
  /** Every unit code in the system. */
  all: ReadonlySet<string>;
  /** Codes of units inside the target subtree (valid parents). */
  inSubtree: ReadonlySet<string>;
}

export function checkUnitImport(table: string[][], existing: ExistingCodes): ImportCheck {
  const [header, ...body] = table;
  const fail = (fileError: string): ImportCheck => ({ ok: false, rows: [], insertOrder: [], fileError });
  if (!header) return fail('Tệp trống: không có dòng tiêu đề.');
  const columns = mapHeader(header);
  const missing = (['code', 'name', 'kind'] as const).filter((c) => columns[c] === undefined);
  if (missing.length) {
    const names = { code: 'Mã đơn vị', name: 'Tên đơn vị', kind: 'Loại' };
    return fail(`Thiếu cột: ${missing.map((m) => names[m]).join(', ')}. Dòng đầu tiên phải là tiêu đề: Mã đơn vị, Tên đơn vị, Loại, Mã đơn vị cấp trên.`);
  }
  const dataRows = body
    .map((cells, i) => ({ cells, line: i + 2 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  if (dataRows.length === 0) return fail('Tệp không có dòng dữ liệu nào.');
  if (dataRows.length > MAX_IMPORT_ROWS) return fail(`Tệp có ${dataRows.length} dòng, vượt quá giới hạn ${MAX_IMPORT_ROWS} dòng mỗi lần nhập.`);

  const cell = (cells: string[], col: number | undefined) => (col === undefined ? '' : cleanName(cells[col] ?? ''));
  const rows: CheckedImportRow[] = dataRows.map(({ cells, line }) => {
    const kindText = cell(cells, columns.kind);
    const parentCode = cell(cells, columns.parentCode);
    return {
      line,
      code: cell(cells, columns.code),
      name: cell(cells, columns.name),
      kindText,
      kind: parseUnitKind(kindText),
      parentCode: parentCode || null,
      errors: [],
    };
  });

  const firstLineOfCode = new Map<string, number>();
  for (const row of rows) {
    if (!row.code) row.errors.push('Thiếu mã đơn vị.');
    else if (firstLineOfCode.has(row.code)) row.errors.push(`Mã đơn vị "${row.code}" trùng với dòng ${firstLineOfCode.get(row.code)}.`);
    else firstLineOfCode.set(row.code, row.line);
    if (row.code && existing.all.has(row.code)) row.errors.push(`Mã đơn vị "${row.code}" đã có trong hệ thống.`);
    if (row.code.length > 50) row.errors.push('Mã đơn vị dài quá 50 ký tự.');
    if (!row.name) row.errors.push('Thiếu tên đơn vị.');
    else if (row.name.length > 300) row.errors.push('Tên đơn vị dài quá 300 ký tự.');
    if (!row.kindText) row.errors.push('Thiếu loại đơn vị.');
    else if (!row.kind) {
      row.errors.push(`Loại đơn vị "${row.kindText}" không hợp lệ (dùng: Đảng bộ, Chi bộ, Ban, Cơ quan nhà nước, Tổ chức chính trị - xã hội, Cơ quan truyền thông).`);
    }
    if (row.parentCode && row.parentCode === row.code) row.errors.push('Đơn vị không thể là cấp trên của chính nó.');
    else if (row.parentCode && !rows.some((r) => r.code === row.parentCode) && !existing.inSubtree.has(row.parentCode)) {
      row.errors.push(
        existing.all.has(row.parentCode)
          ? `Đơn vị cấp trên "${row.parentCode}" nằm ngoài đơn vị đang nhập.`
          : `Không tìm thấy đơn vị cấp trên có mã "${row.parentCode}" trong tệp hoặc trong đơn vị đang chọn.`,
      );
    }
  }

  const insertOrder = orderParentsFirst(rows);
  const ok = rows.every((r) => r.errors.length === 0);
  return { ok, rows, insertOrder: ok ? insertOrder : [] };
}

/** Topological order; rows caught in a cycle of parent codes get an error. */
function orderParentsFirst(rows: CheckedImportRow[]): CheckedImportRow[] {
  // The first row of a code is the one children attach to (later duplicates are errors already).
  const byCode = new Map<string, CheckedImportRow>();
  for (const r of rows) if (r.code && !byCode.has(r.code)) byCode.set(r.code, r);
  const placed = new Set<CheckedImportRow>();
  const visiting = new Set<CheckedImportRow>();
  const order: CheckedImportRow[] = [];
  const visit = (row: CheckedImportRow): boolean => {
    if (placed.has(row)) return true;
    if (visiting.has(row)) return false;
    visiting.add(row);
    const parent = row.parentCode ? byCode.get(row.parentCode) : undefined;
    const fine = parent && parent !== row ? visit(parent) : true;
    visiting.delete(row);
    if (!fine) {
      if (!row.errors.some((e) => e.startsWith('Vòng lặp'))) row.errors.push('Vòng lặp cấp trên: các đơn vị là cấp trên của nhau.');
      return false;
    }
    placed.add(row);
    order.push(row);
    return true;
  };
  for (const row of rows) visit(row);
  return order;
}

function mapHeader(header: string[]): Partial<Record<keyof typeof HEADER_ALIASES, number>> {
  const result: Partial<Record<keyof typeof HEADER_ALIASES, number>> = {};
  header.forEach((raw, index) => {
    const h = foldForSearch(raw);
    for (const [field, aliases] of Object.entries(HEADER_ALIASES) as [keyof typeof HEADER_ALIASES, string[]][]) {
      if (result[field] === undefined && aliases.includes(h)) result[field] = index;
    }
  });
  return result;
}
