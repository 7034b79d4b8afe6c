/**
 * A plan as an official .docx: A4, Times New Roman, the layout's margins; heading, title, body,
 * signature and recipients, then the report forms. The layout (Party or State) comes from the
 * plan's `format` unless the caller names one.
 */
import { AlignmentType, Document, Header, Packer, Paragraph, TextRun, PageNumber, type Table } from 'docx';
import type { PlanDocument } from '../../domain/plans/document.ts';
import { bodyBlock, titleBlock } from './body.ts';
import { headingTable } from './header.ts';
import { LAYOUTS, type DocumentFormat, type DocumentLayout } from './layout.ts';
import { planOutline } from './outline.ts';
import { twips } from './primitives.ts';
import { reportForms } from './report-forms.ts';
import { dataTableBlock, type DataTable } from './data-table.ts';
import { signatureGap, signatureTable } from './signature.ts';
import { kindName } from './wording.ts';

export interface RenderOptions {
  /** Party (36-HD/VPTW) or State (Nghị định 30) heading; default: the plan's `format`, else Party. */
  format?: DocumentFormat;
  /** A whole layout of one's own (a newer format guide); overrides `format`. */
  layout?: DocumentLayout;
  /** Tables of figures printed after the body, before the signature (consolidated reports). */
  dataTables?: DataTable[];
}

export function layoutFor(plan: PlanDocument, options: RenderOptions = {}): DocumentLayout {
  return options.layout ?? LAYOUTS[options.format ?? plan.format ?? 'party'];
}

function pageNumberHeader(layout: DocumentLayout): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: layout.pageNumber.style.size * 2 })],
      }),
    ],
  });
}

export function buildPlanDocument(plan: PlanDocument, options: RenderOptions = {}): Document {
  const layout = layoutFor(plan, options);
  const p = layout.page;
  const children: (Paragraph | Table)[] = [
    headingTable(plan, layout),
    ...titleBlock(plan, layout),
    ...bodyBlock(planOutline(plan), layout),
    ...(options.dataTables ?? []).flatMap((t) => dataTableBlock(t, layout)),
  ];
  const foot = signatureTable(plan, layout);
  if (foot) children.push(signatureGap(layout), foot);
  children.push(...reportForms(plan, layout));

  const font = { ascii: layout.font, hAnsi: layout.font, cs: layout.font, eastAsia: layout.font };
  const title = `${kindName(plan.kind) ?? plan.kind} ${plan.title}`.normalize('NFC');
  return new Document({
    title,
    creator: (plan.issuer ?? 'tuyentruyen').normalize('NFC'),
    styles: {
      default: {
        document: {
          run: { font, size: layout.body.style.size * 2, language: { value: layout.language } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: !layout.pageNumber.onFirstPage,
          page: {
            size: { width: twips(p.widthMm), height: twips(p.heightMm) },
            margin: {
              top: twips(p.marginMm.top),
              bottom: twips(p.marginMm.bottom),
              left: twips(p.marginMm.left),
              right: twips(p.marginMm.right),
              header: twips(p.headerMm),
              footer: twips(p.footerMm),
            },
          },
        },
        headers: { default: pageNumberHeader(layout), first: new Header({ children: [] }) },
        children,
      },
    ],
  });
}

/** The plan as a .docx file. */
export async function renderPlanDocx(plan: PlanDocument, options: RenderOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(buildPlanDocument(plan, options));
}
