import { z } from 'zod';
import { PLAN_KINDS, PLAN_STATUSES, planContentSchema } from '../../domain/plans/content.ts';
import { documentNumber } from '../../domain/plans/numbering.ts';
import type { Actor } from '../context.ts';
import { allows } from '../policies/access.ts';
import type { PlanRow } from '../queries/plans.ts';

export const planSummarySchema = z.object({
  id: z.number().int(),
  issuerUnitId: z.number().int(),
  issuerName: z.string(),
  kind: z.enum(PLAN_KINDS),
  status: z.enum(PLAN_STATUSES),
  title: z.string(),
  number: z.string().nullable(),
  issuedOn: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  parentPlanId: z.number().int().nullable(),
  amendsPlanId: z.number().int().nullable(),
  updatedAt: z.string(),
});

export const planDetailSchema = planSummarySchema.extend({
  serial: z.number().int().nullable(),
  symbol: z.string().nullable(),
  place: z.string().nullable(),
  format: z.enum(['party', 'state']),
  content: planContentSchema,
  version: z.number().int(),
  returnComment: z.string().nullable(),
  createdAt: z.string(),
  issuedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  parent: planSummarySchema.nullable(),
  permissions: z.object({ edit: z.boolean(), approve: z.boolean() }),
});

export function presentPlanSummary(p: PlanRow): z.infer<typeof planSummarySchema> {
  return {
    id: p.id,
    issuerUnitId: p.issuerUnitId,
    issuerName: p.issuerName,
    kind: p.kind,
    status: p.status,
    title: p.title,
    number: p.serial !== null && p.symbol ? documentNumber(p.format, p.serial, p.symbol) : null,
    issuedOn: p.issuedOn,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    parentPlanId: p.parentPlanId,
    amendsPlanId: p.amendsPlanId,
    updatedAt: new Date(p.updatedAt).toISOString(),
  };
}

export function presentPlanDetail(actor: Actor, p: PlanRow, parent: PlanRow | undefined): z.infer<typeof planDetailSchema> {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    ...presentPlanSummary(p),
    serial: p.serial,
    symbol: p.symbol,
    place: p.place,
    format: p.format,
    content: p.content,
    version: p.version,
    returnComment: p.returnComment,
    createdAt: new Date(p.createdAt).toISOString(),
    issuedAt: iso(p.issuedAt),
    closedAt: iso(p.closedAt),
    parent: parent ? presentPlanSummary(parent) : null,
    permissions: { edit: allows(actor, 'edit', p.issuerPath), approve: allows(actor, 'approve', p.issuerPath) },
  };
}
