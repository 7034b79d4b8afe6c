/**
 * The text of the plan under its heading: type name ("KẾ HOẠCH"), title (trích yếu) and its mark,
 * the preamble, and the sections I, II, III with their lines.
 */
import { AlignmentType, type Paragraph } from 'docx';
import type { PlanDocument } from '../../domain/plans/document.ts';
import type { DocumentLayout } from './layout.ts';
import { lineKind, romanNumeral } from './lines.ts';
import type { PlanOutline } from './outline.ts';
import { markLine, paragraph, richRuns, styledLine, textRun, textWidth } from './primitives.ts';
import { typeNameLine } from './wording.ts';

/** "KẾ HOẠCH", the title, and "-----" under it. */
export function titleBlock(plan: PlanDocument, layout: DocumentLayout): Paragraph[] {
  const out: Paragraph[] = [];
  const typeName = typeNameLine(plan.kind);
  const t = layout.typeName;
  if (typeName) out.push(styledLine(typeName, t, { beforePt: t.spaceBeforePt, keepNext: true }));
  const title = plan.title.trim();
  // A công văn has no type name: its title is the "V/v …" line.
  const titleText = typeName || /^v\/v\b/i.test(title) ? title : `V/v ${title}`;
  if (title) {
    out.push(
      styledLine(titleText, layout.title, {
        beforePt: typeName ? 0 : t.spaceBeforePt,
        lineSpacing: 240,
        keepNext: true,
      }),
    );
  }
  out.push(markLine(layout.titleMark, textWidth(layout), { afterPt: layout.body.startGapPt }));
  return out;
}

function bodyParagraph(line: string, layout: DocumentLayout, keepWithNext = false): Paragraph {
  const b = layout.body;
  const kind = lineKind(line, layout.headingMaxChars);
  const style = kind === 'point' ? layout.pointHeading : kind === 'subPoint' ? layout.subPointHeading : b.style;
  return paragraph(richRuns(line.trim(), style), {
    alignment: AlignmentType.JUSTIFIED,
    firstLineMm: b.firstLineIndentMm,
    beforePt: b.spaceBeforePt,
    afterPt: b.spaceAfterPt,
    lineSpacing: b.lineSpacing,
    keepNext: keepWithNext || kind !== 'paragraph',
  });
}

/**
 * The preamble and the numbered sections. The last line is kept on the page of the signature, so
 * the signature never stands alone on a page.
 */
export function bodyBlock(outline: PlanOutline, layout: DocumentLayout): Paragraph[] {
  const out: Paragraph[] = [];
  for (const line of outline.preamble) {
    if (line.trim()) out.push(bodyParagraph(line, layout));
  }
  const b = layout.body;
  const h = layout.sectionHeading;
  const lastSection = outline.sections.length - 1;
  outline.sections.forEach((section, i) => {
    const heading = `${romanNumeral(i + 1)}${h.numberSuffix} ${section.heading}`;
    out.push(
      paragraph([textRun(heading, h)], {
        alignment: AlignmentType.JUSTIFIED,
        firstLineMm: b.firstLineIndentMm,
        beforePt: b.spaceBeforePt,
        afterPt: b.spaceAfterPt,
        lineSpacing: b.lineSpacing,
        keepNext: true,
      }),
    );
    const lines = section.lines.filter((l) => l.trim());
    lines.forEach((line, k) => out.push(bodyParagraph(line, layout, i === lastSection && k === lines.length - 1)));
  });
  return out;
}
