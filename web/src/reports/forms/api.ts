// Report forms of a unit: list (built-in, own and those of the units above) and define a new one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../api/client';
import { reportKeys } from '../api/keys';
import type { ReportForm } from '../api/types';

export type OwnedReportForm = ReportForm & { ownerUnitId: number | null };

export function useUnitReportForms(unitId: number) {
  return useQuery({
    queryKey: reportKeys.forms(unitId),
    queryFn: ({ signal }) => get<{ items: OwnedReportForm[] }>('/report-forms', { unitId }, signal),
    select: (d) => d.items,
  });
}

export function useCreateReportForm(unitId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (form: ReportForm) => post<OwnedReportForm>(`/units/${unitId}/report-forms`, form),
    meta: { silent: true },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['report-forms'] }),
  });
}
