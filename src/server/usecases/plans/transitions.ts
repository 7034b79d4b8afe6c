import { sql } from 'drizzle-orm';
import { one } from '../../../db/sql.ts';
import { transitionProblem, type Transition } from '../../../domain/plans/lifecycle.ts';
import { documentNumber, documentSymbol, registerPeriod } from '../../../domain/plans/numbering.ts';
import type { Executor } from '../../../db/client.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { findPlan, issuerInfo, planSearchKey, type PlanRow } from '../../queries/plans.ts';
import { checkRecipients } from './write-plan.ts';

const SUMMARIES: Record<Transition, string> = {
  submit: 'Trình duyệt',
  return: 'Trả lại dự thảo',
  issue: 'Ban hành',
  close: 'Kết thúc',
};

async function lockPlan(tx: Executor, id: number, transition: Transition): Promise<PlanRow> {
  const plan = await findPlan(tx, id, { forUpdate: true });
  if (!plan) throw notFound('kế hoạch');
  const problem = transitionProblem(plan.status, transition);
  if (problem) throw conflict('invalid_transition', problem);
  return plan;
}

async function log(tx: Executor, ctx: UseCaseContext, plan: PlanRow, transition: Transition, extra = '', details?: unknown) {
  await recordAudit(tx, ctx.actor, {
    unitId: plan.issuerUnitId,
    unitPath: plan.issuerPath,
    action: `plan.${transition}`,
    entity: 'plan',
    entityId: plan.id,
    summary: `${SUMMARIES[transition]} "${plan.title}"${extra}`,
    details,
  });
}

export async function submitPlan(ctx: UseCaseContext, id: number): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const plan = await lockPlan(tx, id, 'submit');
    if (!plan.content.signer?.name) throw invalid('signer_required', 'Hãy ghi người ký (thẩm quyền, chức vụ, họ tên) trước khi trình duyệt.');
    await tx.execute(sql`UPDATE plans SET status = 'submitted', submitted_at = now(), return_comment = NULL, version = version + 1, updated_at = now() WHERE id = ${id}`);
    await log(tx, ctx, plan, 'submit');
  });
}

export async function returnPlan(ctx: UseCaseContext, id: number, comment: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const plan = await lockPlan(tx, id, 'return');
    await tx.execute(sql`UPDATE plans SET status = 'draft', return_comment = ${comment.trim() || null}, version = version + 1, updated_at = now() WHERE id = ${id}`);
    await log(tx, ctx, plan, 'return', comment.trim() ? `: ${comment.trim()}` : '', { comment });
  });
}

/**
 * Issues a plan: takes the next serial from the issuer's register (per kind and year or term) in the
 * same transaction, so concurrent issuing gives neither gaps nor duplicates; then records recipients.
 */
export async function issuePlan(ctx: UseCaseContext, id: number, opts: { issuedOn: string }): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const plan = await lockPlan(tx, id, 'issue');
    const issuer = await issuerInfo(tx, plan.issuerUnitId);
    if (!issuer) throw notFound('đơn vị ban hành');
    if (plan.content.recipients.length === 0) throw invalid('recipients_required', 'Hãy ghi nơi nhận trước khi ban hành.');
    checkRecipients(plan.issuerUnitId, plan.content);
    const period = registerPeriod(issuer.settings.register, opts.issuedOn);
    const reg = await one<{ serial: number }>(
      tx,
      sql`INSERT INTO plan_registers (unit_id, kind, period, last_serial) VALUES (${plan.issuerUnitId}, ${plan.kind}, ${period}, 1)
          ON CONFLICT (unit_id, kind, period) DO UPDATE SET last_serial = plan_registers.last_serial + 1
          RETURNING last_serial AS serial`,
    );
    const serial = reg!.serial;
    const symbol = documentSymbol(issuer.settings.format, plan.kind, issuer.settings.symbolCode);
    const number = documentNumber(issuer.settings.format, serial, symbol);
    await tx.execute(
      sql`UPDATE plans SET status = 'issued', serial = ${serial}, symbol = ${symbol}, register_period = ${period},
             issued_on = ${opts.issuedOn}, issued_at = now(), issued_by = ${ctx.actor.userId || null}, place = ${issuer.settings.place},
             format = ${issuer.settings.format}, search_key = ${planSearchKey(plan.title, number, issuer.name)},
             version = version + 1, updated_at = now()
           WHERE id = ${id}`,
    );
    // One statement for the whole distribution list: a national plan goes to thousands of units.
    await tx.execute(
      sql`INSERT INTO plan_recipients (plan_id, unit_id, label, must_implement)
          SELECT ${id}, r.unit_id, r.label, r.must_implement
            FROM json_to_recordset(${JSON.stringify(plan.content.recipients.map((r) => ({ unit_id: r.unitId, label: r.label, must_implement: r.mustImplement })))}::json)
                 AS r(unit_id int, label text, must_implement boolean)`,
    );
    await log(tx, ctx, plan, 'issue', ` số ${number}`, { serial, symbol, period });
  });
}

export async function closePlan(ctx: UseCaseContext, id: number): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const plan = await lockPlan(tx, id, 'close');
    await tx.execute(sql`UPDATE plans SET status = 'closed', closed_at = now(), updated_at = now() WHERE id = ${id}`);
    await log(tx, ctx, plan, 'close');
  });
}
