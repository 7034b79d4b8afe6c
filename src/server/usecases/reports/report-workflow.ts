import { sql } from 'drizzle-orm';
import { one, rows } from '../../../db/sql.ts';
import { planContentSchema } from '../../../domain/plans/content.ts';
import { addFigures, figuresSchema, type Figures, type ReportForm } from '../../../domain/reports/forms.ts';
import { findForm } from '../../queries/report-forms.ts';
import { reportEditable, reportTransitionProblem, type ReportTransition } from '../../../domain/reports/lifecycle.ts';
import { reportPeriods } from '../../../domain/reports/periods.ts';
import type { Executor } from '../../../db/client.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { findPlan } from '../../queries/plans.ts';
import { findReport, type PublishedItem, type ReportRow } from '../../queries/reports.ts';
import { findUnit } from '../../queries/units.ts';
import { addToRollups } from './rollups.ts';

/**
 * Opens the report a unit owes on a plan for a period: created on first opening, pre-filled with the
 * unit's activities of that plan in the period. Opening again returns the same report.
 */
export async function openReport(ctx: UseCaseContext, planId: number, unitId: number, periodKey: string): Promise<number> {
  return ctx.database.db.transaction(async (tx) => {
    const existing = await one<{ id: number }>(tx, sql`SELECT id FROM reports WHERE plan_id = ${planId} AND unit_id = ${unitId} AND period_key = ${periodKey}`);
    if (existing) return existing.id;
    const plan = await findPlan(tx, planId);
    if (!plan) throw notFound('kế hoạch');
    if (plan.status !== 'issued' && plan.status !== 'closed') throw invalid('plan_not_issued', 'Kế hoạch chưa ban hành nên chưa có kỳ báo cáo.');
    const content = planContentSchema.parse(plan.content);
    if (!content.reporting) throw invalid('no_reporting', 'Kế hoạch không yêu cầu báo cáo định kỳ.');
    const expected = await one<{ ok: boolean }>(
      tx,
      sql`SELECT EXISTS (SELECT 1 FROM plan_recipients WHERE plan_id = ${planId} AND unit_id = ${unitId}) AS ok`,
    );
    const assigned = content.assignments.some((a) => a.unitId === unitId);
    if (!expected?.ok && !assigned) throw invalid('not_expected', 'Đơn vị này không phải báo cáo theo kế hoạch này.');
    const start = plan.periodStart ?? plan.issuedOn!;
    const period = reportPeriods(content.reporting, start, plan.periodEnd ?? start, content.phases).find((p) => p.key === periodKey);
    if (!period) throw invalid('unknown_period', `Kế hoạch không có kỳ báo cáo "${periodKey}".`);
    const unit = await findUnit(tx, unitId);
    const prefill = await activitiesOf(tx, unitId, planId, period.start, period.end);
    const form = await findForm(tx, content.reporting.formCode ?? 'Mẫu chuẩn', plan.issuerPath);
    if (form) {
      // Figures outside the form stay with the activities; the report carries what its form asks.
      const keys = new Set(form.indicators.map((i) => i.key));
      prefill.figures = Object.fromEntries(Object.entries(prefill.figures).filter(([k]) => keys.has(k)));
    }
    const row = await one<{ id: number }>(
      tx,
      sql`INSERT INTO reports (plan_id, unit_id, period_key, period_start, period_end, due_on, form_code, status, figures, items, narrative)
          VALUES (${planId}, ${unitId}, ${periodKey}, ${period.start}, ${period.end}, ${period.dueOn}, ${content.reporting.formCode ?? 'Mẫu chuẩn'},
                  'draft', ${JSON.stringify(prefill.figures)}::jsonb, ${JSON.stringify(prefill.items)}::jsonb, '{}'::jsonb)
          RETURNING id`,
    );
    await recordAudit(tx, ctx.actor, {
      unitId,
      unitPath: unit!.path,
      action: 'report.open',
      entity: 'report',
      entityId: row!.id,
      summary: `Mở báo cáo ${period.label} của "${unit!.name}" theo kế hoạch "${plan.title}"`,
    });
    return row!.id;
  });
}

async function activitiesOf(tx: Executor, unitId: number, planId: number, from: string, to: string) {
  const found = await rows<{ figures: Figures; title: string | null; link: string | null; publishedOn: string | null; channel: string }>(
    tx,
    sql`SELECT figures, title, link, to_char(published_on, 'YYYY-MM-DD') AS "publishedOn", channel FROM activities
         WHERE unit_id = ${unitId} AND plan_id = ${planId} AND occurred_on BETWEEN ${from} AND ${to} ORDER BY occurred_on, id`,
  );
  let figures: Figures = {};
  const items: PublishedItem[] = [];
  for (const a of found) {
    figures = addFigures(figures, a.figures);
    if (a.title) items.push({ title: a.title, link: a.link, publishedOn: a.publishedOn, channel: a.channel });
  }
  return { figures, items };
}

