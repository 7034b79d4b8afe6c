/**
 * The header above the type name. Printed as two cells — left: parent body, issuer, "*", number;
 * right: the national line (ĐẢNG CỘNG SẢN VIỆT NAM, or CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập -
 * Tự do - Hạnh phúc) and the place and date — it reaches us cell after cell, row after row with tabs
 * or runs of spaces between the cells, or flattened onto a single line. The header is cut into
 * fragments at those landmarks and each fragment is read for what it is, wherever it stands.
 */
import type { Line } from './lines.ts';
import { parseNumberLine, type NumberLine } from './number.ts';
import { isPlaceDateLine, looksLikePlaceDate, parsePlaceDate, placeStart, type PlaceDate } from './place-date.ts';
import { fold, isPlaceholder, isUpperText, squash } from './text.ts';
import { startsWithUnit } from './units.ts';

export interface Header {
  format: 'party' | 'state' | null;
  issuer: string | null;
  issuerParent: string | null;
  number: NumberLine | null;
  placeDate: PlaceDate | null;
  /** "V/v …" of a letter (công văn): its title. */
  subject: string | null;
}

const PARTY_MOTTO = /dang\s+cong\s+san\s+viet\s+nam/u;
const STATE_MOTTO = /cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam/u;
const STATE_MOTTO_2 = /doc\s+lap\s*[-–—]?\s*tu\s+do\s*[-–—]?\s*hanh\s+phuc/u;
const MOTTOS = [PARTY_MOTTO, STATE_MOTTO, STATE_MOTTO_2];

