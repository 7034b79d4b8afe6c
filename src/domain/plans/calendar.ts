/** Calendar events of plans: phases, anniversaries and deadlines within a date range. Pure. */
import type { PlanContent } from './content.ts';
import { reportPeriods } from '../reports/periods.ts';

export type CalendarEventType = 'phase' | 'anniversary' | 'deadline';

export interface CalendarEvent {
  type: CalendarEventType;
  planId: number;
  planTitle: string;
  title: string;
  /** ISO day; `end` is inclusive and equals `start` for one-day events. */
  start: string;
  end: string;
}

export interface CalendarPlan {
  id: number;
  title: string;
  periodStart: string | null;
  periodEnd: string | null;
  content: PlanContent;
}

const overlaps = (start: string, end: string, from: string, to: string) => start <= to && end >= from;

export function planEvents(plan: CalendarPlan, from: string, to: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const push = (type: CalendarEventType, title: string, start: string, end = start) => {
    if (overlaps(start, end, from, to)) events.push({ type, planId: plan.id, planTitle: plan.title, title, start, end });
  };
  for (const phase of plan.content.phases) {
    const start = phase.start ?? plan.periodStart;
    const end = phase.end ?? plan.periodEnd ?? start;
    if (start && end) push('phase', phase.label, start, end);
  }
  for (const a of plan.content.anniversaries) {
    if (a.anniversaryDate && /^\d{4}-\d{2}-\d{2}$/.test(a.anniversaryDate)) push('anniversary', `Kỷ niệm ${a.title}`, a.anniversaryDate);
  }
  if (plan.content.implementBy) push('deadline', 'Hạn ban hành kế hoạch thực hiện', plan.content.implementBy);
  for (const a of plan.content.assignments) if (a.due) push('deadline', `Hạn: ${a.unitName}`, a.due);
  const r = plan.content.reporting;
  if (r && plan.periodStart && plan.periodEnd) {
    // The same periods and due dates the system judges reports by: one source of deadlines.
    for (const period of reportPeriods(r, plan.periodStart, plan.periodEnd, plan.content.phases)) {
      push('deadline', `Hạn gửi báo cáo ${period.label.toLocaleLowerCase('vi')}`, period.dueOn);
    }
  }
  return events;
}
