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

const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** Folds for matching without moving characters: `fold(s).length === s.length`. */
export function fold(text: string): string {
  // Rules fold the same short texts again and again (a line's first cell, a fragment): remember them.
  if (text.length > 300) return foldNow(text);
  const known = cache.get(text);
  if (known !== undefined) return known;
  const folded = foldNow(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, folded);
  return folded;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = LITTLE_ENDIAN ? new TextDecoder('utf-16le') : null;

function foldNow(text: string): string {
  const table = (foldTable ??= buildFoldTable());
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code < TABLE_SIZE ? (table[code] ?? code) : code;
  }
  if (utf16) return utf16.decode(codes);
  let out = '';
  for (let i = 0; i < codes.length; i++) out += String.fromCharCode(codes[i] ?? 0);
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
  // Most lines carry no mark at all.
  if (!/[*_#<&\\>~]/.test(line)) return line;
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
  // The "*" under the issuer's name stands alone on its line: it is text, not emphasis.
  if (/^\s*\*{1,3}\s*$/.test(s)) return s.trim();
  // A Markdown list item "* …" is a dash item; "*⇥⇥TP. Lai Châu, ngày …" is the header's star.
  if (!/\t| {3}/.test(s)) s = s.replace(/^(\s{0,3})\* (?=\S)/, '$1- ');
  // Escaped characters ("1\." "\-" "\*") are kept aside while emphasis marks are removed.
  const escaped: string[] = [];
  s = s.replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, (_, ch: string) => `\uE000${escaped.push(ch) - 1}\uE001`);
  // Emphasis: **x**, __x__, *x*, _x_ (underscores only at word edges so snake_case survives).
  s = s.replace(/\*{1,3}/g, '');
  s = s.replace(/(^|[\s(“"'])_{1,3}(?=\S)/g, '$1').replace(/(\S)_{1,3}(?=$|[\s).,;:!?”"'])/g, '$1');
  s = s.replace(/~~/g, '');
  if (escaped.length) s = s.replace(/\uE000(\d+)\uE001/g, (_, i: string) => escaped[Number(i)] ?? '');
  return s;
}

/**
 * `text` without its trailing run of characters matching `one` (a one-character class): a loop
 * from the end, where `/[…]+$/` would try every start of every run and take quadratic time on a
 * long run that does not reach the end.
 */
export function trimEndWhile(text: string, one: RegExp): string {
  let end = text.length;
  while (end > 0 && one.test(text.charAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
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
  return trimEndWhile(text, /[\s.,;:/…]/u).trim();
}

/** Upper-cases the first letter (a unit named mid-sentence, "các chi bộ" → "Các chi bộ"). */
export function capitaliseFirst(text: string): string {
  const first = text.charAt(0);
  return first ? first.toUpperCase() + text.slice(1) : text;
}

/** Removes surrounding quotes of any style. */
export function stripQuotes(text: string): string {
  return trimEndWhile(text.replace(/^[\s“”"'‘’«»]+/u, ''), /[\s“”"'‘’«»]/u);
}

/** "…", "....", "___", "- - -": a blank meant to be filled in by hand. */
export function isPlaceholder(text: string): boolean {
  return /^[\s.…_\-–x*]*$/iu.test(text);
}
