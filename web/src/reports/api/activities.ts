// What a unit did: list, bulk entry, corrections, evidence.
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, del, get, post } from '../../api/client';
import type { Page } from '../../api/types';
import { reportKeys } from './keys';
import type { Activity, ActivityInput, Channel } from './types';

export interface ActivityFilters {
  from: string | null;
  to: string | null;
  planId: number | null;
  channel: Channel | null;
}

export function useActivities(unitId: number, f: ActivityFilters) {
  return useInfiniteQuery({
    queryKey: [...reportKeys.activities(unitId), f],
    queryFn: ({ pageParam, signal }) =>
      get<Page<Activity>>(
        `/units/${unitId}/activities`,
        { from: f.from, to: f.to, planId: f.planId, channel: f.channel, limit: 50, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (prev) => prev,
  });
}

function useInvalidateActivities(unitId: number) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: reportKeys.activities(unitId) });
}

export function useCreateActivities(unitId: number) {
  const invalidate = useInvalidateActivities(unitId);
  return useMutation({
    mutationFn: (items: ActivityInput[]) => post<{ ids: number[] }>(`/units/${unitId}/activities`, { items }),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export function useUpdateActivity(unitId: number) {
  const invalidate = useInvalidateActivities(unitId);
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: ActivityInput }) =>
      api<{ ok: true }>(`/activities/${id}`, { method: 'PUT', body: input }),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export function useDeleteActivity(unitId: number) {
  const invalidate = useInvalidateActivities(unitId);
  return useMutation({
    mutationFn: (id: number) => del<{ ok: true }>(`/activities/${id}`),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export function useInvalidateAfterUpload(unitId: number) {
  return useInvalidateActivities(unitId);
}
