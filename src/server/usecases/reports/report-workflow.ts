import { sql, type SQL } from 'drizzle-orm';
import { one } from '../../../db/sql.ts';
import { planContentSchema } from '../../../domain/plans/content.ts';
import { addFigures, figuresSchema, type Figures, type ReportForm } from '../../../domain/reports/forms.ts';
import { reportEditable, reportTransitionProblem, type ReportTransition } from '../../../domain/reports/lifecycle.ts';
import { reportPeriods } from '../../../domain/reports/periods.ts';
import type { Executor } from '../../../db/client.ts';
import { AUDIT_COLUMNS, auditSelect } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { conflict, forbidden, invalid, notFound } from '../../errors.ts';
import { findReport, findReportFor, reportForm, type PublishedItem, type ReportRow } from '../../queries/reports.ts';
import { addToRollups } from './rollups.ts';

/** What opening a report needs of its plan, the unit, the form and the unit's activities, in one query (not the plan's whole content). */
interface OpeningFacts {
  status: string;
  title: string;
  issuerUnitId: number;
  periodStart: string | null;
  periodEnd: string | null;
  issuedOn: string | null;
  issuerPath: string;
  content: unknown;
  recipient: boolean;
  unitName: string | null;
  unitPath: string | null;
  formDefinition: unknown;
  /** The unit's activities under the plan (all periods: the period is known once the rule is read). */
  activities: OpeningActivity[];
}

interface OpeningActivity {
  occurredOn: string;
  figures: Figures;
  title: string | null;
  link: string | null;
  publishedOn: string | null;
  channel: string;
}

const openingContentSchema = planContentSchema.pick({ reporting: true, phases: true, assignments: true });

/**
 * Opens the report a unit owes on a plan for a period: created on first opening, pre-filled with the
 * unit's activities of that plan in the period. Opening again returns the same report.
 *
 * The hot path of the month-end rush, so no statement is spent needlessly: the plan's reporting rule,
 * the unit and the form come in one query, and the report is created with its audit entry in one
 * statement (atomic on its own; two people opening it at once get the same report).
 */
