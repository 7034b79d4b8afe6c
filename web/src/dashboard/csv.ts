// CSV files for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Vietnamese), CRLF, RFC 4180 quoting.

import { neutraliseFormula } from '../../../src/domain/text/spreadsheet.ts';

export type Cell = string | number | null | undefined;

/** Numbers go out as numbers; text that a spreadsheet would run as a formula (=, +, -, @…) is neutralised. */
function quote(c: Cell): string {
  if (c === null || c === undefined) return '';
  const s = typeof c === 'number' ? String(c) : neutraliseFormula(c);
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(headers: string[], rows: Cell[][]): string {
  return '\uFEFF' + [headers, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(filename: string, headers: string[], rows: Cell[][]): void {
  saveBlob(new Blob([toCsv(headers, rows)], { type: 'text/csv;charset=utf-8' }), filename);
}

/** "so-lieu-theo-ky-tinh-uy-lai-chau-2026-01-01-2026-12-31.csv" */
export function csvName(what: string, unitName: string, from: string, to: string): string {
  const slug = unitName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${what}-${slug}-${from}-${to}.csv`;
}
