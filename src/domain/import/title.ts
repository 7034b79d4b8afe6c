/**
 * The type name (KẾ HOẠCH, HƯỚNG DẪN…) and the summary under it (trích yếu). The type name stands on
 * its own line, or opens the title line in capitals ("KẾ HOẠCH tuyên truyền …"). The title runs over
 * one or a few lines and stops where the preamble begins (Căn cứ…, Thực hiện…), at a rule, or at a
 * sentence.
 */
import type { Line } from './lines.ts';
import { KIND_NAME_PATTERN, kindOfName } from './kinds.ts';
import { isUpperText, squash, trimEndWhile } from './text.ts';
import { isSectionHeading } from './sections.ts';

export interface TypeHeading {
  index: number;
  kind: string;
  /** Title text written on the same line after the type name. */
  rest: string;
}

const WHOLE = new RegExp(`^(${KIND_NAME_PATTERN})\\s*[:.]?$`, 'u');
const OPENING = new RegExp(`^(${KIND_NAME_PATTERN})\\b\\s*[:\\-–]?\\s*(.+)$`, 'u');

/** Words after a type name that make a sentence about a document, not a title. */
const SENTENCE_AFTER = /^(?:nay|so|da|duoc|se|phai|cua|tren|theo|do|thuc hien|trien khai|nhu|va|tuyen truyen nay)\b/u;

/**
 * Reads a type heading line, or null. With `titleCase`, a short line that opens with the type name
 * in ordinary case and reads as a title ("Kế hoạch tuyên truyền Đại hội Chi bộ") counts too: text
 * copied from a web page loses the capitals of the heading.
 */
export function readTypeHeading(line: Line, titleCase = false): TypeHeading | null {
  if (line.text.length > 400) return null;
  const whole = WHOLE.exec(line.key);
  if (whole) {
    const kind = kindOfName(whole[1] ?? '');
    return kind ? { index: line.index, kind, rest: '' } : null;
  }
  const opening = OPENING.exec(line.key);
  if (opening) {
    const nameLength = (opening[1] ?? '').length;
    // Only a type name in capitals opens a title ("KẾ HOẠCH tuyên truyền…"), never a sentence
    // ("Kế hoạch này…").
    if (!isUpperText(line.text.slice(0, nameLength))) {
      const sentence = SENTENCE_AFTER.test(opening[2] ?? '') || /[.;:,]$/.test(line.text) || line.text.length > 250;
      if (!titleCase || sentence || !/^[\p{Lu}]/u.test(line.text)) return null;
    }
    const rest = line.text.slice(line.key.length - (opening[2] ?? '').length).trim();
    if (/^so\s*:?\s*[\d.…_\-]/u.test(opening[2] ?? '')) return null;
    const kind = kindOfName(opening[1] ?? '');
    return kind ? { index: line.index, kind, rest } : null;
  }
  return null;
}

/** The first type heading among the first lines, before any section heading. */
export function findTypeHeading(lines: readonly Line[], limit = 60): TypeHeading | null {
  const end = Math.min(lines.length, limit);
  for (let i = 0; i < end; i++) {
    const line = lines[i];
    if (!line) break;
    if (isSectionHeading(line)) break;
    const heading = readTypeHeading(line);
    if (heading) return heading;
  }
  // No heading in capitals: a title-like line near the top ("Kế hoạch tuyên truyền …").
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    const line = lines[i];
    if (!line || isSectionHeading(line)) break;
    const heading = readTypeHeading(line, true);
    if (heading) return heading;
  }
  return null;
}

const PREAMBLE_START =
  /^(?:can cu|thuc hien|trien khai|theo (?:de nghi|chi dao|huong dan|ke hoach|tinh than|quy dinh|chuc nang)|thuc hien|de (?:tuyen truyen|to chuc|thuc hien|trien khai|lam tot|chao mung|gop phan|ky niem|nang cao|dam bao|bao dam|day manh|tiep tuc|phat huy|kip thoi)|nham |huong ung|tren co so|qua \d|sau khi|duoc su|xet |tiep tuc|ngay \d|nam \d{4},|kinh gui|thuc hien y kien|chap hanh)/u;

const RULE = /^[\s*_=~\-–—.·•]+$/u;

/** Strips the markers a title line carries: "V/v", "Về việc:", quotes. */
function cleanTitlePart(text: string): string {
  return squash(text.replace(/^(?:v\/v|V\/v|V\/V|v\/V)\.?\s*:?\s*/u, ''));
}

function isSentence(line: Line): boolean {
  const t = trimEndWhile(line.text, /[*”"’)\s]/u);
  return t.length > 80 && /[:.;]$/.test(t);
}

export interface Title {
  text: string;
  /** Index of the first line after the title. */
  end: number;
}

/** Collects the title that follows the type heading at `heading.index`. */
export function collectTitle(lines: readonly Line[], heading: TypeHeading): Title {
  const parts: string[] = [];
  if (heading.rest) parts.push(cleanTitlePart(heading.rest));
  let i = heading.index + 1;
  for (; i < lines.length && parts.length < 5; i++) {
    const line = lines[i];
    if (!line) break;
    if (RULE.test(line.text)) {
      if (parts.length) {
        i++;
        break;
      }
      continue;
    }
    if (isSectionHeading(line) || line.cells) break;
    // "Thực hiện Kế hoạch số 12-KH/TU …;" opens the preamble; "thực hiện Nghị quyết Đại hội XIV" right
    // under "CHƯƠNG TRÌNH HÀNH ĐỘNG" is the title.
    if (PREAMBLE_START.test(line.key) && (parts.length > 0 || /\d\s*[-/]\s*[\p{Lu}]/u.test(line.text) || /[;:,]$/.test(line.text) || line.text.length > 200)) break;
    if (/^(?:\d+|[a-zđ])\s*[.)]\s/u.test(line.text) || /^[IVX]{1,4}\s*[.\-–)]/u.test(line.text)) break;
    if (parts.length && (isSentence(line) || line.text.length > 300)) break;
    if (parts.length && line.blankBefore && /^[\p{Lu}]/u.test(line.text) && !line.emphasised && line.text.length > 160) break;
    parts.push(cleanTitlePart(line.text));
    if (/[.:]$/.test(line.text) && line.text.length > 80) {
      i++;
      break;
    }
  }
  const text = trimEndWhile(squash(parts.join(' ')), /[\s:;,]/u);
  return { text, end: i };
}
