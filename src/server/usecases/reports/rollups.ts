import { sql, type SQL } from 'drizzle-orm';
import { pathIds } from '../../../domain/units/tree.ts';

/**
 * The statement (a data-modifying CTE) that adds an accepted report's figures to the pre-aggregated
 * table, in the same statement that accepts it: one row per (ancestor, its child on the way down,
 * indicator). `changed` names the CTE holding the accepted report row (plan_id, period_key,
 * period_start, period_end, figures); when it is empty (the report was not accepted by this
 * statement) nothing is added, so a report is never counted twice. Zero figures are not stored.
 */
export function addToRollups(changed: SQL, unitPath: string): SQL {
  const ids = pathIds(unitPath);
  return sql`INSERT INTO rollup_figures (ancestor_id, child_id, plan_id, period_key, period_start, period_end, indicator, value, reports)
    SELECT a.ids[i], coalesce(a.ids[i + 1], a.ids[i]), c.plan_id, c.period_key, c.period_start, c.period_end, kv.key, (kv.value)::text::bigint, 1
      FROM ${changed} c, (SELECT ${`{${ids.join(',')}}`}::int[] AS ids) a, generate_subscripts(a.ids, 1) i, jsonb_each(c.figures) kv
     WHERE (kv.value)::text::bigint <> 0
    ON CONFLICT (ancestor_id, child_id, plan_id, period_key, indicator)
    DO UPDATE SET value = rollup_figures.value + EXCLUDED.value, reports = rollup_figures.reports + 1`;
}
