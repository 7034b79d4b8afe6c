import ical, { ICalCalendarMethod } from 'ical-generator';
import type { CalendarEvent } from '../domain/plans/calendar.ts';

const TYPE_LABEL = { phase: 'Đợt tuyên truyền', anniversary: 'Ngày kỷ niệm', deadline: 'Hạn' } as const;

/** An iCalendar feed of plan events as all-day events (Vietnam's dates, no time zone games). */
export function renderCalendar(name: string, events: CalendarEvent[], baseUrl: string): string {
  const cal = ical({ name, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'tuyentruyen', product: 'lich-ke-hoach', language: 'VI' } });
  for (const e of events) {
    const end = new Date(`${e.end}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    cal.createEvent({
      id: `${e.type}-${e.planId}-${e.start}-${e.title}`.replace(/[^\w-]/g, '_').slice(0, 200),
      start: new Date(`${e.start}T00:00:00Z`),
      end,
      allDay: true,
      summary: e.type === 'phase' ? `${e.title}: ${e.planTitle}` : e.title,
      description: `${TYPE_LABEL[e.type]} — ${e.planTitle}`,
      url: `${baseUrl}/ke-hoach/${e.planId}`,
    });
  }
  return cal.toString();
}
