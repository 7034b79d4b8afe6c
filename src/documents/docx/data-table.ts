/**
 * Tables of figures inside a document's body (a consolidated report's totals and per-unit table):
 * a bold caption, then a bordered table, numbers right-aligned, the header row repeated on each page.
 */
import { AlignmentType, Paragraph, Table, TableCell, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { DocumentLayout } from './layout.ts';
import { paragraph, textRun, textWidth, twips } from './primitives.ts';

export interface DataTable {
  caption: string;
  columns: string[];
  rows: string[][];
  /** Bold last row (totals). */
  totalRow?: boolean;
}

export function dataTableBlock(table: DataTable, layout: DocumentLayout): (Paragraph | Table)[] {
  const f = layout.reportForm;
  const margin = twips(f.cellMarginMm);
  const total = textWidth(layout);
  const first = Math.round(total * (table.columns.length > 4 ? 0.34 : 0.5));
  const rest = table.columns.length > 1 ? Math.round((total - first) / (table.columns.length - 1)) : 0;
  const widths = table.columns.map((_, i) => (i === 0 ? first : rest));
  const isNumber = (s: string) => /^[\d.,\s-]+$/.test(s) && s.trim() !== '';
  const makeCell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      children: [paragraph([textRun(text, { ...(bold ? f.tableHeader : f.table) })], { alignment: i > 0 && isNumber(text) ? AlignmentType.RIGHT : i > 0 && bold ? AlignmentType.CENTER : AlignmentType.LEFT })],
      width: { size: widths[i] ?? rest, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: margin, right: margin, top: Math.round(margin / 2), bottom: Math.round(margin / 2) },
    });
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((c, i) => makeCell(c, i, true)) });
  const body = table.rows.map(
    (row, r) => new TableRow({ cantSplit: true, children: table.columns.map((_, i) => makeCell(row[i] ?? '', i, !!table.totalRow && r === table.rows.length - 1)) }),
  );
  return [
    paragraph([textRun(table.caption, { ...layout.body.style, bold: true })], { alignment: AlignmentType.LEFT }),
    new Table({ rows: [header, ...body], width: { size: total, type: WidthType.DXA }, columnWidths: widths }),
    paragraph([textRun('', layout.body.style)]),
  ];
}
