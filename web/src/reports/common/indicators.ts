import type { Channel, Indicator, ReportForm } from '../api/types';

export const STANDARD_FORM = 'Mẫu chuẩn';

/** Indicators of the standard form, plus those of other forms with keys the standard lacks. */
export function indicatorCatalog(forms: ReportForm[]): Map<string, Indicator> {
  const out = new Map<string, Indicator>();
  const ordered = [...forms].sort((a, b) => Number(b.code === STANDARD_FORM) - Number(a.code === STANDARD_FORM));
  for (const f of ordered) for (const i of f.indicators) if (!out.has(i.key)) out.set(i.key, i);
  return out;
}

/** Indicators to offer for a channel: the standard ones, and the plan's form's own for that channel. */
export function indicatorsFor(channel: Channel | '', forms: ReportForm[], planFormCode: string | null): Indicator[] {
  if (!channel) return [];
  const std = forms.find((f) => f.code === STANDARD_FORM);
  const own = planFormCode ? forms.find((f) => f.code === planFormCode) : undefined;
  const out: Indicator[] = [];
  const seen = new Set<string>();
  for (const f of [std, own]) {
    for (const i of f?.indicators ?? []) {
      if (i.channel !== channel || seen.has(i.key)) continue;
      seen.add(i.key);
      out.push(i);
    }
  }
  return out;
}

/** Groups a form's indicators by channel, keeping the form's order. */
export function groupByChannel(indicators: Indicator[]): { channel: Channel; indicators: Indicator[] }[] {
  const groups: { channel: Channel; indicators: Indicator[] }[] = [];
  for (const i of indicators) {
    const g = groups.find((x) => x.channel === i.channel);
    if (g) g.indicators.push(i);
    else groups.push({ channel: i.channel, indicators: [i] });
  }
  return groups;
}

export const formatNumber = (n: number) => n.toLocaleString('vi-VN');

/** "3 buổi · 120 lượt người" */
export function figuresText(figures: Record<string, number>, catalog: Map<string, Indicator>): string {
  return Object.entries(figures)
    .filter(([, v]) => v !== 0)
    .map(([k, v]) => `${formatNumber(v)} ${catalog.get(k)?.measure ?? k}`)
    .join(' · ');
}
