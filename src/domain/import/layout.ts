/**
 * The parts of a document, in the order Vietnamese administrative writing prints them:
 * header · type name and title · preamble (Căn cứ…) · sections · closing (Nơi nhận, signature) ·
 * appendices (report forms attached after the signature). Each field rule reads only its part.
 */
import type { Line } from './lines.ts';
import { isHeaderLine, isMottoLine } from './header.ts';
import { isRecipientsHeading } from './recipients.ts';
import { findSections, type SectionMark } from './sections.ts';
import { isAuthorityLine, isPersonName, isPositionText, isSignatureNote } from './signer.ts';
import { collectTitle, findTypeHeading, readTypeHeading, type Title, type TypeHeading } from './title.ts';
import { isUpperText } from './text.ts';

export interface Layout {
  typeHeading: TypeHeading | null;
  /** Header: lines [0, headerEnd). */
  headerEnd: number;
  title: Title | null;
  /** Preamble: [contentStart, preambleEnd). */
  contentStart: number;
  preambleEnd: number;
  sections: SectionMark[];
  /** Body (sections): [preambleEnd, bodyEnd). */
  bodyEnd: number;
  /** Closing (recipients, signature): [bodyEnd, closingEnd). Appendices: [closingEnd, end). */
  closingEnd: number;
}

const PREAMBLE_LINE = /^(?:can cu|thuc hien|trien khai thuc hien|theo|huong ung|tren co so|chap hanh)\b/u;
const APPENDIX_START = /^(?:mau(?:\s+so)?\b|phu luc\b|bieu(?:\s+mau|\s+so)?\b|danh muc\b)/u;

function isClosingStart(line: Line): boolean {
  const first = line.columns[0] ?? line.text;
  if (isRecipientsHeading(first) || isRecipientsHeading(line.text)) return true;
  // "T/M", "K/T", "TM.", "KT."… open a signature whatever the case of what follows; a bare "TM " only
  // in capitals.
  if (line.text.length < 90 && isAuthorityLine(first) && (isUpperText(first) || /^(?:[TK]\s*\/\s*[MTLU]|TM\.|KT\.|TL\.|TUQ\.)/u.test(first))) return true;
  return isSignatureNote(line.text) && line.text.length < 40;
}

function isAppendixStart(line: Line, afterClosing: boolean): boolean {
  if (isMottoLine(line.key) && line.text.length < 160) return true;
  if (APPENDIX_START.test(line.key) && line.text.length < 120 && (isUpperText(line.text) || /\d|[IVX]/.test(line.text.slice(0, 14)))) {
    return true;
  }
  return afterClosing && readTypeHeading(line) !== null;
}

/** Steps back over a form's own header lines ("UBND …", "Phòng/đv…") above its motto line. */
function formHeaderStart(lines: readonly Line[], at: number, floor: number): number {
  let start = at;
  for (let k = 1; k <= 2 && at - k > floor; k++) {
    const prev = lines[at - k];
    if (!prev || isPersonName(prev.text) || isPositionText(prev.text) || isAuthorityLine(prev.text)) break;
    const headerish = (isUpperText(prev.text.replace(/[.…_/]+/g, ' ')) || /[.…_]{3,}/.test(prev.text)) && prev.text.length < 80;
    if (!headerish) break;
    start = at - k;
  }
  return start;
}

function isSignatureLine(line: Line): boolean {
  return isAuthorityLine(line.text) || isPositionText(line.text) || isSignatureNote(line.text) || isPersonName(line.text);
}

export function layoutOf(lines: readonly Line[]): Layout {
  const n = lines.length;
  const typeHeading = findTypeHeading(lines);
  let headerEnd = 0;
  let title: Title | null = null;
  let contentStart = 0;
  if (typeHeading) {
    headerEnd = typeHeading.index;
    title = collectTitle(lines, typeHeading);
    contentStart = title.end;
  } else {
    while (headerEnd < n && headerEnd < 15 && isHeaderLine(lines[headerEnd] as Line)) headerEnd++;
    contentStart = headerEnd;
  }

  // "Kính gửi: …" (the addressees of a letter or report) comes before the preamble.
  if (contentStart < n && /^kinh gui\b/u.test((lines[contentStart] as Line).key)) {
    contentStart++;
    while (contentStart < n && /^\s*[-–+•]/.test((lines[contentStart] as Line).text)) contentStart++;
  }

  // Closing: the first "Nơi nhận", signing authority or signature note after the content begins.
  let closingStart = -1;
  for (let i = contentStart; i < n; i++) {
    if (isClosingStart(lines[i] as Line)) {
      closingStart = i;
      break;
    }
  }
  // Appendices: a second document (a report form) after the plan.
  let appendixStart = n;
  const searchFrom = closingStart >= 0 ? closingStart + 1 : contentStart + 1;
  for (let i = searchFrom; i < n; i++) {
    if (isAppendixStart(lines[i] as Line, closingStart >= 0)) {
      appendixStart = formHeaderStart(lines, i, closingStart >= 0 ? closingStart : contentStart);
      break;
    }
  }
  let bodyEnd = closingStart >= 0 && closingStart < appendixStart ? closingStart : appendixStart;
  if (closingStart < 0 || closingStart > appendixStart) {
    // No "Nơi nhận" and no authority: a bare name (and position) may still close the body.
    let k = bodyEnd;
    while (k > contentStart && bodyEnd - k < 4 && isSignatureLine(lines[k - 1] as Line)) k--;
    bodyEnd = k;
  }
  const sections = findSections(lines, contentStart, bodyEnd);
  let preambleEnd = sections[0]?.index ?? contentStart;
  if (!sections.length) {
    while (preambleEnd < bodyEnd && PREAMBLE_LINE.test((lines[preambleEnd] as Line).key)) preambleEnd++;
  }
  return {
    typeHeading,
    headerEnd,
    title,
    contentStart,
    preambleEnd,
    sections,
    bodyEnd,
    closingEnd: appendixStart,
  };
}
