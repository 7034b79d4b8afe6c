/**
 * Reporting periods of a plan: monthly (Nghị định 09/2019: the 15th of the previous month to the 14th,
 * configurable), quarterly, per phase, or one final report — each with its due date.
 */
export interface ReportingRule {
  cadence: 'monthly' | 'quarterly' | 'phase' | 'final';
  deadlineDay: number;
  periodStartDay: number;
}

export interface ReportPeriod {
  /** Stable key: "2026-03" (monthly), "2026-Q1", "phase:Đợt 1", "final". */
  key: string;
  label: string;
  start: string;
  end: string;
  dueOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (y: number, m: number, d: number) => {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate(); // m is 1-based here
  return iso(new Date(Date.UTC(y, m - 1, Math.min(d, last))));
};
const addDays = (isoDay: string, n: number) => {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
};
const max = (a: string, b: string) => (a > b ? a : b);
const min = (a: string, b: string) => (a < b ? a : b);

export function reportPeriods(
  rule: ReportingRule,
  planStart: string,
  planEnd: string,
  phases: { label: string; start: string | null; end: string | null }[] = [],
): ReportPeriod[] {
  if (planStart > planEnd) return [];
  switch (rule.cadence) {
    case 'monthly':
      return monthly(rule, planStart, planEnd);
    case 'quarterly':
      return quarterly(rule, planStart, planEnd);
    case 'phase':
      return phases
        .filter((p) => p.end || planEnd)
        .map((p) => {
          const start = max(p.start ?? planStart, planStart);
          const end = min(p.end ?? planEnd, planEnd);
          return { key: `phase:${p.label}`, label: p.label, start, end, dueOn: addDays(end, rule.deadlineDay) };
        })
        .filter((p) => p.start <= p.end);
    case 'final':
      return [{ key: 'final', label: 'Báo cáo tổng kết', start: planStart, end: planEnd, dueOn: addDays(planEnd, rule.deadlineDay) }];
  }
}

/**
 * Month M's period runs from day `periodStartDay` of M-1 to the day before it in M (for 15: 15/02–14/03),
 * or the calendar month when the start day is 1; due on the first `deadlineDay` after the period ends.
 */
function monthly(rule: ReportingRule, planStart: string, planEnd: string): ReportPeriod[] {
  const out: ReportPeriod[] = [];
  const s = rule.periodStartDay;
  let y = Number(planStart.slice(0, 4));
  let m = Number(planStart.slice(5, 7));
  if (s > 1 && Number(planStart.slice(8, 10)) >= s) m++; // the start falls in next month's period
  if (m > 12) {
    m = 1;
    y++;
  }
  for (let guard = 0; guard < 240; guard++) {
    const prevY = m === 1 ? y - 1 : y;
    const prevM = m === 1 ? 12 : m - 1;
    const start = s === 1 ? day(y, m, 1) : day(prevY, prevM, s);
    const end = s === 1 ? day(y, m, 31) : day(y, m, s - 1);
    if (start > planEnd) break;
    const nextY = m === 12 ? y + 1 : y;
    const nextM = m === 12 ? 1 : m + 1;
    out.push({
      key: `${y}-${pad(m)}`,
      label: `Tháng ${m}/${y}`,
      start: max(start, planStart),
      end: min(end, planEnd),
      // Due on the first deadline day after the period ends: the same month when it still comes, else the next.
      dueOn: s === 1 || rule.deadlineDay < s ? day(nextY, nextM, rule.deadlineDay) : day(y, m, rule.deadlineDay),
    });
    y = nextY;
    m = nextM;
  }
  return out;
}

function quarterly(rule: ReportingRule, planStart: string, planEnd: string): ReportPeriod[] {
  const out: ReportPeriod[] = [];
  let y = Number(planStart.slice(0, 4));
  let q = Math.floor((Number(planStart.slice(5, 7)) - 1) / 3) + 1;
  for (let guard = 0; guard < 80; guard++) {
    const start = day(y, (q - 1) * 3 + 1, 1);
    if (start > planEnd) break;
    const end = day(y, q * 3, 31);
    const dueY = q === 4 ? y + 1 : y;
    const dueM = q === 4 ? 1 : q * 3 + 1;
    out.push({ key: `${y}-Q${q}`, label: `Quý ${q}/${y}`, start: max(start, planStart), end: min(end, planEnd), dueOn: day(dueY, dueM, rule.deadlineDay) });
    q++;
    if (q > 4) {
      q = 1;
      y++;
    }
  }
  return out;
}

/** Whether a report submitted at `submittedOn` (ISO day, Vietnam time) was on time. */
export function onTime(submittedOn: string, dueOn: string): boolean {
  return submittedOn <= dueOn;
}
