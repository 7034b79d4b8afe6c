/**
 * Top-level sections: "I. MỤC ĐÍCH, YÊU CẦU", "II- Nội dung", "Phần III: …". Roman numerals in
 * sequence make the top level; a document without them may use capital letters (A., B.) or
 * numbered headings in capitals (1. MỤC ĐÍCH, YÊU CẦU).
 */
import type { Line } from './lines.ts';
import { isUpperText, squash, trimEndWhile } from './text.ts';

export interface SectionMark {
  index: number;
  /** The numeral as printed: "I", "B", "3". */
  numeral: string;
  /** The heading without its numeral and trailing colon. */
  heading: string;
  /** Text written on the heading line after a colon ("I. MỤC ĐÍCH: Nhằm …"). */
  inline: string;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

export function romanValue(numeral: string): number | null {
  const s = numeral.toUpperCase();
  if (!/^(X{0,3})(IX|IV|V?I{0,3})$/.test(s) || !s) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[s.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const ROMAN_HEADING = /^(?:(?:PHẦN|Phần|phần)\s+(?:thứ\s+)?)?([IVX]{1,5})(\s*[.\-–—):/]+\s*|\s+)(.+)$/u;
const LETTER_HEADING = /^([A-H])\s*[.\-–)]\s*(.+)$/u;
const NUMBER_HEADING = /^(\d{1,2})\s*[.\-–)]\s*(.+)$/u;

interface Candidate {
  numeral: string;
  value: number;
  rest: string;
}

function splitInline(rest: string): { heading: string; inline: string } {
  const cleaned = squash(rest);
  const colon = cleaned.indexOf(':');
  if (colon > 0 && colon < cleaned.length - 1) {
    const head = cleaned.slice(0, colon).trim();
    if (isUpperText(head) || head.length < 60) return { heading: head, inline: cleaned.slice(colon + 1).trim() };
  }
  return { heading: trimEndWhile(cleaned, /[\s:.;]/u).trim(), inline: '' };
}

function romanCandidate(line: Line): Candidate | null {
  if (/^v\/v/i.test(line.text)) return null;
  const m = ROMAN_HEADING.exec(line.text);
  if (!m) return null;
  const value = romanValue(m[1] ?? '');
  const rest = (m[3] ?? '').trim();
  if (value == null || !rest || !/^[\p{L}"“(]/u.test(rest)) return null;
  // Without a separator ("II NỘI DUNG") only a heading in capitals counts.
  if (!/[.\-–—):/]/.test(m[2] ?? '') && !isUpperText(rest)) return null;
  // A heading is a short line, or at least its part before a colon is.
  if (rest.length > 220 && !/^[^:]{1,120}:/.test(rest)) return null;
  return { numeral: (m[1] ?? '').toUpperCase(), value, rest };
}

function letterCandidate(line: Line): Candidate | null {
  const m = LETTER_HEADING.exec(line.text);
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  const head = rest.split(':')[0] ?? rest;
  if (!isUpperText(head) || rest.length > 220) return null;
  return { numeral: m[1] ?? '', value: (m[1] ?? 'A').charCodeAt(0) - 64, rest };
}

function numberCandidate(line: Line): Candidate | null {
  const m = NUMBER_HEADING.exec(line.text);
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  const head = rest.split(':')[0] ?? rest;
  if (!isUpperText(head) || head.length > 160) return null;
  return { numeral: m[1] ?? '', value: Number(m[1]), rest };
}

/** True when the line looks like a Roman-numbered heading (used to stop the title and preamble). */
export function isSectionHeading(line: Line): boolean {
  return romanCandidate(line) !== null;
}

function sequence(lines: readonly Line[], from: number, to: number, read: (l: Line) => Candidate | null): SectionMark[] {
  const marks: SectionMark[] = [];
  let expected = 1;
  const end = Math.min(to, lines.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const line = lines[i];
    if (!line) continue;
    const c = read(line);
    if (!c || c.value !== expected) continue;
    const { heading, inline } = splitInline(c.rest);
    marks.push({ index: i, numeral: c.numeral, heading, inline });
    expected++;
  }
  return marks;
}

/**
 * The top-level sections between `from` and `to`: Roman numerals when there are at least two in
 * sequence, else capital letters, else numbered headings in capitals.
 */
export function findSections(lines: readonly Line[], from: number, to: number): SectionMark[] {
  const roman = sequence(lines, from, to, romanCandidate);
  if (roman.length >= 2) return roman;
  const letters = sequence(lines, from, to, letterCandidate);
  if (letters.length >= 2) return letters;
  const numbers = sequence(lines, from, to, numberCandidate);
  if (numbers.length >= 2) return numbers;
  return roman;
}
