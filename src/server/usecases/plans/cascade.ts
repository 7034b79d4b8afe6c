import { sql } from 'drizzle-orm';
import { one } from '../../../db/sql.ts';
import { implementingContent } from '../../../domain/plans/cascade.ts';
import { documentNumber } from '../../../domain/plans/numbering.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { findPlan } from '../../queries/plans.ts';
import { insertDraft } from './write-plan.ts';

/**
 * A recipient starts its implementing plan from an issued plan in one step: the new draft cites the
 * parent and starts with its themes, phases, channels, slogans and anniversaries.
 */
export async function implementPlan(ctx: UseCaseContext, parentId: number, unitId: number): Promise<number> {
  return ctx.database.db.transaction(async (tx) => {
    const parent = await findPlan(tx, parentId);
    if (!parent) throw notFound('kế hoạch');
    if (parent.status !== 'issued' && parent.status !== 'closed') throw invalid('parent_not_issued', 'Chỉ triển khai được kế hoạch đã ban hành.');
    const recipient = await one<{ id: number }>(tx, sql`SELECT id FROM plan_recipients WHERE plan_id = ${parentId} AND unit_id = ${unitId}`);
    if (!recipient) throw invalid('not_a_recipient', 'Đơn vị này không có trong nơi nhận của kế hoạch.');
    const existing = await one<{ id: number }>(
      tx,
      sql`SELECT id FROM plans WHERE parent_plan_id = ${parentId} AND issuer_unit_id = ${unitId} AND amends_plan_id IS NULL ORDER BY id LIMIT 1`,
    );
    if (existing) throw conflict('already_implementing', 'Đơn vị đã có kế hoạch thực hiện kế hoạch này.', { planId: existing.id });
    const number = documentNumber(parent.format, parent.serial, parent.symbol ?? '');
    const kindName = parent.kind === 'HD' ? 'Hướng dẫn' : 'Kế hoạch';
    return insertDraft(
      tx,
      ctx,
      unitId,
      {
        kind: 'KH',
        title: `thực hiện ${kindName} số ${number} của ${parent.issuerName} về ${lowerFirst(parent.title)}`.slice(0, 500),
        periodStart: parent.periodStart,
        periodEnd: parent.periodEnd,
        content: implementingContent(parent.content),
        parentPlanId: parentId,
      },
      { action: 'plan.implement', summary: `Tạo kế hoạch thực hiện kế hoạch số ${number}: "{title}"` },
    );
  });
}

/** A correction of an issued plan: a new draft, linked to it, starting from its content. */
export async function amendPlan(ctx: UseCaseContext, id: number): Promise<number> {
  return ctx.database.db.transaction(async (tx) => {
    const plan = await findPlan(tx, id);
    if (!plan) throw notFound('kế hoạch');
    if (plan.status !== 'issued') throw invalid('not_issued', 'Chỉ sửa đổi được kế hoạch đã ban hành (và chưa kết thúc).');
    return insertDraft(
      tx,
      ctx,
      plan.issuerUnitId,
      {
        kind: plan.kind,
        title: `Sửa đổi, bổ sung ${plan.title}`.slice(0, 500),
        periodStart: plan.periodStart,
        periodEnd: plan.periodEnd,
        content: plan.content,
        parentPlanId: plan.parentPlanId,
        amendsPlanId: plan.id,
      },
      { action: 'plan.amend', summary: `Tạo văn bản sửa đổi: "{title}"` },
    );
  });
}

/** Records that a recipient unit has opened an issued plan (first opening counts). */
export async function markOpened(ctx: UseCaseContext, planId: number, unitIds: number[]): Promise<number> {
  if (unitIds.length === 0) return 0;
  return ctx.database.db.transaction(async (tx) => {
    const plan = await findPlan(tx, planId);
    if (!plan) throw notFound('kế hoạch');
    const res = (await tx.execute(
      sql`UPDATE plan_recipients SET opened_at = now(), opened_by = ${ctx.actor.userId || null}
           WHERE plan_id = ${planId} AND opened_at IS NULL AND unit_id IN (${sql.join(unitIds.map((u) => sql`${u}`), sql`, `)})
           RETURNING unit_id`,
    )) as unknown as { rows: { unit_id: number }[] };
    for (const r of res.rows) {
      const unit = await one<{ path: string; name: string }>(tx, sql`SELECT path, name FROM units WHERE id = ${r.unit_id}`);
      await recordAudit(tx, ctx.actor, {
        unitId: r.unit_id,
        unitPath: unit!.path,
        action: 'plan.open',
        entity: 'plan',
        entityId: planId,
        summary: `${unit!.name} mở kế hoạch "${plan.title}"`,
      });
    }
    return res.rows.length;
  });
}

function lowerFirst(s: string): string {
  return s ? s[0]!.toLocaleLowerCase('vi') + s.slice(1) : s;
}
