/**
 * Phases (đợt, giai đoạn): "Đợt 1: Từ nay đến trước ngày 30/6/2025", "Giai đoạn từ năm 2025 đến Đại
 * hội XIV", "1.2. Đợt 2: Từ sau Đại hội tỉnh đến …". Bounds are dates as precise as written; a bound
 * named by an event or "từ nay" stays null. Plans without numbered phases often split the timeline
 * into before / during / after a congress: those headings count when there are two or more.
 */
import type { Phase } from '../plans/document.ts';
import { findDates, withYear, type DateMention } from './dates.ts';
import type { Line } from './lines.ts';
import { fold, squash } from './text.ts';

const MARKER = /^(?:[-–+•*]\s*|\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+|\(?[a-zđ][.)]\s+|[ivx]{1,4}[.)\-–]\s+)*/u;
const LABEL = /^((?:dot|giai doan|buoc)\s+(?:\d{1,2}|[ivx]{1,4}|mot|hai|ba|bon|nam|sau|thu nhat|thu hai|thu ba|thu tu|thu nam|cao diem(?:\s+\d{1,2})?)(?![\p{L}\d])|giai doan(?=\s+(?:tu|truoc|trong|sau|het|den|nam|thang)\b))/u;
const MOMENT = /^((?:truoc|trong(?: thoi gian(?: dien ra)?)?|sau)\s+(?:khi\s+)?(?:(?:ngay\s+)?(?:khai mac\s+)?dai hoi|dai hoi))\b/u;
const CUT = /,?\s*(?:tap trung|voi (?:cac )?(?:noi dung|hoat dong)|gom (?:cac )?noi dung|noi dung\s*:|thuc hien cac noi dung)/u;

export interface PhaseLine {
  index: number;
  label: string;
  span: string;
  spanKey: string;
}

function spanOf(line: Line, labelEnd: number): { span: string; spanKey: string } {
  let span = line.text.slice(labelEnd);
  let key = line.key.slice(labelEnd);
  const cut = CUT.exec(key);
  if (cut) {
    span = span.slice(0, cut.index);
    key = key.slice(0, cut.index);
  }
  return { span, spanKey: key };
}

/** Dates of a span, without the years of a term ("nhiệm kỳ 2025 - 2030"). */
function datesOf(span: string, key: string): DateMention[] {
  return findDates(span, { key, bareYears: true }).filter((d) => {
    const before = key.slice(Math.max(0, d.start - 26), d.start);
    return !/(?:nhiem ky|khoa|ky hop|lan thu)\s*\(?\s*[\d\s\-–]*$/u.test(before);
  });
}

function boundsOf(span: string, key: string): { start: string | null; end: string | null } {
  const dates = datesOf(span, key);
  if (!dates.length) return { start: null, end: null };
  const yearOfLast = (() => {
    for (let i = dates.length - 1; i >= 0; i--) {
      const v = dates[i]?.value;
      if (v) return Number(v.slice(0, 4));
    }
    return null;
  })();
  const resolve = (d: DateMention | undefined) => (d ? withYear(d, yearOfLast) : null);
  // "từ … đến …": the first date on each side.
  const to = /(?:^|\s)(?:den|toi)\s/u.exec(key);
  if (to) {
    const startDate = dates.find((d) => d.end <= to.index);
    const endDate = dates.find((d) => d.start >= to.index);
    const fromWord = /(?:^|\s)(?:tu|bat dau tu|ke tu)\s/u.exec(key);
    const start = startDate && fromWord && fromWord.index <= startDate.start ? resolve(startDate) : startDate ? resolve(startDate) : null;
    return { start, end: endDate ? (endDate.endValue ?? resolve(endDate)) : null };
  }
  const first = dates[0];
  const before = key.slice(0, first?.start ?? 0);
  if (/(?:truoc|het|cuoi|den|cham nhat)\s*(?:ngay|thang|nam)?\s*$/u.test(before)) return { start: null, end: resolve(first) };
  if (/(?:sau|tu|bat dau|ke tu)\s*(?:ngay|thang|nam)?\s*$/u.test(before)) return { start: resolve(first), end: null };
  if (dates.length >= 2) return { start: resolve(first), end: resolve(dates[1]) };
  return { start: resolve(first), end: first?.endValue ?? resolve(first) };
}

/** The lines that open a phase, in order. */
export function phaseLines(lines: readonly Line[]): PhaseLine[] {
  const out: PhaseLine[] = [];
  for (const line of lines) {
    const marker = MARKER.exec(line.key)?.[0].length ?? 0;
    const rest = line.key.slice(marker);
    const m = LABEL.exec(rest);
    if (!m) continue;
    const labelEnd = marker + (m[0]?.length ?? 0);
    out.push({ index: line.index, label: squash(line.text.slice(marker, labelEnd)), ...spanOf(line, labelEnd) });
  }
  return out;
}

function momentLines(lines: readonly Line[]): PhaseLine[] {
  const out: PhaseLine[] = [];
  for (const line of lines) {
    const marker = MARKER.exec(line.key)?.[0].length ?? 0;
    const rest = line.key.slice(marker);
    const m = MOMENT.exec(rest);
    // A heading, not a sentence that happens to begin "Trong đại hội, …".
    if (!m || line.text.length > 160 || !(marker > 0 || line.emphasised || /:\s*$/.test(line.text))) continue;
    const labelEnd = marker + (m[0]?.length ?? 0);
    out.push({ index: line.index, label: squash(line.text.slice(marker, labelEnd)), ...spanOf(line, marker) });
  }
  return out;
}

/** Phases of the body, in order; a phase named twice (content, then timeline) is kept once. */
export function readPhases(body: readonly Line[]): Phase[] {
  let found = phaseLines(body);
  if (!found.length) {
    const moments = momentLines(body);
    if (moments.length >= 2) found = moments;
  }
  const phases: Phase[] = [];
  const byLabel = new Map<string, Phase>();
  // Lines by index, made once: looking the next line up in the body for each phase was quadratic.
  let byIndex: Map<number, Line> | null = null;
  for (const p of found) {
    let { start, end } = boundsOf(p.span, p.spanKey);
    if (!start && !end) {
      // "Đợt 1:" alone, its time on the next line ("Thời gian: từ … đến …").
      byIndex ??= new Map([...body].reverse().map((l) => [l.index, l] as const));
      const next = byIndex.get(p.index + 1);
      if (next && /^(?:[-+•]\s*)?thoi gian\b/u.test(next.key)) ({ start, end } = boundsOf(next.text, next.key));
    }
    const labelKey = fold(p.label).replace(/\s+/g, ' ');
    const known = /\d|[ivx]|mot|hai|ba|bon|nam|thu/.test(labelKey.replace(/^(?:dot|giai doan|buoc)\s*/u, '')) ? byLabel.get(labelKey) : undefined;
    if (known) {
      known.start ??= start;
      known.end ??= end;
      continue;
    }
    const phase: Phase = { label: p.label, start, end, text: squash(p.span.replace(/^[\s:.\-–]+/u, '')) };
    phases.push(phase);
    byLabel.set(labelKey, phase);
  }
  return phases;
}
