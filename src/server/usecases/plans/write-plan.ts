import { sql } from 'drizzle-orm';
import { one } from '../../../db/sql.ts';
import { planContentSchema, type PlanContent, type PlanKind } from '../../../domain/plans/content.ts';
import { cleanName } from '../../../domain/text/fold.ts';
import type { Executor } from '../../../db/client.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { findPlan, issuerInfo, planSearchKey } from '../../queries/plans.ts';

export interface PlanFields {
  kind: PlanKind;
  title: string;
  periodStart: string | null;
  periodEnd: string | null;
  content: PlanContent;
  parentPlanId?: number | null;
}

/**
 * The receiver of a report is never its sender: a plan is not sent to the unit that issues it, or that
 * unit would report to itself and accept its own figures into its parents' totals.
 */
export function checkRecipients(issuerUnitId: number, content: Pick<PlanContent, 'recipients'>): void {
  const own = content.recipients.find((r) => r.unitId === issuerUnitId);
  if (own) {
    throw invalid('recipient_is_issuer', `Nơi nhận "${own.label}" là chính đơn vị ban hành: đơn vị không gửi kế hoạch (và không báo cáo) cho chính mình. Hãy bỏ dòng này hoặc ghi là "Lưu".`);
  }
}

export function checkPeriod(start: string | null, end: string | null): void {
  if (start && end && start > end) throw invalid('invalid_period', 'Ngày bắt đầu phải trước ngày kết thúc.');
}

/** Writes a new draft; shared by "create", "implement" (cascade) and "amend". */
export async function insertDraft(
  tx: Executor,
  ctx: UseCaseContext,
  issuerUnitId: number,
  fields: PlanFields & { amendsPlanId?: number | null },
  audit: { action: string; summary: string },
): Promise<number> {
  const issuer = await issuerInfo(tx, issuerUnitId);
  if (!issuer) throw notFound('đơn vị ban hành');
  const title = cleanName(fields.title);
  if (!title) throw invalid('title_required', 'Trích yếu (tên kế hoạch) không được để trống.');
  checkPeriod(fields.periodStart, fields.periodEnd);
  const content = planContentSchema.parse(fields.content);
  checkRecipients(issuerUnitId, content);
  const row = await one<{ id: number }>(
    tx,
    sql`INSERT INTO plans (issuer_unit_id, kind, status, title, search_key, period_start, period_end, place, format, content, implement_by,
                           parent_plan_id, amends_plan_id, created_by)
        VALUES (${issuerUnitId}, ${fields.kind}, 'draft', ${title}, ${planSearchKey(title, null, issuer.name)},
                ${fields.periodStart}, ${fields.periodEnd}, ${issuer.settings.place}, ${issuer.settings.format},
                ${JSON.stringify(content)}::jsonb, ${content.implementBy}, ${fields.parentPlanId ?? null}, ${fields.amendsPlanId ?? null}, ${ctx.actor.userId || null})
        RETURNING id`,
  );
  await recordAudit(tx, ctx.actor, {
    unitId: issuerUnitId,
    unitPath: issuer.path,
    action: audit.action,
    entity: 'plan',
    entityId: row!.id,
    summary: audit.summary.replace('{title}', title),
  });
  return row!.id;
}

export async function createPlan(ctx: UseCaseContext, issuerUnitId: number, fields: PlanFields): Promise<number> {
  return ctx.database.db.transaction(async (tx) => {
    if (fields.parentPlanId) {
      const parent = await findPlan(tx, fields.parentPlanId);
      if (!parent || (parent.status !== 'issued' && parent.status !== 'closed')) {
        throw invalid('parent_not_issued', 'Kế hoạch cấp trên được căn cứ phải là kế hoạch đã ban hành.');
      }
    }
    return insertDraft(tx, ctx, issuerUnitId, fields, { action: 'plan.create', summary: 'Tạo dự thảo "{title}"' });
  });
}

/** Saves a draft. `version` is what the editor loaded: another person's save in between is a 409. */
export async function updatePlan(ctx: UseCaseContext, id: number, version: number, fields: Partial<PlanFields>): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const plan = await findPlan(tx, id, { forUpdate: true });
    if (!plan) throw notFound('kế hoạch');
    if (plan.status !== 'draft') throw conflict('plan_not_editable', 'Chỉ sửa được kế hoạch đang là dự thảo. Kế hoạch đã ban hành chỉ được sửa bằng văn bản sửa đổi.');
    if (plan.version !== version) {
      throw conflict('version_conflict', 'Kế hoạch vừa được người khác sửa. Hãy tải lại để xem thay đổi của họ rồi sửa tiếp.', { currentVersion: plan.version });
    }
    const title = fields.title !== undefined ? cleanName(fields.title) : plan.title;
    if (!title) throw invalid('title_required', 'Trích yếu (tên kế hoạch) không được để trống.');
    const periodStart = fields.periodStart !== undefined ? fields.periodStart : plan.periodStart;
    const periodEnd = fields.periodEnd !== undefined ? fields.periodEnd : plan.periodEnd;
    checkPeriod(periodStart, periodEnd);
    const content = fields.content ? planContentSchema.parse(fields.content) : plan.content;
    checkRecipients(plan.issuerUnitId, content);
    await tx.execute(
      sql`UPDATE plans SET kind = ${fields.kind ?? plan.kind}, title = ${title}, search_key = ${planSearchKey(title, null, plan.issuerName)},
             period_start = ${periodStart}, period_end = ${periodEnd}, content = ${JSON.stringify(content)}::jsonb, implement_by = ${content.implementBy},
             version = version + 1, updated_at = now()
           WHERE id = ${id}`,
    );
    await recordAudit(tx, ctx.actor, {
      unitId: plan.issuerUnitId,
      unitPath: plan.issuerPath,
      action: 'plan.update',
      entity: 'plan',
      entityId: id,
      summary: `Sửa dự thảo "${title}"`,
      details: { version: plan.version + 1 },
    });
  });
}

export async function deleteDraft(ctx: UseCaseContext, id: number): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const plan = await findPlan(tx, id, { forUpdate: true });
    if (!plan) throw notFound('kế hoạch');
    if (plan.status !== 'draft') throw conflict('plan_not_editable', 'Chỉ xóa được kế hoạch đang là dự thảo.');
    const children = await one<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM plans WHERE parent_plan_id = ${id} OR amends_plan_id = ${id}`);
    if (children!.n > 0) throw conflict('plan_in_use', 'Dự thảo này đang được kế hoạch khác căn cứ, không thể xóa.');
    try {
      // A savepoint: anything else pointing at the draft (activities, reports) gives a clean 409.
      await tx.transaction(async (sp) => {
        await sp.execute(sql`DELETE FROM plans WHERE id = ${id}`);
      });
    } catch (err) {
      const code = (err as { code?: string; cause?: { code?: string } }).code ?? (err as { cause?: { code?: string } }).cause?.code;
      if (code === '23503') throw conflict('plan_in_use', 'Dự thảo này đã có kết quả hoặc báo cáo gắn với nó, không thể xóa.');
      throw err;
    }
    await recordAudit(tx, ctx.actor, {
      unitId: plan.issuerUnitId,
      unitPath: plan.issuerPath,
      action: 'plan.delete',
      entity: 'plan',
      entityId: id,
      summary: `Xóa dự thảo "${plan.title}"`,
    });
  });
}
