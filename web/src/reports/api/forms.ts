// Report forms and the plans a unit reports under.
import { useQueries, useQuery } from '@tanstack/react-query';
import { ApiError, get } from '../../api/client';
import type { Page } from '../../api/types';
import { reportKeys } from './keys';
import type { CalendarEvent, PlanDetailLite, PlanSummary, ReportForm } from './types';

/**
 * The forms a unit can use: the built-in ones, its own and those of the units above it; with `below`,
 * those the units below it defined too (the dashboard names every figure of the subtree with them).
 */
export function useReportForms(unitId: number | null, options: { silent?: boolean; below?: boolean } = {}) {
  return useQuery({
    queryKey: options.below ? [...reportKeys.forms(unitId ?? 0), 'below'] : reportKeys.forms(unitId ?? 0),
    queryFn: ({ signal }) =>
      get<{ items: ReportForm[] }>('/report-forms', { unitId: unitId ?? undefined, below: options.below ? 'true' : undefined }, signal),
    enabled: unitId !== null,
    staleTime: Infinity,
    select: (d) => d.items,
    meta: { silent: options.silent },
  });
}

/**
 * The forms a plan's issuer can use, where its plans' forms are found (the issuer's own and those above it).
 * A person of a unit the plan was sent to may not open the issuer (answered as not found, 404): for them the list is the one of
 * `readerUnitId`, a unit of theirs below the issuer, whose units above include it.
 */
export function useIssuerReportForms(issuerUnitId: number, readerUnitId: number | null) {
  const issuer = useReportForms(issuerUnitId, { silent: true });
  const denied = issuer.error instanceof ApiError && (issuer.error.status === 404 || issuer.error.status === 403);
  const reader = useReportForms(denied && readerUnitId !== issuerUnitId ? readerUnitId : null, { silent: true });
  return denied ? reader : issuer;
}

/** The form a plan's reports are written on, as its issuer defines it (null: the plan asks for no reports). */
export function usePlanReportForm(planId: number) {
  return useQuery({
    queryKey: [...reportKeys.plan(planId), 'report-form'],
    queryFn: ({ signal }) => get<{ form: ReportForm | null }>(`/plans/${planId}/report-form`, undefined, signal),
    staleTime: 5 * 60_000,
    select: (d) => d.form,
    meta: { silent: true },
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
