/**
 * The labels Word prints before list paragraphs ("I.", "1.", "1.1.", "a)", "Đợt 1:"), which mammoth
 * does not keep. numbering.xml gives each list level its format and text ("%1." in upper Roman);
 * document.xml gives, in order, the list level of each paragraph. The labels are computed here in
 * document order and handed out as mammoth's reader meets the same paragraphs; if the two sequences
 * disagree, plain labels are used from there on.
 */
import { inflateEntry, type ZipEntry } from './zip.ts';

interface Level {
  start: number;
  format: string;
  text: string;
  styleId: string | null;
}

interface Numbering {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

export interface NumberingLabels {
  /** The label of the next numbered paragraph mammoth reports. */
  next(numbering: { level: string; isOrdered: boolean }): string;
  readonly mismatch: boolean;
}

const attr = (xml: string, name: string): string | null => {
  const m = new RegExp(`${name}="([^"]*)"`).exec(xml);
  return m ? (m[1] ?? null) : null;
};
const valOf = (xml: string, tag: string): string | null => {
  const m = new RegExp(`<${tag}\\b[^>]*?w:val="([^"]*)"`).exec(xml);
  return m ? (m[1] ?? null) : null;
};

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function parseNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1] ?? '', 'w:abstractNumId');
    if (id == null) continue;
    const levels = new Map<number, Level>();
    for (const l of (m[2] ?? '').matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(attr(l[1] ?? '', 'w:ilvl') ?? '0');
      const body = l[2] ?? '';
      levels.set(ilvl, {
        start: Number(valOf(body, 'w:start') ?? '1'),
        format: valOf(body, 'w:numFmt') ?? 'decimal',
        text: decodeEntities(valOf(body, 'w:lvlText') ?? `%${ilvl + 1}.`),
        styleId: valOf(body, 'w:pStyle'),
      });
    }
    abstracts.set(id, levels);
  }
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(m[1] ?? '', 'w:numId');
    const abstractId = valOf(m[2] ?? '', 'w:abstractNumId');
    if (id == null || abstractId == null) continue;
    const starts = new Map<number, number>();
    for (const o of (m[2] ?? '').matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = valOf(o[2] ?? '', 'w:startOverride');
      if (start != null) starts.set(Number(attr(o[1] ?? '', 'w:ilvl') ?? '0'), Number(start));
    }
    nums.set(id, { abstractId, starts });
  }
  return { abstracts, nums };
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = Math.max(1, Math.min(n, 3999));
  for (const [v, s] of table) while (rest >= v) (out += s), (rest -= v);
  return out;
}

function letter(n: number): string {
  const i = (Math.max(1, n) - 1) % 26;
  return String.fromCharCode(65 + i).repeat(Math.floor((Math.max(1, n) - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

interface Planned {
  level: number;
  ordered: boolean;
  label: string;
}

/** The labels of all numbered paragraphs of document.xml, in order. */
function plannedLabels(documentXml: string, numbering: Numbering): Planned[] {
  const byStyle = new Map<string, { abstractId: string; level: number }>();
  for (const [abstractId, levels] of numbering.abstracts) {
    for (const [ilvl, level] of levels) if (level.styleId) byStyle.set(level.styleId, { abstractId, level: ilvl });
  }
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  const out: Planned[] = [];
  const starts = [...documentXml.matchAll(/<w:p(?=[\s>/])/g)].map((m) => m.index ?? 0);
  starts.forEach((at, i) => {
    const head = documentXml.slice(at, starts[i + 1] ?? documentXml.length);
    const pPr = /^<w:p\b[^>]*>\s*<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(head)?.[1] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
    const ilvlText = numPr ? valOf(numPr, 'w:ilvl') : null;
    const numId = numPr ? valOf(numPr, 'w:numId') : null;
    let abstractId: string | null = null;
    let level = 0;
    let numKey: string | null = null;
    // As mammoth decides: a full numPr first, then the paragraph style's numbering, then numId alone.
    const styleId = valOf(pPr, 'w:pStyle');
    const byStyleLevel = styleId ? byStyle.get(styleId) : undefined;
    if (numId != null && (ilvlText != null || !byStyleLevel)) {
      const num = numbering.nums.get(numId);
      if (!num) return;
      abstractId = num.abstractId;
      level = Number(ilvlText ?? '0');
      numKey = numId;
    } else if (byStyleLevel) {
      abstractId = byStyleLevel.abstractId;
      level = byStyleLevel.level;
    } else return;
    const def = numbering.abstracts.get(abstractId)?.get(level);
    if (!def) return;
    const count = counters.get(abstractId) ?? [];
    if (numKey && !started.has(numKey)) {
      started.add(numKey);
      const override = numbering.nums.get(numKey)?.starts.get(level);
      if (override != null) count[level] = override - 1;
    }
    const levels = numbering.abstracts.get(abstractId) as Map<number, Level>;
    count[level] = (count[level] ?? (def.start - 1)) + 1;
    count.length = level + 1;
    counters.set(abstractId, count);
    const ordered = def.format !== 'bullet';
    let label: string;
    if (!ordered) label = '-';
    else if (def.format === 'none') label = def.text.replace(/%\d/g, '').trim();
    else {
      label = def.text.replace(/%(\d)/g, (_, d: string) => {
        const k = Number(d) - 1;
        const kDef = levels.get(k);
        const value = count[k] ?? kDef?.start ?? 1;
        return formatNumber(value, k === level ? def.format : (kDef?.format ?? 'decimal'));
      });
    }
    out.push({ level, ordered, label: label.trim() || '-' });
  });
  return out;
}

/** Plain labels when numbering.xml is missing or does not match: 1. / a) / - by level. */
function fallbackLabels(): (n: { level: string; isOrdered: boolean }) => string {
  const counters: number[] = [];
  return (n) => {
    const level = Number(n.level) || 0;
    if (!n.isOrdered) return '-';
    counters[level] = (counters[level] ?? 0) + 1;
    counters.length = level + 1;
    const value = counters[level] ?? 1;
    return level === 0 ? `${value}.` : level === 1 ? `${String.fromCharCode(96 + ((value - 1) % 26) + 1)})` : '-';
  };
}

export function numberingLabels(buf: Buffer | null, entries: readonly ZipEntry[]): NumberingLabels {
  const fallback = fallbackLabels();
  let planned: Planned[] = [];
  const numberingEntry = entries.find((e) => e.name === 'word/numbering.xml');
  const documentEntry = entries.find((e) => e.name === 'word/document.xml');
  if (buf && numberingEntry && documentEntry) {
    const numbering = parseNumbering(inflateEntry(buf, numberingEntry).toString('utf8'));
    planned = plannedLabels(inflateEntry(buf, documentEntry).toString('utf8'), numbering);
  }
  let i = 0;
  let mismatch = false;
  return {
    next(n) {
      if (!mismatch) {
        const p = planned[i++];
        if (p && String(p.level) === String(n.level) && p.ordered === n.isOrdered) return p.label;
        mismatch = planned.length > 0;
      }
      return fallback(n);
    },
    get mismatch() {
      return mismatch;
    },
  };
}
