// Periodic reports: the ones a unit owes, opening, writing, the workflow.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get, post } from '../../api/client';
import { reportKeys } from './keys';
import type { Completeness, Figures, Narrative, Notice, PublishedItem, Report, Rollups } from './types';

export function useCompleteness(unitId: number, from: string, to: string, planId: number | null = null) {
  return useQuery({
    queryKey: reportKeys.completeness(unitId, from, to, planId),
    queryFn: ({ signal }) =>
      get<Completeness>(`/units/${unitId}/completeness`, { from, to, planId }, signal),
    placeholderData: (prev) => prev,
  });
}

export function useRollups(unitId: number, from: string, to: string, planId: number | null = null) {
  return useQuery({
    queryKey: reportKeys.rollups(unitId, from, to, planId),
    queryFn: ({ signal }) => get<Rollups>(`/units/${unitId}/rollups`, { from, to, planId }, signal),
    placeholderData: (prev) => prev,
  });
}

export function useReport(id: number) {
  return useQuery({
    queryKey: reportKeys.report(id),
    queryFn: ({ signal }) => get<Report>(`/reports/${id}`, undefined, signal),
    meta: { silent: true },
    staleTime: 0,
  });
}

export function useOpenReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, unitId, periodKey }: { planId: number; unitId: number; periodKey: string }) =>
      post<Report>(`/plans/${planId}/reports`, { unitId, periodKey }),
    onSuccess: (r) => {
      qc.setQueryData(reportKeys.report(r.id), r);
      void qc.invalidateQueries({ queryKey: ['completeness'] });
    },
  });
}

export interface ReportEdit {
  version: number;
  figures: Figures;
  items: PublishedItem[];
  narrative: Narrative;
}

function useReportMutation<V>(id: number, fn: (v: V) => Promise<Report>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (r) => {
      qc.setQueryData(reportKeys.report(id), r);
      void qc.invalidateQueries({ queryKey: ['completeness'] });
      void qc.invalidateQueries({ queryKey: ['rollups'] });
      void qc.invalidateQueries({ queryKey: ['notifications'] });
    },
    meta: { silent: true },
  });
}

export function useSaveReport(id: number) {
  return useReportMutation(id, (edit: ReportEdit) => api<Report>(`/reports/${id}`, { method: 'PUT', body: edit }));
}

export function useReportTransition(id: number) {
  return useReportMutation(id, (t: { action: 'submit' | 'accept' } | { action: 'return'; comment: string }) =>
    post<Report>(`/reports/${id}/${t.action}`, t.action === 'return' ? { comment: t.comment } : {}),
  );
}

export function useNotifications(unitIds: number[]) {
  return useQuery({
    queryKey: reportKeys.notifications(unitIds),
    queryFn: async ({ signal }) => {
      const all = await Promise.all(
        unitIds.map((id) =>
          get<{ items: Notice[] }>(`/units/${id}/notifications`, { unread: 'true' }, signal).then((r) =>
            r.items.map((n) => ({ ...n, unitId: id })),
          ),
        ),
      );
      return all.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    enabled: unitIds.length > 0,
    refetchInterval: 120_000,
    meta: { silent: true },
  });
}

/** Marks notices read: when opened (their ids) or all of a unit's at once. */
export function useMarkNoticesRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (byUnit: { unitId: number; ids?: number[] }[]) =>
      Promise.all(byUnit.map((u) => post<{ marked: number }>(`/units/${u.unitId}/notifications/read`, u.ids ? { ids: u.ids } : {}))),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
