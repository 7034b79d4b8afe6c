// Dates "as precise as printed" (2025, 2025-03, 2025-03-14), shown as 2025, 03/2025, 14/03/2025.

export function formatPartialDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  if (d && m) return `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y ?? '';
}

/** null for empty, undefined when not a date; "14/3/2025" → "2025-03-14", "3/2025" → "2025-03", "2025" → "2025". */
export function parsePartialDate(input: string): string | null | undefined {
  const s = input.trim();
  if (!s) return null;
  let m = /^(\d{4})$/.exec(s);
  if (m) return m[1]!;
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? `${m[2]}-${String(month).padStart(2, '0')}` : undefined;
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = Number(m[3]);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
    return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}
