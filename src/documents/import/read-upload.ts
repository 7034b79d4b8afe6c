/**
 * An uploaded plan file → what the import screen shows: the parsed plan, how the file was read, its
 * text, where each field was found in it and which fields to check. Everything here is CPU work on
 * the bytes (no I/O, no database), so the server runs it in a worker thread (parse-pool.ts); every
 * refusal is a PlanImportError.
 */
import { importPlanText } from '../../domain/import/index.ts';
import type { PlanDocument } from '../../domain/plans/document.ts';
import { locateFields, uncertainFields, type FieldSpan } from '../../domain/plans/from-document.ts';
import { PlanImportError } from './errors.ts';
import { readPlanBytes, type SourceFormat } from './read-plan-file.ts';

export interface ReadUpload {
  plan: PlanDocument;
  source: { format: SourceFormat; notes: string[] };
  text: string;
  spans: FieldSpan[];
  uncertain: string[];
}

/**
 * Spans are looked for in the whole text, one search per item: in a list longer than any plan's
 * (a file of thousands of "recipients") only the first items are located, so the cost stays linear.
 */
const LOCATED_PER_LIST = 200;

export async function readUpload(data: Buffer, filename: string): Promise<ReadUpload> {
  const { text, source } = await readPlanBytes(data, filename);
  const result = importPlanText(text, { notes: source.notes });
  if (!result.ok) throw new PlanImportError('not-a-plan', result.message);
  const plan = result.plan;
  const located: PlanDocument = {
    ...plan,
    sections: plan.sections.slice(0, LOCATED_PER_LIST),
    slogans: plan.slogans.slice(0, LOCATED_PER_LIST),
    recipients: plan.recipients.slice(0, LOCATED_PER_LIST),
    anniversaries: plan.anniversaries.slice(0, LOCATED_PER_LIST),
  };
  return { plan, source: { format: source.format, notes: source.notes }, text, spans: locateFields(text, located), uncertain: uncertainFields(plan) };
}
