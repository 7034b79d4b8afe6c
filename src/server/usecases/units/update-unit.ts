import { sql } from 'drizzle-orm';
import { cleanName, foldForSearch } from '../../../domain/text/fold.ts';
import type { UnitKind } from '../../../domain/units/tree.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { findUnit, findUnitByCode } from '../../queries/units.ts';

export interface UnitChanges {
  name?: string;
  kind?: UnitKind;
  code?: string | null;
  shortName?: string | null;
}

export async function updateUnit(ctx: UseCaseContext, id: number, changes: UnitChanges): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const unit = await findUnit(tx, id);
    if (!unit) throw notFound('đơn vị');
    const name = changes.name !== undefined ? cleanName(changes.name) : unit.name;
    if (!name) throw invalid('name_required', 'Tên đơn vị không được để trống.');
    const code = changes.code !== undefined ? (changes.code ? cleanName(changes.code) || null : null) : unit.code;
    if (code && code !== unit.code) {
      const other = await findUnitByCode(tx, code);
      if (other && other.id !== id) throw conflict('code_taken', `Mã đơn vị "${code}" đã được dùng cho đơn vị khác.`);
    }
    const kind = changes.kind ?? unit.kind;
    const shortName = changes.shortName !== undefined ? (changes.shortName ? cleanName(changes.shortName) || null : null) : unit.shortName;
    await tx.execute(
      sql`UPDATE units SET name = ${name}, search_key = ${foldForSearch(name)}, code = ${code}, kind = ${kind},
             short_name = ${shortName}, updated_at = now() WHERE id = ${id}`,
    );
    const before = { name: unit.name, kind: unit.kind, code: unit.code, shortName: unit.shortName };
    const after = { name, kind, code, shortName };
    await recordAudit(tx, ctx.actor, {
      unitId: id,
      unitPath: unit.path,
      action: name !== unit.name ? 'unit.rename' : 'unit.update',
      entity: 'unit',
      entityId: id,
      summary: name !== unit.name ? `Đổi tên đơn vị "${unit.name}" thành "${name}"` : `Cập nhật thông tin đơn vị "${name}"`,
      details: { before, after },
    });
  });
}
