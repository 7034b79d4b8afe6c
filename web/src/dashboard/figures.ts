// Pivoting the rollups for charts and CSV files.
import type { Indicator, Rollups } from '../reports/api/types';
import { periodName } from '../reports/report/draft';

export interface IndicatorMeta {
  key: string;
  label: string;
  measure: string;
}

export function metaOf(key: string, catalog: Map<string, Indicator>): IndicatorMeta {
  const i = catalog.get(key);
  return { key, label: i?.label ?? key, measure: i?.measure ?? '' };
}

/** Indicators that have figures, in the catalog's order (standard form first). */
export function indicatorsIn(r: Rollups | undefined, catalog: Map<string, Indicator>): IndicatorMeta[] {
  if (!r) return [];
  const keys = new Set([...r.totals, ...r.byPeriod, ...r.byChild].map((x) => x.indicator));
  const order = [...catalog.keys()];
  return [...keys]
    .sort((a, b) => (order.indexOf(a) + 1 || 999) - (order.indexOf(b) + 1 || 999) || a.localeCompare(b))
    .map((k) => metaOf(k, catalog));
}

export const withMeasure = (m: IndicatorMeta) => (m.measure ? `${m.label} (${m.measure})` : m.label);

/** Rows of periods (in time order), one column per indicator. */
export function byPeriodTable(r: Rollups | undefined, indicators: IndicatorMeta[]) {
  const periods = new Map<string, { key: string; start: string; values: Record<string, number> }>();
  for (const x of r?.byPeriod ?? []) {
    const p = periods.get(x.periodKey) ?? { key: x.periodKey, start: x.periodStart, values: {} };
    p.values[x.indicator] = (p.values[x.indicator] ?? 0) + x.value;
    if (x.periodStart < p.start) p.start = x.periodStart;
    periods.set(x.periodKey, p);
  }
  const rows = [...periods.values()].sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
  return {
    rows: rows.map((p) => ({ period: periodName(p.key), key: p.key, start: p.start, ...Object.fromEntries(indicators.map((i) => [i.key, p.values[i.key] ?? 0])) })),
  };
}

/** Rows of child units, one column per indicator. */
export function byChildTable(r: Rollups | undefined, indicators: IndicatorMeta[], selfId: number | null = null) {
  const kids = new Map<number, { id: number; name: string; values: Record<string, number> }>();
  for (const x of r?.byChild ?? []) {
    // The unit's own reports come back as a "child" of itself.
    const name = x.childId === selfId ? `${x.childName} (báo cáo của chính đơn vị)` : x.childName;
    const k = kids.get(x.childId) ?? { id: x.childId, name, values: {} };
    k.values[x.indicator] = (k.values[x.indicator] ?? 0) + x.value;
    kids.set(x.childId, k);
  }
  return [...kids.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((k) => ({ id: k.id, name: k.name, ...Object.fromEntries(indicators.map((i) => [i.key, k.values[i.key] ?? 0])) }) as { id: number; name: string } & Record<string, number>);
}
