/** Reading plan files (.txt, .md, .docx) for import; the parsing itself is src/domain/import. */
export { importPlanBytes, importPlanFile, readPlanBytes, readPlanFile, type ImportedPlan, type PlanSource, type ReadText } from './read-plan-file.ts';
export { MAX_FILE_BYTES, PlanImportError, type ImportErrorCode } from './errors.ts';
export { decodeText, type DecodedText, type EncodingInfo } from './encoding.ts';