export async function openReport(ctx: UseCaseContext, planId: number, unitId: number, periodKey: string): Promise<ReportRow> {
  const db = ctx.database.db;
  const existing = await findReportFor(db, planId, unitId, periodKey);
  if (existing) return existing;
  const facts = await one<OpeningFacts>(
    db,
    sql`SELECT p.status, p.title, p.issuer_unit_id AS "issuerUnitId", to_char(p.period_start, 'YYYY-MM-DD') AS "periodStart",
               to_char(p.period_end, 'YYYY-MM-DD') AS "periodEnd", to_char(p.issued_on, 'YYYY-MM-DD') AS "issuedOn", pu.path AS "issuerPath",
               jsonb_build_object('reporting', p.content->'reporting', 'phases', p.content->'phases', 'assignments', p.content->'assignments') AS content,
               EXISTS (SELECT 1 FROM plan_recipients pr WHERE pr.plan_id = p.id AND pr.unit_id = ${unitId}) AS recipient,
               u.name AS "unitName", u.path AS "unitPath",
               (SELECT f.definition FROM report_forms f JOIN units fu ON fu.id = f.unit_id
                 WHERE f.code = coalesce(p.content->'reporting'->>'formCode', ${DEFAULT_FORM}) AND pu.path LIKE fu.path || '%'
                 ORDER BY fu.depth DESC, f.id LIMIT 1) AS "formDefinition",
               (SELECT coalesce(json_agg(json_build_object('occurredOn', to_char(a.occurred_on, 'YYYY-MM-DD'), 'figures', a.figures, 'title', a.title,
                                                           'link', a.link, 'publishedOn', to_char(a.published_on, 'YYYY-MM-DD'), 'channel', a.channel)
                                         ORDER BY a.occurred_on, a.id), '[]'::json)
                  FROM activities a WHERE a.unit_id = ${unitId} AND a.plan_id = p.id) AS activities
          FROM plans p JOIN units pu ON pu.id = p.issuer_unit_id LEFT JOIN units u ON u.id = ${unitId}
         WHERE p.id = ${planId}`,
  );
  if (!facts) throw notFound('kế hoạch');
  if (!facts.unitPath || !facts.unitName) throw notFound('đơn vị');
  if (facts.status !== 'issued' && facts.status !== 'closed') throw invalid('plan_not_issued', 'Kế hoạch chưa ban hành nên chưa có kỳ báo cáo.');
  if (unitId === facts.issuerUnitId) throw ownReport();
  const content = openingContentSchema.parse(stripNulls(facts.content));
  if (!content.reporting) throw invalid('no_reporting', 'Kế hoạch không yêu cầu báo cáo định kỳ.');
  const assigned = content.assignments.some((a) => a.unitId === unitId);
  if (!facts.recipient && !assigned) throw invalid('not_expected', 'Đơn vị này không phải báo cáo theo kế hoạch này.');
  const start = facts.periodStart ?? facts.issuedOn!;
  const period = reportPeriods(content.reporting, start, facts.periodEnd ?? start, content.phases).find((p) => p.key === periodKey);
  if (!period) throw invalid('unknown_period', `Kế hoạch không có kỳ báo cáo "${periodKey}".`);
  const formCode = content.reporting.formCode ?? DEFAULT_FORM;
  const prefill = prefillFrom(facts.activities.filter((a) => a.occurredOn >= period.start && a.occurredOn <= period.end));
  const form = reportForm({ formCode, formDefinition: facts.formDefinition });
  if (form) {
    // Figures outside the form stay with the activities; the report carries what its form asks.
    const keys = new Set(form.indicators.map((i) => i.key));
    prefill.figures = Object.fromEntries(Object.entries(prefill.figures).filter(([k]) => keys.has(k)));
  }
  const audit = auditSelect(ctx.actor, {
    unitId,
    unitPath: facts.unitPath,
    action: 'report.open',
    entity: 'report',
    entityId: sql`created.id`,
    summary: `Mở báo cáo ${period.label} của "${facts.unitName}" theo kế hoạch "${facts.title}"`,
  });
  const created = await one<{ id: number; version: number; updatedAt: Date }>(
    db,
    sql`WITH created AS (
          INSERT INTO reports (plan_id, unit_id, period_key, period_start, period_end, due_on, form_code, status, figures, items, narrative)
          VALUES (${planId}, ${unitId}, ${periodKey}, ${period.start}, ${period.end}, ${period.dueOn}, ${formCode},
                  'draft', ${JSON.stringify(prefill.figures)}::jsonb, ${JSON.stringify(prefill.items)}::jsonb, '{}'::jsonb)
          ON CONFLICT (plan_id, unit_id, period_key) DO NOTHING
          RETURNING id, version, updated_at),
        logged AS (INSERT INTO audit_log (${AUDIT_COLUMNS}) SELECT ${audit} FROM created)
        SELECT id, version, updated_at AS "updatedAt" FROM created`,
  );
  // Someone opened it a moment earlier: theirs is the report.
  if (!created) return (await findReportFor(db, planId, unitId, periodKey))!;
  return {
    id: created.id,
    planId,
    planTitle: facts.title,
    receiverUnitId: facts.issuerUnitId,
    receiverPath: facts.issuerPath,
    unitId,
    unitName: facts.unitName,
    unitPath: facts.unitPath,
    periodKey,
    periodStart: period.start,
    periodEnd: period.end,
    dueOn: period.dueOn,
    formCode,
    status: 'draft',
    figures: prefill.figures,
    items: prefill.items,
    narrative: {},
    version: created.version,
    returnComment: null,
    submittedAt: null,
    acceptedAt: null,
    updatedAt: created.updatedAt,
    attachments: [],
    formDefinition: facts.formDefinition,
  };
}

const DEFAULT_FORM = 'Mẫu chuẩn';

/** The receiver of a report (the plan's issuer) is never its sender. */
const ownReport = () => forbidden('Đơn vị không báo cáo cho chính mình: báo cáo theo kế hoạch do chính đơn vị ban hành không được gửi hay tiếp nhận.', 'own_report');