export interface ReportEdit {
  version: number;
  figures: Figures;
  items: PublishedItem[];
  narrative: Record<string, string>;
}

/** Saves a report being written. Another person's save in between is a conflict, never an overwrite. */
export async function updateReport(ctx: UseCaseContext, id: number, edit: ReportEdit): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const report = await findReport(tx, id, { forUpdate: true });
    if (!report) throw notFound('báo cáo');
    if (!reportEditable(report.status)) throw conflict('report_locked', 'Báo cáo đã gửi hoặc đã được tiếp nhận, không sửa được.');
    if (report.version !== edit.version) {
      throw conflict('version_conflict', 'Báo cáo vừa được người khác sửa. Hãy tải lại để xem thay đổi của họ rồi sửa tiếp.', { currentVersion: report.version });
    }
    checkFigures(await findForm(tx, report.formCode, report.receiverPath), figuresSchema.parse(edit.figures));
    await tx.execute(
      sql`UPDATE reports SET figures = ${JSON.stringify(edit.figures)}::jsonb, items = ${JSON.stringify(edit.items)}::jsonb,
             narrative = ${JSON.stringify(edit.narrative)}::jsonb, version = version + 1, updated_at = now() WHERE id = ${id}`,
    );
    await log(tx, ctx, report, 'update', `Sửa báo cáo ${report.periodKey} của "${report.unitName}"`);
  });
}

function checkFigures(form: ReportForm | undefined, figures: Figures): void {
  if (!form) return; // the form was removed since the plan named it: keep what the unit reports
  const known = new Set(form.indicators.map((i) => i.key));
  const unknown = Object.keys(figures).filter((k) => !known.has(k) && figures[k] !== 0);
  if (unknown.length) throw invalid('unknown_indicator', `Chỉ tiêu không có trong ${form.code}: ${unknown.join(', ')}.`);
}

async function transition(ctx: UseCaseContext, id: number, t: ReportTransition, now: Date, comment = ''): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const report = await findReport(tx, id, { forUpdate: true });
    if (!report) throw notFound('báo cáo');
    const problem = reportTransitionProblem(report.status, t);
    if (problem) throw conflict('invalid_transition', problem);
    const who = ctx.actor.userId || null;
    if (t === 'submit') {
      await tx.execute(sql`UPDATE reports SET status = 'submitted', submitted_at = ${now}, submitted_by = ${who}, version = version + 1, updated_at = now() WHERE id = ${id}`);
    } else if (t === 'return') {
      await tx.execute(sql`UPDATE reports SET status = 'returned', return_comment = ${comment.trim() || null}, version = version + 1, updated_at = now() WHERE id = ${id}`);
      await notify(tx, report.unitId, `report-returned:${id}:${report.version}`, `Báo cáo ${report.periodKey} bị trả lại${comment.trim() ? `: ${comment.trim()}` : ''}`, `/bao-cao/${id}`);
    } else {
      await tx.execute(sql`UPDATE reports SET status = 'accepted', accepted_at = ${now}, accepted_by = ${who}, version = version + 1, updated_at = now() WHERE id = ${id}`);
      await addToRollups(tx, report, report.figures);
    }
    const verbs = { submit: 'Gửi', return: 'Trả lại', accept: 'Tiếp nhận' };
    await log(tx, ctx, report, t, `${verbs[t]} báo cáo ${report.periodKey} của "${report.unitName}"${t === 'return' && comment ? `: ${comment}` : ''}`);
  });
}

/** `now` is the server's clock (ServerConfig.clock): timeliness is judged against it. */
export const submitReport = (ctx: UseCaseContext, id: number, now: Date) => transition(ctx, id, 'submit', now);
export const returnReport = (ctx: UseCaseContext, id: number, comment: string, now: Date) => transition(ctx, id, 'return', now, comment);
export const acceptReport = (ctx: UseCaseContext, id: number, now: Date) => transition(ctx, id, 'accept', now);

async function log(tx: Executor, ctx: UseCaseContext, report: ReportRow, action: string, summary: string) {
  await recordAudit(tx, ctx.actor, { unitId: report.unitId, unitPath: report.unitPath, action: `report.${action}`, entity: 'report', entityId: report.id, summary });
}

export async function notify(tx: Executor, unitId: number, dedupKey: string, message: string, link: string | null): Promise<void> {
  await tx.execute(
    sql`INSERT INTO notifications (unit_id, kind, dedup_key, message, link) VALUES (${unitId}, ${dedupKey.split(':')[0]!}, ${dedupKey}, ${message}, ${link})
        ON CONFLICT (dedup_key) DO NOTHING`,
  );
}
