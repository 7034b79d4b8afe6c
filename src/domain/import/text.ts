/**
 * Text helpers for the import parser. Matching runs on a *folded* copy of each line that keeps every
 * character at its position (lower case, diacritics dropped, đ→d), so a rule written once as
 * `/\bke hoach\b/` meets "Kế hoạch", "KẾ HOẠCH", "Kê hoach" alike, and a match's offsets still point
 * into the text as written.
 */
import { foldForSearch, nfc } from '../text/fold.ts';

const TABLE_SIZE = 0x2000;
let foldTable: Uint16Array | null = null;

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    const ch = String.fromCharCode(code);
    const folded = foldForSearch(ch);
    if (folded.length === 1) table[code] = folded.charCodeAt(0);
    else if (/\s/u.test(ch)) table[code] = 0x20;
    else {
      const lower = ch.toLowerCase();
      table[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
    }
  }
  return table;
}

/** Folds for matching without moving characters: `fold(s).length === s.length`. */
export function fold(text: string): string {
  const table = (foldTable ??= buildFoldTable());
  const codes = new Uint16Array(text.length);
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mapped = code < TABLE_SIZE ? (table[code] ?? code) : code;
    if (mapped !== code) changed = true;
    codes[i] = mapped;
  }
  if (!changed) return text;
  let out = '';
  // String.fromCharCode takes a bounded number of arguments: convert in chunks.
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.subarray(i, i + 4096));
  return out;
}

/** The folded key used to compare two names (spacing and punctuation ignored). */
export function nameKey(text: string): string {
  return foldForSearch(text);
}

export { nfc };

/** Invisible or odd characters Word and web pages leave behind. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** NFC, unified line ends, no invisible characters, non-breaking spaces as spaces. */
export function normaliseDocumentText(text: string): string {
  return nfc(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\u0085\f\v]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/[\u00A0\u2007\u202F\u3000]/g, ' ');
}

/** Removes Markdown / HTML emphasis marks and escapes from one line; keeps the words. */
export function stripMarkup(line: string): string {
  let s = line;
  if (s.includes('<')) s = s.replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  if (s.includes('&')) {
    s = s
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  }
  s = s.replace(/^\s{0,3}#{1,6}\s+/, '');
  s = s.replace(/^\s*>\s?/, '');
  // Escaped markdown characters ("1\." "\-" "\*").
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, '$1');
  // Emphasis: **x**, __x__, *x*, _x_ (underscores only at word edges so snake_case survives).
  s = s.replace(/\*{1,3}/g, '');
  s = s.replace(/(^|[\s(“"'])_{1,3}(?=\S)/g, '$1').replace(/(\S)_{1,3}(?=$|[\s).,;:!?”"'])/g, '$1');
  s = s.replace(/~~/g, '');
  return s;
}

/** Collapses runs of spaces and trims. */
export function squash(text: string): string {
  return text.replace(/[ \t]+/g, ' ').trim();
}

/** True when the letters of `text` are upper case (at least two letters, none lower case). */
export function isUpperText(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) continue;
    if (ch === lower) return false;
    letters++;
  }
  return letters >= 2;
}

/** Strips a trailing run of punctuation such as ";", ",", ".", "./.", ":". */
export function trimTrailingPunctuation(text: string): string {
  return text.replace(/[\s.,;:/…]+$/u, '').trim();
}

/** Upper-cases the first letter (a unit named mid-sentence, "các chi bộ" → "Các chi bộ"). */
export function capitaliseFirst(text: string): string {
  const first = text.charAt(0);
  return first ? first.toUpperCase() + text.slice(1) : text;
}

/** Removes surrounding quotes of any style. */
export function stripQuotes(text: string): string {
  return text.replace(/^[\s“”"'‘’«»]+/u, '').replace(/[\s“”"'‘’«»]+$/u, '');
}

/** "…", "....", "___", "- - -": a blank meant to be filled in by hand. */
export function isPlaceholder(text: string): boolean {
  return /^[\s.…_\-–x*]*$/iu.test(text);
}
