/**
 * Anniversaries (kỷ niệm N năm): "95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 -
 * 03/02/2025)", "80 năm thành lập Đảng bộ tỉnh (1940 - 2020)", "Ngày thành lập Chi bộ Đảng đầu tiên
 * tại Đắk Lắk (23/11/1940 - 23/11/2020)". A pair of dates counts when it is an anniversary's pair: the
 * same day and month a whole number of years apart, or two years after "N năm <event>" (not a term
 * "nhiệm kỳ 2020 - 2025", nor a duration "trong 5 năm (2020 - 2025)"). One entry per pair of dates.
 * An anniversary that fell before the plan was issued is only recalled, not planned: it is left out.
 */
import type { Anniversary } from '../plans/document.ts';
import { compareDates, makeDate, type PartialDate } from './dates.ts';
import type { Line } from './lines.ts';
import { squash, trimEndWhile } from './text.ts';

const DAY = '(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})';
const PAIR_FULL = new RegExp(`\\(?\\s*${DAY}\\s*[-–—]+\\s*${DAY}\\s*\\)?`, 'gu');
const PAIR_YEARS = /\(\s*((?:1[6-9]|20)\d{2})\s*[-–—]+\s*((?:1[6-9]|20|21)\d{2})\s*\)/gu;

const EVENT_WORDS =
  /(?:thanh lap|ngay|sinh|chien thang|giai phong|truyen thong|khoi nghia|ra doi|thong nhat|tong tuyen cu|cach mang|ky niem|hy sinh|to chuc|dau tien|nhan dan|anh hung|quoc khanh|hien phap|bac ho|chu tich)/u;
const TERM_BEFORE = /(?:nhiem ky|khoa|giai doan|thoi ky|ke hoach|chien luoc|trong|qua|sau|ke tu|tu nam|den nam)\s*$/u;

interface Found {
  title: string;
  eventDate: PartialDate;
  anniversaryDate: PartialDate;
  years: number;
  at: number;
}

/** The words before a pair, back to the previous clause: "Kỷ niệm 95 năm Ngày thành lập Đảng…". */
function clauseBefore(text: string, key: string, at: number): { title: string; key: string } {
  let start = 0;
  const head = key.slice(0, at);
  const breaks = [...head.matchAll(/[;:]|\)\s*(?:va|,)|,\s(?=(?:\d{1,3}\s+nam|ky niem|ngay)\b)|\bnhu\s*:?\s|\bva\s(?=(?:\d{1,3}\s+nam|ky niem|ngay)\b)/gu)];
  const last = breaks[breaks.length - 1];
  if (last) start = (last.index ?? 0) + last[0].length;
  if (at - start > 220) start = at - 220;
  return { title: squash(text.slice(start, at)), key: squash(key.slice(start, at)) };
}

function yearsWritten(clauseKey: string): { years: number; rest: string; at: number } | null {
  const m = /^(.*(?:^|\s))(\d{1,3})\s+nam\s+(.*)$/u.exec(clauseKey);
  if (!m) return null;
  return { years: Number(m[2]), rest: (m[3] ?? '').trim(), at: (m[1] ?? '').length };
}

/** The anniversary's name: from "N năm", else from the last "Ngày …", else the clause. */
function titleOf(clause: { title: string; key: string }, written: { at: number } | null): string {
  let from = 0;
  if (written) from = written.at;
  else {
    const day = clause.key.lastIndexOf('ngay ');
    if (day >= 0) from = day;
  }
  return squash(
    trimEndWhile(
      clause.title
        .slice(from)
        .replace(/^[\s,;.\-–]*(?:và\s+|như\s*:?\s*)?/iu, '')
        .replace(/^(?:tổ chức\s+)?(?:các hoạt động\s+)?(?:kỷ niệm|Kỷ niệm|KỶ NIỆM)\s+/u, ''),
      /[\s,;(]/u,
    ),
  );
}

function inLine(line: Line): Found[] {
  const out: Found[] = [];
  const { text, key } = line;
  PAIR_FULL.lastIndex = 0;
  for (let m = PAIR_FULL.exec(key); m; m = PAIR_FULL.exec(key)) {
    const [d1, m1, y1, d2, m2, y2] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
    if (d1 !== d2 || m1 !== m2 || y2 <= y1) continue;
    const eventDate = makeDate(y1, m1, d1);
    const anniversaryDate = makeDate(y2, m2, d2);
    if (!eventDate || !anniversaryDate || eventDate.length !== 10) continue;
    const clause = clauseBefore(text, key, m.index);
    const written = yearsWritten(clause.key);
    out.push({ title: titleOf(clause, written), eventDate, anniversaryDate, years: written?.years ?? y2 - y1, at: m.index });
  }
  PAIR_YEARS.lastIndex = 0;
  for (let m = PAIR_YEARS.exec(key); m; m = PAIR_YEARS.exec(key)) {
    const y1 = Number(m[1]);
    const y2 = Number(m[2]);
    const diff = y2 - y1;
    if (diff <= 0 || diff > 1000) continue;
    const clause = clauseBefore(text, key, m.index);
    if (TERM_BEFORE.test(clause.key)) continue;
    const written = yearsWritten(clause.key);
    // "80 năm thành lập Đảng bộ tỉnh (1940 - 2020)": the years written match and an event follows.
    // Without "N năm", an event word and a round count ("Ngày thành lập Đảng (1930 - 2025)").
    if (written) {
      if (written.years !== diff || !written.rest || TERM_BEFORE.test(written.rest)) continue;
    } else if (!(EVENT_WORDS.test(clause.key) && diff % 5 === 0)) continue;
    out.push({ title: titleOf(clause, written), eventDate: String(y1), anniversaryDate: String(y2), years: diff, at: m.index });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Anniversaries named in the given lines, one per pair of dates, in order of appearance. `notBefore`:
 * the earliest date the plan can have been issued (its date, or the latest of its bases).
 */
export function readAnniversaries(lines: readonly Line[], notBefore: PartialDate | null = null): Anniversary[] {
  const seen = new Set<string>();
  const out: Anniversary[] = [];
  for (const line of lines) {
    if (!/\d{4}\s*\)?/.test(line.text)) continue;
    for (const f of inLine(line)) {
      const id = `${f.eventDate}|${f.anniversaryDate}`;
      if (seen.has(id)) continue;
      seen.add(id);
      if (notBefore && notBefore.length === 10 && f.anniversaryDate.length === 10 && compareDates(f.anniversaryDate, notBefore) < 0) continue;
      out.push({ title: f.title || `${f.years} năm`, eventDate: f.eventDate, anniversaryDate: f.anniversaryDate, years: f.years });
    }
  }
  return out;
}