/** Marks that are not names: draft stamps, urgency, form numbers. */
const NOT_A_NAME = /^(?:\(?du thao\)?|khan|hoa toc|thuong khan|mat|toi mat|tuyet mat|mau(?: so)?\b|bieu\b|\(?kem theo|phu luc)/u;

export function isMottoLine(key: string): boolean {
  return MOTTOS.some((re) => re.test(key));
}

/** Cuts one header text into fragments at mottos, "*", the number and the place-date. */
export function headerFragments(text: string): string[] {
  const key = fold(text);
  const cuts = new Set<number>([0, text.length]);
  for (const re of MOTTOS) {
    const g = new RegExp(re.source, 'gu');
    for (let m = g.exec(key); m; m = g.exec(key)) {
      cuts.add(m.index);
      cuts.add(m.index + m[0].length);
    }
  }
  for (const m of key.matchAll(/(?:^|\s)(\*+)(?=\s|$)/gu)) {
    const at = (m.index ?? 0) + m[0].indexOf('*');
    cuts.add(at);
    cuts.add(at + (m[1]?.length ?? 1));
  }
  for (const m of key.matchAll(/(?:^|\s)so\s*:?\s*(?=[\d.…_\-–/])/gu)) {
    cuts.add((m.index ?? 0) + (m[0].startsWith('s') ? 0 : 1));
  }
  const vv = /(?:^|\s)v\/v\b/u.exec(key);
  if (vv) cuts.add(vv.index + (vv[0].startsWith('v') ? 0 : 1));
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: string[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const piece = text.slice(sorted[i], sorted[i + 1]).trim();
    if (piece) pieces.push(piece);
  }
  // A place-date glued after a name: "THÀNH ỦY LAI CHÂU TP. Lai Châu, ngày …".
  const out: string[] = [];
  for (const piece of pieces) {
    const comma = /,\s*ng[aà]y\b/iu.exec(piece);
    if (comma && looksLikePlaceDate(piece)) {
      const start = placeStart(piece, comma.index);
      const before = piece.slice(0, start).trim();
      if (before && !/^so\b/u.test(fold(before))) {
        out.push(before, piece.slice(start).trim());
        continue;
      }
    }
    out.push(piece);
  }
  return out;
}

function isNameFragment(fragment: string, key: string): boolean {
  if (NOT_A_NAME.test(key)) return false;
  if (isPlaceholder(fragment)) return false;
  if (/^[\p{P}\s]+$/u.test(fragment)) return false;
  // Names in the header are printed in capitals; allow a few lower-case letters (KH&CN, TP.).
  return isUpperText(fragment) || startsWithUnit(key);
}

/** Groups consecutive name lines into bodies: a line not starting a body's name continues the last. */
function groupBodies(names: string[]): string[] {
  const bodies: string[] = [];
  for (const name of names) {
    const key = fold(name);
    const continues = bodies.length > 0 && (!startsWithUnit(key) || /^(?:va|cua|&)\b/u.test(key));
    if (continues) bodies[bodies.length - 1] = `${bodies[bodies.length - 1]} ${name}`;
    else bodies.push(name);
  }
  return bodies.map((b) => squash(b.replace(/[-–_]{2,}/g, '')));
}

/** Names a body's name may begin with, strong enough to cut a run of capitals in two. */
const INNER_HEAD = /\s(?=(?:dang uy|dang bo|chi bo|thanh uy|tinh uy|huyen uy|quan uy|thi uy|ubnd|uy ban nhan dan|so|phong|ban tuyen giao|ban dan van|ban to chuc|van phong|trung tam|truong)(?:\s|$))/gu;
const NOT_AFTER = /(?:ban chap hanh|ban thuong vu|thuong truc|cua|va|dang doan|ban can su|co quan)\s*$/u;
/** A parent body's name: a party organisation of the level above, a people's committee, a ministry. */
const PARENT_HEAD = /^(?:dang bo|tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy khoi|ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|so|bo|tong cuc|cuc|uy ban mat tran|mttq|dai hoc)\b/u;

/**
 * "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH ĐẢNG ỦY SỞ TÀI CHÍNH" (a two-cell header flattened onto one line):
 * the issuer starts at the first word, past the parent's name, that can begin a body.
 */
function splitJoinedBodies(name: string): string[] {
  const key = fold(name);
  if (name.split(/\s+/).length < 5 || !PARENT_HEAD.test(key)) return [name];
  // The first name that can begin a body, after at least two words of the parent's name. The words
  // are found once: counting them again (and testing the whole text before) at each candidate would
  // be quadratic in a long run of capitals.
  const starts = [...name.matchAll(/\S+/g)].map((w) => w.index ?? 0);
  const secondWord = starts[1] ?? Infinity;
  const secondToLastWord = starts[starts.length - 2] ?? -Infinity;
  let cut = -1;
  for (const m of key.matchAll(INNER_HEAD)) {
    const at = (m.index ?? 0) + 1;
    // NOT_AFTER names at most a few words before the cut: the text just before it is enough.
    if (NOT_AFTER.test(key.slice(Math.max(0, at - 64), at))) continue;
    // At least two words before the cut and two from it on.
    if (at > secondWord && at <= secondToLastWord) {
      cut = at;
      break;
    }
  }
  return cut > 0 ? [name.slice(0, cut).trim(), name.slice(cut).trim()] : [name];
}

/** Reads the header lines (everything above the type name). */
export function readHeader(lines: readonly Line[]): Header {
  const header: Header = { format: null, issuer: null, issuerParent: null, number: null, placeDate: null, subject: null };
  const names: string[] = [];
  let namesClosed = false;
  for (const line of lines) {
    for (const column of line.columns) {
      for (const fragment of headerFragments(column)) {
        const key = fold(fragment);
        if (PARTY_MOTTO.test(key)) header.format ??= 'party';
        else if (STATE_MOTTO.test(key) || STATE_MOTTO_2.test(key)) header.format ??= 'state';
        else if (/^\*+$/.test(fragment)) namesClosed = names.length > 0;
        else if (/^(?:số|Số|SỐ)(?![\p{L}])/u.test(fragment) && !header.number) {
          header.number = parseNumberLine(fragment);
          if (header.number) namesClosed = names.length > 0;
        } else if (/^v\/v\b/u.test(key)) header.subject = squash(fragment.replace(/^v\/v\.?\s*:?\s*/iu, ''));
        else if (header.subject && !header.placeDate && !isUpperText(fragment) && !looksLikePlaceDate(fragment)) {
          header.subject = `${header.subject} ${fragment}`;
        } else if (looksLikePlaceDate(fragment)) header.placeDate ??= parsePlaceDate(fragment);
        else if (!namesClosed && isNameFragment(fragment, key)) names.push(fragment);
      }
    }
  }
  let bodies = groupBodies(names);
  if (bodies.length === 1 && bodies[0]) bodies = splitJoinedBodies(bodies[0]);
  header.issuer = bodies[bodies.length - 1] ?? null;
  header.issuerParent = bodies.length >= 2 ? (bodies[bodies.length - 2] ?? null) : null;
  return header;
}

/** True when a line belongs to a header (used when a document has no type name line). */
export function isHeaderLine(line: Line): boolean {
  if (isMottoLine(line.key)) return true;
  if (/^s[oố]\s*:?\s*[\d.…_\-–/]/iu.test(line.text)) return true;
  if (line.columns.some((c) => isPlaceDateLine(c))) return true;
  if (/^[*\s]+$/.test(line.text) || /^v\/v\b/u.test(line.key)) return true;
  return line.text.length < 100 && isUpperText(line.text) && !/^[IVX]+\s*[.\-–]/.test(line.text);
}
