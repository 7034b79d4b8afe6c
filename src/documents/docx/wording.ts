/**
 * The words of a plan that are composed rather than given: its number line, place and date, type
 * name, and the dates of bases and phases as Vietnamese plans write them. Pure text, no docx.
 */
import type { BaseRef, PlanDocument } from '../../domain/plans/document.ts';
import type { DocumentLayout } from './layout.ts';

/** Document type names by the code used in symbols (KH, HD…), as written in a sentence. */
export const DOC_KIND_NAMES: Record<string, string> = {
  KH: 'Kế hoạch',
  HD: 'Hướng dẫn',
  BC: 'Báo cáo',
  CT: 'Chỉ thị',
  NQ: 'Nghị quyết',
  TB: 'Thông báo',
  CV: 'Công văn',
  QĐ: 'Quyết định',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
  KL: 'Kết luận',
  CTr: 'Chương trình',
  TTr: 'Tờ trình',
};

/** NFC and capitals (Vietnamese capitals are plain Unicode upper case: đ → Đ, ỷ → Ỷ). */
export function upper(text: string): string {
  return text.normalize('NFC').toUpperCase().normalize('NFC');
}

export function kindName(kind: string): string | null {
  return DOC_KIND_NAMES[kind.normalize('NFC')] ?? null;
}

/** The type name printed above the title: "KẾ HOẠCH"; a công văn has none. */
export function typeNameLine(kind: string): string | null {
  if (kind === 'CV') return null;
  return upper(kindName(kind) ?? kind);
}

/** The document code of a symbol: "KH" of "KH/ThU", "HD" of "HD/BTGTU", "KH" of "KH-UBND". */
export function kindOfSymbol(symbol: string | null): string | null {
  const code = symbol?.split(/[/-]/)[0]?.trim();
  return code ? code : null;
}

interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

export function dateParts(iso: string | null): DateParts | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** "TP. Lai Châu, ngày 25 tháng 5 năm 2021"; blanks where the date is still to be filled in. */
export function placeDateLine(place: string | null, date: string | null, layout: DocumentLayout): string {
  const d = dateParts(date);
  const blank = layout.date.blank;
  const day = d?.day ? (layout.date.padDay ? String(d.day).padStart(2, '0') : String(d.day)) : blank;
  const month = d?.month
    ? layout.date.padMonths.includes(d.month)
      ? String(d.month).padStart(2, '0')
      : String(d.month)
    : blank;
  const year = d ? String(d.year) : blank;
  const when = `ngày ${day} tháng ${month} năm ${year}`;
  return place?.trim() ? `${place.trim()}, ${when}` : when;
}

/** "Số 30-KH/ThU" (Party) or "Số: 15/KH-UBND" (State); the serial left blank when unknown. */
export function numberLine(plan: Pick<PlanDocument, 'serial' | 'symbol' | 'kind'>, layout: DocumentLayout): string {
  const n = layout.header.number;
  return `${n.prefix}${documentNumber(plan.serial, plan.symbol ?? plan.kind, n.separator, n.blankSerial) ?? ''}`;
}

/** A date in running text: "ngày 08/10/2024", "tháng 10/2024", "năm 2024". */
export function datePhrase(iso: string | null): string | null {
  const d = dateParts(iso);
  if (!d) return null;
  if (d.day && d.month) return `ngày ${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
  if (d.month) return `tháng ${d.month}/${d.year}`;
  return `năm ${d.year}`;
}

/** The end of a period: "ngày 30/06/2025", "hết tháng 3/2026", "hết năm 2024". */
export function endPhrase(iso: string | null): string | null {
  const d = dateParts(iso);
  if (!d) return null;
  if (d.day) return datePhrase(iso);
  return `hết ${datePhrase(iso)}`;
}

/**
 * "187-KH/ĐU" (Party symbols: serial, dash, symbol) or "15/KH-UBND" (State symbols, which hold a
 * dash: serial, slash, symbol); a bare code ("KH") takes `separator`. `blank` stands for an unknown
 * serial. Null without symbol or serial.
 */
export function documentNumber(serial: number | null, symbol: string | null, separator = '-', blank = '…'): string | null {
  if (!symbol) return serial === null ? null : String(serial);
  const sep = /^[^/]+-/.test(symbol) ? '/' : symbol.includes('/') ? '-' : separator;
  return `${serial ?? blank}${sep}${symbol}`;
}

/** "Kế hoạch số 187-KH/ĐU ngày 07/08/2024" — a cited document's name and number. */
export function citation(base: Pick<BaseRef, 'serial' | 'symbol' | 'date'>): string {
  const code = kindOfSymbol(base.symbol);
  const name = (code && kindName(code)) ?? 'Văn bản';
  const number = documentNumber(base.serial, base.symbol);
  const when = datePhrase(base.date);
  return `${name}${number ? ` số ${number}` : ''}${when ? ` ${when}` : ''}`;
}

/** One preamble line: the base as written, or "Căn cứ Kế hoạch số … ngày … của … về …;". */
export function baseLine(base: BaseRef): string {
  if (base.text?.trim()) return base.text.trim();
  const by = base.issuer?.trim() ? ` của ${base.issuer.trim()}` : '';
  const about = base.title?.trim() ? ` về ${base.title.trim()}` : '';
  return `Căn cứ ${citation(base)}${by}${about};`;
}

/** The sentence that closes a composed preamble: "Đảng ủy … ban hành Kế hoạch … như sau:". */
export function issuingLine(plan: Pick<PlanDocument, 'issuer' | 'kind' | 'title'>): string | null {
  const issuer = plan.issuer?.trim();
  if (!issuer) return null;
  const name = kindName(plan.kind) ?? 'văn bản';
  return `${issuer} ban hành ${name} ${plan.title.trim()}, như sau:`;
}
