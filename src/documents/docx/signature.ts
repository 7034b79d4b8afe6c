/**
 * The foot of the document: "Nơi nhận:" and its list on the left, the signer on the right
 * (T/M BAN THƯỜNG VỤ / BÍ THƯ / space for signature and seal / name).
 */
import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { PlanDocument } from '../../domain/plans/document.ts';
import type { DocumentLayout } from './layout.ts';
import { emptyLine, layoutTable, paragraph, styledLine, textRun, textWidth } from './primitives.ts';

/** A recipient as printed: "- Ban Thường vụ Tỉnh ủy (b/c),", the last ending with ".". */
export function recipientLines(recipients: string[], layout: DocumentLayout): string[] {
  const r = layout.recipients;
  const items = recipients.map((x) => x.trim().replace(/^[-–•+]\s*/u, '').replace(/[.,;:]+$/u, '')).filter(Boolean);
  return items.map((x, i) => `${r.itemPrefix}${x}${i === items.length - 1 ? r.last : r.itemSeparator}`);
}

function recipientsCell(plan: PlanDocument, layout: DocumentLayout): Paragraph[] {
  const r = layout.recipients;
  const lines = recipientLines(plan.recipients, layout);
  if (lines.length === 0) return [];
  return [
    paragraph([textRun(r.label, r.labelStyle)], { alignment: AlignmentType.LEFT }),
    ...lines.map((l) => paragraph([textRun(l, r.itemStyle)], { alignment: AlignmentType.LEFT })),
  ];
}

function signerCell(plan: PlanDocument, layout: DocumentLayout): Paragraph[] {
  const s = layout.signature;
  const signer = plan.signer;
  if (!signer) return [];
  const out: Paragraph[] = [];
  if (signer.authority?.trim()) out.push(styledLine(signer.authority.trim(), s.authority));
  if (signer.position?.trim()) out.push(styledLine(signer.position.trim(), s.position));
  if (signer.name?.trim()) {
    for (let i = 0; i < s.gapLines; i += 1) out.push(emptyLine(s.name.size));
    out.push(styledLine(signer.name.trim(), s.name));
  }
  return out;
}

export function signatureTable(plan: PlanDocument, layout: DocumentLayout): Table | null {
  const left = recipientsCell(plan, layout);
  const right = signerCell(plan, layout);
  if (left.length === 0 && right.length === 0) return null;
  const total = textWidth(layout);
  const leftWidth = Math.round((total * layout.signature.leftWidthPct) / 100);
  return layoutTable([[left, right]], [leftWidth, total - leftWidth]);
}

/** Space above the signature block. */
export function signatureGap(layout: DocumentLayout): Paragraph {
  return paragraph([], { afterPt: layout.signature.spaceBeforePt, keepNext: true });
}
