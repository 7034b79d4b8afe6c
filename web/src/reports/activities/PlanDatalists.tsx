import type { ReportingContext } from './useReportingContext';

/** Suggestions for the phase and theme cells: the phases and themes of each plan. */
export function PlanDatalists({ ctx }: { ctx: ReportingContext }) {
  return (
    <>
      {[...ctx.planById.values()].map((p) => (
        <div key={p.id} hidden>
          <datalist id={`tt-phases-${p.id}`}>
            {p.content.phases.map((ph) => (
              <option key={ph.label} value={ph.label} />
            ))}
          </datalist>
          <datalist id={`tt-themes-${p.id}`}>
            {p.content.themes.map((t) => (
              <option key={t.title} value={t.title} />
            ))}
          </datalist>
        </div>
      ))}
    </>
  );
}
