/**
 * .docx → the parser's text. Mammoth reads the document; its document model (paragraphs, runs,
 * tables, numbering) is walked here rather than its HTML, so that:
 * - a paragraph becomes a line; soft line breaks ("ĐẢNG BỘ TỈNH↵THÀNH ỦY") become lines too;
 * - list paragraphs get their printed labels back ("I.", "1.", "a)", "-"), see docx-numbering.ts;
 * - runs formatted All Caps are upper-cased, as Word shows them;
 * - a layout table (header, signature) is read cell after cell, a data table (report form) row by
 *   row with tabs between cells.
 */
import mammoth from 'mammoth';
import { PlanImportError } from './errors.ts';
import { numberingLabels, type NumberingLabels } from './docx-numbering.ts';
import { inspectDocx } from './zip.ts';
import { trimEndWhile } from '../../domain/import/text.ts';

interface DocxNode {
  type: string;
  children?: DocxNode[];
  value?: string;
  breakType?: string;
  isBold?: boolean;
  isAllCaps?: boolean;
  numbering?: { level: string; isOrdered: boolean } | null;
}

/** A run's or paragraph's text, line breaks as "\n", tabs kept; bold tracked. */
function inlineText(node: DocxNode, state: { bold: number; plain: number }, caps = false): string {
  switch (node.type) {
    case 'text': {
      const v = node.value ?? '';
      return caps ? v.toUpperCase() : v;
    }
    case 'tab':
      return '\t';
    case 'break':
      return node.breakType === 'line' ? '\n' : '\n';
    case 'run': {
      const text = (node.children ?? []).map((c) => inlineText(c, state, Boolean(node.isAllCaps))).join('');
      const letters = text.replace(/[^\p{L}\p{N}]/gu, '').length;
      if (node.isBold) state.bold += letters;
      else state.plain += letters;
      return text;
    }
    case 'hyperlink':
    case 'checkbox':
      return (node.children ?? []).map((c) => inlineText(c, state, caps)).join('');
    default:
      return '';
  }
}

class TextWriter {
  readonly lines: string[] = [];
  constructor(private readonly labels: NumberingLabels) {}

  paragraph(node: DocxNode): string[] {
    const state = { bold: 0, plain: 0 };
    const text = (node.children ?? []).map((c) => inlineText(c, state)).join('');
    const label = node.numbering ? this.labels.next(node.numbering) : '';
    const parts = text.split('\n');
    const out: string[] = [];
    parts.forEach((part, i) => {
      let line = trimEndWhile(part, /[ \u00A0]/u);
      if (i === 0 && label) line = `${label} ${line.trimStart()}`;
      if (!line.trim()) return;
      // Wholly bold paragraphs are marked as Markdown does, for the parser's notion of emphasis.
      if (state.bold > 0 && state.plain === 0 && !/^\s*\*+\s*$/.test(line) && !line.includes('\t')) line = `**${line.trim()}**`;
      out.push(line);
    });
    return out;
  }

  /** Text of a block (paragraphs, nested tables) as lines. */
  block(nodes: readonly DocxNode[]): string[] {
    const out: string[] = [];
    // Appended one by one: spreading a table of 100,000 rows into push() overflows the stack.
    const append = (lines: readonly string[]) => {
      for (const line of lines) out.push(line);
    };
    for (const node of nodes) {
      if (node.type === 'paragraph') append(this.paragraph(node));
      else if (node.type === 'table') append(this.table(node));
      else if (node.children) append(this.block(node.children));
    }
    return out;
  }

  table(node: DocxNode): string[] {
    const rows = (node.children ?? []).filter((r) => r.type === 'tableRow');
    const cells = rows.map((r) => (r.children ?? []).filter((c) => c.type === 'tableCell').map((c) => this.block(c.children ?? [])));
    const width = cells.reduce((most, r) => Math.max(most, r.length), 0);
    // A form's table has rows of figures; a header or signature block is one or two rows of cells.
    const isData = rows.length >= 3 || (rows.length >= 2 && width >= 3);
    if (isData) {
      return cells.map((row) => row.map((cell) => cell.join(' ').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim()).join('\t'));
    }
    return cells.flatMap((row) => row.flatMap((cell) => ['', ...cell]));
  }
}

/** Reads a .docx (already in memory) into text lines for the parser. */
export async function readDocxText(buf: Buffer): Promise<{ text: string; notes: string[] }> {
  const entries = inspectDocx(buf);
  let labels: NumberingLabels;
  try {
    labels = numberingLabels(buf, entries);
  } catch {
    labels = numberingLabels(null, []);
  }
  let root: DocxNode | null = null;
  let messages: { type: string; message: string }[] = [];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: buf },
      {
        // The model is all we need; converting it to HTML would be wasted work.
        // mammoth types the document as `any`: DocxNode names the part of it read here.
        transformDocument: (doc: DocxNode) => {
          root = doc;
          return { ...doc, children: [] };
        },
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    messages = result.messages;
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new PlanImportError('docx-corrupt', `the .docx cannot be read: ${detail}`);
  }
  const doc = root as DocxNode | null;
  if (!doc) throw new PlanImportError('docx-no-body', 'the .docx has no document body');
  const writer = new TextWriter(labels);
  const lines = writer.block(doc.children ?? []);
  const text = lines.join('\n');
  if (!text.replace(/[\s*]/g, '')) throw new PlanImportError('docx-no-body', 'the .docx has an empty body: no text to read');
  const notes = messages.filter((m) => m.type === 'error').map((m) => `docx: ${m.message}`);
  if (labels.mismatch) notes.push('docx: list numbering could not be matched; list labels are approximate');
  return { text, notes };
}
