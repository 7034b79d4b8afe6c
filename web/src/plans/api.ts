// Queries and mutations of plans, calendar, anniversaries and document settings.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, buildUrl, del, get, post } from '../api/client';
import type { Page } from '../api/types';
import type {
  AnniversaryOption,
  CalendarEvent,
  Coverage,
  DocumentSettings,
  PlanDetail,
  PlanFields,
  PlanFilters,
  PlanSummary,
  RecipientsView,
  ReportFormSummary,
} from './types';

export const planKeys = {
  all: ['plans'] as const,
  list: (f: PlanFilters) => ['plans', 'list', f] as const,
  detail: (id: number) => ['plans', 'detail', id] as const,
  recipients: (id: number) => ['plans', 'recipients', id] as const,
  coverage: (id: number) => ['plans', 'coverage', id] as const,
};

export function usePlans(f: PlanFilters) {
  return useInfiniteQuery({
    queryKey: planKeys.list(f),
    queryFn: ({ pageParam, signal }) =>
      get<Page<PlanSummary>>(
        '/plans',
        {
          unitId: f.unit?.id,
          status: f.status,
          kind: f.kind,
          from: f.from,
          to: f.to,
          q: f.q.trim(),
          limit: 30,
          cursor: pageParam,
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (prev) => prev,
    meta: { silent: true },
  });
}

export function usePlan(id: number | null) {
  return useQuery({
    queryKey: planKeys.detail(id ?? 0),
    queryFn: ({ signal }) => get<PlanDetail>(`/plans/${id}`, undefined, signal),
    enabled: id !== null,
    meta: { silent: true },
  });
}

export function useRecipients(id: number, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.recipients(id),
    queryFn: ({ signal }) => get<RecipientsView>(`/plans/${id}/recipients`, undefined, signal),
    enabled,
    meta: { silent: true },
  });
}

export function useCoverage(id: number, enabled: boolean) {
  return useQuery({
    queryKey: planKeys.coverage(id),
    queryFn: ({ signal }) => get<Coverage>(`/plans/${id}/coverage`, undefined, signal),
    enabled,
    meta: { silent: true },
  });
}

function useInvalidatePlans() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: planKeys.all });
}

/** Writes the answer into the cache so the page shows it at once, then refreshes the lists. */
function useStorePlan() {
  const qc = useQueryClient();
  return (p: PlanDetail) => {
    qc.setQueryData(planKeys.detail(p.id), p);
    void qc.invalidateQueries({
      predicate: (q) => q.queryKey[0] === 'plans' && !(q.queryKey[1] === 'detail' && q.queryKey[2] === p.id),
    });
    void qc.invalidateQueries({ queryKey: ['calendar'] });
  };
}

export function useCreatePlan() {
  const store = useStorePlan();
  return useMutation({
    mutationFn: (input: PlanFields & { issuerUnitId: number; parentPlanId?: number | null }) =>
      post<PlanDetail>('/plans', input),
    onSuccess: store,
    meta: { silent: true },
  });
}

export function useSavePlan(id: number) {
  const store = useStorePlan();
  return useMutation({
    mutationFn: (input: PlanFields & { version: number }) => api<PlanDetail>(`/plans/${id}`, { method: 'PUT', body: input }),
    onSuccess: store,
    meta: { silent: true },
  });
}

export type Transition = 'submit' | 'return' | 'issue' | 'close';

export function useTransition(id: number) {
  const store = useStorePlan();
  return useMutation({
    mutationFn: ({ action, body }: { action: Transition; body?: unknown }) => post<PlanDetail>(`/plans/${id}/${action}`, body),
    onSuccess: store,
    meta: { silent: true },
  });
}

/** amend (a correction of this plan) or implement (a recipient's own plan): both answer the new draft. */
export function useDeriveDraft(id: number) {
  const store = useStorePlan();
  return useMutation({
    mutationFn: (input: { action: 'amend' } | { action: 'implement'; unitId: number }) =>
      post<PlanDetail>(`/plans/${id}/${input.action}`, input.action === 'implement' ? { unitId: input.unitId } : {}),
    onSuccess: store,
    meta: { silent: true },
  });
}

