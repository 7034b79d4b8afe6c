import { sql, type SQL } from 'drizzle-orm';
import { escapeLike } from '../../../domain/text/fold.ts';
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

/**
 * Moves the figures of a subtree's accepted reports with the subtree: `unitPath` was the moved unit's
 * path before the move, `newPath` after. Rows at the unit and below are keyed by ids that do not
 * change; the ancestors above the unit change, so what the subtree gave the old ones is taken away
 * and given to the new ones (the first two statements run before the tree moves, the last after) — in the caller's transaction, so the totals are never seen half-moved.
 */
export function moveRollups(unitPath: string, newPath: string): [takeAway: SQL, tidy: SQL, giveTo: SQL] {
  const subtree = (path: string) => sql`SELECT r.plan_id, r.period_key, r.period_start, r.period_end, kv.key AS indicator,
                             sum((kv.value)::text::bigint) AS value, count(*)::int AS reports
                        FROM reports r JOIN units u ON u.id = r.unit_id, jsonb_each(r.figures) kv
                       WHERE r.status = 'accepted' AND u.path LIKE ${escapeLike(path) + '%'} AND (kv.value)::text::bigint <> 0
                       GROUP BY 1, 2, 3, 4, 5`;
  // (ancestor, its child on the way down) for every ancestor strictly above the moved unit.
  const above = (path: string) => {
    const ids = pathIds(path);
    return sql`SELECT a.ids[i] AS ancestor_id, a.ids[i + 1] AS child_id
                 FROM (SELECT ${`{${ids.join(',')}}`}::int[] AS ids) a, generate_series(1, ${ids.length - 1}) i`;
  };
  return [
    sql`WITH s AS (${subtree(unitPath)}), a AS (${above(unitPath)})
        UPDATE rollup_figures f SET value = f.value - s.value, reports = f.reports - s.reports
          FROM s, a
         WHERE f.ancestor_id = a.ancestor_id AND f.child_id = a.child_id AND f.plan_id = s.plan_id
           AND f.period_key = s.period_key AND f.indicator = s.indicator`,
    sql`DELETE FROM rollup_figures WHERE reports <= 0 AND value = 0`,
    sql`WITH s AS (${subtree(newPath)}), a AS (${above(newPath)})
        INSERT INTO rollup_figures (ancestor_id, child_id, plan_id, period_key, period_start, period_end, indicator, value, reports)
        SELECT a.ancestor_id, a.child_id, s.plan_id, s.period_key, s.period_start, s.period_end, s.indicator, s.value, s.reports FROM s, a
        ON CONFLICT (ancestor_id, child_id, plan_id, period_key, indicator)
        DO UPDATE SET value = rollup_figures.value + EXCLUDED.value, reports = rollup_figures.reports + EXCLUDED.reports`,
  ];
}
