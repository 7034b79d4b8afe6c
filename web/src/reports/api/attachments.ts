// Files attached to a periodic report: upload, remove, open. The report query is refreshed after each change,
// since the report's JSON carries its list of attachments.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, buildUrl, del } from '../../api/client';
import { EVIDENCE_MAX_BYTES } from './evidence';
import { reportKeys } from './keys';

export function attachmentUrl(id: number): string {
  return buildUrl(`/report-attachments/${id}`);
}

/** A file the server did not take, and why (its Vietnamese message). */
export interface RefusedFile {
  filename: string;
  error: unknown;
}

function useInvalidateReport(reportId: number) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: reportKeys.report(reportId) });
}

/** Attaches files one by one: a refused file is named and does not stop the others. */
export function useAttachFiles(reportId: number) {
  const invalidate = useInvalidateReport(reportId);
  return useMutation({
    mutationFn: async (files: File[]) => {
      let attached = 0;
      const refused: RefusedFile[] = [];
      for (const file of files) {
        if (file.size > EVIDENCE_MAX_BYTES) {
          refused.push({ filename: file.name, error: new Error('Tệp lớn hơn 10 MB.') });
          continue;
        }
        try {
          await api(`/reports/${reportId}/attachments`, { method: 'POST', query: { filename: file.name }, body: file });
          attached++;
        } catch (error) {
          refused.push({ filename: file.name, error });
        }
      }
      return { attached, refused };
    },
    // Also after a refusal: a "report locked" answer means the report changed under us.
    onSettled: invalidate,
    meta: { silent: true },
  });
}

export function useDeleteAttachment(reportId: number) {
  const invalidate = useInvalidateReport(reportId);
  return useMutation({
    mutationFn: (attachmentId: number) => del<{ ok: true }>(`/report-attachments/${attachmentId}`),
    onSettled: invalidate,
    meta: { silent: true },
  });
}
