import { z } from 'zod';
import { isPartialDate } from '../text/iso-date.ts';

/**
 * A plan as a document: the JSON of `shared/import-format.md`. The parser produces it, the
 * renderer consumes it (`tuyentruyen render PLAN.json`), so a parsed document can be re-issued.
 * Fields beyond the contract are optional and may be added; none of the contract's may go.
 */
export { CHANNELS, CHANNEL_LABELS, type Channel } from './channels.ts';

export const DOC_KINDS = ['KH', 'HD', 'BC', 'CT', 'NQ', 'TB', 'CV', 'QĐ'] as const;

/** ISO date as precise as written: 2025, 2025-03 or 2025-03-14. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { abort: true })
  .refine((d) => isPartialDate(d), 'ngày không có thật');

export const baseRefSchema = z.object({
  serial: z.number().int().nullable(),
  symbol: z.string().nullable(),
  date: partialDate.nullable(),
  issuer: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  text: z.string().optional(),
});

export const phaseSchema = z.object({
  label: z.string().nullable().optional(),
  start: partialDate.nullable(),
  end: partialDate.nullable(),
  text: z.string().optional(),
});

export const anniversarySchema = z.object({
  title: z.string(),
  eventDate: partialDate.nullable(),
  anniversaryDate: partialDate.nullable(),
  years: z.number().int().nullable(),
});

export const assignmentSchema = z.union([
  z.string(),
  z.object({ unit: z.string(), duties: z.array(z.string()).default([]) }),
]);

export const signerSchema = z.object({
  authority: z.string().nullable(),
  position: z.string().nullable(),
  name: z.string().nullable(),
});

export const reportTemplateSchema = z.object({
  title: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.string()),
});

/** A top-level section with its full text, so a document can be rendered back whole. */
export const sectionBodySchema = z.object({
  heading: z.string(),
  /** Lines of the section as written, numbering kept ("1. …", "- …"). */
  lines: z.array(z.string()),
});

export const planDocumentSchema = z.object({
  kind: z.string(),
  serial: z.number().int().nullable(),
  symbol: z.string().nullable(),
  issuer: z.string().nullable(),
  issuerParent: z.string().nullable(),
  place: z.string().nullable(),
  date: partialDate.nullable(),
  title: z.string(),
  sections: z.array(z.string()),
  bases: z.array(baseRefSchema),
  phases: z.array(phaseSchema),
  slogans: z.array(z.string()),
  anniversaries: z.array(anniversarySchema),
  channels: z.array(z.string()),
  assignments: z.array(assignmentSchema),
  recipients: z.array(z.string()),
  signer: signerSchema.nullable(),
  reportTemplates: z.array(reportTemplateSchema),
  // Beyond the contract:
  /** The preamble (Căn cứ…, Thực hiện…) as written. */
  preamble: z.array(z.string()).optional(),
  /** Sections with their text, in order; `sections` lists their headings. */
  body: z.array(sectionBodySchema).optional(),
  /** 'party' (ĐẢNG CỘNG SẢN VIỆT NAM) or 'state' (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM) header. */
  format: z.enum(['party', 'state']).optional(),
  warnings: z.array(z.string()).optional(),
});

export type PlanDocument = z.infer<typeof planDocumentSchema>;
export type BaseRef = z.infer<typeof baseRefSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Anniversary = z.infer<typeof anniversarySchema>;
export type Signer = z.infer<typeof signerSchema>;
