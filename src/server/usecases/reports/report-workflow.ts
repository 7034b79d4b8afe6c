import { sql } from 'drizzle-orm';
import { one, rows } from '../../../db/sql.ts';
import { planContentSchema } from '../../../domain/plans/content.ts';
import { addFigures, figuresSchema, type Figures, type ReportForm } from '../../../domain/reports/forms.ts';
import { reportEditable, reportTransitionProblem, type ReportTransition } from '../../../domain/reports/lifecycle.ts';
import { reportPeriods } from '../../../domain/reports/periods.ts';
import type { Executor } from '../../../db/client.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { findReport, findReportFor, reportForm, type PublishedItem, type ReportRow } from '../../queries/reports.ts';
import { addToRollups } from './rollups.ts';

/** What opening a report needs of its plan, the unit and the form, in one query (not the plan's whole content). */
interface OpeningFacts {
  status: string;
  title: string;
  periodStart: string | null;
  periodEnd: string | null;
  issuedOn: string | null;
  issuerPath: string;
  content: unknown;
  recipient: boolean;
  unitName: string | null;
  unitPath: string | null;
  formDefinition: unknown;
}

const openingContentSchema = planContentSchema.pick({ reporting: true, phases: true, assignments: true });

/**
 * Opens the report a unit owes on a plan for a period: created on first opening, pre-filled with the
 * unit's activities of that plan in the period. Opening again returns the same report.
 */
export async function openReport(ctx: UseCaseContext, planId: number, unitId: number, periodKey: string): Promise<ReportRow> {
  const existing = await findReportFor(ctx.database.db, planId, unitId, periodKey);
  if (existing) return existing;
  return ctx.database.db.transaction(async (tx) => {
    // Two people opening the same report at once: the unique key keeps one; the second reads it.
    const facts = await one<OpeningFacts>(
      tx,
      sql`SELECT p.status, p.title, to_char(p.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(p.period_end, 'YYYY-MM-DD') AS "periodEnd",
                 to_char(p.issued_on, 'YYYY-MM-DD') AS "issuedOn", pu.path AS "issuerPath",
                 jsonb_build_object('reporting', p.content->'reporting', 'phases', p.content->'phases', 'assignments', p.content->'assignments') AS content,
                 EXISTS (SELECT 1 FROM plan_recipients pr WHERE pr.plan_id = p.id AND pr.unit_id = ${unitId}) AS recipient,
                 u.name AS "unitName", u.path AS "unitPath",
                 (SELECT f.definition FROM report_forms f JOIN units fu ON fu.id = f.unit_id
                   WHERE f.code = coalesce(p.content->'reporting'->>'formCode', ${DEFAULT_FORM}) AND pu.path LIKE fu.path || '%'
                   ORDER BY fu.depth DESC, f.id LIMIT 1) AS "formDefinition"
            FROM plans p JOIN units pu ON pu.id = p.issuer_unit_id LEFT JOIN units u ON u.id = ${unitId}
           WHERE p.id = ${planId}`,
    );
    if (!facts) throw notFound('kế hoạch');
    if (!facts.unitPath || !facts.unitName) throw notFound('đơn vị');
    if (facts.status !== 'issued' && facts.status !== 'closed') throw invalid('plan_not_issued', 'Kế hoạch chưa ban hành nên chưa có kỳ báo cáo.');
    const content = openingContentSchema.parse(stripNulls(facts.content));
    if (!content.reporting) throw invalid('no_reporting', 'Kế hoạch không yêu cầu báo cáo định kỳ.');
    const assigned = content.assignments.some((a) => a.unitId === unitId);
    if (!facts.recipient && !assigned) throw invalid('not_expected', 'Đơn vị này không phải báo cáo theo kế hoạch này.');
    const start = facts.periodStart ?? facts.issuedOn!;
    const period = reportPeriods(content.reporting, start, facts.periodEnd ?? start, content.phases).find((p) => p.key === periodKey);
    if (!period) throw invalid('unknown_period', `Kế hoạch không có kỳ báo cáo "${periodKey}".`);
    const formCode = content.reporting.formCode ?? DEFAULT_FORM;
    const prefill = await activitiesOf(tx, unitId, planId, period.start, period.end);
    const form = reportForm({ formCode, formDefinition: facts.formDefinition });
    if (form) {
      // Figures outside the form stay with the activities; the report carries what its form asks.
      const keys = new Set(form.indicators.map((i) => i.key));
      prefill.figures = Object.fromEntries(Object.entries(prefill.figures).filter(([k]) => keys.has(k)));
    }
    const row = await one<{ id: number }>(
      tx,
      sql`INSERT INTO reports (plan_id, unit_id, period_key, period_start, period_end, due_on, form_code, status, figures, items, narrative)
          VALUES (${planId}, ${unitId}, ${periodKey}, ${period.start}, ${period.end}, ${period.dueOn}, ${formCode},
                  'draft', ${JSON.stringify(prefill.figures)}::jsonb, ${JSON.stringify(prefill.items)}::jsonb, '{}'::jsonb)
          ON CONFLICT (plan_id, unit_id, period_key) DO NOTHING
          RETURNING id`,
    );
    if (!row) return (await findReportFor(tx, planId, unitId, periodKey))!;
    await recordAudit(tx, ctx.actor, {
      unitId,
      unitPath: facts.unitPath,
      action: 'report.open',
      entity: 'report',
      entityId: row.id,
      summary: `Mở báo cáo ${period.label} của "${facts.unitName}" theo kế hoạch "${facts.title}"`,
    });
    return (await findReport(tx, row.id))!;
  });
}

