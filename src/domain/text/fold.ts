/**
 * Vietnamese text handling. Stored text is NFC; search compares folded keys, so "hòa", "hoà",
 * "HOA" and "hoa" meet, as do "Ủy"/"Uỷ"/"uy" and "Đ"/"d". What a user typed is never rewritten.
 */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Trims, collapses inner white space and normalises to NFC: how every name is stored. */
export function cleanName(text: string): string {
  return nfc(text).replace(/\s+/g, ' ').trim();
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
