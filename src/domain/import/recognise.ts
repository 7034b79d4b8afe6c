/**
 * Is the text a plan (or another administrative document) at all? A document of the kind names its
 * type (KẾ HOẠCH, HƯỚNG DẪN…) or carries a number and symbol (Số 10-KH/ĐUK), and is built of sections,
 * a preamble citing other documents, a distribution list, a signature. A text with none of these —
 * a letter, an article, a spreadsheet export — is refused rather than imported as an empty plan.
 */
import type { PlanDocument } from '../plans/document.ts';
import { parsePlanDetailed, type Evidence, type ParseOptions } from './parse-plan.ts';

export type Recognition = { ok: true } | { ok: false; reason: string };

const MIN_LETTERS = 60;

export function recognisePlan(evidence: Evidence): Recognition {
  if (evidence.letters < MIN_LETTERS) {
    return { ok: false, reason: `too little text to be a plan (${evidence.letters} letters)` };
  }
  const structure =
    Number(evidence.sections >= 2) + Number(evidence.bases > 0) + Number(evidence.recipients > 0) + Number(evidence.signer) + Number(evidence.nationalHeader);
  // A real plan refused costs more than a stray document let through for review: one strong sign
  // (the type name, the number) with some text is enough; without either, its build must show.
  if ((evidence.typeHeading || evidence.numberLine) && (structure >= 1 || evidence.letters >= 200)) return { ok: true };
  if (evidence.sections >= 2 && structure >= 2) return { ok: true };
  const missing = evidence.typeHeading
    ? 'a document type but no sections, preamble, distribution list or signature'
    : 'no document type (KẾ HOẠCH, HƯỚNG DẪN…) and no number (Số …-KH/…)';
  return { ok: false, reason: `not a plan: ${missing} found` };
}

export type ImportResult = { ok: true; plan: PlanDocument } | { ok: false; code: 'not-a-plan'; message: string };

/** Parses the text and refuses it when it is not a plan. */
export function importPlanText(text: string, options: ParseOptions = {}): ImportResult {
  const { plan, evidence } = parsePlanDetailed(text, options);
  const verdict = recognisePlan(evidence);
  return verdict.ok ? { ok: true, plan } : { ok: false, code: 'not-a-plan', message: verdict.reason };
}
