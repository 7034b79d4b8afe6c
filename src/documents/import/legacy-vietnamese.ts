/**
 * Legacy Vietnamese font encodings, still found in old plans: TCVN3 (ABC, fonts .VnTime…) puts each
 * accented letter in one byte of 0xA1–0xFE; VNI (fonts VNI-Times…) writes a base letter followed by
 * a mark character. Read as Latin-1 / Windows-1252 (or pasted into a Unicode file) they show as
 * "KÕ ho¹ch" and "Keá hoaïch". Both are detected by the characters they use and converted.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

export const LEGACY_NAMES: Record<LegacyEncoding, string> = {
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
};

/** TCVN3 byte (as a Latin-1 character) → Unicode. */
const TCVN3_PAIRS: [number, string][] = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];
const TCVN3 = new Map(TCVN3_PAIRS.map(([code, ch]) => [String.fromCharCode(code), ch] as const));

/** Characters only TCVN3 text shows: symbols and letters Vietnamese Unicode never uses. */
const TCVN3_SIGNS = /[\u00A1-\u00AE\u00B5-\u00BE\u00C6\u00C7\u00CB\u00CE\u00CF\u00D0\u00D1\u00D6\u00D7\u00D8\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE]/g;

const TONES_LOWER = { 'ù': 1, 'ø': 2, 'û': 3, 'õ': 4, 'ï': 5 } as const;
const TONES_UPPER = { 'Ù': 1, 'Ø': 2, 'Û': 3, 'Õ': 4, 'Ï': 5 } as const;

