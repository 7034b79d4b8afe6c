/**
 * Text → PlanDocument. Pure: no I/O; never throws — a rule that fails on odd input leaves its field
 * empty and says so in `warnings`, so a document always comes back whole and valid.
 */
import type { BaseRef, PlanDocument, Signer } from '../plans/document.ts';
import { readAnniversaries } from './anniversaries.ts';
import { implementationLines, readAssignments, type Assignment } from './assignments.ts';
import { readBases } from './bases.ts';
import { readChannels } from './channels.ts';
import { compareDates, type PartialDate } from './dates.ts';
import { readHeader, type Header } from './header.ts';
import { issuerFromClosing, issuerFromOpening } from './issuer.ts';
import { layoutOf, type Layout } from './layout.ts';
import { lineOf, toLines, type Line } from './lines.ts';
import { parseNumberLine } from './number.ts';
import { readPhases } from './phases.ts';
import { isPlaceDateLine, parsePlaceDate } from './place-date.ts';
import { readRecipients } from './recipients.ts';
import { readReportTemplates } from './report-templates.ts';
import { readSigner } from './signer.ts';
import { readSlogans } from './slogans.ts';
import { fold } from './text.ts';

export interface ParseOptions {
  /** Notes from reading the file (the encoding detected and converted…), kept in `warnings`. */
  notes?: readonly string[];
}

/** What the parser saw, for deciding whether the text is a plan at all. */
export interface Evidence {
  typeHeading: boolean;
  numberLine: boolean;
  nationalHeader: boolean;
  sections: number;
  bases: number;
  recipients: number;
  signer: boolean;
  letters: number;
}

export interface ParseResult {
  plan: PlanDocument;
  evidence: Evidence;
}

function safely<T>(warnings: string[], field: string, fallback: T, read: () => T): T {
  try {
    return read();
  } catch (err) {
    warnings.push(`${field}: not read (${err instanceof Error ? err.message : String(err)})`);
    return fallback;
  }
}

const lineText = (l: Line) => (l.cells ? l.cells.join('\t') : l.text);
const between = (lines: readonly Line[], from: number, to: number) => lines.slice(Math.max(0, from), Math.max(0, to));

/** The closing part cut into fragments: a two-column line gives its left cell, then its right. */
function closingFragments(lines: readonly Line[]): string[] {
  return lines.flatMap((l) => (l.columns.length > 1 ? l.columns : [l.text]));
}

/** The earliest date the plan can bear: its own date, else the latest of its bases. */
function earliestIssueDate(date: PartialDate | null, bases: readonly BaseRef[]): PartialDate | null {
  if (date && date.length === 10) return date;
  let latest: PartialDate | null = null;
  for (const b of bases) if (b.date && b.date.length === 10 && (!latest || compareDates(b.date, latest) > 0)) latest = b.date;
  return latest;
}

function numberOutsideHeader(lines: readonly Line[], layout: Layout, header: Header): Header['number'] {
  if (header.number) return header.number;
  const end = Math.min(lines.length, Math.max(layout.contentStart, 3) + 2, 40);
  for (const line of lines.slice(0, end)) {
    for (const column of line.columns) {
      const n = parseNumberLine(column);
      if (n && (n.symbol || n.serial !== null)) return n;
    }
  }
  return null;
}

function placeDateOutsideHeader(lines: readonly Line[], layout: Layout, header: Header): Header['placeDate'] {
  if (header.placeDate) return header.placeDate;
  const end = Math.min(lines.length, layout.contentStart + 3, 40);
  for (const line of lines.slice(0, end)) {
    for (const column of line.columns) if (isPlaceDateLine(column)) return parsePlaceDate(column);
  }
  return null;
}

function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII letters, and the Latin letters of Vietnamese (U+00C0–U+1EF9) save the signs among them.
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x1ef9 && c !== 0xd7 && c !== 0xf7)) n++;
  }
  return n;
}

