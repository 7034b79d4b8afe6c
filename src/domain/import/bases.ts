/**
 * Bases (căn cứ): the directing documents a plan cites in its preamble — "Căn cứ Hướng dẫn số
 * 142-HD/BTGDĐUK ngày 23/10/2024 của …", "Thực hiện Chỉ thị số 35-CT/TU ngày 13/3/2019 …; Kế hoạch
 * số 127-KH/TU, ngày 23/8/2019 …". Each numbered reference gives {serial, symbol, date}; a blank
 * serial or date gives null.
 */
import type { BaseRef } from '../plans/document.ts';
import { findDates } from './dates.ts';
import type { Line } from './lines.ts';
import { findDocRefs } from './number.ts';
import { fold, squash, trimEndWhile } from './text.ts';
import { KIND_NAME_PATTERN } from './kinds.ts';

const TYPE_BEFORE = new RegExp(`(${KIND_NAME_PATTERN}|thong tu|nghi dinh|luat|van ban|cong dien|ket luan|quy dinh|thong tri)\\s*(?:so\\s*)?:?\\s*$`, 'u');

/** Reads the references of one passage of text. */
export function basesInText(text: string): BaseRef[] {
  const key = fold(text);
  const out: BaseRef[] = [];
  const refs = findDocRefs(text);
  refs.forEach((ref, i) => {
    const next = refs[i + 1]?.start ?? text.length;
    // The date follows the reference: "… 124-HD/BTGTU ngày 08/10/2024", "…, ngày 14/6/2024".
    const windowEnd = Math.min(next, ref.end + 40);
    const dates = findDates(text.slice(ref.end, windowEnd), { key: key.slice(ref.end, windowEnd) });
    const first = dates[0];
    const date = first && first.start <= 14 && /ngay|^[\s,]*\d/u.test(key.slice(ref.end, ref.end + first.start + 5)) ? first.value : null;
    const before = key.slice(Math.max(0, ref.start - 30), ref.start);
    const type = TYPE_BEFORE.exec(before);
    const after = text.slice(first && date ? ref.end + first.end : ref.end, next);
    const issuer = /^\s*,?\s*của\s+([^,;]+?)(?:\s+(?:về|V\/v|v\/v)(?![\p{L}])|[,;.]|$)/u.exec(after);
    const subject = /\s(?:về|V\/v|v\/v)\s+(?:việc\s+)?([^;]+?)(?:;|$)/u.exec(after);
    const base: BaseRef = { serial: ref.serial, symbol: ref.symbol, date };
    if (issuer?.[1]) base.issuer = squash(issuer[1]);
    if (subject?.[1]) base.title = trimEndWhile(squash(subject[1]), /[.,]/u);
    const from = type ? Math.max(0, ref.start - 30) + type.index : ref.start;
    const clauseEnd = text.indexOf(';', ref.end);
    base.text = squash(text.slice(from, Math.min(next, clauseEnd >= 0 ? clauseEnd : text.length, ref.end + 300)));
    out.push(base);
  });
  return out;
}

/** The bases cited in the preamble lines, each document once. */
export function readBases(preamble: readonly Line[]): BaseRef[] {
  const seen = new Set<string>();
  const out: BaseRef[] = [];
  for (const line of preamble) {
    for (const base of basesInText(line.text)) {
      const id = `${base.serial ?? ''}|${base.symbol ?? ''}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(base);
    }
  }
  return out;
}
