/**
 * What a plan says, as lines of text: its preamble and its sections. A plan that carries its text
 * (`body`, `preamble`) is printed as written; one that carries only structured fields (sections'
 * names, bases, phases, channels, slogans, anniversaries, assignments) gets a body composed from
 * them, each field in the section its heading names, or in a section of its own.
 */
import { CHANNELS, CHANNEL_LABELS, type Channel, type PlanDocument } from '../../domain/plans/document.ts';
import { foldForSearch } from '../../domain/text/fold.ts';
import { baseLine, datePhrase, endPhrase, issuingLine } from './wording.ts';

export interface OutlineSection {
  heading: string;
  lines: string[];
}

export interface PlanOutline {
  preamble: string[];
  sections: OutlineSection[];
}

/** The parts of a composed body, in the order plans put them. */
type Topic = 'content' | 'phases' | 'channels' | 'assignments';

const TOPIC_ORDER: Topic[] = ['content', 'phases', 'channels', 'assignments'];

/** Default headings for a topic no section of the plan names. */
export const TOPIC_HEADINGS: Record<Topic, string> = {
  content: 'NỘI DUNG TUYÊN TRUYỀN',
  phases: 'THỜI GIAN THỰC HIỆN',
  channels: 'HÌNH THỨC TUYÊN TRUYỀN',
  assignments: 'TỔ CHỨC THỰC HIỆN',
};

/** Words of a section heading (folded) that say which topic it holds. */
const TOPIC_WORDS: Record<Topic, RegExp> = {
  content: /\b(noi dung|chu de)\b/,
  phases: /\b(lo trinh|thoi gian|giai doan|dot|tien do)\b/,
  channels: /\b(hinh thuc|phuong thuc)\b/,
  assignments: /\b(to chuc thuc hien|phan cong|trach nhiem)\b/,
};

/** A section heading without its numeral: "II - NỘI DUNG" → "NỘI DUNG". */
export function stripNumeral(heading: string): string {
  return heading.replace(/^\s*[IVXLC]+\s*[.\-–—:)]\s*/u, '').trim();
}

function isChannel(code: string): code is Channel {
  return (CHANNELS as readonly string[]).includes(code);
}

function phaseLines(plan: PlanDocument): string[] {
  return plan.phases.map((phase, i) => {
    const label = phase.label?.trim() || `Đợt ${i + 1}`;
    if (phase.text?.trim()) return `- ${label}: ${phase.text.trim()}`;
    const from = datePhrase(phase.start);
    const to = endPhrase(phase.end);
    const span = from && to ? `từ ${from} đến ${to}` : to ? `từ nay đến ${to}` : from ? `từ ${from}` : '';
    return span ? `- ${label}: ${span}.` : `- ${label}.`;
  });
}

/** A numbered point of a composed section; `named`: its heading is content (a unit's name), never dropped. */
interface Block {
  heading: string;
  lines: string[];
  named?: boolean;
}

function topicBlocks(plan: PlanDocument): Record<Topic, Block[]> {
  const content: Block[] = [];
  if (plan.anniversaries.length) {
    content.push({
      heading: 'Tuyên truyền kỷ niệm các ngày lễ lớn, sự kiện lịch sử',
      lines: plan.anniversaries.map((a) => `- Kỷ niệm ${a.title.trim()};`),
    });
  }
  if (plan.slogans.length) {
    content.push({ heading: 'Khẩu hiệu tuyên truyền', lines: plan.slogans.map((s) => `- ${s.trim()}`) });
  }
  const phases = plan.phases.length ? [{ heading: 'Các đợt tuyên truyền', lines: phaseLines(plan) }] : [];
  const channels = plan.channels.length
    ? [
        {
          heading: 'Hình thức tuyên truyền',
          lines: plan.channels.map((c) => `- ${isChannel(c) ? CHANNEL_LABELS[c] : c.trim()};`),
        },
      ]
    : [];
  const assignments = plan.assignments.map((a) =>
    typeof a === 'string'
      ? { heading: a.trim(), lines: [], named: true }
      : { heading: a.unit.trim(), lines: a.duties.map((d) => `- ${d.trim()}`), named: true },
  );
  return { content, phases, channels, assignments };
}

/**
 * Numbered points "1. …" of a section from its blocks. A lone block in a section made for it, or
 * whose heading the section's repeats, is printed without its own heading.
 */
function numberBlocks(blocks: Block[], sectionHeading: string, madeForIt: boolean): string[] {
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only && !only.named && (madeForIt || foldForSearch(only.heading) === foldForSearch(sectionHeading))) {
    return only.lines;
  }
  return blocks.flatMap((b, i) => [`${i + 1}. ${b.heading}`, ...b.lines]);
}

/** The sections of a plan that carries only structured fields. */
export function composeSections(plan: PlanDocument): OutlineSection[] {
  const blocks = topicBlocks(plan);
  const given = plan.sections.map((s) => ({ heading: stripNumeral(s), topics: [] as Topic[] }));
  const orphans: Topic[] = [];
  for (const topic of TOPIC_ORDER) {
    if (blocks[topic].length === 0) continue;
    const home = given.find((s) => TOPIC_WORDS[topic].test(foldForSearch(s.heading)));
    if (home) home.topics.push(topic);
    else orphans.push(topic);
  }
  const sections = given.map((s) => ({
    heading: s.heading,
    lines: numberBlocks(s.topics.flatMap((t) => blocks[t]), s.heading, false),
  }));
  const extra = orphans.map((t) => ({ heading: TOPIC_HEADINGS[t], lines: numberBlocks(blocks[t], TOPIC_HEADINGS[t], true) }));
  // The plan's own "Tổ chức thực hiện" stays last.
  const last = given.at(-1);
  const lastIsAssignments = last !== undefined && TOPIC_WORDS.assignments.test(foldForSearch(last.heading));
  if (lastIsAssignments && extra.length) {
    return [...sections.slice(0, -1), ...extra, ...sections.slice(-1)];
  }
  return [...sections, ...extra];
}

/** The preamble as written, or composed from the bases and the issuer. */
export function composePreamble(plan: PlanDocument): string[] {
  if (plan.preamble?.length) return plan.preamble;
  const lines = plan.bases.map(baseLine);
  if (lines.length === 0) return [];
  const closing = issuingLine(plan);
  if (closing) return [...lines, closing];
  const lastIndex = lines.length - 1;
  return lines.map((l, i) => (i === lastIndex ? l.replace(/;$/, '.') : l));
}

export function planOutline(plan: PlanDocument): PlanOutline {
  const sections = plan.body?.length
    ? plan.body.map((s) => ({ heading: stripNumeral(s.heading), lines: s.lines }))
    : composeSections(plan);
  return { preamble: composePreamble(plan), sections };
}
