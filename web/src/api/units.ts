// Queries and mutations for units.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, del, get, patch, post } from './client';
import type { ImportResult, Page, UnitDetail, UnitKind, UnitSearchItem, UnitSummary } from './types';

export const unitKeys = {
  all: ['units'] as const,
  detail: (id: number) => ['units', 'detail', id] as const,
  children: (id: number, includeRetired: boolean) => ['units', 'children', id, includeRetired] as const,
  search: (q: string, under: number | null) => ['units', 'search', q, under] as const,
};

export function useUnit(id: number | null) {
  return useQuery({
    queryKey: unitKeys.detail(id ?? 0),
    queryFn: ({ signal }) => get<UnitDetail>(`/units/${id}`, undefined, signal),
    enabled: id !== null,
    meta: { silent: true }, // pages show the error in place
  });
}

export function useUnitChildren(id: number, includeRetired: boolean, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: unitKeys.children(id, includeRetired),
    queryFn: ({ pageParam, signal }) =>
      get<Page<UnitSummary>>(
        `/units/${id}/children`,
        { includeRetired: includeRetired ? 'true' : undefined, limit: 100, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

export function useUnitSearch(q: string, under: number | null = null, limit = 20) {
  const trimmed = q.trim();
  return useQuery({
    queryKey: unitKeys.search(trimmed, under),
    queryFn: ({ signal }) =>
      get<{ items: UnitSearchItem[] }>('/units/search', { q: trimmed, under, limit }, signal),
    enabled: trimmed.length >= 1,
    placeholderData: (prev) => prev,
  });
}

export interface UnitInput {
  name: string;
  kind: UnitKind;
  code?: string | null;
  shortName?: string | null;
}

function useInvalidateUnits() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: unitKeys.all }),
      qc.invalidateQueries({ queryKey: ['me'] }),
      qc.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

export function useCreateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (input: UnitInput & { parentId: number }) => post<UnitDetail>('/units', input),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export function useUpdateUnit(id: number) {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (input: Partial<UnitInput>) => patch<UnitDetail>(`/units/${id}`, input),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export function useMoveUnit(id: number) {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (newParentId: number) => post<UnitDetail>(`/units/${id}/move`, { newParentId }),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export function useRetireUnit(id: number) {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (action: 'retire' | 'restore') => post<UnitDetail>(`/units/${id}/${action}`),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export function useDeleteUnit(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => del<{ ok: true }>(`/units/${id}`),
    onSuccess: () => {
      // Not the deleted unit's own detail: it would answer 404 before the page moves away.
      const deleted = JSON.stringify(unitKeys.detail(id));
      void qc.invalidateQueries({
        predicate: (q) => q.queryKey[0] === 'units' && JSON.stringify(q.queryKey) !== deleted,
      });
      void qc.invalidateQueries({ queryKey: ['me'] });
    },
    meta: { silent: true },
  });
}

export function importUnits(id: number, file: File, mode: 'preview' | 'commit') {
  return api<ImportResult>(`/units/${id}/import`, {
    method: 'POST',
    query: { mode, filename: file.name },
    body: file,
  });
}

export function useInvalidateUnitsAfterImport() {
  return useInvalidateUnits();
}
