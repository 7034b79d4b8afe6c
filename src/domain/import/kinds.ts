/**
 * Document kinds: the type name printed above the title (KẾ HOẠCH) and the code used in symbols
 * (KH). Codes follow the Party's list (Hướng dẫn 36-HD/VPTW) and Nghị định 30/2020/NĐ-CP.
 */
import { fold } from './text.ts';

export interface KindName {
  code: string;
  /** Folded type name as printed: "ke hoach". */
  key: string;
}

export const KIND_NAMES: readonly KindName[] = [
  { code: 'KH', key: 'ke hoach' },
  // Names in two words that belong to the type, not to the title.
  { code: 'KH', key: 'ke hoach lien tich' },
  { code: 'CTr', key: 'chuong trinh hanh dong' },
  { code: 'CTr', key: 'chuong trinh phoi hop' },
  { code: 'HD', key: 'huong dan' },
  { code: 'BC', key: 'bao cao' },
  { code: 'CT', key: 'chi thi' },
  { code: 'NQ', key: 'nghi quyet' },
  { code: 'TB', key: 'thong bao' },
  { code: 'CV', key: 'cong van' },
  { code: 'QĐ', key: 'quyet dinh' },
  { code: 'QĐi', key: 'quy dinh' },
  { code: 'CTr', key: 'chuong trinh' },
  { code: 'TTr', key: 'to trinh' },
  { code: 'ĐA', key: 'de an' },
  { code: 'KL', key: 'ket luan' },
  { code: 'QC', key: 'quy che' },
  { code: 'TT', key: 'thong tri' },
  { code: 'ĐC', key: 'de cuong' },
];

/** Symbol token (upper case) → kind code: "KH" → KH, "QĐI" → QĐi. */
export const KIND_BY_SYMBOL: ReadonlyMap<string, string> = new Map(
  KIND_NAMES.map((k) => [k.code.toUpperCase(), k.code] as const),
);

const KIND_BY_KEY = new Map(KIND_NAMES.map((k) => [k.key, k.code] as const));

/** The kind named by a folded type name, or null. */
export function kindOfName(name: string): string | null {
  return KIND_BY_KEY.get(fold(name).replace(/\s+/g, ' ').trim()) ?? null;
}

/** Alternation of the folded names, longest first, for building patterns. */
export const KIND_NAME_PATTERN = [...KIND_NAMES]
  .map((k) => k.key)
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/ /g, '\\s+'))
  .join('|');
