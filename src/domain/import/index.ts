/** Plan import: a document's text → PlanDocument (pure, no I/O). Files are read in src/documents/import. */
export { parsePlan, parsePlanDetailed, type Evidence, type ParseOptions, type ParseResult } from './parse-plan.ts';
export { importPlanText, recognisePlan, type ImportResult, type Recognition } from './recognise.ts';
