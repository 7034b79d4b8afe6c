/**
 * Number and symbol (số và ký hiệu). Party documents write "Số 10-KH/ĐUK": serial 10, then the kind
 * and the issuer's abbreviation after the dash. State documents (Nghị định 30/2020/NĐ-CP) write
 * "Số: 15/KH-UBND": the kind comes after the slash and before the dash. Units often leave the
 * serial blank until the document is registered ("Số    -KH/ĐU", "Số: …/KH-UBND").
 */
import { KIND_BY_SYMBOL } from './kinds.ts';

export interface DocRef {
  start: number;
  end: number;
  /** The serial, null when left blank. */
  serial: number | null;
  /** Everything after the serial and its separator, spaces removed: "KH/ĐUK", "KH-UBND". */
  symbol: string;
  /** The document kind code read from the symbol, when it is a known one. */
  kind: string | null;
  style: 'party' | 'state';
}

// A blank serial ("…-KH/ĐU") starts where its run of dots starts, or one dot in when a letter sits
// right before the run (the leftmost start the plain `[.…_]+` finds): starting anywhere else in a
// long run that leads nowhere would retry the whole run from each of its dots, in quadratic time.
const SERIAL = '(\\d{1,6}|(?:(?<![.…_])|(?<=[\\p{L}\\d/][.…_]))[.…_]+)?';
const ISSUER = '((?:[\\p{Lu}][\\p{L}\\d&]*|[.…_]+)(?:[-.][\\p{L}\\d&]+|-[.…_]+)*)';
// 10-KH/ĐUK · 142-HD/BTGDĐUK · …-KH/ĐU · 66-QĐi/TW
const PARTY = new RegExp(`(?<![\\p{L}\\d/])${SERIAL}\\s*-\\s*([\\p{Lu}][\\p{L}]{0,4})\\s*\\/\\s*${ISSUER}`, 'gu');
// 15/KH-UBND · 30/2020/NĐ-CP · …/BC-…
const STATE = new RegExp(
  `(?<![\\p{L}\\d/])${SERIAL}\\s*\\/\\s*(?:(\\d{4})\\s*\\/\\s*)?([\\p{Lu}][\\p{L}]{0,9})\\s*-\\s*${ISSUER}`,
  'gu',
);
const NUMBER_WORD = /(?:^|[^\p{L}])(?:số|Số|SỐ)\s*:?\s*[.…_]*$/u;

function serialOf(token: string | undefined): number | null {
  if (!token || !/^\d+$/.test(token)) return null;
  const n = Number(token);
  return Number.isSafeInteger(n) ? n : null;
}

function kindOf(token: string | undefined): string | null {
  if (!token) return null;
  return KIND_BY_SYMBOL.get(token.toUpperCase()) ?? null;
}

/**
 * Every numbered document reference in `text` ("Kế hoạch số 127-KH/TU", "Chỉ thị 35-CT/TW").
 * A reference without a serial counts only right after the word "số" ("số …/KH-SKHCN").
 */
export function findDocRefs(text: string): DocRef[] {
  const refs: DocRef[] = [];
  const consider = (m: RegExpExecArray, style: 'party' | 'state') => {
    const serialToken = m[1];
    const hasSerial = serialToken != null && /^\d+$/.test(serialToken);
    if (!hasSerial && !NUMBER_WORD.test(text.slice(Math.max(0, m.index - 8), m.index))) return;
    let symbol: string;
    let kindToken: string | undefined;
    if (style === 'party') {
      kindToken = m[2];
      symbol = `${m[2]}/${m[3]}`;
    } else {
      kindToken = m[3];
      symbol = m[2] ? `${m[2]}/${m[3]}-${m[4]}` : `${m[3]}-${m[4]}`;
    }
    // A sentence's full stop is not part of the symbol; a blank "BC-....." keeps its dots.
    symbol = symbol.replace(/\s+/g, '').replace(/(?<=[\p{L}\d])[.,;:]$/u, '');
    refs.push({
      start: m.index,
      end: m.index + m[0].length,
      serial: serialOf(serialToken),
      symbol,
      kind: kindOf(kindToken),
      style,
    });
  };
  PARTY.lastIndex = 0;
  for (let m = PARTY.exec(text); m; m = PARTY.exec(text)) consider(m, 'party');
  STATE.lastIndex = 0;
  for (let m = STATE.exec(text); m; m = STATE.exec(text)) consider(m, 'state');
  refs.sort((a, b) => a.start - b.start);
  // Overlaps: "15/KH-UBND" can also read as a party "…-UBND"? Keep the earliest, longest.
  const out: DocRef[] = [];
  for (const r of refs) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      if (r.end - r.start > last.end - last.start) out[out.length - 1] = r;
      continue;
    }
    out.push(r);
  }
  return out;
}

export interface NumberLine {
  serial: number | null;
  symbol: string | null;
  kind: string | null;
}

/** Reads a number line of the header: "Số 10-KH/ĐUK", "Số: 15/KH-UBND", "Số: - KH/ĐU". */
export function parseNumberLine(text: string): NumberLine | null {
  const m = /^\s*(?:số|Số|SỐ)(?![\p{L}\d])\s*:?/u.exec(text);
  if (!m) return null;
  const refs = findDocRefs(text);
  const ref = refs[0];
  if (ref && ref.start <= m[0].length + 12) return { serial: ref.serial, symbol: ref.symbol, kind: ref.kind };
  // "Số 12" with no symbol, or "Số: ……" alone.
  const rest = text.slice(m[0].length).trim();
  const serial = /^(\d{1,6})\b/.exec(rest);
  if (serial) return { serial: Number(serial[1]), symbol: null, kind: null };
  if (/^[.…_\s/-]*$/.test(rest)) return { serial: null, symbol: null, kind: null };
  return null;
}
