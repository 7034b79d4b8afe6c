// Vietnamese names and colours of the parsed fields.
import { CHANNEL_LABELS } from '../plans/labels';

/** Fields the server locates in the source text (`spans[].field`), with their legend colour. */
export const SPAN_FIELDS: { field: string; label: string; color: string }[] = [
  { field: 'issuerParent', label: 'Cấp trên', color: 'grape' },
  { field: 'issuer', label: 'Cơ quan ban hành', color: 'violet' },
  { field: 'number', label: 'Số, ký hiệu', color: 'blue' },
  { field: 'place', label: 'Địa danh', color: 'cyan' },
  { field: 'title', label: 'Trích yếu', color: 'green' },
  { field: 'sections', label: 'Đề mục', color: 'lime' },
  { field: 'slogans', label: 'Khẩu hiệu', color: 'orange' },
  { field: 'anniversaries', label: 'Ngày kỷ niệm', color: 'pink' },
  { field: 'recipients', label: 'Nơi nhận', color: 'teal' },
  { field: 'signer', label: 'Người ký', color: 'red' },
];

export function spanColor(field: string): string {
  return SPAN_FIELDS.find((f) => f.field === field)?.color ?? 'gray';
}

export function spanLabel(field: string): string {
  return SPAN_FIELDS.find((f) => f.field === field)?.label ?? field;
}

export const DOC_KIND_NAMES: Record<string, string> = {
  KH: 'Kế hoạch',
  HD: 'Hướng dẫn',
  BC: 'Báo cáo',
  CT: 'Chỉ thị',
  NQ: 'Nghị quyết',
  TB: 'Thông báo',
  CV: 'Công văn',
  QĐ: 'Quyết định',
};

export const DOC_KIND_OPTIONS = Object.entries(DOC_KIND_NAMES).map(([value, name]) => ({ value, label: `${name} (${value})` }));

export function kindName(kind: string): string {
  return DOC_KIND_NAMES[kind] ?? kind;
}

export const CHANNEL_OPTIONS = Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label }));

/** "Số 10-KH/ĐUK", "Số …-KH/ĐU" or ""; "số …" after the document type. */
export function numberLine(serial: number | null, symbol: string | null, inline = false): string {
  if (!symbol && serial === null) return '';
  return `${inline ? 'số' : 'Số'} ${serial ?? '…'}-${symbol ?? '…'}`;
}
