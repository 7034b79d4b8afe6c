/**
 * A document as lines. Plans arrive as plain text, Markdown, or text drawn out of a .docx (see
 * `src/documents/import`): one paragraph per line, table rows as tab-separated cells, bold as `**`.
 * Every rule of the parser reads these lines, never the raw input.
 */
import { fold, normaliseDocumentText, squash, stripMarkup, trimEndWhile } from './text.ts';

export interface Line {
  /** Position in the document's list of lines. */
  index: number;
  /** As written (NFC), Markdown and HTML marks removed, tabs kept. */
  raw: string;
  /** Single-spaced text. */
  text: string;
  /** `text` folded for matching: same length, lower case, no diacritics, đ→d. */
  key: string;
  /** Cells when the line is a table row (tab- or pipe-separated), else null. */
  cells: string[] | null;
  /** Layout columns: segments split at tabs or wide runs of spaces (two-column headers). */
  columns: string[];
  /** Markdown heading level (`## …`), 0 when none. */
  heading: number;
  /** The whole line is emphasised: bold, italic or a Markdown heading. */
  emphasised: boolean;
  /** A blank line came right before this one. */
  blankBefore: boolean;
}

/** A Markdown table's rule row ("|---|:--:|"), tested on the trimmed line: blanks around it would make two runs of `\s*` meet and the test quadratic. */
const PIPE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

function isEmphasised(raw: string, heading: number): boolean {
  if (heading > 0) return true;
  const t = raw.trim().replace(/^[-+•]\s+/, '');
  if (/^(\*\*|__).+(\*\*|__)[.:;]?$/u.test(t)) return true;
  if (/^\*[^*].*[^*]\*[.:;]?$/u.test(t)) return true;
  if (/^<(b|strong|em|i)>.*<\/(b|strong|em|i)>$/iu.test(t)) return true;
  return false;
}

function splitPipeRow(raw: string): string[] {
  const inner = raw.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimTrailingEmpty(inner.split('|').map((c) => squash(stripMarkup(c))));
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/**
 * A paragraph hard-wrapped by the tool that made the text ("… Ngày sinh Chủ" / "tịch Hồ Chí Minh …"):
 * the next line starts in lower case and the previous one is a long line with no end punctuation.
 * `prevEnd` is the previous line's text, or for a paragraph already joined, the text of its last
 * part (its end is the paragraph's end: a part starts with a letter, so the closers stripped below
 * never reach back into the part before).
 */
function continuesParagraph(prev: Line, prevEnd: string, joined: boolean, text: string, cells: string[] | null): boolean {
  if (cells || prev.cells || prev.heading > 0) return false;
  if (!/^[\p{Ll}]/u.test(text) || /^v\/v\b/iu.test(text)) return false;
  // "a) …", "b. …", "ii) …": a list item, not the rest of a sentence.
  if (/^(?:[a-zđ]|[ivx]{1,4})[.)]\s/u.test(text)) return false;
  const end = trimEndWhile(prevEnd, CLOSERS);
  return (joined || prev.text.length >= 40) && !/[.!?:;]$/.test(end);
}