/** JSON nulls of absent keys (content->'x' of a plan without x) are left to the schema's defaults. */
function stripNulls(value: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries((value ?? {}) as Record<string, unknown>).filter(([, v]) => v !== null));
}

/** What the unit's activities in the period add up to: their figures, and the items they published. */
function prefillFrom(activities: OpeningActivity[]): { figures: Figures; items: PublishedItem[] } {
  let figures: Figures = {};
  const items: PublishedItem[] = [];
  for (const a of activities) {
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

/**
 * Saves a report being written. Another person's save in between is a conflict, never an overwrite:
 * the change is written only if the report is still at the version the person loaded.
 */
export async function updateReport(ctx: UseCaseContext, id: number, edit: ReportEdit): Promise<ReportRow> {
  const report = await findReport(ctx.database.db, id);
  if (!report) throw notFound('báo cáo');
  const refuse = (current: ReportRow) => {
    if (!reportEditable(current.status)) return conflict('report_locked', 'Báo cáo đã gửi hoặc đã được tiếp nhận, không sửa được.');
    return conflict('version_conflict', 'Báo cáo vừa được người khác sửa. Hãy tải lại để xem thay đổi của họ rồi sửa tiếp.', { currentVersion: current.version });
  };
  if (!reportEditable(report.status) || report.version !== edit.version) throw refuse(report);
  const form = reportForm(report);
  const figures = checkFigures(form, figuresSchema.parse(edit.figures));
  const narrative = checkNarrative(form, edit.narrative);
  const changed = await writeReport(
    ctx,
    report,
    sql`figures = ${JSON.stringify(figures)}::jsonb, items = ${JSON.stringify(edit.items)}::jsonb, narrative = ${JSON.stringify(narrative)}::jsonb`,
    'update',
    `Sửa báo cáo ${report.periodKey} của "${report.unitName}"`,
  );
  if (!changed) {
    const now = await findReport(ctx.database.db, id);
    throw now ? refuse(now) : notFound('báo cáo');
  }
  return { ...report, ...changed, figures, items: edit.items, narrative };
}

/** The figures the form asks for (unknown zeros dropped), or a refusal naming the unknown indicators. */
function checkFigures(form: ReportForm | undefined, figures: Figures): Figures {
  if (!form) return figures; // the form was removed since the plan named it: keep what the unit reports
  const known = new Set(form.indicators.map((i) => i.key));
  const unknown = Object.keys(figures).filter((k) => !known.has(k) && figures[k] !== 0);
  if (unknown.length) throw invalid('unknown_indicator', `Chỉ tiêu không có trong ${form.code}: ${unknown.join(', ')}.`);
  return Object.fromEntries(Object.entries(figures).filter(([k]) => known.has(k)));
}

/** Narrative sections the form has; a section it does not have is refused, not stored. */
function checkNarrative(form: ReportForm | undefined, narrative: Record<string, string>): Record<string, string> {
  if (!form) return narrative;
  const unknown = Object.keys(narrative).filter((k) => !form.narrative.includes(k as (typeof form.narrative)[number]) && narrative[k]?.trim());
  if (unknown.length) throw invalid('unknown_narrative', `Mẫu ${form.code} không có phần: ${unknown.join(', ')}.`);
  return Object.fromEntries(Object.entries(narrative).filter(([k]) => form.narrative.includes(k as (typeof form.narrative)[number])));
}

async function transition(ctx: UseCaseContext, id: number, t: ReportTransition, now: Date, comment = ''): Promise<ReportRow> {
  const who = ctx.actor.userId || null;
  const changes =
    t === 'submit'
      ? sql`status = 'submitted', submitted_at = ${now}, submitted_by = ${who}`
      : t === 'return'
        ? sql`status = 'returned', return_comment = ${comment.trim() || null}`
        : sql`status = 'accepted', accepted_at = ${now}, accepted_by = ${who}`;
  const verbs = { submit: 'Gửi', return: 'Trả lại', accept: 'Tiếp nhận' };
  // Read, decide, write if nobody changed it meanwhile; if somebody did, decide again on what they left.
  for (let attempt = 0; attempt < 5; attempt++) {
    const report = await findReport(ctx.database.db, id);
    if (!report) throw notFound('báo cáo');
    // Whatever let it come to exist, a report its own unit would receive is never submitted or accepted.
    if (report.unitId === report.receiverUnitId && t !== 'return') throw ownReport();
    const problem = reportTransitionProblem(report.status, t);
    if (problem) throw conflict('invalid_transition', problem);
    const summary = `${verbs[t]} báo cáo ${report.periodKey} của "${report.unitName}"${t === 'return' && comment ? `: ${comment}` : ''}`;
    const changed = await writeReport(ctx, report, changes, t, summary, (c) =>
      t === 'accept'
        ? [addToRollups(c, report.unitPath)]
        : t === 'return'
          ? [notifyAbout(c, report.unitId, `report-returned:${id}:${report.version}`, `Báo cáo ${report.periodKey} bị trả lại${comment.trim() ? `: ${comment.trim()}` : ''}`, `/bao-cao/${id}`)]
          : [],
    );
    if (changed) return { ...report, ...changed };
  }
  throw conflict('report_busy', 'Báo cáo đang được người khác thao tác. Vui lòng thử lại.');
}

type Changed = Pick<ReportRow, 'status' | 'version' | 'returnComment' | 'submittedAt' | 'acceptedAt' | 'updatedAt'>;

/**
 * Changes a report read at `report.version` in one statement — the change, its audit entry and what
 * goes with it (rollups, a notice) — atomic on its own, and one round trip to the database. When
 * someone changed the report since it was read, nothing at all is written and undefined is returned.
 */
async function writeReport(ctx: UseCaseContext, report: ReportRow, set: SQL, action: string, summary: string, also: (changed: SQL) => SQL[] = () => []): Promise<Changed | undefined> {
  const audit = auditSelect(ctx.actor, { unitId: report.unitId, unitPath: report.unitPath, action: `report.${action}`, entity: 'report', entityId: report.id, summary });
  const more = also(sql.raw('changed')).map((q, i) => sql`, also_${sql.raw(String(i))} AS (${q})`);
  return one<Changed>(
    ctx.database.db,
    sql`WITH changed AS (
          UPDATE reports SET ${set}, version = version + 1, updated_at = now()
           WHERE id = ${report.id} AND version = ${report.version}
           RETURNING id, plan_id, period_key, period_start, period_end, figures, status, version, return_comment, submitted_at, accepted_at, updated_at),
        logged AS (INSERT INTO audit_log (${AUDIT_COLUMNS}) SELECT ${audit} FROM changed)
        ${sql.join(more, sql` `)}
        SELECT status, version, return_comment AS "returnComment", submitted_at AS "submittedAt", accepted_at AS "acceptedAt", updated_at AS "updatedAt" FROM changed`,
  );
}

/** A notice to a unit, written by the statement that makes the change (`changed` non-empty). */
function notifyAbout(changed: SQL, unitId: number, dedupKey: string, message: string, link: string | null): SQL {
  return sql`INSERT INTO notifications (unit_id, kind, dedup_key, message, link)
             SELECT ${unitId}, ${dedupKey.split(':')[0]!}, ${dedupKey}, ${message}, ${link} FROM ${changed}
             ON CONFLICT (dedup_key) DO NOTHING`;
}

/** `now` is the server's clock (ServerConfig.clock): timeliness is judged against it. */
export const submitReport = (ctx: UseCaseContext, id: number, now: Date) => transition(ctx, id, 'submit', now);
export const returnReport = (ctx: UseCaseContext, id: number, comment: string, now: Date) => transition(ctx, id, 'return', now, comment);
export const acceptReport = (ctx: UseCaseContext, id: number, now: Date) => transition(ctx, id, 'accept', now);

/** A notice to a unit on its own (the reminders job); at most one per dedup key. */
export async function notify(tx: Executor, unitId: number, dedupKey: string, message: string, link: string | null): Promise<void> {
  await tx.execute(notifyAbout(sql`(VALUES (1)) AS once`, unitId, dedupKey, message, link));
}
