// A report being written in the browser: what the user typed, and what goes to the server.
import type { Figures, NarrativeField, PublishedItem, Report } from '../api/types';
import type { ReportEdit } from '../api/reports';

export interface ItemDraft {
  key: string;
  title: string;
  link: string;
  publishedOn: string | null;
  channel: string;
}

export interface Draft {
  figures: Record<string, number | ''>;
  items: ItemDraft[];
  narrative: Partial<Record<NarrativeField, string>>;
}

let seq = 0;
export const itemKey = () => `i${++seq}`;

export function draftOf(r: Report): Draft {
  const figures: Record<string, number | ''> = {};
  for (const i of r.form.indicators) figures[i.key] = r.figures[i.key] ?? '';
  return {
    figures,
    items: r.items.map((it) => ({ key: itemKey(), title: it.title, link: it.link ?? '', publishedOn: it.publishedOn, channel: it.channel })),
    narrative: Object.fromEntries(r.form.narrative.map((f) => [f, r.narrative[f] ?? ''])),
  };
}

/** Figures the report holds that its form does not ask for (pre-filled from activities): they are not sent. */
export function extraFigures(r: Report): Figures {
  const keys = new Set(r.form.indicators.map((i) => i.key));
  return Object.fromEntries(Object.entries(r.figures).filter(([k, v]) => !keys.has(k) && v !== 0));
}

export function editOf(d: Draft, version: number, r: Report): ReportEdit {
  const figures: Figures = {};
  for (const i of r.form.indicators) {
    const v = d.figures[i.key];
    if (typeof v === 'number' && Number.isFinite(v)) figures[i.key] = v;
  }
  const items: PublishedItem[] = r.form.listsItems
    ? d.items
        .filter((it) => it.title.trim())
        .map((it) => ({ title: it.title.trim(), link: it.link.trim() || null, publishedOn: it.publishedOn, channel: it.channel }))
    : r.items;
  const narrative: Record<string, string> = {};
  for (const f of r.form.narrative) narrative[f] = d.narrative[f] ?? '';
  return { version, figures, items, narrative };
}

/** Period as people say it: "Tháng 3/2026", "Quý 1/2026", "Đợt 1", "Báo cáo tổng kết". */
export function periodName(key: string): string {
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return `Tháng ${Number(m[2])}/${m[1]}`;
  m = /^(\d{4})-Q(\d)$/.exec(key);
  if (m) return `Quý ${m[2]}/${m[1]}`;
  if (key.startsWith('phase:')) return key.slice(6);
  if (key === 'final') return 'Báo cáo tổng kết';
  return key;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? '') === JSON.stringify(b ?? '');
}
