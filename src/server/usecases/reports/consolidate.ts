import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { rows } from '../../../db/sql.ts';
import { CHANNEL_LABELS, type Channel } from '../../../domain/plans/document.ts';
import { STANDARD_INDICATORS, BUILTIN_FORMS, NARRATIVE_LABELS, type Indicator } from '../../../domain/reports/forms.ts';
import type { Consolidated } from '../../../domain/reports/consolidated.ts';
import { notFound } from '../../errors.ts';
import { totalsByChild, totalsByIndicator, type RollupFilter } from '../../queries/rollups.ts';
import { findUnit } from '../../queries/units.ts';


/** Every indicator known to any built-in form, in a stable order, for labelling rollup keys. */
export function indicatorCatalogue(): Indicator[] {
  const seen = new Map<string, Indicator>();
  for (const i of [...STANDARD_INDICATORS, ...BUILTIN_FORMS.flatMap((f) => f.indicators)]) if (!seen.has(i.key)) seen.set(i.key, i);
  return [...seen.values()];
}

/** The consolidated report (báo cáo tổng hợp) of a unit over a period, straight from the rollups. */
export async function consolidate(ex: Executor, f: RollupFilter): Promise<Consolidated> {
  const unit = await findUnit(ex, f.unitId);
  if (!unit) throw notFound('đơn vị');
  const totals = await totalsByIndicator(ex, f);
  const byChild = await totalsByChild(ex, f);
  const catalogue = indicatorCatalogue();
  const keys = totals.map((t) => t.indicator);
  const indicators = keys.map((k) => ({
    ...(catalogue.find((c) => c.key === k) ?? { key: k, label: k, measure: '', channel: 'meeting' as Channel }),
    total: totals.find((t) => t.indicator === k)!.value,
  }));
  const children = new Map<number, { unitId: number; name: string; values: Record<string, number> }>();
  for (const r of byChild) {
    const c = children.get(r.childId) ?? { unitId: r.childId, name: r.childName, values: {} };
    c.values[r.indicator] = r.value;
    children.set(r.childId, c);
  }
  const notes = await rows<{ unitName: string; periodKey: string; narrative: Record<string, string> }>(
    ex,
    sql`SELECT u.name AS "unitName", r.period_key AS "periodKey", r.narrative FROM reports r JOIN units u ON u.id = r.unit_id
         WHERE r.status = 'accepted' AND u.path LIKE ${unit.path + '%'} AND r.period_end BETWEEN ${f.from} AND ${f.to}
           ${f.planId ? sql`AND r.plan_id = ${f.planId}` : sql``}
         ORDER BY u.path, r.period_start`,
  );
  return {
    unit: { id: unit.id, name: unit.name },
    from: f.from,
    to: f.to,
    planId: f.planId ?? null,
    indicators,
    children: [...children.values()],
    notes: notes
      .map((n) => ({
        unitName: n.unitName,
        periodKey: n.periodKey,
        difficulties: n.narrative.difficulties?.trim() ?? '',
        recommendations: n.narrative.recommendations?.trim() ?? '',
        results: n.narrative.results?.trim() ?? '',
      }))
      .filter((n) => n.difficulties || n.recommendations || n.results),
    reportsCounted: Math.max(0, ...totals.map((t) => t.reports)),
  };
}

export function channelOf(indicator: Indicator): string {
  return CHANNEL_LABELS[indicator.channel];
}

export { NARRATIVE_LABELS };
export type { Consolidated };
