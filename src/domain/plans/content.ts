/**
 * A plan as the system keeps it: structured content a unit writes in the editor. Drafts change;
 * an issued plan never does (a correction is a new amending plan). `toDocument` turns it into the
 * official document model for export.
 */
import { z } from 'zod';
import { anniversarySchema, CHANNELS, signerSchema } from './document.ts';
import { isoDate } from '../text/iso-date.ts';

export const PLAN_KINDS = ['KH', 'HD'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_KIND_NAMES: Record<PlanKind, string> = { KH: 'Kế hoạch', HD: 'Hướng dẫn' };

export const PLAN_STATUSES = ['draft', 'submitted', 'issued', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  submitted: 'Chờ duyệt',
  issued: 'Đã ban hành',
  closed: 'Đã kết thúc',
};

const text = (max: number) => z.string().trim().max(max);

export const themeSchema = z.object({ title: text(500).min(1), points: z.array(text(2000)).default([]) });

/** A phase is dated, or anchored to an event ("until the commune congress") with an offset in days. */
export const planPhaseSchema = z.object({
  label: text(200).min(1),
  start: isoDate.nullable().default(null),
  end: isoDate.nullable().default(null),
  anchor: z
    .object({ event: text(300).min(1), relation: z.enum(['before', 'during', 'after']), offsetDays: z.number().int().min(0).max(3650).default(0) })
    .nullable()
    .default(null),
  tasks: z.array(text(2000)).default([]),
});

export const channelTargetSchema = z.object({
  quantity: z.number().int().positive().max(1_000_000),
  /** What is counted: buổi, lượt người, tin bài, băng rôn, phút… */
  measure: text(50).min(1),
  per: z.enum(['plan', 'month', 'phase']).default('plan'),
});

export const planChannelSchema = z.object({
  code: z.enum(CHANNELS),
  note: text(1000).default(''),
  target: channelTargetSchema.nullable().default(null),
});

export const assignmentSchema = z.object({
  unitId: z.number().int().positive().max(2_147_483_647).nullable().default(null),
  unitName: text(300).min(1),
  duties: z.array(text(2000)).default([]),
  due: isoDate.nullable().default(null),
});

export const REPORT_CADENCES = ['monthly', 'quarterly', 'phase', 'final'] as const;
export const reportingSchema = z.object({
  cadence: z.enum(REPORT_CADENCES),
  /** Day of the month reports are due (monthly/quarterly), or days after a phase ends. */
  deadlineDay: z.number().int().min(1).max(31),
  /** Which report form (mẫu) units fill in. */
  formCode: text(50).nullable().default(null),
  /** First day of a monthly period (Nghị định 09/2019: 15th of the previous month). */
  periodStartDay: z.number().int().min(1).max(28).default(15),
});

export const recipientSchema = z.object({
  unitId: z.number().int().positive().max(2_147_483_647).nullable().default(null),
  label: text(300).min(1),
  /** The recipient must issue its own implementing plan. */
  mustImplement: z.boolean().default(false),
});

export const externalBaseSchema = z.object({
  serial: z.number().int().positive().max(2_147_483_647).nullable().default(null),
  symbol: text(50).nullable().default(null),
  date: isoDate.nullable().default(null),
  issuer: text(300).nullable().default(null),
  title: text(1000).nullable().default(null),
  docKind: text(10).nullable().default(null),
});

export const planContentSchema = z.object({
  purposes: z.array(text(3000)).default([]),
  requirements: z.array(text(3000)).default([]),
  themes: z.array(themeSchema).default([]),
  phases: z.array(planPhaseSchema).default([]),
  channels: z.array(planChannelSchema).default([]),
  slogans: z.array(text(500)).default([]),
  anniversaries: z.array(anniversarySchema).default([]),
  assignments: z.array(assignmentSchema).default([]),
  reporting: reportingSchema.nullable().default(null),
  recipients: z.array(recipientSchema).default([]),
  /** Documents outside the system the plan rests on; a parent plan in the system is linked separately. */
  externalBases: z.array(externalBaseSchema).default([]),
  signer: signerSchema.nullable().default(null),
  /** When recipients must have issued their implementing plans. */
  implementBy: isoDate.nullable().default(null),
});

export type PlanContent = z.infer<typeof planContentSchema>;
export type PlanPhase = z.infer<typeof planPhaseSchema>;
export type PlanChannel = z.infer<typeof planChannelSchema>;
export type Recipient = z.infer<typeof recipientSchema>;

export function emptyContent(): PlanContent {
  return planContentSchema.parse({});
}
