import type { Executor } from '../../../db/client.ts';
import { planToDocument } from '../../../domain/plans/to-document.ts';
import type { PlanDocument } from '../../../domain/plans/document.ts';
import { renderPlanDocx } from '../../../documents/docx/index.ts';
import { docxToPdf, LibreOfficeMissingError } from '../../../documents/docx/pdf.ts';
import { AppError, notFound } from '../../errors.ts';
import { findPlan, issuerInfo } from '../../queries/plans.ts';

export async function planDocument(ex: Executor, id: number): Promise<PlanDocument> {
  const plan = await findPlan(ex, id);
  if (!plan) throw notFound('kế hoạch');
  const issuer = await issuerInfo(ex, plan.issuerUnitId);
  const parent = plan.parentPlanId ? await findPlan(ex, plan.parentPlanId) : undefined;
  return planToDocument(
    plan,
    { ...issuer!.settings, format: plan.format },
    parent ? { kind: parent.kind, serial: parent.serial, symbol: parent.symbol, issuedOn: parent.issuedOn, issuerName: parent.issuerName, title: parent.title } : null,
  );
}

/** The official document of a plan, as .docx or (when LibreOffice is installed) .pdf. */
export async function exportPlan(ex: Executor, id: number, format: 'docx' | 'pdf'): Promise<{ data: Buffer; filename: string }> {
  const doc = await planDocument(ex, id);
  const docx = await renderPlanDocx(doc);
  const base = `${doc.kind}-${doc.serial ?? 'du-thao'}-${id}`;
  if (format === 'docx') return { data: docx, filename: `${base}.docx` };
  try {
    return { data: await docxToPdf(docx), filename: `${base}.pdf` };
  } catch (err) {
    if (err instanceof LibreOfficeMissingError) {
      throw new AppError('unsupported', 'pdf_unavailable', 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; hãy tải bản Word (.docx).');
    }
    throw err;
  }
}
