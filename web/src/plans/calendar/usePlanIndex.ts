import { useQueries } from '@tanstack/react-query';
import { get } from '../../api/client';
import { planKeys } from '../api';
import type { CalendarEvent, PlanDetail } from '../types';

const MAX = 100;

/**
 * Number, issuer and recipients of the plans behind the calendar's events. The calendar answer has only
 * the plan's id and title, so each plan is read once (cached) to label "Đợt 1" with its number and to
 * tell the unit's own plans from those of the units below it.
 */
export function usePlanIndex(events: CalendarEvent[]): Map<number, PlanDetail> {
  const ids = [...new Set(events.map((e) => e.planId))].slice(0, MAX);
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: planKeys.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => get<PlanDetail>(`/plans/${id}`, undefined, signal),
      staleTime: 5 * 60_000,
      retry: false,
      meta: { silent: true },
    })),
  });
  const map = new Map<number, PlanDetail>();
  for (const r of results) if (r.data) map.set(r.data.id, r.data);
  return map;
}

/** The plans a unit issued itself or received directly (not those of the units below it); unknown until read. */
export function isOwnPlan(p: PlanDetail | undefined, unitId: number | null): boolean {
  if (unitId === null) return true;
  if (!p) return false;
  return p.issuerUnitId === unitId || p.content.recipients.some((r) => r.unitId === unitId);
}
