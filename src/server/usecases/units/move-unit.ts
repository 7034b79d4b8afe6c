import { sql } from 'drizzle-orm';
import { escapeLike } from '../../../domain/text/fold.ts';
import { childPath, moveProblem } from '../../../domain/units/tree.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { findUnit } from '../../queries/units.ts';
import { moveRollups } from '../reports/rollups.ts';

/** Moves a unit with its whole subtree under another parent (both checked by the route policy). */
export async function moveUnit(ctx: UseCaseContext, id: number, newParentId: number): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const unit = await findUnit(tx, id);
    const parent = await findUnit(tx, newParentId);
    if (!unit) throw notFound('đơn vị');
    if (!parent) throw notFound('đơn vị cấp trên mới');
    if (unit.parentId === null) throw invalid('move_root', 'Không thể chuyển đơn vị gốc của hệ thống.');
    if (moveProblem(unit.path, parent.path)) {
      throw invalid('move_into_descendant', `Không thể chuyển "${unit.name}" vào chính nó hoặc một đơn vị trực thuộc của nó.`);
    }
    if (parent.retiredAt) throw invalid('parent_retired', `Đơn vị "${parent.name}" đã giải thể, không thể chuyển đơn vị vào đó.`);
    if (unit.parentId === parent.id) return;
    const oldParent = unit.parentId ? await findUnit(tx, unit.parentId) : undefined;
    const newPath = childPath(parent.path, id);
    const depthShift = parent.depth + 1 - unit.depth;
    // The figures go with the unit: taken from the old ancestors (read under the old paths), the tree
    // moved, then given to the new ones. The subtree is read by its old path before and its new one after.
    const [takeAway, tidy, giveTo] = moveRollups(unit.path, newPath);
    await tx.execute(takeAway);
    await tx.execute(tidy);
    await tx.execute(
      sql`UPDATE units
             SET path = ${newPath} || substr(path, ${unit.path.length + 1}),
                 depth = depth + ${depthShift},
                 parent_id = CASE WHEN id = ${id} THEN ${parent.id} ELSE parent_id END,
                 updated_at = now()
           WHERE path LIKE ${escapeLike(unit.path) + '%'}`,
    );
    await tx.execute(giveTo);
    await recordAudit(tx, ctx.actor, {
      unitId: id,
      unitPath: newPath,
      action: 'unit.move',
      entity: 'unit',
      entityId: id,
      summary: `Chuyển đơn vị "${unit.name}" từ "${oldParent?.name ?? '—'}" sang "${parent.name}"`,
      details: { fromParentId: unit.parentId, toParentId: parent.id },
    });
  });
}