const DEFAULT_FORM = 'Mẫu chuẩn';

/** JSON nulls of absent keys (content->'x' of a plan without x) are left to the schema's defaults. */
function stripNulls(value: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries((value ?? {}) as Record<string, unknown>).filter(([, v]) => v !== null));
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

/** Saves a report being written. Another person's save in between is a conflict, never an overwrite. Returns the report as saved. */
export async function updateReport(ctx: UseCaseContext, id: number, edit: ReportEdit): Promise<ReportRow> {
  return ctx.database.db.transaction(async (tx) => {
    const report = await findReport(tx, id, { forUpdate: true });
    if (!report) throw notFound('báo cáo');
    if (!reportEditable(report.status)) throw conflict('report_locked', 'Báo cáo đã gửi hoặc đã được tiếp nhận, không sửa được.');
    if (report.version !== edit.version) {
      throw conflict('version_conflict', 'Báo cáo vừa được người khác sửa. Hãy tải lại để xem thay đổi của họ rồi sửa tiếp.', { currentVersion: report.version });
    }
    const figures = figuresSchema.parse(edit.figures);
    checkFigures(reportForm(report), figures);
    const saved = await one<Pick<ReportRow, 'version' | 'updatedAt'>>(
      tx,
      sql`UPDATE reports SET figures = ${JSON.stringify(figures)}::jsonb, items = ${JSON.stringify(edit.items)}::jsonb,
             narrative = ${JSON.stringify(edit.narrative)}::jsonb, version = version + 1, updated_at = now() WHERE id = ${id}
          RETURNING version, updated_at AS "updatedAt"`,
    );
    await log(tx, ctx, report, 'update', `Sửa báo cáo ${report.periodKey} của "${report.unitName}"`);
    return { ...report, ...saved!, figures, items: edit.items, narrative: edit.narrative };
  });
}

function checkFigures(form: ReportForm | undefined, figures: Figures): void {
  if (!form) return; // the form was removed since the plan named it: keep what the unit reports
  const known = new Set(form.indicators.map((i) => i.key));
  const unknown = Object.keys(figures).filter((k) => !known.has(k) && figures[k] !== 0);
  if (unknown.length) throw invalid('unknown_indicator', `Chỉ tiêu không có trong ${form.code}: ${unknown.join(', ')}.`);
}

async function transition(ctx: UseCaseContext, id: number, t: ReportTransition, now: Date, comment = ''): Promise<ReportRow> {
  return ctx.database.db.transaction(async (tx) => {
    const report = await findReport(tx, id, { forUpdate: true });
    if (!report) throw notFound('báo cáo');
    const problem = reportTransitionProblem(report.status, t);
    if (problem) throw conflict('invalid_transition', problem);
    const who = ctx.actor.userId || null;
    const changes =
      t === 'submit'
        ? sql`status = 'submitted', submitted_at = ${now}, submitted_by = ${who}`
        : t === 'return'
          ? sql`status = 'returned', return_comment = ${comment.trim() || null}`
          : sql`status = 'accepted', accepted_at = ${now}, accepted_by = ${who}`;
    const changed = await one<Pick<ReportRow, 'status' | 'version' | 'returnComment' | 'submittedAt' | 'acceptedAt' | 'updatedAt'>>(
      tx,
      sql`UPDATE reports SET ${changes}, version = version + 1, updated_at = now() WHERE id = ${id}
          RETURNING status, version, return_comment AS "returnComment", submitted_at AS "submittedAt", accepted_at AS "acceptedAt", updated_at AS "updatedAt"`,
    );
    if (t === 'return') {
      await notify(tx, report.unitId, `report-returned:${id}:${report.version}`, `Báo cáo ${report.periodKey} bị trả lại${comment.trim() ? `: ${comment.trim()}` : ''}`, `/bao-cao/${id}`);
    } else if (t === 'accept') {
      await addToRollups(tx, report, report.figures);
    }
    const verbs = { submit: 'Gửi', return: 'Trả lại', accept: 'Tiếp nhận' };
    await log(tx, ctx, report, t, `${verbs[t]} báo cáo ${report.periodKey} của "${report.unitName}"${t === 'return' && comment ? `: ${comment}` : ''}`);
    return { ...report, ...changed! };
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