/** Parses a document's text. */
export function parsePlanDetailed(text: string, options: ParseOptions = {}): ParseResult {
  const warnings: string[] = [...(options.notes ?? [])];
  const lines = safely(warnings, 'lines', [] as Line[], () => toLines(text));
  const layout = safely<Layout>(warnings, 'layout', emptyLayout(lines.length), () => layoutOf(lines));
  const header = safely<Header>(warnings, 'header', emptyHeader(), () => readHeader(between(lines, 0, layout.headerEnd)));
  const number = safely(warnings, 'number', null, () => numberOutsideHeader(lines, layout, header));
  const placeDate = safely(warnings, 'place and date', null, () => placeDateOutsideHeader(lines, layout, header));

  const preamble = between(lines, layout.contentStart, layout.preambleEnd);
  const body = between(lines, layout.preambleEnd, layout.bodyEnd);
  const closing = between(lines, layout.bodyEnd, layout.closingEnd);
  const appendix = between(lines, layout.closingEnd, lines.length);
  const title = layout.title?.text || header.subject || '';
  const titleLines = title ? [lineOf(title, -1)] : [];

  const kind = layout.typeHeading?.kind ?? number?.kind ?? (header.subject ? 'CV' : 'KH');
  if (!layout.typeHeading) warnings.push(number?.kind ? `type name not found; kind ${kind} read from the symbol` : `type name not found; kind ${kind} assumed`);

  const issuer = safely(warnings, 'issuer', null, () => {
    if (header.issuer) return header.issuer;
    return issuerFromOpening([...preamble, ...body.slice(0, 3)]) ?? issuerFromClosing(lines.slice(layout.preambleEnd, layout.closingEnd));
  });

  const bases = safely(warnings, 'bases', [] as BaseRef[], () => {
    const found = readBases(preamble);
    if (found.length || !layout.sections[0] || !/can cu|co so/u.test(fold(layout.sections[0].heading))) return found;
    const first = layout.sections[0];
    return readBases(between(lines, first.index + 1, layout.sections[1]?.index ?? layout.bodyEnd));
  });

  const sectionBodies = layout.sections.map((s, i) => {
    const next = layout.sections[i + 1]?.index ?? layout.bodyEnd;
    const texts = between(lines, s.index + 1, next).map(lineText);
    return { heading: s.heading, lines: s.inline ? [s.inline, ...texts] : texts };
  });

  const phases = safely(warnings, 'phases', [], () => readPhases(body));
  const slogans = safely(warnings, 'slogans', [] as string[], () => readSlogans(body));
  const anniversaries = safely(warnings, 'anniversaries', [], () =>
    readAnniversaries([...titleLines, ...preamble, ...body], earliestIssueDate(placeDate?.date ?? null, bases)),
  );
  const channels = safely(warnings, 'channels', [] as string[], () => readChannels([...titleLines, ...body, ...appendix]));
  const assignments = safely(warnings, 'assignments', [] as Assignment[], () =>
    readAssignments(implementationLines(body, layout.sections, layout.bodyEnd)),
  );
  const { recipients, rest } = safely(warnings, 'recipients', { recipients: [] as string[], rest: [] as string[] }, () =>
    readRecipients(closingFragments(closing)),
  );
  const signer = safely<Signer>(warnings, 'signer', { authority: null, position: null, name: null }, () => readSigner(rest));
  const reportTemplates = safely(warnings, 'report templates', [], () => readReportTemplates(appendix));

  if (!layout.sections.length) warnings.push('no numbered sections (I, II, III…) found');
  if (!placeDate?.date) warnings.push('date of issue not filled in or not found');
  if (!issuer) warnings.push('issuing body not found');

  const plan: PlanDocument = {
    kind,
    serial: number?.serial ?? null,
    symbol: number?.symbol ?? null,
    issuer,
    issuerParent: header.issuerParent,
    place: placeDate?.place ?? null,
    date: placeDate?.date ?? null,
    title,
    sections: layout.sections.map((s) => s.heading),
    bases,
    phases,
    slogans,
    anniversaries,
    channels,
    assignments,
    recipients,
    signer,
    reportTemplates,
    preamble: preamble.map(lineText),
    body: sectionBodies,
    warnings,
  };
  if (header.format) plan.format = header.format;
  const letters = countLetters(text);
  return {
    plan,
    evidence: {
      typeHeading: layout.typeHeading !== null,
      numberLine: number !== null && (number.symbol !== null || number.serial !== null),
      nationalHeader: header.format !== null,
      sections: layout.sections.length,
      bases: bases.length,
      recipients: recipients.length,
      signer: Boolean(signer.name || signer.authority),
      letters,
    },
  };
}

/** Parses a document's text into a plan (see `parsePlanDetailed` for what was seen). */
export function parsePlan(text: string, options: ParseOptions = {}): PlanDocument {
  return parsePlanDetailed(text, options).plan;
}

function emptyLayout(n: number): Layout {
  return { typeHeading: null, headerEnd: 0, title: null, contentStart: 0, preambleEnd: 0, sections: [], bodyEnd: n, closingEnd: n };
}

function emptyHeader(): Header {
  return { format: null, issuer: null, issuerParent: null, number: null, placeDate: null, subject: null };
}
