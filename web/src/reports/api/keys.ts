export const reportKeys = {
  /** Shared with the forms screen and the plan editor (plans/api.ts); defining a form invalidates ['report-forms']. */
  forms: (unitId: number) => ['report-forms', 'unit', unitId] as const,
  activities: (unitId: number) => ['activities', unitId] as const,
  plans: (unitId: number) => ['reporting-plans', unitId] as const,
  plan: (id: number) => ['reporting-plans', 'detail', id] as const,
  completeness: (unitId: number, from: string, to: string, planId: number | null) =>
    ['completeness', unitId, from, to, planId] as const,
  rollups: (unitId: number, from: string, to: string, planId: number | null) => ['rollups', unitId, from, to, planId] as const,
  report: (id: number) => ['report', id] as const,
  notifications: (unitIds: number[]) => ['notifications', ...unitIds] as const,
  calendar: (unitId: number, from: string, to: string) => ['reporting-calendar', unitId, from, to] as const,
};
