// Type-ahead for the grid's <select> cells that ignores Vietnamese diacritics: "co" finds "Cổ động trực quan",
// "truy" finds "Truyền thanh cơ sở", "ban" finds "Bản tin…" (the browser's own type-ahead wants exact letters).
import type { KeyboardEvent } from 'react';

export const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

const state = new WeakMap<HTMLSelectElement, { buf: string; at: number }>();

/** Handles a printable key on a select: picks the first option whose label starts with what was typed. */
export function typeAhead(e: KeyboardEvent<HTMLSelectElement>, pick: (value: string) => void): void {
  if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
  const el = e.currentTarget;
  const now = Date.now();
  const prev = state.get(el);
  const kept = prev && now - prev.at < 1000 ? prev.buf : '';
  if (e.key === ' ' && !kept) return; // Space alone still opens the list
  const buf = kept + fold(e.key);
  state.set(el, { buf, at: now });
  const options = Array.from(el.options).filter((o) => o.value !== '');
  const hit =
    options.find((o) => fold(o.text).startsWith(buf)) ??
    options.find((o) => fold(o.text).split(/[\s/,—-]+/).some((w) => w.startsWith(buf)));
  e.preventDefault();
  if (hit && hit.value !== el.value) pick(hit.value);
}
