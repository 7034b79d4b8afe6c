import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';

export interface RollupFilter {
  unitId: number;
  from: string;
  to: string;
  planId?: number;
}

/**
 * A period is in [from, to] when it ends in it: the same rule as completeness (report-views) and the
 * consolidated report, so the figures and the list of expected reports always cover the same periods.
 */
const where = (f: RollupFilter) =>
  sql`ancestor_id = ${f.unitId} AND period_end BETWEEN ${f.from} AND ${f.to} ${f.planId ? sql`AND plan_id = ${f.planId}` : sql``}`;

/** Subtree totals by indicator: a sum over the pre-aggregated rows of one unit. */
export function totalsByIndicator(ex: Executor, f: RollupFilter) {
  return rows<{ indicator: string; value: number; reports: number }>(
    ex,
    sql`SELECT indicator, sum(value)::float8 AS value, sum(reports)::int AS reports FROM rollup_figures WHERE ${where(f)} GROUP BY indicator ORDER BY indicator`,
  );
}

export function totalsByPeriod(ex: Executor, f: RollupFilter) {
  return rows<{ periodKey: string; periodStart: string; indicator: string; value: number }>(
    ex,
    sql`SELECT period_key AS "periodKey", to_char(min(period_start), 'YYYY-MM-DD') AS "periodStart", indicator, sum(value)::float8 AS value
          FROM rollup_figures WHERE ${where(f)} GROUP BY period_key, indicator ORDER BY 2, 1, 3`,
  );
}

export function totalsByChild(ex: Executor, f: RollupFilter) {
  return rows<{ childId: number; childName: string; indicator: string; value: number }>(
    ex,
    sql`SELECT r.child_id AS "childId", u.name AS "childName", r.indicator, sum(r.value)::float8 AS value
          FROM rollup_figures r JOIN units u ON u.id = r.child_id
         WHERE r.ancestor_id = ${f.unitId} AND r.period_end BETWEEN ${f.from} AND ${f.to} ${f.planId ? sql`AND r.plan_id = ${f.planId}` : sql``}
         GROUP BY r.child_id, u.name, r.indicator ORDER BY u.name, r.indicator`,
  );
}

/** The same totals recomputed from the raw accepted reports: what the rollups must always equal. */
export function totalsFromReports(ex: Executor, f: RollupFilter, unitPath: string) {
  return rows<{ indicator: string; value: number }>(
    ex,
    sql`SELECT kv.key AS indicator, sum((kv.value)::text::numeric)::float8 AS value
          FROM reports r JOIN units u ON u.id = r.unit_id, jsonb_each(r.figures) kv
         WHERE r.status = 'accepted' AND u.path LIKE ${unitPath + '%'} AND r.period_end BETWEEN ${f.from} AND ${f.to}
           ${f.planId ? sql`AND r.plan_id = ${f.planId}` : sql``} AND (kv.value)::text::numeric <> 0
         GROUP BY kv.key ORDER BY kv.key`,
  );
}
