import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Figures } from '../../../domain/reports/forms.ts';
import { pathIds } from '../../../domain/units/tree.ts';

/**
 * Adds an accepted report's figures to the pre-aggregated table, inside the accepting transaction:
 * one row per (ancestor, its child on the way down, indicator). A report is accepted once (the
 * status change is locked), so nothing is ever counted twice.
 */
export async function addToRollups(
  tx: Executor,
  report: { unitPath: string; planId: number; periodKey: string; periodStart: string; periodEnd: string },
  figures: Figures,
): Promise<void> {
  const ids = pathIds(report.unitPath);
  const entries = Object.entries(figures).filter(([, v]) => v !== 0);
  if (entries.length === 0) return;
  const values = [];
  for (let i = 0; i < ids.length; i++) {
    const ancestor = ids[i]!;
    const child = ids[i + 1] ?? ancestor;
    for (const [indicator, value] of entries) {
      values.push(sql`(${ancestor}, ${child}, ${report.planId}, ${report.periodKey}, ${report.periodStart}::date, ${report.periodEnd}::date, ${indicator}, ${value}, 1)`);
    }
  }
  await tx.execute(
    sql`INSERT INTO rollup_figures (ancestor_id, child_id, plan_id, period_key, period_start, period_end, indicator, value, reports)
        VALUES ${sql.join(values, sql`, `)}
        ON CONFLICT (ancestor_id, child_id, plan_id, period_key, indicator)
        DO UPDATE SET value = rollup_figures.value + EXCLUDED.value, reports = rollup_figures.reports + 1`,
  );
}
