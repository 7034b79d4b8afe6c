/**
 * The issuer named in a sentence, for plans whose header lacks it: the opening ("…, Ban Thường vụ
 * Đảng ủy Khối xây dựng Kế hoạch …", "Đảng ủy Sở Khoa học và Công nghệ (KH&CN) xây dựng kế hoạch …")
 * or the closing ("Trên đây là Kế hoạch … của Ban Thường vụ Huyện ủy …").
 */
import type { Line } from './lines.ts';
import { KIND_NAME_PATTERN } from './kinds.ts';
import { fold, squash } from './text.ts';
import { startsWithUnit } from './units.ts';

const ISSUES = new RegExp(
  `\\s(?:xay dung|ban hanh|trien khai|de ra|lap|thong nhat ban hanh|tiep tuc ban hanh|huong dan|thong bao|chi thi|quyet nghi)\\s+(?:(?:${KIND_NAME_PATTERN})\\b|(?:thuc hien|tuyen truyen|to chuc)\\b|nhu sau|cu the)`,
  'u',
);

/** Cuts a subject down to the body's name: after the last clause break, parentheses dropped. */
function subjectName(text: string): string | null {
  const clauses = text.split(/[,;:.](?=\s)/u);
  // Walk back over clauses until one starts with a body's name ("Ban Thường vụ …"); a name can hold
  // commas ("Khối các cơ quan, doanh nghiệp").
  for (let k = clauses.length - 1; k >= 0; k--) {
    const candidate = squash(clauses.slice(k).join(','));
    const key = fold(candidate);
    if (startsWithUnit(key)) {
      const name = squash(candidate.replace(/\s*\([^)]*\)\s*/gu, ' '));
      if (/\s(?:về|của|và|để|nhằm|trong|tại)$/u.test(name)) return null;
      return name.length >= 4 && name.length <= 160 ? name : null;
    }
    if (clauses.length - k >= 3) break;
  }
  return null;
}

/** The body that says it issues the document in one of `lines`. */
export function issuerFromOpening(lines: readonly Line[]): string | null {
  // The opening sentence closes the preamble: read from the end.
  for (const line of [...lines].reverse()) {
    const m = ISSUES.exec(line.key);
    if (!m) continue;
    const name = subjectName(line.text.slice(0, m.index));
    if (name) return name;
  }
  return null;
}

const CLOSING_OF = new RegExp(`tren day la (?:${KIND_NAME_PATTERN})\\b.*?\\scua\\s`, 'u');

/** "Trên đây là Kế hoạch … của <issuer>, …": the issuer named by the closing sentence. */
export function issuerFromClosing(lines: readonly Line[]): string | null {
  for (const line of lines) {
    const m = CLOSING_OF.exec(line.key);
    if (!m) continue;
    const rest = line.text.slice(m.index + m[0].length);
    const name = squash((rest.split(/[,;.](?=\s|$)|\s(?:đề nghị|yêu cầu|giao|về)\s/u)[0] ?? '').replace(/\s*\([^)]*\)\s*/gu, ' '));
    if (name && startsWithUnit(fold(name)) && name.length <= 160) return name;
  }
  return null;
}
