import { sql } from 'drizzle-orm';
import { one } from '../../../db/sql.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { findUnit } from '../../queries/units.ts';

/**
 * Deletes a unit only when nothing refers to it (a mistaken entry). Anything with history —
 * children, people, roles, log entries, plans — keeps it: the database's foreign keys say so,
 * and the answer is to retire it instead.
 */
export async function deleteUnit(ctx: UseCaseContext, id: number): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const unit = await findUnit(tx, id);
    if (!unit) throw notFound('đơn vị');
    if (unit.parentId === null) throw invalid('delete_root', 'Không thể xóa đơn vị gốc của hệ thống.');
    const parent = await findUnit(tx, unit.parentId);
    const inUse = await one<{ used: boolean }>(
      tx,
      sql`SELECT EXISTS (SELECT 1 FROM units WHERE parent_id = ${id})
              OR EXISTS (SELECT 1 FROM users WHERE unit_id = ${id})
              OR EXISTS (SELECT 1 FROM role_assignments WHERE unit_id = ${id})
              OR EXISTS (SELECT 1 FROM audit_log WHERE unit_id = ${id}) AS used`,
    );
    if (inUse?.used) throw unitInUse(unit.name);
    try {
      // A savepoint, so a reference from a table added later still gives a clean 409.
      await tx.transaction(async (sp) => {
        await sp.execute(sql`DELETE FROM units WHERE id = ${id}`);
      });
    } catch (err) {
      if (isForeignKeyViolation(err)) throw unitInUse(unit.name);
      throw err;
    }
    await recordAudit(tx, ctx.actor, {
      unitId: parent?.id ?? null,
      unitPath: parent?.path ?? null,
      action: 'unit.delete',
      entity: 'unit',
      entityId: id,
      summary: `Xóa đơn vị "${unit.name}" (chưa có dữ liệu liên quan)`,
      details: { name: unit.name, kind: unit.kind, code: unit.code },
    });
  });
}

function unitInUse(name: string) {
  return conflict('unit_in_use', `Đơn vị "${name}" đã có dữ liệu liên quan (đơn vị trực thuộc, người dùng, nhật ký…); không thể xóa, hãy giải thể.`);
}

function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23503' || e?.cause?.code === '23503';
}
