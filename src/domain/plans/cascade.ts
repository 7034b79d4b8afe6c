/**
 * Cascade: a unit's implementing plan starts from its parent's, and the coverage view shows what of
 * the parent the child does not (yet) cover. Pure functions over plan content.
 */
import { foldForSearch } from '../text/fold.ts';
import type { PlanContent } from './content.ts';

/** The starting content of an implementing plan: the parent's themes, phases, channels, slogans, anniversaries. */
export function implementingContent(parent: PlanContent): PlanContent {
  return {
    purposes: [],
    requirements: [],
    themes: parent.themes.map((t) => ({ title: t.title, points: [...t.points] })),
    phases: parent.phases.map((p) => ({ ...p, tasks: [...p.tasks] })),
    channels: parent.channels.map((c) => ({ ...c })),
    slogans: [...parent.slogans],
    anniversaries: parent.anniversaries.map((a) => ({ ...a })),
    assignments: [],
    reporting: parent.reporting ? { ...parent.reporting } : null,
    recipients: [],
    externalBases: [],
    signer: null,
    implementBy: null,
  };
}

export interface CoverageGap {
  themes: string[];
  phases: string[];
  channels: string[];
  slogans: string[];
  anniversaries: string[];
  /** Channel targets the child sets lower than the parent asks. */
  targets: { channel: string; parent: number; child: number | null; measure: string }[];
}

const key = (s: string) => foldForSearch(s);

/** What of the parent the child does not cover; empty lists mean full coverage. */
export function coverageGaps(parent: PlanContent, child: PlanContent): CoverageGap {
  const has = (list: string[], item: string) => list.some((x) => key(x) === key(item));
  const childThemes = child.themes.map((t) => t.title);
  const childPhases = child.phases.map((p) => p.label);
  const childChannels = child.channels.map((c) => c.code as string);
  const childAnniversaries = child.anniversaries.map((a) => `${a.title}|${a.anniversaryDate ?? ''}`);
  const targets: CoverageGap['targets'] = [];
  for (const pc of parent.channels) {
    if (!pc.target) continue;
    const cc = child.channels.find((c) => c.code === pc.code);
    const childQty = cc?.target && cc.target.per === pc.target.per ? cc.target.quantity : null;
    if (childQty === null || childQty < pc.target.quantity) {
      targets.push({ channel: pc.code, parent: pc.target.quantity, child: childQty, measure: pc.target.measure });
    }
  }
  return {
    themes: parent.themes.map((t) => t.title).filter((t) => !has(childThemes, t)),
    phases: parent.phases.map((p) => p.label).filter((p) => !has(childPhases, p)),
    channels: parent.channels.map((c) => c.code as string).filter((c) => !childChannels.includes(c)),
    slogans: parent.slogans.filter((s) => !has(child.slogans, s)),
    anniversaries: parent.anniversaries
      .filter((a) => !childAnniversaries.some((c) => key(c) === key(`${a.title}|${a.anniversaryDate ?? ''}`)))
      .map((a) => a.title),
    targets,
  };
}

export function isFullyCovered(gap: CoverageGap): boolean {
  return Object.values(gap).every((list) => list.length === 0);
}
