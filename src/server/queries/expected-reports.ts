import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { planContentSchema, type PlanContent } from '../../domain/plans/content.ts';
import { onTime, reportPeriods, type ReportPeriod } from '../../domain/reports/periods.ts';
import type { ReportStatus } from '../../domain/reports/lifecycle.ts';
import { reportsOf } from './reports.ts';

export type Timeliness = 'not_due' | 'on_time' | 'late' | 'missing' | 'returned' | 'in_progress';

export interface ExpectedReport {
  planId: number;
  planTitle: string;
  receiverUnitId: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  formCode: string;
  period: ReportPeriod;
  reportId: number | null;
  status: ReportStatus | null;
  /** Where the report stands against its deadline. */
  timeliness: Timeliness;
}

interface PlanWithRecipients {
  id: number;
  title: string;
  issuerUnitId: number;
  periodStart: string | null;
  periodEnd: string | null;
  issuedOn: string | null;
  content: PlanContent;
}

/**
 * Every report the system expects from units inside `path`, for periods overlapping [from, to]: one per
 * unit that an issued plan sends to or assigns, per period of the plan's cadence — with its status.
 */
export async function expectedReports(ex: Executor, path: string, from: string, to: string, today: string): Promise<ExpectedReport[]> {
  const plans = await rows<PlanWithRecipients & { recipientUnits: { id: number; name: string; path: string }[] }>(
    ex,
    sql`SELECT p.id, p.title, p.issuer_unit_id AS "issuerUnitId", to_char(p.period_start, 'YYYY-MM-DD') AS "periodStart",
               to_char(p.period_end, 'YYYY-MM-DD') AS "periodEnd", to_char(p.issued_on, 'YYYY-MM-DD') AS "issuedOn", p.content,
               (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name, 'path', u.path) ORDER BY u.path), '[]'::json)
                  FROM units u
                 WHERE u.path LIKE ${path + '%'} AND u.retired_at IS NULL
                   AND (u.id IN (SELECT r.unit_id FROM plan_recipients r WHERE r.plan_id = p.id)
                        OR u.id IN (SELECT (a->>'unitId')::int FROM jsonb_array_elements(p.content->'assignments') a WHERE a->>'unitId' IS NOT NULL))
               ) AS "recipientUnits"
          FROM plans p
         WHERE p.status IN ('issued', 'closed') AND p.content->'reporting' IS NOT NULL AND jsonb_typeof(p.content->'reporting') = 'object'
           AND (p.period_start IS NULL OR p.period_start <= ${to}) AND (p.period_end IS NULL OR p.period_end >= ${from})`,
  );
  const relevant = plans.filter((p) => p.recipientUnits.length > 0);
  const existing = await reportsOf(ex, relevant.map((p) => p.id), path);
  const byKey = new Map(existing.map((r) => [`${r.planId}|${r.unitId}|${r.periodKey}`, r]));
  const out: ExpectedReport[] = [];
  for (const p of relevant) {
    const content = planContentSchema.parse(p.content);
    const reporting = content.reporting!;
    const start = p.periodStart ?? p.issuedOn;
    const end = p.periodEnd ?? start;
    if (!start || !end) continue;
    const periods = reportPeriods(reporting, start, end, content.phases).filter((x) => x.start <= to && x.end >= from);
    for (const unit of p.recipientUnits) {
      if (unit.id === p.issuerUnitId) continue;
      for (const period of periods) {
        const r = byKey.get(`${p.id}|${unit.id}|${period.key}`);
        out.push({
          planId: p.id,
          planTitle: p.title,
          receiverUnitId: p.issuerUnitId,
          unitId: unit.id,
          unitName: unit.name,
          unitPath: unit.path,
          formCode: reporting.formCode ?? 'Mẫu chuẩn',
          period,
          reportId: r?.id ?? null,
          status: r?.status ?? null,
          timeliness: timeliness(r?.status ?? null, r?.submittedOn ?? null, period.dueOn, today),
        });
      }
    }
  }
  return out;
}

function timeliness(status: ReportStatus | null, submittedOn: string | null, dueOn: string, today: string): Timeliness {
  if (status === 'returned') return 'returned';
  if (status === 'submitted' || status === 'accepted') return submittedOn && onTime(submittedOn, dueOn) ? 'on_time' : 'late';
  if (today > dueOn) return 'missing';
  return status === 'draft' ? 'in_progress' : 'not_due';
}
