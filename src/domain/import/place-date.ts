/**
 * Place and date of issue: "TP. Lai Châu, ngày 25 tháng 5 năm 2021", "Lai Châu, ngày tháng năm 2025",
 * "Hà Nội, ngày 07/8/2024", "……, ngày … tháng … năm 20…". The place is printed before the comma;
 * a blank place or date gives null.
 */
import { findDates, type PartialDate } from './dates.ts';
import { fold, isPlaceholder, squash, trimEndWhile } from './text.ts';

export interface PlaceDate {
  place: string | null;
  date: PartialDate | null;
}

const DATE_WORD = /(?:^|[,\s])ngay\b/u;

/** True when the text carries a place-and-date ("…, ngày …"). */
export function looksLikePlaceDate(text: string): boolean {
  const key = fold(text);
  const m = DATE_WORD.exec(key);
  if (!m) return false;
  const after = key.slice(m.index);
  return /ngay\s*[\d.…_\s]*(?:thang|\/)/u.test(after) || /ngay\s*\d{1,2}\s*[/.-]\s*\d/u.test(after);
}

/**
 * A line that is a place and date and nothing else: "Lai Châu, ngày …". Not a sentence that cites a
 * document's date ("Căn cứ Kế hoạch số 45-KH/TU, ngày 10/3/2021 …").
 */
export function isPlaceDateLine(text: string): boolean {
  if (!looksLikePlaceDate(text) || text.length > 90) return false;
  const key = fold(text);
  const m = /,?\s*ngay\b/u.exec(key);
  if (!m) return false;
  const place = key.slice(0, m.index);
  return place.length <= 45 && !/\d/.test(place) && !/^(?:can cu|thuc hien|theo|ke hoach|huong dan|chi thi|nghi quyet)\b/u.test(place.trim());
}

/**
 * Where the place begins in "THÀNH ỦY LAI CHÂU TP. Lai Châu, ngày …" (a header flattened onto one
 * line): walking back from the comma over words in ordinary case or abbreviations ("TP."), stopping
 * at a word in capitals.
 */
export function placeStart(text: string, comma: number): number {
  const words = [...text.slice(0, comma).matchAll(/\S+/g)];
  let start = 0;
  let sawOrdinaryCase = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!w) break;
    const word = w[0];
    const isAbbreviation = /^[\p{Lu}]{1,3}\.$/u.test(word) || /^[\p{Lu}][\p{Ll}]{0,2}\.$/u.test(word);
    const letters = word.replace(/[^\p{L}]/gu, '');
    const allCaps = letters.length >= 2 && letters === letters.toUpperCase();
    if (allCaps && !isAbbreviation) {
      if (sawOrdinaryCase) {
        start = (w.index ?? 0) + word.length;
        break;
      }
    } else if (letters && !isAbbreviation) sawOrdinaryCase = true;
  }
  return sawOrdinaryCase ? start : 0;
}

/** Reads "Place, ngày …" (the whole text is the place-date part). */
export function parsePlaceDate(text: string): PlaceDate {
  const t = squash(text);
  const key = fold(t);
  const m = /,?\s*ngay\b/u.exec(key);
  if (!m) return { place: null, date: null };
  const rawPlace = trimEndWhile(t.slice(0, m.index), /[,\s]/u);
  const place = isPlaceholder(rawPlace) || !/\p{L}/u.test(rawPlace) ? null : squash(rawPlace.replace(/[.…_]{2,}/gu, ''));
  const dates = findDates(t.slice(m.index), { key: key.slice(m.index) });
  const first = dates[0];
  const date = first && first.start < 8 ? first.value : null;
  return { place: place || null, date };
}
