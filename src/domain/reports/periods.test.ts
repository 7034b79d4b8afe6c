import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planEvents } from '../plans/calendar.ts';
import { planContentSchema } from '../plans/content.ts';
import { onTime, reportPeriods, type ReportingRule, type ReportPeriod } from './periods.ts';

const monthly = (deadlineDay = 20, periodStartDay = 15): ReportingRule => ({ cadence: 'monthly', deadlineDay, periodStartDay });
const brief = (ps: ReportPeriod[]) => ps.map((p) => `${p.key} ${p.start}..${p.end} due ${p.dueOn}`);

const nextDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
const isoDay = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2032-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const planRange = fc.tuple(isoDay, fc.integer({ min: 0, max: 3 * 366 })).map(([start, days]) => {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return [start, d.toISOString().slice(0, 10)] as const;
});

/** The periods tile the plan's period exactly: no gap, no overlap, nothing outside it. */
function expectTiling(ps: ReportPeriod[], start: string, end: string) {
  expect(ps.length).toBeGreaterThan(0);
  expect(ps[0]!.start).toBe(start);
  expect(ps.at(-1)!.end).toBe(end);
  for (const [i, p] of ps.entries()) {
    expect(p.start <= p.end, `${p.key}: ${p.start} > ${p.end}`).toBe(true);
    if (i > 0) expect(p.start, `${p.key} follows ${ps[i - 1]!.key}`).toBe(nextDay(ps[i - 1]!.end));
  }
  expect(new Set(ps.map((p) => p.key)).size).toBe(ps.length);
}

