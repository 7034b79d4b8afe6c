import type { Anniversary } from '../plans/document.ts';
import { compareDays, daysInMonth, isoDay, parseBound, type Day } from './calendar-dates.ts';
import { anniversaryMark, anniversaryTitle, type AnniversaryMark } from './format.ts';
import { lunarObservance, lunarToSolar } from './lunar.ts';
import { NATIONAL_EVENTS, type CommemoratedEvent } from './national.ts';

/** One anniversary kept within a period. */
export interface AnniversaryOccurrence {
  event: CommemoratedEvent;
  name: string;
  /** The original event's solar date, ISO; null when its year is unknown (Giỗ Tổ Hùng Vương). */
  eventDate: string | null;
  /** The solar day it is kept in the period, ISO. */
  anniversaryDate: string;
  /** Years since the event (the N of "kỷ niệm N năm"); null when the event's year is unknown. */
  years: number | null;
  /** "chẵn": years divisible by 10. */
  round: boolean;
  /** "lẻ 5": years divisible by 5 and not by 10. */
  halfRound: boolean;
  mark: AnniversaryMark | null;
  /** A great holiday of Nghị định 145/2013/NĐ-CP. */
  major: boolean;
  lunar: boolean;
  /** Given by the caller (a unit's own anniversaries), not from the national list. */
  local: boolean;
  /** "95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)". */
  title: string;
}

interface ParsedEvent {
  event: CommemoratedEvent;
  year: number | null;
  month: number;
  day: number;
  local: boolean;
}

const EVENT_DATE = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/;

function parseEvent(event: CommemoratedEvent, local: boolean): ParsedEvent {
  const m = EVENT_DATE.exec(event.date);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > (event.lunar ? 30 : 31)) {
    throw new RangeError(`Event "${event.name}" has a date that is not YYYY-MM-DD or MM-DD: "${event.date}"`);
  }
  return { event, year: m[1] ? Number(m[1]) : null, month, day, local };
}

/** The solar day a solar month-day is kept in a year (29 February falls on the 28th otherwise). */
function solarObservance(month: number, day: number, year: number): Day {
  return { year, month, day: Math.min(day, daysInMonth(year, month)) };
}

function occurrence(p: ParsedEvent, kept: Day, years: number | null, eventDay: Day | null): AnniversaryOccurrence {
  const mark = anniversaryMark(years);
  const title = anniversaryTitle({
    name: p.event.name,
    years,
    eventDay,
    anniversaryDay: kept,
    lunar: p.event.lunar ? { day: p.day, month: p.month, year: p.year } : undefined,
  });
  return {
    event: p.event,
    name: p.event.name,
    eventDate: eventDay ? isoDay(eventDay) : null,
    anniversaryDate: isoDay(kept),
    years,
    round: mark === 'chẵn',
    halfRound: mark === 'lẻ 5',
    mark,
    major: p.event.major === true,
    lunar: p.event.lunar === true,
    local: p.local,
    title,
  };
}

function occurrencesOf(p: ParsedEvent, from: Day, to: Day): AnniversaryOccurrence[] {
  const found: AnniversaryOccurrence[] = [];
  // A lunar year's day can fall in January or February of the next solar year.
  const firstYear = p.event.lunar ? from.year - 1 : from.year;
  for (let year = firstYear; year <= to.year; year += 1) {
    if (p.year !== null && year <= p.year) continue;
    const kept = p.event.lunar ? lunarObservance(p.month, p.day, year) : solarObservance(p.month, p.day, year);
    if (compareDays(kept, from) < 0 || compareDays(kept, to) > 0) continue;
    let eventDay: Day | null = null;
    if (p.year !== null) {
      eventDay = p.event.lunar
        ? lunarToSolar({ day: p.day, month: p.month, year: p.year, leap: false })
        : { year: p.year, month: p.month, day: p.day };
    }
    found.push(occurrence(p, kept, p.year === null ? null : year - p.year, eventDay));
  }
  return found;
}

/**
 * Every anniversary of the national list (and of `localEvents`, a unit's own) kept between `start`
 * and `end`, both included, in date order; great holidays first on the same day. Bounds are ISO
 * dates; `2025` or `2025-03` as a start means its first day, as an end its last day.
 */
export function anniversariesBetween(
  start: string,
  end: string,
  localEvents: readonly CommemoratedEvent[] = [],
): AnniversaryOccurrence[] {
  const from = parseBound(start, 'start');
  const to = parseBound(end, 'end');
  if (compareDays(from, to) > 0) throw new RangeError(`Period starts (${start}) after it ends (${end})`);
  const events = [
    ...NATIONAL_EVENTS.map((e) => parseEvent(e, false)),
    ...localEvents.map((e) => parseEvent(e, true)),
  ];
  return events
    .flatMap((p) => occurrencesOf(p, from, to))
    .sort(
      (a, b) =>
        a.anniversaryDate.localeCompare(b.anniversaryDate) ||
        Number(b.major) - Number(a.major) ||
        Number(b.round) - Number(a.round) ||
        a.name.localeCompare(b.name, 'vi'),
    );
}

/** The anniversary as a plan document names it (`anniversaries` of import-format.md). */
export function toPlanAnniversary(o: AnniversaryOccurrence): Anniversary {
  return { title: o.title, eventDate: o.eventDate, anniversaryDate: o.anniversaryDate, years: o.years };
}
