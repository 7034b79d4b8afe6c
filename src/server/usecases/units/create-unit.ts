import { sql } from 'drizzle-orm';
import { one } from '../../../db/sql.ts';
import { cleanName, foldForSearch } from '../../../domain/text/fold.ts';
import { childPath, type UnitKind } from '../../../domain/units/tree.ts';
import type { Executor } from '../../../db/client.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { findUnit, findUnitByCode } from '../../queries/units.ts';

export interface NewUnit {
  parentId: number;
  name: string;
  kind: UnitKind;
  code?: string | null;
  shortName?: string | null;
}

export async function createUnit(ctx: UseCaseContext, input: NewUnit): Promise<number> {
  return ctx.database.db.transaction(async (tx) => {
    const id = await insertUnit(tx, input);
    const parent = await findUnit(tx, input.parentId);
    await recordAudit(tx, ctx.actor, {
      unitId: input.parentId,
      unitPath: parent!.path,
      action: 'unit.create',
      entity: 'unit',
      entityId: id,
      summary: `Thêm đơn vị "${cleanName(input.name)}" trực thuộc "${parent!.name}"`,
      details: { name: cleanName(input.name), kind: input.kind, code: input.code ?? null },
    });
    return id;
  });
}

/** Inserts one unit under an existing, active parent; shared by create and import. */
export async function insertUnit(tx: Executor, input: NewUnit): Promise<number> {
  const parent = await findUnit(tx, input.parentId);
  if (!parent) throw notFound('đơn vị cấp trên');
  if (parent.retiredAt) throw invalid('parent_retired', `Đơn vị cấp trên "${parent.name}" đã giải thể, không thể thêm đơn vị trực thuộc.`);
  const name = cleanName(input.name);
  if (!name) throw invalid('name_required', 'Tên đơn vị không được để trống.');
  const code = input.code ? cleanName(input.code) || null : null;
  if (code && (await findUnitByCode(tx, code))) {
    throw conflict('code_taken', `Mã đơn vị "${code}" đã được dùng cho đơn vị khác.`);
  }
  const row = await one<{ id: number }>(
    tx,
    sql`INSERT INTO units (parent_id, path, depth, name, short_name, kind, code, search_key)
        VALUES (${parent.id}, '', ${parent.depth + 1}, ${name}, ${input.shortName ? cleanName(input.shortName) || null : null},
                ${input.kind}, ${code}, ${foldForSearch(name)})
        RETURNING id`,
  );
  const id = row!.id;
  await tx.execute(sql`UPDATE units SET path = ${childPath(parent.path, id)} WHERE id = ${id}`);
  return id;
}