describe('monthly periods (Nghị định 09/2019: the 15th of the previous month to the 14th)', () => {
  it('cuts the plan period 15th–14th, keyed and labelled by the month the period ends in, due on the deadline day of that month', () => {
    const ps = reportPeriods(monthly(20, 15), '2026-01-15', '2026-03-31');
    expect(brief(ps)).toEqual([
      '2026-02 2026-01-15..2026-02-14 due 2026-02-20',
      '2026-03 2026-02-15..2026-03-14 due 2026-03-20',
      '2026-04 2026-03-15..2026-03-31 due 2026-04-20',
    ]);
    expect(ps.map((p) => p.label)).toEqual(['Tháng 2/2026', 'Tháng 3/2026', 'Tháng 4/2026']);
  });

  it('clips the first and last period to the plan period', () => {
    const ps = reportPeriods(monthly(20, 15), '2026-01-03', '2026-02-20');
    expect(brief(ps)).toEqual([
      '2026-01 2026-01-03..2026-01-14 due 2026-01-20',
      '2026-02 2026-01-15..2026-02-14 due 2026-02-20',
      '2026-03 2026-02-15..2026-02-20 due 2026-03-20',
    ]);
  });

  it('starts in the next month’s period when the plan starts on or after the start day', () => {
    expect(reportPeriods(monthly(), '2026-01-14', '2026-01-14').map((p) => p.key)).toEqual(['2026-01']);
    expect(reportPeriods(monthly(), '2026-01-15', '2026-01-15').map((p) => p.key)).toEqual(['2026-02']);
    expect(reportPeriods(monthly(), '2026-01-31', '2026-02-01').map((p) => p.key)).toEqual(['2026-02']);
  });

  it('crosses the year: December 15th to January 14th is January’s period of the next year', () => {
    const ps = reportPeriods(monthly(20, 15), '2026-12-01', '2027-01-31');
    expect(brief(ps)).toEqual([
      '2026-12 2026-12-01..2026-12-14 due 2026-12-20',
      '2027-01 2026-12-15..2027-01-14 due 2027-01-20',
      '2027-02 2027-01-15..2027-01-31 due 2027-02-20',
    ]);
    expect(reportPeriods(monthly(), '2026-12-20', '2027-01-10').map((p) => `${p.key} ${p.label}`)).toEqual(['2027-01 Tháng 1/2027']);
  });

  it('honours a configured start day (the 25th) and deadline day (the 28th)', () => {
    const ps = reportPeriods(monthly(28, 25), '2026-01-01', '2026-04-30');
    expect(brief(ps)).toEqual([
      '2026-01 2026-01-01..2026-01-24 due 2026-01-28',
      '2026-02 2026-01-25..2026-02-24 due 2026-02-28',
      '2026-03 2026-02-25..2026-03-24 due 2026-03-28',
      '2026-04 2026-03-25..2026-04-24 due 2026-04-28',
      '2026-05 2026-04-25..2026-04-30 due 2026-05-28',
    ]);
  });

  it('start day 28: February is still covered without a hole, in common and leap years', () => {
    expect(brief(reportPeriods(monthly(28, 28), '2026-02-01', '2026-03-31'))).toEqual([
      '2026-02 2026-02-01..2026-02-27 due 2026-02-28',
      '2026-03 2026-02-28..2026-03-27 due 2026-03-28',
      '2026-04 2026-03-28..2026-03-31 due 2026-04-28',
    ]);
    const leap = reportPeriods(monthly(28, 28), '2024-02-01', '2024-03-31');
    expect(leap.find((p) => p.key === '2024-03')).toMatchObject({ start: '2024-02-28', end: '2024-03-27' }); // 29/02 falls in March's period
    expectTiling(leap, '2024-02-01', '2024-03-31');
  });

  it('a deadline on the 31st falls on the last day of short months', () => {
    const ps = reportPeriods(monthly(31, 15), '2026-01-15', '2026-07-14');
    expect(ps.map((p) => `${p.key} ${p.dueOn}`)).toEqual([
      '2026-02 2026-02-28',
      '2026-03 2026-03-31',
      '2026-04 2026-04-30',
      '2026-05 2026-05-31',
      '2026-06 2026-06-30',
      '2026-07 2026-07-31',
    ]);
    expect(reportPeriods(monthly(31, 15), '2024-01-15', '2024-02-14')[0]!.dueOn).toBe('2024-02-29');
    expect(reportPeriods(monthly(30, 15), '2026-01-15', '2026-02-14')[0]!.dueOn).toBe('2026-02-28');
  });

  it('never puts a deadline before the period ends, even when the deadline day is before the start day', () => {
    // Period "2026-03" ends on 14/03; a deadline "the 5th" must not be 05/03, before the period ends.
    // (Which day it should be instead is the subject of the calendar-agreement test at the end.)
    const p = reportPeriods(monthly(5, 15), '2026-02-15', '2026-03-14')[0]!;
    expect(p.key).toBe('2026-03');
    expect(p.dueOn > p.end).toBe(true);
  });

  it('always tiles the plan period with due dates after each period, for any start day, deadline and plan period', () => {
    fc.assert(
      fc.property(planRange, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 31 }), ([start, end], s, dl) => {
        const ps = reportPeriods(monthly(dl, s), start, end);
        expectTiling(ps, start, end);
        for (const p of ps) {
          expect(p.dueOn > p.end).toBe(true);
          expect(p.key).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
          expect(p.label).toBe(`Tháng ${Number(p.key.slice(5))}/${p.key.slice(0, 4)}`);
          // The period ends in its month (or the plan ends before that).
          if (p.end !== end) expect(p.end.slice(0, 7)).toBe(p.key);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('calendar months (period start day 1)', () => {
  it('uses whole calendar months, due on the deadline day of the following month', () => {
    const ps = reportPeriods(monthly(10, 1), '2026-01-01', '2026-04-30');
    expect(brief(ps)).toEqual([
      '2026-01 2026-01-01..2026-01-31 due 2026-02-10',
      '2026-02 2026-02-01..2026-02-28 due 2026-03-10',
      '2026-03 2026-03-01..2026-03-31 due 2026-04-10',
      '2026-04 2026-04-01..2026-04-30 due 2026-05-10',
    ]);
  });

  it('ends February on the 29th in a leap year and clips to the plan period', () => {
    const ps = reportPeriods(monthly(31, 1), '2024-01-20', '2024-03-10');
    expect(brief(ps)).toEqual([
      '2024-01 2024-01-20..2024-01-31 due 2024-02-29',
      '2024-02 2024-02-01..2024-02-29 due 2024-03-31',
      '2024-03 2024-03-01..2024-03-10 due 2024-04-30',
    ]);
  });

  it('December is due in January of the next year', () => {
    const ps = reportPeriods(monthly(5, 1), '2026-12-10', '2027-01-02');
    expect(brief(ps)).toEqual(['2026-12 2026-12-10..2026-12-31 due 2027-01-05', '2027-01 2027-01-01..2027-01-02 due 2027-02-05']);
  });

  it('a one-day plan has one period', () => {
    expect(brief(reportPeriods(monthly(20, 1), '2026-05-31', '2026-05-31'))).toEqual(['2026-05 2026-05-31..2026-05-31 due 2026-06-20']);
  });
});

describe('quarterly periods', () => {
  it('uses calendar quarters, clipped to the plan, keyed 2026-Q1', () => {
    const ps = reportPeriods({ cadence: 'quarterly', deadlineDay: 15, periodStartDay: 15 }, '2026-02-10', '2026-11-30');
    expect(brief(ps)).toEqual([
      '2026-Q1 2026-02-10..2026-03-31 due 2026-04-15',
      '2026-Q2 2026-04-01..2026-06-30 due 2026-07-15',
      '2026-Q3 2026-07-01..2026-09-30 due 2026-10-15',
      '2026-Q4 2026-10-01..2026-11-30 due 2027-01-15',
    ]);
    expect(ps.map((p) => p.label)).toEqual(['Quý 1/2026', 'Quý 2/2026', 'Quý 3/2026', 'Quý 4/2026']);
  });

  it('crosses years and clips a deadline on the 31st to the month’s last day', () => {
    const ps = reportPeriods({ cadence: 'quarterly', deadlineDay: 31, periodStartDay: 1 }, '2026-11-15', '2027-05-01');
    expect(brief(ps)).toEqual([
      '2026-Q4 2026-11-15..2026-12-31 due 2027-01-31',
      '2027-Q1 2027-01-01..2027-03-31 due 2027-04-30',
      '2027-Q2 2027-04-01..2027-05-01 due 2027-07-31',
    ]);
  });

  it('always tiles the plan period', () => {
    fc.assert(
      fc.property(planRange, fc.integer({ min: 1, max: 31 }), ([start, end], dl) => {
        const ps = reportPeriods({ cadence: 'quarterly', deadlineDay: dl, periodStartDay: 15 }, start, end);
        expectTiling(ps, start, end);
        for (const p of ps) expect(p.dueOn > p.end).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('phase and final reports', () => {
  const phases = [
    { label: 'Đợt 1', start: '2026-01-15', end: '2026-02-03' },
    { label: 'Đợt 2', start: '2026-02-04', end: '2026-03-31' },
  ];

  it('one report per phase, due the deadline number of days after the phase ends', () => {
    const ps = reportPeriods({ cadence: 'phase', deadlineDay: 10, periodStartDay: 15 }, '2026-01-15', '2026-03-31', phases);
    expect(brief(ps)).toEqual(['phase:Đợt 1 2026-01-15..2026-02-03 due 2026-02-13', 'phase:Đợt 2 2026-02-04..2026-03-31 due 2026-04-10']);
    expect(ps.map((p) => p.label)).toEqual(['Đợt 1', 'Đợt 2']);
  });

  it('clips phases to the plan, fills open ends from the plan and drops phases outside it', () => {
    const ps = reportPeriods({ cadence: 'phase', deadlineDay: 31, periodStartDay: 15 }, '2026-02-01', '2026-06-30', [
      { label: 'Trước', start: '2025-10-01', end: '2025-12-31' },
      { label: 'Chồng lấn', start: '2026-01-10', end: '2026-02-28' },
      { label: 'Không ngày bắt đầu', start: null, end: '2026-03-15' },
      { label: 'Không ngày kết thúc', start: '2026-05-01', end: null },
      { label: 'Sau', start: '2026-08-01', end: '2026-08-31' },
    ]);
    expect(brief(ps)).toEqual([
      'phase:Chồng lấn 2026-02-01..2026-02-28 due 2026-03-31',
      'phase:Không ngày bắt đầu 2026-02-01..2026-03-15 due 2026-04-15',
      'phase:Không ngày kết thúc 2026-05-01..2026-06-30 due 2026-07-31',
    ]);
  });

  it('no phases: no phase reports', () => {
    expect(reportPeriods({ cadence: 'phase', deadlineDay: 10, periodStartDay: 15 }, '2026-01-01', '2026-12-31', [])).toEqual([]);
  });

  it('one final report over the whole plan, due the deadline number of days after it ends (across month and year ends)', () => {
    expect(reportPeriods({ cadence: 'final', deadlineDay: 15, periodStartDay: 15 }, '2026-01-15', '2026-03-31')).toEqual([
      { key: 'final', label: 'Báo cáo tổng kết', start: '2026-01-15', end: '2026-03-31', dueOn: '2026-04-15' },
    ]);
    expect(reportPeriods({ cadence: 'final', deadlineDay: 31, periodStartDay: 15 }, '2026-06-01', '2026-12-31')[0]!.dueOn).toBe('2027-01-31');
    expect(reportPeriods({ cadence: 'final', deadlineDay: 1, periodStartDay: 15 }, '2024-01-01', '2024-02-28')[0]!.dueOn).toBe('2024-02-29');
  });

  it('a plan that ends before it starts has no periods, whatever the cadence', () => {
    for (const cadence of ['monthly', 'quarterly', 'phase', 'final'] as const) {
      expect(reportPeriods({ cadence, deadlineDay: 20, periodStartDay: 15 }, '2026-05-01', '2026-04-30', phases)).toEqual([]);
    }
  });
});

describe('on time', () => {
  it('is on time up to and including the due day, late from the next day', () => {
    expect(onTime('2026-03-19', '2026-03-20')).toBe(true);
    expect(onTime('2026-03-20', '2026-03-20')).toBe(true);
    expect(onTime('2026-03-21', '2026-03-20')).toBe(false);
    expect(onTime('2027-01-01', '2026-12-31')).toBe(false);
  });
});

/**
 * The due dates the system counts lateness against must be the deadlines it announces: the plan's
 * calendar (src/domain/plans/calendar.ts) puts "Hạn gửi báo cáo tháng/quý" events on the deadline
 * day, and the issued plan's text (src/domain/plans/to-document.ts reportingPhrase) says "gửi trước
 * ngày N hằng tháng" / "gửi trước ngày N tháng cuối quý".
 */
describe('due dates agree with the deadlines the plan calendar announces', () => {
  const deadlines = (reporting: ReportingRule & { formCode?: null }, start: string, end: string) =>
    planEvents(
      { id: 1, title: 'KH', periodStart: start, periodEnd: end, content: planContentSchema.parse({ reporting: { formCode: null, ...reporting } }) },
      '2000-01-01',
      '2100-12-31',
    )
      .filter((e) => e.type === 'deadline')
      .map((e) => e.start);

  it('monthly, deadline day after the start day: every due date is an announced deadline', () => {
    const rule = monthly(20, 15);
    const due = reportPeriods(rule, '2026-01-15', '2026-06-30').map((p) => p.dueOn);
    const announced = deadlines(rule, '2026-01-15', '2026-06-30');
    for (const d of due) expect(announced).toContain(d);
  });

  it('monthly, deadline day before the start day (the 5th): every due date is an announced deadline', () => {
    const rule = monthly(5, 15);
    const due = reportPeriods(rule, '2026-01-15', '2026-06-30').map((p) => p.dueOn);
    const announced = deadlines(rule, '2026-01-15', '2026-06-30');
    for (const d of due) expect(announced).toContain(d);
  });

  it('quarterly: every due date is an announced deadline', () => {
    const rule: ReportingRule = { cadence: 'quarterly', deadlineDay: 20, periodStartDay: 15 };
    const due = reportPeriods(rule, '2026-01-01', '2026-12-31').map((p) => p.dueOn);
    const announced = deadlines(rule, '2026-01-01', '2026-12-31');
    for (const d of due) expect(announced).toContain(d);
  });
});
