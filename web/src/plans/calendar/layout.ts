// Month grid: weeks (Monday first) and events laid into lanes so a span reads as one bar.
import dayjs, { type Dayjs } from 'dayjs';
import type { CalendarEvent } from '../types';

export interface Segment {
  event: CalendarEvent;
  /** 1-based grid columns within the week (end inclusive). */
  startCol: number;
  endCol: number;
  lane: number;
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export interface Week {
  days: Dayjs[];
  segments: Segment[];
  lanes: number;
}

export function monthRange(month: Dayjs): { first: Dayjs; last: Dayjs } {
  const start = month.startOf('month');
  const first = start.subtract((start.day() + 6) % 7, 'day');
  const end = month.endOf('month').startOf('day');
  const last = end.add((7 - ((end.day() + 6) % 7) - 1) % 7, 'day');
  return { first, last };
}

export function layoutWeeks(month: Dayjs, events: CalendarEvent[]): Week[] {
  const { first, last } = monthRange(month);
  const weeks: Week[] = [];
  for (let ws = first; !ws.isAfter(last); ws = ws.add(7, 'day')) {
    const we = ws.add(6, 'day');
    const wsIso = ws.format('YYYY-MM-DD');
    const weIso = we.format('YYYY-MM-DD');
    const inWeek = events
      .filter((e) => e.start <= weIso && (e.end || e.start) >= wsIso)
      .sort((a, b) => a.start.localeCompare(b.start) || (b.end || b.start).localeCompare(a.end || a.start) || a.type.localeCompare(b.type));
    const laneEnds: number[] = [];
    const segments: Segment[] = [];
    for (const event of inWeek) {
      const s = event.start < wsIso ? ws : dayjs(event.start);
      const endIso = event.end || event.start;
      const e = endIso > weIso ? we : dayjs(endIso);
      const startCol = s.diff(ws, 'day') + 1;
      const endCol = e.diff(ws, 'day') + 1;
      let lane = laneEnds.findIndex((end) => end < startCol);
      if (lane === -1) {
        lane = laneEnds.length;
        laneEnds.push(endCol);
      } else laneEnds[lane] = endCol;
      segments.push({ event, startCol, endCol, lane, continuesBefore: event.start < wsIso, continuesAfter: endIso > weIso });
    }
    weeks.push({ days: Array.from({ length: 7 }, (_, i) => ws.add(i, 'day')), segments, lanes: laneEnds.length });
  }
  return weeks;
}

export const EVENT_COLORS: Record<CalendarEvent['type'], string> = {
  phase: 'blue',
  anniversary: 'red',
  deadline: 'orange',
};

export const EVENT_TYPE_LABELS: Record<CalendarEvent['type'], string> = {
  phase: 'Đợt tuyên truyền',
  anniversary: 'Ngày kỷ niệm',
  deadline: 'Thời hạn',
};

export const EVENT_SHORT_LABELS: Record<CalendarEvent['type'], string> = {
  phase: 'Đợt',
  anniversary: 'Kỷ niệm',
  deadline: 'Thời hạn',
};
