// Saving a reviewed plan: clean the edited values, send, report the outcome.
import { useState } from 'react';
import { ApiError } from '../api/client';
import { errorMessage } from '../lib/notify';
import { saveImportedPlan, useAfterSave } from './api';
import type { PlanDocument, SaveAs, SaveResult } from './types';
import type { UnitRef } from './UnitChoice';

const lines = (xs: string[]) => xs.map((x) => x.trim()).filter((x) => x !== '');

/** Drops what the user emptied in the form, trims the rest. */
export function cleanPlan(p: PlanDocument): PlanDocument {
  return {
    ...p,
    title: p.title.replace(/\s+/g, ' ').trim(),
    sections: lines(p.sections),
    slogans: lines(p.slogans),
    recipients: lines(p.recipients),
    bases: p.bases.filter((b) => b.serial !== null || b.symbol || b.date),
    phases: p.phases.filter((ph) => ph.label || ph.start || ph.end),
    anniversaries: p.anniversaries.filter((a) => a.title.trim() !== ''),
    assignments: p.assignments
      .map((a) => (typeof a === 'string' ? a.trim() : { unit: a.unit.trim(), duties: lines(a.duties) }))
      .filter((a) => (typeof a === 'string' ? a : a.unit) !== ''),
  };
}

/** What the form must have before saving, or null. */
export function missingForSave(p: PlanDocument): string | null {
  if (!p.title.trim()) return 'Hãy nhập trích yếu của văn bản trước khi lưu.';
  return null;
}

export type SaveOutcome = { ok: true; result: SaveResult } | { ok: false; message: string; code: string };

export function useImportSave() {
  const after = useAfterSave();
  const [pending, setPending] = useState<SaveAs | null>(null);
  const save = async (unit: UnitRef, as: SaveAs, plan: PlanDocument): Promise<SaveOutcome> => {
    const missing = missingForSave(plan);
    if (missing) return { ok: false, message: missing, code: 'missing' };
    setPending(as);
    try {
      const result = await saveImportedPlan(unit.id, as, cleanPlan(plan));
      after(unit.id);
      return { ok: true, result };
    } catch (err) {
      return { ok: false, message: errorMessage(err), code: err instanceof ApiError ? err.code : 'error' };
    } finally {
      setPending(null);
    }
  };
  return { save, pending };
}
