import type { Indicator } from './forms.ts';

/** A unit's consolidated report (báo cáo tổng hợp) over a period: what is sent up. */
export interface Consolidated {
  unit: { id: number; name: string };
  from: string;
  to: string;
  planId: number | null;
  indicators: (Indicator & { total: number })[];
  children: { unitId: number; name: string; values: Record<string, number> }[];
  /** Difficulties and recommendations from the accepted reports below, by unit. */
  notes: { unitName: string; periodKey: string; difficulties: string; recommendations: string; results: string }[];
  reportsCounted: number;
}
