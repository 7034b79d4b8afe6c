/**
 * A parsed document (PlanDocument) → the structured content of a draft plan, so a plan received as a
 * Word file becomes editable data: sections are read by their headings (purposes and requirements,
 * content), the rest comes from the parsed fields. What cannot be placed stays in the document text.
 */
import { foldForSearch } from '../text/fold.ts';
import { isCalendarDate } from '../text/iso-date.ts';
import { CHANNELS, type Channel, type PlanDocument } from './document.ts';
import { emptyContent, type PlanContent, type PlanKind } from './content.ts';

/** A day the plan's content can hold (a real day, 1900–2200); anything else stays in the document text. */
const fullDate = (d: string | null | undefined) => (d && isCalendarDate(d) ? d : null);
const stripBullet = (line: string) => line.replace(/^\s*(?:[-+•*–]|\d+(?:\.\d+)*[.)]?|[a-zđ][.)])\s+/iu, '').trim();
const isHeading = (line: string) => /^\s*\d+(?:\.\d+)*[.)]?\s+\S/u.test(line) && line.length < 200;

function section(doc: PlanDocument, words: RegExp): string[] {
  const s = doc.body?.find((b) => words.test(foldForSearch(b.heading)));
  return s?.lines ?? [];
}

/** "1. Mục đích … 2. Yêu cầu …" → the two lists. */
function purposesAndRequirements(lines: string[]): { purposes: string[]; requirements: string[] } {
  const out = { purposes: [] as string[], requirements: [] as string[] };
  let into: 'purposes' | 'requirements' = 'purposes';
  for (const line of lines) {
    const f = foldForSearch(line);
    if (isHeading(line) && /\bmuc dich\b/.test(f) && f.length < 40) {
      into = 'purposes';
      continue;
    }
    if (isHeading(line) && /\byeu cau\b/.test(f) && f.length < 40) {
      into = 'requirements';
      continue;
    }
    const text = stripBullet(line);
    if (text) out[into].push(text);
  }
  return out;
}

/** Numbered lines of the content section become themes; the lines under them, their points. */
function themes(lines: string[]): PlanContent['themes'] {
  const out: PlanContent['themes'] = [];
  for (const line of lines) {
    const text = stripBullet(line);
    if (!text) continue;
    if (isHeading(line) || out.length === 0) out.push({ title: text.slice(0, 500), points: [] });
    else out[out.length - 1]!.points.push(text.slice(0, 2000));
  }
  return out;
}

export interface DraftFromDocument {
  kind: PlanKind;
  title: string;
  periodStart: string | null;
  periodEnd: string | null;
  content: PlanContent;
}

/**
 * `matchUnit` finds a unit of the tree by a name printed in the document (recipients, assignments),
 * so they link to real units where they can; unmatched ones stay as text.
 */
export function draftFromDocument(doc: PlanDocument, matchUnit: (name: string) => number | null): DraftFromDocument {
  const content = emptyContent();
  Object.assign(content, purposesAndRequirements(section(doc, /\b(muc dich|yeu cau)\b/)));
  content.themes = themes(section(doc, /\b(noi dung|chu de)\b/));
  content.phases = doc.phases.map((p, i) => ({
    label: (p.label ?? `Giai đoạn ${i + 1}`).slice(0, 200),
    start: fullDate(p.start),
    end: fullDate(p.end),
    anchor: null,
    tasks: p.text ? [p.text.slice(0, 2000)] : [],
  }));
  content.channels = doc.channels.filter((c): c is Channel => (CHANNELS as readonly string[]).includes(c)).map((code) => ({ code, note: '', target: null }));
  content.slogans = doc.slogans.map((s) => s.slice(0, 500));
  content.anniversaries = doc.anniversaries;
  content.assignments = doc.assignments.map((a) =>
    typeof a === 'string'
      ? { unitId: matchUnit(a), unitName: a.slice(0, 300), duties: [], due: null }
      : { unitId: matchUnit(a.unit), unitName: a.unit.slice(0, 300), duties: a.duties.map((d) => d.slice(0, 2000)), due: null },
  );
  content.recipients = doc.recipients
    .filter((r) => !/^luu\b/.test(foldForSearch(r)))
    .map((label) => ({ unitId: matchUnit(label), label: label.slice(0, 300), mustImplement: false }));
  content.externalBases = doc.bases.map((b) => ({
    serial: b.serial,
    symbol: b.symbol,
    date: fullDate(b.date),
    issuer: b.issuer ?? null,
    title: b.title ?? null,
    docKind: b.symbol ? (b.symbol.split(/[/-]/)[0] ?? null) : null,
  }));
  content.signer = doc.signer;
  const dates = doc.phases.flatMap((p) => [fullDate(p.start), fullDate(p.end)]).filter((d): d is string => !!d).sort();
  return {
    kind: doc.kind === 'HD' ? 'HD' : 'KH',
    title: doc.title.slice(0, 500) || 'Kế hoạch nhập từ tệp',
    periodStart: dates[0] ?? null,
    periodEnd: dates[dates.length - 1] ?? null,
    content,
  };
}

export interface FieldSpan {
  field: string;
  /** Character offsets in the source text. */
  start: number;
  end: number;
}

/**
 * Where each parsed value appears in the source text, for highlighting it beside the form. Values are
 * found by their text (NFC, whitespace-insensitive); a value the text does not contain is not marked.
 */
export function locateFields(text: string, doc: PlanDocument): FieldSpan[] {
  const spans: FieldSpan[] = [];
  const find = (field: string, value: string | null | undefined) => {
    const v = value?.trim();
    if (!v || v.length < 2) return;
    const pattern = v
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    const m = new RegExp(pattern, 'u').exec(text);
    if (m) spans.push({ field, start: m.index, end: m.index + m[0].length });
  };
  find('issuerParent', doc.issuerParent);
  find('issuer', doc.issuer);
  find('number', doc.symbol);
  find('place', doc.place);
  find('title', doc.title.split(/\s+/).slice(0, 8).join(' '));
  for (const s of doc.sections) find('sections', s);
  for (const s of doc.slogans) find('slogans', s.slice(0, 80));
  for (const r of doc.recipients) find('recipients', r);
  for (const a of doc.anniversaries) find('anniversaries', a.title.slice(0, 60));
  find('signer', doc.signer?.name);
  find('signer', doc.signer?.authority);
  return spans.sort((a, b) => a.start - b.start);
}

/** Fields a person should check: empty where a plan normally has them. */
export function uncertainFields(doc: PlanDocument): string[] {
  const out: string[] = [];
  if (!doc.issuer) out.push('issuer');
  if (doc.serial === null) out.push('serial');
  if (!doc.date || doc.date.length < 10) out.push('date');
  if (!doc.title) out.push('title');
  if (doc.sections.length === 0) out.push('sections');
  if (!doc.signer?.name) out.push('signer');
  if (doc.recipients.length === 0) out.push('recipients');
  if (doc.phases.length === 0) out.push('phases');
  return out;
}
