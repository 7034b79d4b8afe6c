import dayjs from 'dayjs';

export const isoDay = (d: Date | dayjs.Dayjs) => dayjs(d).format('YYYY-MM-DD');

/** Reads a typed date: 5/3/2026, 05/03/2026, 5-3-2026, 5.3.26, 05032026; "5/3" takes `year`. */
export function parseVnDate(text: string, year = new Date().getFullYear()): string | null {
  const t = text.trim();
  if (!t) return null;
  let d: number, m: number, y: number;
  const parts = t.split(/[/.\-\s]+/).filter(Boolean);
  if (parts.length === 1 && /^\d{8}$/.test(t)) {
    d = Number(t.slice(0, 2));
    m = Number(t.slice(2, 4));
    y = Number(t.slice(4));
  } else if (parts.length === 2 || parts.length === 3) {
    d = Number(parts[0]);
    m = Number(parts[1]);
    y = parts.length === 3 ? Number(parts[2]) : year;
    if (parts.length === 3 && (parts[2] ?? '').length === 2) y += 2000;
  } else return null;
  if (![d, m, y].every(Number.isInteger) || y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return dayjs(iso).format('YYYY-MM-DD') === iso ? iso : null;
}

/** dd/mm/yyyy of an ISO day, as typed in cells. */
export function vnDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : '';
}

/** "15/02 – 14/03/2026" */
export function vnRange(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  if (start && end && start.slice(0, 4) === end.slice(0, 4)) return `${vnDate(start).slice(0, 5)} – ${vnDate(end)}`;
  return `${vnDate(start) || '…'} – ${vnDate(end) || '…'}`;
}

/** The current calendar year as a default reporting range. */
export function thisYear(): { from: string; to: string } {
  const y = new Date().getFullYear();
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}
