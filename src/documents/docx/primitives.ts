/**
 * Small builders over the `docx` package: runs and paragraphs in a layout's text styles, and the
 * borderless tables official headers and signature blocks are laid out with. All text goes in as
 * NFC, so Vietnamese prints with precomposed letters whatever the input's normalisation.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { DocumentLayout, RuleMark, TextMark, TextStyle } from './layout.ts';
import { spansOf } from './lines.ts';
import { upper } from './wording.ts';

export type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/** Millimetres to twips, rounded (A4: 11906 × 16838; docx's own helper truncates). */
export function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Width of the text between the side margins, in twips. */
export function textWidth(layout: DocumentLayout): number {
  const p = layout.page;
  return twips(p.widthMm - p.marginMm.left - p.marginMm.right);
}

export function textRun(text: string, style: TextStyle, emphasis: { bold?: boolean; italic?: boolean } = {}): TextRun {
  const nfc = text.normalize('NFC');
  return new TextRun({
    text: style.upper ? upper(nfc) : nfc,
    size: style.size * 2,
    bold: style.bold || emphasis.bold ? true : undefined,
    italics: style.italic || emphasis.italic ? true : undefined,
    underline: style.underline ? {} : undefined,
  });
}

/** The runs of a line of body text, Markdown emphasis turned into bold and italic. */
export function richRuns(line: string, style: TextStyle): TextRun[] {
  return spansOf(line).map((s) => textRun(s.text, style, s));
}

export interface ParagraphOptions {
  alignment?: Alignment;
  beforePt?: number;
  afterPt?: number;
  /** 240ths of a line. */
  lineSpacing?: number;
  firstLineMm?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

export function paragraph(children: TextRun[], o: ParagraphOptions = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: o.alignment,
    spacing: {
      before: Math.round((o.beforePt ?? 0) * 20),
      after: Math.round((o.afterPt ?? 0) * 20),
      line: o.lineSpacing ?? 240,
      lineRule: LineRuleType.AUTO,
    },
    indent: o.firstLineMm ? { firstLine: twips(o.firstLineMm) } : undefined,
    keepNext: o.keepNext,
    pageBreakBefore: o.pageBreakBefore,
  });
}

/** One line of text in one style, centred unless told otherwise. */
export function styledLine(text: string, style: TextStyle, o: ParagraphOptions = {}): Paragraph {
  return paragraph([textRun(text, style)], { alignment: AlignmentType.CENTER, ...o });
}

/** An empty line in the given size (for the space a signature takes). */
export function emptyLine(sizePt: number): Paragraph {
  return new Paragraph({ children: [], run: { size: sizePt * 2 }, spacing: { before: 0, after: 0 } });
}

/** A mark under a heading block: a centred text ("*", "-----") or a short centred rule. */
export function markLine(mark: TextMark | RuleMark, widthTwips: number, o: ParagraphOptions = {}): Paragraph {
  if (mark.kind === 'text') return styledLine(mark.text, mark.style, o);
  const side = Math.round((widthTwips * (1 - mark.widthPct / 100)) / 2);
  return new Paragraph({
    children: [],
    run: { size: 4 },
    spacing: { before: Math.round(mark.gapPt * 20), after: Math.round((o.afterPt ?? 0) * 20), line: 240, lineRule: LineRuleType.AUTO },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

/**
 * A table without borders laying out blocks side by side (header, signature): `rows` of cells,
 * each cell a list of paragraphs, columns `widths` twips wide, moved `outdent` twips left.
 */
export function layoutTable(rows: Paragraph[][][], widths: number[], outdent = 0): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    indent: outdent ? { size: -outdent, type: WidthType.DXA } : undefined,
    borders: NO_BORDERS,
    margins: { left: 57, right: 57, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                children: children.length ? children : [new Paragraph({ children: [] })],
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                borders: NO_CELL_BORDERS,
                verticalAlign: VerticalAlignTable.TOP,
              }),
          ),
        }),
    ),
  });
}