export function useDeletePlan(id: number) {
  const qc = useQueryClient();
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: () => del<{ ok: true }>(`/plans/${id}`),
    onSuccess: () => {
      qc.removeQueries({ queryKey: planKeys.detail(id) });
      void invalidate();
    },
    meta: { silent: true },
  });
}

export function markOpened(id: number) {
  return post<{ marked: number }>(`/plans/${id}/open`);
}

export function useAnniversaries(from: string | null, to: string | null, unitId: number | null) {
  return useQuery({
    queryKey: ['anniversaries', from, to, unitId],
    queryFn: ({ signal }) =>
      get<{ items: AnniversaryOption[] }>('/anniversaries', { from, to, unitId }, signal),
    enabled: !!from && !!to && from <= to,
    staleTime: 10 * 60_000,
    meta: { silent: true },
  });
}

export function useReportForms(unitId: number | null = null) {
  return useQuery({
    queryKey: unitId ? ['report-forms', 'unit', unitId] : ['report-forms'],
    queryFn: ({ signal }) => get<{ items: ReportFormSummary[] }>('/report-forms', unitId ? { unitId } : undefined, signal),
    staleTime: 30 * 60_000,
    meta: { silent: true },
  });
}

export function useCalendar(from: string, to: string, unitId: number | null) {
  return useQuery({
    queryKey: ['calendar', from, to, unitId],
    queryFn: ({ signal }) => get<{ events: CalendarEvent[] }>('/calendar', { from, to, unitId }, signal),
    placeholderData: (prev) => prev,
    meta: { silent: true },
  });
}

export function useCalendarFeed(unitId: number | null) {
  return useQuery({
    queryKey: ['calendar-feed', unitId],
    queryFn: ({ signal }) => get<{ url: string }>(`/units/${unitId}/calendar-feed`, undefined, signal),
    enabled: unitId !== null,
    staleTime: Infinity,
    meta: { silent: true },
  });
}

/** A new link for the person: the old one stops working at once (a link shared too widely). */
export function useRotateCalendarFeed(unitId: number | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => post<{ url: string }>(`/units/${unitId}/calendar-feed/rotate`),
    onSuccess: (data) => qc.setQueryData(['calendar-feed', unitId], data),
  });
}

export function useDocumentSettings(unitId: number | null) {
  return useQuery({
    queryKey: ['document-settings', unitId],
    queryFn: ({ signal }) => get<DocumentSettings>(`/units/${unitId}/document-settings`, undefined, signal),
    enabled: unitId !== null,
    retry: false,
    meta: { silent: true },
  });
}

export function useSaveDocumentSettings(unitId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: DocumentSettings) => api<DocumentSettings>(`/units/${unitId}/document-settings`, { method: 'PUT', body: s }),
    onSuccess: (s) => {
      qc.setQueryData(['document-settings', unitId], s);
      void qc.invalidateQueries({ queryKey: ['audit'] });
    },
    meta: { silent: true },
  });
}

/**
 * Downloads the official document. Fetched (not a plain link) so the server's Vietnamese message
 * can be shown when it refuses, e.g. 415 pdf_unavailable.
 */
export async function downloadExport(id: number, format: 'docx' | 'pdf'): Promise<void> {
  const res = await fetch(buildUrl(`/plans/${id}/export`, { format }), { credentials: 'same-origin' });
  if (!res.ok) {
    let body: { code?: string; message?: string } = {};
    try {
      body = (await res.json()) as typeof body;
    } catch {
      // not JSON
    }
    throw new ApiError(res.status, {
      code: body.code ?? `http_${res.status}`,
      message: body.message || `Không tải được tệp (lỗi ${res.status}).`,
    });
  }
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const filename = star?.[1] ? decodeURIComponent(star[1]) : (plain?.[1] ?? `ke-hoach-${id}.${format}`);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