/** Quotes, brackets, stars and blanks that may close a sentence after its full stop. */
const CLOSERS = /[*”"’»)\]\s]/u;

const BR = /<br\s*\/?>/giu;

/**
 * Markdown made from Word (pandoc, web editors) writes a two-cell header or signature as one table
 * row with "<br>" between the cell's lines: read such a row cell after cell, each line on its own.
 * A line outside a table with "<br>" is several lines.
 */
function expandLayoutRows(sources: string[]): string[] {
  const out: string[] = [];
  for (const source of sources) {
    if (!BR.test(source)) {
      out.push(source);
      continue;
    }
    BR.lastIndex = 0;
    const t = source.trim();
    if (t.startsWith('|') && t.endsWith('|')) {
      for (const cell of t.slice(1, -1).split('|')) {
        out.push('');
        for (const part of cell.split(BR)) out.push(part);
      }
    } else for (const part of source.split(BR)) out.push(part);
  }
  return out;
}

/** Layout columns of a line: cut at tabs and wide gaps, not at blanks left to fill in. */
function columnsOf(raw: string): string[] {
  return (
    raw
      // "Số      -KH/ĐU", "ngày      tháng      năm 2025": blanks to fill in, not column gaps.
      .replace(/((?:^|\s)(?:số|Số|SỐ):?|ngày|tháng|năm|NGÀY|THÁNG|NĂM)[ \t]{2,}(?=[\d.…_/\-–\p{L}])/gu, '$1 ')
      .split(/\t+| {3,}/)
      .map((c) => squash(c))
      .filter((c) => c.length > 0)
  );
}

/** Splits a document into lines; blank lines are dropped and remembered on the next line. */
export function toLines(input: string): Line[] {
  const text = normaliseDocumentText(input);
  const out: Line[] = [];
  let blankBefore = false;
  /** The raw parts of the paragraph being joined onto the last line, and the text of its last part. */
  let joinedParts: string[] | null = null;
  let joinedTail = '';
  const flushJoined = () => {
    if (!joinedParts) return;
    const prev = out[out.length - 1] as Line;
    const joinedRaw = joinedParts.join(' ');
    const joined = squash(joinedRaw);
    out[out.length - 1] = { ...prev, raw: joinedRaw, text: joined, key: fold(joined), columns: [joined] };
    joinedParts = null;
  };
  for (const source of expandLayoutRows(text.split('\n'))) {
    const trimmed = source.trim();
    if (!trimmed || (trimmed.includes('--') && PIPE_SEPARATOR.test(trimmed))) {
      blankBefore = true;
      continue;
    }
    const headingMatch = /^\s{0,3}(#{1,6})\s/.exec(source);
    const heading = headingMatch?.[1]?.length ?? 0;
    const emphasised = isEmphasised(source.replace(/^\s{0,3}#{1,6}\s+/, ''), heading);
    let cells: string[] | null = null;
    if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 2) {
      cells = splitPipeRow(trimmed);
    }
    const unmarked = cells ? cells.join('\t') : stripMarkup(source);
    const raw = trimEndWhile(unmarked, /\s/);
    if (!cells && unmarked.includes('\t')) {
      // An empty first cell is kept: table rows line up by position (STT, label, figures).
      const parts = trimTrailingEmpty(unmarked.split('\t').map((c) => squash(c)));
      // A row of a table goes on even when only its first cell is filled in ("01 ⇥ ⇥").
      if (parts.filter((c) => c).length >= 2 || (out[out.length - 1]?.cells && parts.length >= 1 && !blankBefore)) cells = parts;
    }
    const lineText = squash(raw);
    if (!lineText || /^[|\s]*$/.test(lineText)) {
      blankBefore = true;
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && continuesParagraph(prev, joinedParts ? joinedTail : prev.text, joinedParts !== null, lineText, cells)) {
      // The parts are joined once the paragraph ends: joining at each part would copy, squash and
      // fold the whole paragraph again for every line of it.
      (joinedParts ??= [prev.raw]).push(raw.trim());
      joinedTail = lineText;
      blankBefore = false;
      continue;
    }
    flushJoined();
    const columns = /\t| {3}/.test(raw) ? columnsOf(raw) : [lineText];
    out.push({
      index: out.length,
      raw,
      text: lineText,
      key: fold(lineText),
      cells,
      columns: columns.length ? columns : [lineText],
      heading,
      emphasised,
      blankBefore,
    });
    blankBefore = false;
  }
  flushJoined();
  return out;
}

/** Builds a line from a piece of text (a column of a two-column line, a part of a joined header). */
export function lineOf(text: string, index: number): Line {
  const t = squash(text);
  return {
    index,
    raw: t,
    text: t,
    key: fold(t),
    cells: null,
    columns: [t],
    heading: 0,
    emphasised: false,
    blankBefore: false,
  };
}
