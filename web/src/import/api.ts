// Calls of the plan import: read a file, save the reviewed plan, list registered external documents.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get, post } from '../api/client';
import type { ExternalDocument, ParseResult, PlanDocument, SaveAs, SaveResult } from './types';

/** Sends the file's raw bytes (application/octet-stream); the file name's extension decides the format. */
export function parsePlanFile(file: File, signal?: AbortSignal): Promise<ParseResult> {
  return api<ParseResult>('/import/parse', { method: 'POST', body: file, query: { filename: file.name }, signal });
}

export function saveImportedPlan(unitId: number, as: SaveAs, plan: PlanDocument): Promise<SaveResult> {
  return post<SaveResult>('/import/save', { unitId, as, plan });
}

export const externalDocsKey = (unitId: number | null) => ['external-documents', unitId] as const;

export function useExternalDocuments(unitId: number | null, enabled = true) {
  return useQuery({
    queryKey: externalDocsKey(unitId),
    queryFn: ({ signal }) => get<{ items: ExternalDocument[] }>(`/units/${unitId}/external-documents`, undefined, signal),
    enabled: enabled && unitId !== null,
    meta: { silent: true },
  });
}

/** After a save: the plans lists and the external documents are stale. */
export function useAfterSave() {
  const qc = useQueryClient();
  return (unitId: number) => {
    void qc.invalidateQueries({ queryKey: ['plans'] });
    void qc.invalidateQueries({ queryKey: externalDocsKey(unitId) });
  };
}
