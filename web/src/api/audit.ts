// Audit log of a unit's subtree.
import { useInfiniteQuery } from '@tanstack/react-query';
import { get } from './client';
import type { AuditEntry, Page } from './types';

export interface AuditFilters {
  action: string;
  entity: string;
  actor: string;
  q: string;
  from: string | null;
  to: string | null;
}

export const emptyAuditFilters: AuditFilters = { action: '', entity: '', actor: '', q: '', from: null, to: null };

export function useAudit(unitId: number, f: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', unitId, f],
    queryFn: ({ pageParam, signal }) =>
      get<Page<AuditEntry>>(
        `/units/${unitId}/audit`,
        {
          action: f.action.trim(),
          entity: f.entity.trim(),
          actor: f.actor.trim(),
          q: f.q.trim(),
          from: f.from ?? undefined,
          to: f.to ?? undefined,
          limit: 50,
          cursor: pageParam,
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (prev) => prev,
  });
}
