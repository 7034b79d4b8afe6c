import { useMemo } from 'react';
import { usePlanDetails, useReportForms, useUnitPlans } from '../api/forms';
import type { Channel, Indicator, PlanDetailLite } from '../api/types';
import { indicatorCatalog, indicatorsFor } from '../common/indicators';

/** What entering and listing activities of a unit needs: forms, the plans it works under, their details. */
export function useReportingContext(unitId: number | null) {
  const forms = useReportForms(unitId);
  const plans = useUnitPlans(unitId);
  const ids = useMemo(() => (plans.data ?? []).map((p) => p.id), [plans.data]);
  const details = usePlanDetails(ids);
  const planById = new Map<number, PlanDetailLite>();
  for (const d of details) if (d.data) planById.set(d.data.id, d.data);
  const catalog = useMemo(() => indicatorCatalog(forms.data ?? []), [forms.data]);

  const indicatorsOf = (channel: Channel | '', planId: string | number | null): Indicator[] => {
    const plan = planId ? planById.get(Number(planId)) : undefined;
    return indicatorsFor(channel, forms.data ?? [], plan?.content.reporting?.formCode ?? null);
  };

  return {
    forms: forms.data ?? [],
    plans: plans.data ?? [],
    planById,
    catalog,
    indicatorsOf,
    loading: forms.isPending || plans.isPending,
    error: forms.error ?? plans.error,
  };
}

export type ReportingContext = ReturnType<typeof useReportingContext>;
