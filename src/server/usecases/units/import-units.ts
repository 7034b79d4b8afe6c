import { sql } from 'drizzle-orm';
import { rows as selectRows } from '../../../db/sql.ts';
import { checkUnitImport, type ImportCheck } from '../../../domain/units/import.ts';
import { escapeLike } from '../../../domain/text/fold.ts';
import { readTable, UnreadableTableError } from '../../../documents/spreadsheet/read-table.ts';
import type { Executor } from '../../../db/client.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { findUnit } from '../../queries/units.ts';
import { insertUnit } from './create-unit.ts';

export interface ImportResult {
  ok: boolean;
  rows: ImportCheck['rows'];
  created: number;
  fileError?: string;
}

/**
 * Imports a subtree from a spreadsheet under `unitId`. `commit: false` checks and writes nothing;
 * `commit: true` writes every row or, when any row is bad, nothing.
 */
export async function importUnits(ctx: UseCaseContext, unitId: number, file: Buffer, filename: string, commit: boolean): Promise<ImportResult> {
  let table: string[][];
  try {
    table = await readTable(file, filename);
  } catch (err) {
    if (err instanceof UnreadableTableError) throw invalid('unreadable_file', err.message);
    throw err;
  }
  return ctx.database.db.transaction(async (tx) => {
    const target = await findUnit(tx, unitId);
    if (!target) throw notFound('đơn vị');
    if (target.retiredAt) throw invalid('parent_retired', `Đơn vị "${target.name}" đã giải thể, không thể nhập đơn vị trực thuộc.`);
    const check = checkUnitImport(table, await existingCodes(tx, target.path));
    const result: ImportResult = { ok: check.ok, rows: check.rows, created: 0, fileError: check.fileError };
    if (check.fileError) throw invalid('import_invalid', check.fileError, result);
    if (!commit) return result;
    if (!check.ok) {
      const bad = check.rows.filter((r) => r.errors.length).length;
      throw invalid('import_invalid', `Có ${bad} dòng lỗi; chưa nhập dòng nào. Hãy sửa tệp rồi nhập lại.`, result);
    }
    const idByCode = new Map<string, number>();
    for (const row of check.insertOrder) {
      const parentId = row.parentCode ? (idByCode.get(row.parentCode) ?? (await unitIdByCode(tx, row.parentCode))) : unitId;
      const id = await insertUnit(tx, { parentId, name: row.name, kind: row.kind!, code: row.code });
      idByCode.set(row.code, id);
    }
    await recordAudit(tx, ctx.actor, {
      unitId,
      unitPath: target.path,
      action: 'unit.import',
      entity: 'unit',
      entityId: unitId,
      summary: `Nhập ${check.insertOrder.length} đơn vị trực thuộc "${target.name}" từ tệp "${filename}"`,
      details: { filename, codes: [...idByCode.keys()] },
    });
    return { ...result, created: check.insertOrder.length };
  });
}

async function existingCodes(tx: Executor, path: string) {
  const found = await selectRows<{ code: string; inside: boolean }>(
    tx,
    sql`SELECT code, path LIKE ${escapeLike(path) + '%'} AS inside FROM units WHERE code IS NOT NULL`,
  );
  return { all: new Set(found.map((r) => r.code)), inSubtree: new Set(found.filter((r) => r.inside).map((r) => r.code)) };
}

async function unitIdByCode(tx: Executor, code: string): Promise<number> {
  const found = await selectRows<{ id: number }>(tx, sql`SELECT id FROM units WHERE code = ${code}`);
  return found[0]!.id;
}
