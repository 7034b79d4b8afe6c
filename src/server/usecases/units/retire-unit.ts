import { sql } from 'drizzle-orm';
import { rows } from '../../../db/sql.ts';
import { escapeLike } from '../../../domain/text/fold.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { findUnit } from '../../queries/units.ts';

/** Retires (giải thể) a unit and everything under it; history and references stay intact. */
export async function retireUnit(ctx: UseCaseContext, id: number): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const unit = await findUnit(tx, id);
    if (!unit) throw notFound('đơn vị');
    if (unit.retiredAt) throw conflict('already_retired', `Đơn vị "${unit.name}" đã giải thể.`);
    if (unit.parentId === null) throw invalid('retire_root', 'Không thể giải thể đơn vị gốc của hệ thống.');
    const retired = await rows<{ id: number }>(
      tx,
      sql`UPDATE units SET retired_at = now(), updated_at = now()
           WHERE path LIKE ${escapeLike(unit.path) + '%'} AND retired_at IS NULL RETURNING id`,
    );
    await recordAudit(tx, ctx.actor, {
      unitId: id,
      unitPath: unit.path,
      action: 'unit.retire',
      entity: 'unit',
      entityId: id,
      summary: `Giải thể đơn vị "${unit.name}"${retired.length > 1 ? ` cùng ${retired.length - 1} đơn vị trực thuộc` : ''}`,
      details: { unitIds: retired.map((r) => r.id) },
    });
  });
}

/** Restores a retired unit and the part of its subtree that was retired with it. */
export async function restoreUnit(ctx: UseCaseContext, id: number): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const unit = await findUnit(tx, id);
    if (!unit) throw notFound('đơn vị');
    if (!unit.retiredAt) throw conflict('not_retired', `Đơn vị "${unit.name}" đang hoạt động.`);
    const parent = unit.parentId ? await findUnit(tx, unit.parentId) : undefined;
    if (parent?.retiredAt) throw invalid('parent_retired', `Đơn vị cấp trên "${parent.name}" đã giải thể; hãy khôi phục đơn vị đó trước.`);
    const restored = await rows<{ id: number }>(
      tx,
      sql`UPDATE units SET retired_at = NULL, updated_at = now()
           WHERE path LIKE ${escapeLike(unit.path) + '%'} AND retired_at >= ${unit.retiredAt} RETURNING id`,
    );
    await recordAudit(tx, ctx.actor, {
      unitId: id,
      unitPath: unit.path,
      action: 'unit.restore',
      entity: 'unit',
      entityId: id,
      summary: `Khôi phục đơn vị "${unit.name}"`,
      details: { unitIds: restored.map((r) => r.id) },
    });
  });
}