/** Builds the VNI table: base + mark → letter. */
function buildVni(): Map<string, string> {
  const map = new Map<string, string>();
  // [VNI base, Unicode letters: plain, sắc, huyền, hỏi, ngã, nặng]
  const bases: [string, string][] = [
    ['a', 'aáàảãạ'], ['e', 'eéèẻẽẹ'], ['o', 'oóòỏõọ'], ['u', 'uúùủũụ'], ['y', 'yýỳỷỹỵ'],
    ['ô', 'ơớờởỡợ'], ['ö', 'ưứừửữự'],
  ];
  for (const [base, letters] of bases) {
    for (const [mark, tone] of Object.entries(TONES_LOWER)) map.set(base + mark, letters.charAt(tone));
    const upperBase = base.toUpperCase();
    const upperLetters = letters.toUpperCase();
    for (const [mark, tone] of Object.entries(TONES_UPPER)) map.set(upperBase + mark, upperLetters.charAt(tone));
  }
  // Circumflex (â) and breve (ê) with their tones: aâ â, aá ấ, aà ầ, aå ẩ, aã ẫ, aä ậ …
  const circumflex: [string, string][] = [['a', 'âấầẩẫậ'], ['e', 'êếềểễệ'], ['o', 'ôốồổỗộ']];
  const circumflexMarks = ['â', 'á', 'à', 'å', 'ã', 'ä'];
  for (const [base, letters] of circumflex) {
    circumflexMarks.forEach((mark, i) => {
      map.set(base + mark, letters.charAt(i));
      map.set(base.toUpperCase() + mark.toUpperCase(), letters.charAt(i).toUpperCase());
    });
  }
  const breveMarks = ['ê', 'é', 'è', 'ú', 'ü', 'ë'];
  breveMarks.forEach((mark, i) => {
    map.set('a' + mark, 'ăắằẳẵặ'.charAt(i));
    map.set('A' + mark.toUpperCase(), 'ĂẮẰẲẴẶ'.charAt(i));
  });
  // Single characters: i with tones, ơ, ư, ỵ, đ.
  const singles: [string, string][] = [
    ['í', 'í'], ['ì', 'ì'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'], ['î', 'ỵ'], ['ô', 'ơ'], ['ö', 'ư'], ['ñ', 'đ'],
    ['Í', 'Í'], ['Ì', 'Ì'], ['Æ', 'Ỉ'], ['Ó', 'Ĩ'], ['Ò', 'Ị'], ['Î', 'Ỵ'], ['Ô', 'Ơ'], ['Ö', 'Ư'], ['Ñ', 'Đ'],
  ];
  for (const [from, to] of singles) map.set(from, to);
  return map;
}

let vniTable: Map<string, string> | null = null;

/** VNI marks after a vowel: the pairs VNI text is made of and Unicode text almost never shows. */
const VNI_PAIRS = /[aeiouyAEIOUYôöÔÖ][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]|[ñÑ](?=[a-zA-Zâêô])/g;
const VNI_SIGNS = /[øûïåäëüæîñØÛÏÅÄËÜÆÎÑ]/g;
/** Letters only Vietnamese Unicode text has (outside Latin-1). */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/g;

export interface LegacyVerdict {
  encoding: LegacyEncoding | null;
  /** Share of letters that carry the encoding's signs (0..1). */
  confidence: number;
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** Text made of words: spaces between them, and at least a third of the letters plain ASCII. */
export function looksLikeWords(text: string, letters = count(text, /\p{L}/gu)): boolean {
  const spaces = count(text, /[ \t\n]/g);
  const ascii = count(text, /[A-Za-z]/g);
  return text.length > 0 && spaces / text.length > 0.05 && ascii / Math.max(1, letters) > 0.35;
}

/** Decides whether `text` is TCVN3 or VNI shown as Latin-1 characters. */
export function detectLegacyVietnamese(text: string, minSigns = 5): LegacyVerdict {
  const sample = text.length > 400_000 ? text.slice(0, 400_000) : text;
  const letters = count(sample, /\p{L}/gu) || 1;
  // Vietnamese in any encoding is words between spaces, most of their letters plain ASCII.
  if (!looksLikeWords(sample, letters)) return { encoding: null, confidence: 0 };
  const unicode = count(sample, UNICODE_VIETNAMESE);
  const tcvn = count(sample, TCVN3_SIGNS);
  const vniPairs = count(sample, VNI_PAIRS);
  const vniSigns = count(sample, VNI_SIGNS);
  const tcvnShare = tcvn / letters;
  const vniShare = (vniPairs + vniSigns) / 2 / letters;
  const enough = (n: number) => n >= minSigns && n > unicode * 3;
  if (enough(tcvn) && tcvnShare > 0.02 && tcvn > vniPairs) return { encoding: 'tcvn3', confidence: Math.min(1, tcvnShare * 8) };
  if (enough(vniPairs) && vniShare > 0.02) return { encoding: 'vni', confidence: Math.min(1, vniShare * 8) };
  return { encoding: null, confidence: 0 };
}

export function convertTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  return restoreCapitals(out);
}

/**
 * TCVN3 has no accented capitals: a heading in .VnTimeH is stored in small letters and shown in
 * capitals, so "ĐẢNG BỘ TỈNH" converts to "ĐảNG Bộ TỉNH". A line whose plain letters are all capitals
 * is put back in capitals, and so is a word with two or more plain capitals and no small ones.
 */
function restoreCapitals(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const plain = line.replace(/[^A-Za-z]/g, '');
      if (plain.length >= 3 && plain === plain.toUpperCase()) return line.toUpperCase();
      return line.replace(/\p{L}+/gu, (word) => {
        const w = word.replace(/[^A-Za-z]/g, '');
        return w.length >= 2 && w === w.toUpperCase() ? word.toUpperCase() : word;
      });
    })
    .join('\n');
}

export function convertVni(text: string): string {
  const table = (vniTable ??= buildVni());
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = table.get(text.slice(i, i + 2));
    if (pair) {
      out += pair;
      i++;
      continue;
    }
    const ch = text.charAt(i);
    out += table.get(ch) ?? ch;
  }
  return out;
}

export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? convertTcvn3(text) : convertVni(text);
}

/** Unicode → TCVN3 (for tests and fixtures). */
export function toTcvn3(text: string): string {
  const reverse = new Map([...TCVN3].map(([k, v]) => [v, k] as const));
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const direct = reverse.get(ch);
    if (direct) out += direct;
    else {
      // TCVN3 has no accented capitals: the .VnTimeH font shows the small letters as capitals.
      const lower = reverse.get(ch.toLowerCase());
      out += lower ?? ch;
    }
  }
  return out;
}

/** Unicode → VNI (for tests and fixtures). */
export function toVni(text: string): string {
  const table = (vniTable ??= buildVni());
  const reverse = new Map<string, string>();
  for (const [k, v] of table) if (!reverse.has(v)) reverse.set(v, k);
  let out = '';
  for (const ch of text.normalize('NFC')) out += reverse.get(ch) ?? ch;
  return out;
}
