import { sql } from 'drizzle-orm';
import { one } from '../../../db/sql.ts';
import type { Executor } from '../../../db/client.ts';
import { CHANNELS } from '../../../domain/plans/document.ts';
import { figuresInputSchema } from '../../../domain/reports/forms.ts';
import { cleanName } from '../../../domain/text/fold.ts';
import { isoDate } from '../../../domain/text/iso-date.ts';
import { webLink } from '../../../domain/text/web-link.ts';
import { z } from 'zod';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { findUnit } from '../../queries/units.ts';

export const activityInputSchema = z.object({
  occurredOn: isoDate,
  channel: z.enum(CHANNELS),
  planId: z.number().int().positive().max(2_147_483_647).nullable().default(null),
  phaseLabel: z.string().trim().max(200).nullable().default(null),
  theme: z.string().trim().max(500).nullable().default(null),
  figures: figuresInputSchema.default({}),
  title: z.string().trim().max(500).nullable().default(null),
  link: webLink.nullable().default(null),
  publishedOn: isoDate.nullable().default(null),
  note: z.string().trim().max(2000).nullable().default(null),
});
export type ActivityInput = z.infer<typeof activityInputSchema>;

/** The title as stored: cleaned, and null when nothing visible is left. */
const cleanTitle = (a: ActivityInput): string | null => (a.title ? cleanName(a.title) || null : null);

async function check(tx: Executor, unitPath: string, a: ActivityInput, row: number | null): Promise<void> {
  const where = row === null ? '' : `Dòng ${row}: `;
  if (Object.keys(a.figures).length === 0 && !cleanTitle(a)) throw invalid('activity_empty', `${where}Hãy ghi số liệu hoặc tiêu đề tin, bài.`);
  if (a.planId !== null) {
    // The plan must be one the unit works under: its own, or one sent to it or to a unit above it.
    const ok = await one<{ ok: boolean }>(
      tx,
      sql`SELECT EXISTS (
            SELECT 1 FROM plans p JOIN units iu ON iu.id = p.issuer_unit_id
             WHERE p.id = ${a.planId} AND (${unitPath} LIKE iu.path || '%'
                OR EXISTS (SELECT 1 FROM plan_recipients r JOIN units ru ON ru.id = r.unit_id WHERE r.plan_id = p.id AND ${unitPath} LIKE ru.path || '%'))
          ) AS ok`,
    );
    if (!ok?.ok) throw invalid('plan_not_applicable', `${where}Kế hoạch được chọn không áp dụng cho đơn vị này.`);
  }
}

async function insertActivity(tx: Executor, ctx: UseCaseContext, unitId: number, a: ActivityInput): Promise<number> {
  const row = await one<{ id: number }>(
    tx,
    sql`INSERT INTO activities (unit_id, plan_id, occurred_on, channel, phase_label, theme, figures, title, link, published_on, note, created_by)
        VALUES (${unitId}, ${a.planId}, ${a.occurredOn}, ${a.channel}, ${a.phaseLabel}, ${a.theme}, ${JSON.stringify(a.figures)}::jsonb,
                ${cleanTitle(a)}, ${a.link}, ${a.publishedOn}, ${a.note}, ${ctx.actor.userId || null})
        RETURNING id`,
  );
  return row!.id;
}

/** Records activities of a unit: one, or many from the bulk-entry grid — all of them or none. */
export async function recordActivities(ctx: UseCaseContext, unitId: number, items: ActivityInput[]): Promise<number[]> {
  if (items.length === 0) throw invalid('activity_empty', 'Không có dòng nào để ghi.');
  return ctx.database.db.transaction(async (tx) => {
    const unit = await findUnit(tx, unitId);
    if (!unit) throw notFound('đơn vị');
    if (unit.retiredAt) throw invalid('unit_retired', `Đơn vị "${unit.name}" đã giải thể.`);
    const ids: number[] = [];
    for (const [i, a] of items.entries()) {
      await check(tx, unit.path, a, items.length > 1 ? i + 1 : null);
      ids.push(await insertActivity(tx, ctx, unitId, a));
    }
    await recordAudit(tx, ctx.actor, {
      unitId,
      unitPath: unit.path,
      action: 'activity.create',
      entity: 'activity',
      entityId: ids[0],
      summary: items.length === 1 ? `Ghi kết quả "${items[0]!.title ?? items[0]!.channel}" của "${unit.name}"` : `Ghi ${items.length} kết quả của "${unit.name}"`,
      details: { ids },
    });
    return ids;
  });
}

export async function updateActivity(ctx: UseCaseContext, id: number, a: ActivityInput): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const found = await one<{ unitId: number; path: string }>(
      tx,
      sql`SELECT a.unit_id AS "unitId", u.path FROM activities a JOIN units u ON u.id = a.unit_id WHERE a.id = ${id} FOR UPDATE OF a`,
    );
    if (!found) throw notFound('kết quả');
    await check(tx, found.path, a, null);
    await tx.execute(
      sql`UPDATE activities SET plan_id = ${a.planId}, occurred_on = ${a.occurredOn}, channel = ${a.channel}, phase_label = ${a.phaseLabel},
             theme = ${a.theme}, figures = ${JSON.stringify(a.figures)}::jsonb, title = ${cleanTitle(a)}, link = ${a.link},
             published_on = ${a.publishedOn}, note = ${a.note}, updated_at = now() WHERE id = ${id}`,
    );
    await recordAudit(tx, ctx.actor, { unitId: found.unitId, unitPath: found.path, action: 'activity.update', entity: 'activity', entityId: id, summary: `Sửa kết quả #${id}` });
  });
}

export async function deleteActivity(ctx: UseCaseContext, id: number): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const found = await one<{ unitId: number; path: string; title: string | null }>(
      tx,
      sql`SELECT a.unit_id AS "unitId", u.path, a.title FROM activities a JOIN units u ON u.id = a.unit_id WHERE a.id = ${id}`,
    );
    if (!found) throw notFound('kết quả');
    await tx.execute(sql`DELETE FROM activity_evidence WHERE activity_id = ${id}`);
    await tx.execute(sql`DELETE FROM activities WHERE id = ${id}`);
    await recordAudit(tx, ctx.actor, {
      unitId: found.unitId,
      unitPath: found.path,
      action: 'activity.delete',
      entity: 'activity',
      entityId: id,
      summary: `Xóa kết quả #${id}${found.title ? ` "${found.title}"` : ''}`,
    });
  });
}
