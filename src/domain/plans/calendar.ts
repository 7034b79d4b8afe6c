/** Calendar events of plans: phases, anniversaries and deadlines within a date range. Pure. */
import type { PlanContent } from './content.ts';

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
  if (r && (r.cadence === 'monthly' || r.cadence === 'quarterly') && plan.periodStart && plan.periodEnd) {
    for (const day of monthlyDays(plan.periodStart, plan.periodEnd, r.deadlineDay)) {
      const month = Number(day.slice(5, 7));
      if (r.cadence === 'quarterly' && month % 3 !== 0) continue;
      push('deadline', r.cadence === 'monthly' ? 'Hạn gửi báo cáo tháng' : 'Hạn gửi báo cáo quý', day);
    }
  }
  return events;
}

/** The given day of every month from the month of `start` to the month after `end` (the last report). */
function monthlyDays(start: string, end: string, day: number): string[] {
  const out: string[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  const endKey = Number(end.slice(0, 4)) * 12 + Number(end.slice(5, 7)) + 1;
  while (y * 12 + m <= endKey) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    out.push(`${y}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
