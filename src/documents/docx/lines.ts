/**
 * How a line of a section is printed: a numbered point ("1. Mục đích") or sub-point ("1.1 - …") is
 * a heading when it is short; everything else is a paragraph. Emphasis the text carries as
 * Markdown (`*nghiêng*`, `**đậm**`), as parsed documents often do, is kept as emphasis.
 */

export type LineKind = 'point' | 'subPoint' | 'paragraph';

const POINT = /^\d{1,2}\s*[.)]\s*\S/u;
const SUB_POINT = /^\d{1,2}\.\d{1,2}\.?\s*[-–.:)]?\s*\S/u;

export function lineKind(line: string, headingMaxChars: number): LineKind {
  const text = plainText(line).trim();
  if (text.length > headingMaxChars || /[;,]$/u.test(text)) return 'paragraph';
  if (SUB_POINT.test(text)) return 'subPoint';
  if (POINT.test(text)) return 'point';
  return 'paragraph';
}

export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

const EMPHASIS = /\*\*(\S(?:.*?\S)?)\*\*|\*(\S(?:.*?\S)?)\*/gu;

/** The line cut into spans of plain, bold and italic text; the markers themselves dropped. */
export function spansOf(line: string): Span[] {
  const spans: Span[] = [];
  let at = 0;
  for (const m of line.matchAll(EMPHASIS)) {
    const index = m.index;
    if (index > at) spans.push({ text: line.slice(at, index) });
    if (m[1] !== undefined) spans.push({ text: m[1], bold: true });
    else if (m[2] !== undefined) spans.push({ text: m[2], italic: true });
    at = index + m[0].length;
  }
  if (at < line.length) spans.push({ text: line.slice(at) });
  return spans.length ? spans : [{ text: '' }];
}

export function plainText(line: string): string {
  return spansOf(line)
    .map((s) => s.text)
    .join('');
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → "I", 4 → "IV", 14 → "XIV". */
export function romanNumeral(n: number): string {
  let rest = Math.max(1, Math.floor(n));
  let out = '';
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
