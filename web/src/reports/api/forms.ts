// Report forms and the plans a unit reports under.
import { useQueries, useQuery } from '@tanstack/react-query';
import { get } from '../../api/client';
import type { Page } from '../../api/types';
import { reportKeys } from './keys';
import type { CalendarEvent, PlanDetailLite, PlanSummary, ReportForm } from './types';

export function useReportForms() {
  return useQuery({
    queryKey: reportKeys.forms,
    queryFn: ({ signal }) => get<{ items: ReportForm[] }>('/report-forms', undefined, signal),
    staleTime: Infinity,
    select: (d) => d.items,
  });
}

/** Issued plans the unit works under: its own and those sent to it (first 100 are plenty). */
export function useUnitPlans(unitId: number | null) {
  return useQuery({
    queryKey: reportKeys.plans(unitId ?? 0),
    queryFn: ({ signal }) =>
      get<Page<PlanSummary>>('/plans', { unitId: unitId ?? undefined, status: 'issued', limit: 100 }, signal),
    enabled: unitId !== null,
    select: (d) => d.items,
  });
}

export function usePlanDetails(ids: number[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: reportKeys.plan(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => get<PlanDetailLite>(`/plans/${id}`, undefined, signal),
      staleTime: 5 * 60_000,
      meta: { silent: true },
    })),
  });
}

export function useCalendar(unitId: number, from: string, to: string) {
  return useQuery({
    meta: { silent: true }, // the plans list beside it reports problems
    queryKey: reportKeys.calendar(unitId, from, to),
    queryFn: ({ signal }) => get<{ events: CalendarEvent[] }>('/calendar', { unitId, from, to }, signal),
    select: (d) => d.events,
  });
}
