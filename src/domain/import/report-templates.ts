/**
 * Report forms attached after the plan (mẫu báo cáo): each form's title, the columns of its table
 * and the labels printed on its rows (numbers, blanks and totals left out). A form opens with its
 * own header or type name ("BÁO CÁO", "BIỂU MẪU", "Mẫu số 01"); its title is the type line when it
 * says more than the type, else the subject line under it ("V/v Tuyên truyền …").
 */
import type { Line } from './lines.ts';
import { isMottoLine } from './header.ts';
import { readTypeHeading } from './title.ts';
import { fold, isPlaceholder, squash } from './text.ts';

export interface ReportTemplate {
  title: string;
  columns: string[];
  rows: string[];
}

const FORM_OPENING = /^(?:mau(?:\s+so)?\b|bieu(?:\s+mau|\s+so)?\b|phu luc\b)/u;
/** Titles that only say "an appendix" or "form No. 1": a later, more telling line replaces them. */
const GENERIC_TITLE = /^(?:phu luc|mau(?: so)?|bieu(?: mau| so)?)\s*[\divx.:\-–]*(?:\s*\(.*\))?$/u;
const NUMBER_CELL = /^(?:\d{1,3}[.)]?|[IVX]{1,5}[.)]?|[a-zđ][.)]|\*|-)$/iu;
const TOTAL = /^(?:tong cong|tong so|tong|cong)\b/u;
const STT = /^(?:stt|tt|so tt|so thu tu)$/u;

function isTableRow(line: Line): boolean {
  return line.cells !== null && line.cells.filter((c) => c).length >= 2 && !isMottoLine(line.key);
}

function templateOf(title: string, rows: string[][]): ReportTemplate {
  const [head = [], ...body] = rows;
  const columns = head.map((c) => squash(c)).filter((c) => c && !isPlaceholder(c));
  const labelColumn = head[0] && STT.test(fold(head[0]).replace(/\./g, '').trim()) ? 1 : 0;
  const labels: string[] = [];
  for (const row of body) {
    let label = squash(row[labelColumn] ?? '');
    if (labelColumn === 0 && NUMBER_CELL.test(label)) label = squash(row[1] ?? '');
    if (!label || isPlaceholder(label) || NUMBER_CELL.test(label) || TOTAL.test(fold(label))) continue;
    labels.push(label);
  }
  return { title, columns, rows: labels };
}

function cleanTitle(text: string): string {
  return squash(text.replace(/^v\/v\.?\s*:?\s*/iu, '').replace(/^về việc\s*:?\s*/iu, ''));
}

/** The report forms among the appendix lines. */
export function readReportTemplates(lines: readonly Line[]): ReportTemplate[] {
  const out: ReportTemplate[] = [];
  let title: string | null = null;
  let wantsTitle = false;
  let formOpen = false;
  let formHasTable = false;
  let formHasHeading = false;
  const closeForm = () => {
    if (formOpen && !formHasTable && title) out.push({ title, columns: [], rows: [] });
    formOpen = false;
    formHasTable = false;
    formHasHeading = false;
    title = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (isTableRow(line)) {
      const rows: string[][] = [];
      while (i < lines.length && (lines[i] as Line).cells) rows.push((lines[i++] as Line).cells as string[]);
      i--;
      if (rows.length >= 2) {
        out.push(templateOf(title ?? 'Mẫu báo cáo', rows));
        formHasTable = true;
      }
      continue;
    }
    const heading = readTypeHeading(line);
    const opening = FORM_OPENING.test(line.key) && line.text.length < 120;
    if ((heading && heading.kind === 'BC') || opening) {
      // "PHỤ LỤC" / "Mẫu số 01" / "BÁO CÁO …": one form until its table; a second type name, or a
      // heading after the table, opens the next.
      if (formHasTable || (heading && formHasHeading)) closeForm();
      formOpen = true;
      if (heading) {
        formHasHeading = true;
        if (heading.rest) title = cleanTitle(line.text);
        wantsTitle = !heading.rest;
      } else if (!title || GENERIC_TITLE.test(fold(title))) {
        title = cleanTitle(line.text);
        wantsTitle = GENERIC_TITLE.test(fold(title));
      }
      continue;
    }
    // "(Kèm theo Kế hoạch số …)" under a form's title is a note, not the title.
    if (wantsTitle && !isMottoLine(line.key) && line.text.length < 400 && !/^\(/.test(line.text)) {
      title = cleanTitle(line.text);
      wantsTitle = false;
    }
  }
  closeForm();
  return out;
}
