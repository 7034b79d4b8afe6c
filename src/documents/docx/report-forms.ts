/**
 * Report forms attached to the plan (mẫu báo cáo), each on a page of its own after the plan:
 * "Mẫu số 01", its title, "(Kèm theo Kế hoạch số … )" and a bordered table with the form's
 * columns and printed row labels, numbered when the first column is "STT".
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { PlanDocument } from '../../domain/plans/document.ts';
import { foldForSearch } from '../../domain/text/fold.ts';
import type { DocumentLayout, TextStyle } from './layout.ts';
import { paragraph, styledLine, textRun, textWidth, twips, type Alignment } from './primitives.ts';
import { datePhrase, documentNumber, kindName } from './wording.ts';

type ReportTemplate = PlanDocument['reportTemplates'][number];

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** "(Kèm theo Kế hoạch số 30-KH/ThU ngày 25/05/2021 của Thành ủy Lai Châu)". */
export function attachmentNote(plan: PlanDocument): string {
  const name = kindName(plan.kind) ?? 'văn bản';
  const number = documentNumber(plan.serial, plan.symbol);
  const when = datePhrase(plan.date);
  const by = plan.issuer?.trim() ? ` của ${plan.issuer.trim()}` : '';
  return `(Kèm theo ${name}${number ? ` số ${number}` : ''}${when ? ` ${when}` : ''}${by})`;
}

function hasSerialColumn(columns: string[]): boolean {
  return columns.length > 1 && foldForSearch(columns[0] ?? '') === 'stt';
}

/** Column widths in twips: "STT" narrow, the row labels' column wide, the rest shared. */
export function columnWidths(columns: string[], layout: DocumentLayout): number[] {
  const total = textWidth(layout);
  const f = layout.reportForm;
  const serial = hasSerialColumn(columns);
  const labelIndex = serial ? 1 : 0;
  const serialPct = serial ? f.serialColumnPct : 0;
  const others = columns.length - labelIndex - 1;
  const labelPct = others > 0 ? f.labelColumnPct : 100 - serialPct;
  const share = others > 0 ? (100 - serialPct - labelPct) / others : 0;
  return columns.map((_, i) => {
    const pct = i < labelIndex ? serialPct : i === labelIndex ? labelPct : share;
    return Math.round((total * pct) / 100);
  });
}

function cell(text: string, style: TextStyle, width: number, alignment: Alignment, margin: number): TableCell {
  return new TableCell({
    children: [paragraph([textRun(text, style)], { alignment })],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: margin, right: margin, top: Math.round(margin / 2), bottom: Math.round(margin / 2) },
  });
}

export function formTable(form: ReportTemplate, layout: DocumentLayout): Table {
  const f = layout.reportForm;
  const margin = twips(f.cellMarginMm);
  const columns = form.columns.length ? form.columns : ['Nội dung'];
  const widths = columnWidths(columns, layout);
  const serial = hasSerialColumn(columns);
  const labels = form.rows.length ? form.rows : Array.from({ length: f.blankRows }, () => '');
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c, f.tableHeader, widths[i] ?? 0, AlignmentType.CENTER, margin)),
  });
  const rows = labels.map(
    (label, r) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((_, i) => {
          const width = widths[i] ?? 0;
          if (serial && i === 0) return cell(String(r + 1).padStart(2, '0'), f.table, width, AlignmentType.CENTER, margin);
          if (i === (serial ? 1 : 0)) return cell(label, f.table, width, AlignmentType.LEFT, margin);
          return cell('', f.table, width, AlignmentType.CENTER, margin);
        }),
      }),
  );
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [header, ...rows],
  });
}

/** Every form, each starting a new page. */
export function reportForms(plan: PlanDocument, layout: DocumentLayout): (Paragraph | Table)[] {
  const f = layout.reportForm;
  const note = attachmentNote(plan);
  return plan.reportTemplates.flatMap((form, i) => [
    styledLine(`${f.label} ${String(i + 1).padStart(2, '0')}`, f.labelStyle, {
      alignment: AlignmentType.RIGHT,
      pageBreakBefore: true,
      afterPt: 12,
    }),
    styledLine(form.title.trim(), f.title, { afterPt: 0 }),
    styledLine(note, f.attachedTo, { afterPt: 12 }),
    formTable(form, layout),
  ]);
}
