/**
 * The document's heading (thể thức): a two-cell table without borders. Left: the parent body,
 * the issuer, "*" (or a short rule), the number. Right: "ĐẢNG CỘNG SẢN VIỆT NAM" (or quốc hiệu and
 * tiêu ngữ), then place and date, on the row of the number so both sit on one line.
 */
import type { Paragraph, Table } from 'docx';
import type { PlanDocument } from '../../domain/plans/document.ts';
import type { DocumentLayout } from './layout.ts';
import { layoutTable, markLine, styledLine, textWidth, twips } from './primitives.ts';
import { numberLine, placeDateLine } from './wording.ts';

export function headingTable(plan: PlanDocument, layout: DocumentLayout): Table {
  const h = layout.header;
  const outdent = twips(h.outdentMm);
  const total = textWidth(layout) + 2 * outdent;
  const left = Math.round((total * h.leftWidthPct) / 100);
  const right = total - left;

  const issuerBlock: Paragraph[] = [];
  if (plan.issuerParent?.trim()) issuerBlock.push(styledLine(plan.issuerParent.trim(), h.issuerParent));
  if (plan.issuer?.trim()) issuerBlock.push(styledLine(plan.issuer.trim(), h.issuer));
  if (issuerBlock.length) issuerBlock.push(markLine(h.issuerMark, left));

  const titleBlock = h.nationalTitle.map((t) => styledLine(t.text, t.style));

  const numberCell = [styledLine(numberLine(plan, layout), h.number.style, { beforePt: h.rowGapPt })];
  const dateCell = [styledLine(placeDateLine(plan.place, plan.date, layout), h.placeDate, { beforePt: h.rowGapPt })];

  return layoutTable(
    [
      [issuerBlock, titleBlock],
      [numberCell, dateCell],
    ],
    [left, right],
    outdent,
  );
}
