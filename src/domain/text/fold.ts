/**
 * Vietnamese text handling. Stored text is NFC; search compares folded keys, so "hòa", "hoà",
 * "HOA" and "hoa" meet, as do "Ủy"/"Uỷ"/"uy" and "Đ"/"d". What a user typed is never rewritten.
 */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Characters that show nothing: zero-width spaces and joiners (U+200B–U+200D), the word joiner (U+2060),
 * the byte-order mark (U+FEFF), soft hyphens, direction marks and overrides, variation selectors, Hangul
 * fillers, tags — every format character (Cf) and default-ignorable code point — plus control characters
 * other than white space, and the blank Braille pattern (U+2800).
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u2800]/gu;
/** White space, with the next-line control U+0085 that `\s` leaves out. */
const SPACE = /[\s\u0085]+/g;

/**
 * Drops invisible characters, collapses white space, trims and normalises to NFC: how every name is
 * stored. A name made only of invisible characters comes out empty, which callers refuse.
 */
export function cleanName(text: string): string {
  return nfc(text.replace(INVISIBLE, '')).replace(SPACE, ' ').trim();
}

/** The search key: NFD, combining marks dropped, đ→d, lower case, single spaces. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Escapes LIKE wildcards so user input matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
