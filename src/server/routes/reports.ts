import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { one } from '../../db/sql.ts';
import { REPORT_STATUSES } from '../../domain/reports/lifecycle.ts';
import { BUILTIN_FORMS, figuresInputSchema, figuresSchema, narrativeInputSchema, reportFormSchema } from '../../domain/reports/forms.ts';
import type { ServerConfig } from '../context.ts';
import { notFound } from '../errors.ts';
import { useCaseContext } from '../http/context.ts';
import { idParam, idParams, isoDate, webLink } from '../http/schemas.ts';
import { allows, requireActor } from '../policies/access.ts';
import { findReport, reportForm, type ReportRow } from '../queries/reports.ts';
import { formsFor } from '../queries/report-forms.ts';
import { defineReportForm } from '../usecases/reports/report-forms.ts';
import { acceptReport, openReport, returnReport, submitReport, updateReport } from '../usecases/reports/report-workflow.ts';
import { todayInVietnam } from './plans.ts';

/** A published item as it is sent: its link http(s) only, its date a real day. */
const itemInputSchema = z.object({
  title: z.string().trim().min(1).max(500),
  link: webLink.nullable(),
  publishedOn: isoDate.nullable(),
  channel: z.string().max(30),
});
/** As it is answered: what is stored, whatever older versions let in. */
const itemSchema = z.object({ title: z.string(), link: z.string().nullable(), publishedOn: z.string().nullable(), channel: z.string() });

const reportSchema = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  planTitle: z.string(),
  receiverUnitId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  periodKey: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  dueOn: z.string(),
  form: reportFormSchema,
  status: z.enum(REPORT_STATUSES),
  figures: figuresSchema,
  items: z.array(itemSchema),
  narrative: z.record(z.string(), z.string()),
  version: z.number().int(),
  returnComment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  late: z.boolean(),
  attachments: z.array(z.object({ id: z.number().int(), filename: z.string(), size: z.number().int(), mime: z.string() })),
  permissions: z.object({ edit: z.boolean(), decide: z.boolean() }),
});

const onReport = (action: 'read' | 'edit') => ({ policy: { kind: 'unit', action, targets: [{ in: 'params', key: 'id', resource: 'report' }] } }) as const;
const asReceiver = { policy: { kind: 'unit', action: 'approve', targets: [{ in: 'params', key: 'id', resource: 'reportReceiver' }] } } as const;

export function reportRoutes(database: Database, config: ServerConfig): FastifyPluginAsyncZod {
  return async (app) => {
    /** The report as its readers see it; mutations hand over the row they wrote, so nothing is read twice. */
    const present = (request: Parameters<typeof requireActor>[0], r: ReportRow) => {
      const actor = requireActor(request);
      const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
      const form = reportForm(r) ?? BUILTIN_FORMS[0]!;
      const submittedOn = r.submittedAt ? todayInVietnam(new Date(r.submittedAt)) : null;
      return {
        id: r.id,
        planId: r.planId,
        planTitle: r.planTitle,
        receiverUnitId: r.receiverUnitId,
        unitId: r.unitId,
        unitName: r.unitName,
        periodKey: r.periodKey,
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        dueOn: r.dueOn,
        form,
        status: r.status,
        figures: r.figures,
        items: r.items,
        narrative: r.narrative,
        version: r.version,
        returnComment: r.returnComment,
        submittedAt: iso(r.submittedAt),
        acceptedAt: iso(r.acceptedAt),
        late: submittedOn ? submittedOn > r.dueOn : todayInVietnam(config.clock()) > r.dueOn,
        attachments: r.attachments,
        // What the person's roles allow; the status says which of those actions apply now.
        permissions: { edit: allows(actor, 'edit', r.unitPath), decide: allows(actor, 'approve', r.receiverPath) },
      };
    };

    const formWithOwner = reportFormSchema.extend({ ownerUnitId: z.number().int().nullable() });

    app.get('/api/report-forms', {
      config: { policy: { kind: 'unit', action: 'read', targets: [{ in: 'query', key: 'unitId', optional: true }] } },
      schema: {
        tags: ['reports'],
        summary: 'The report forms a plan can require: built-in ones, and those of the unit (unitId) and the units above it (and below it, with below=true)',
        querystring: z.object({ unitId: idParam.optional(), below: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(formWithOwner) }) },
      },
      handler: async (request) => {
        const path = request.targetPaths.get('unitId');
        return { items: path ? await formsFor(database.db, path, { below: request.query.below === 'true' }) : BUILTIN_FORMS.map((f) => ({ ...f, ownerUnitId: null })) };
      },
    });

    app.get('/api/plans/:id/report-form', {
      config: { policy: { kind: 'unit', action: 'read', targets: [{ in: 'params', key: 'id', resource: 'plan' }] } },
      schema: {
        tags: ['reports'],
        summary: 'The form a plan’s reports are written on, as its issuer defines it (null when the plan asks for no reports); readable by the plan’s readers',
        params: idParams,
        response: { 200: z.object({ form: formWithOwner.nullable() }) },
      },
      handler: async (request) => {
        const plan = await one<{ formCode: string | null; reporting: boolean }>(
          database.db,
          sql`SELECT content->'reporting'->>'formCode' AS "formCode", jsonb_typeof(content->'reporting') = 'object' AS reporting FROM plans WHERE id = ${request.params.id}`,
        );
        if (!plan?.reporting) return { form: null };
        const code = plan.formCode ?? BUILTIN_FORMS[0]!.code;
        // The issuer's own forms (and those above it) come before the built-in ones of the same code.
        const forms = await formsFor(database.db, request.targetPaths.get('id')!);
        return { form: forms.find((f) => f.code === code && f.ownerUnitId !== null) ?? forms.find((f) => f.code === code) ?? null };
      },
    });

    app.post('/api/units/:id/report-forms', {
      config: { policy: { kind: 'unit', action: 'edit', targets: [{ in: 'params', key: 'id' }] } },
      schema: {
        tags: ['reports'],
        summary: 'Define a report form of the unit: indicators (unit of measure, channel) and narrative fields',
        params: idParams,
        body: reportFormSchema,
        response: { 201: formWithOwner },
      },
      handler: async (request, reply) => {
        const form = await defineReportForm(useCaseContext(database, request), request.params.id, request.body);
        return reply.status(201).send({ ...form, ownerUnitId: request.params.id });
      },
    });

    app.post('/api/plans/:id/reports', {
      config: {
        policy: {
          kind: 'unit',
          action: 'edit',
          targets: [
            { in: 'params', key: 'id', resource: 'plan', action: 'read' },
            { in: 'body', key: 'unitId' },
          ],
        },
      },
      schema: {
        tags: ['reports'],
        summary: 'Open the report a unit owes for a period (created pre-filled from its activities on first opening)',
        params: idParams,
        body: z.object({ unitId: idParam, periodKey: z.string().min(1).max(100) }),
        response: { 200: reportSchema },
      },
      handler: async (request) => {
        return present(request, await openReport(useCaseContext(database, request), request.params.id, request.body.unitId, request.body.periodKey));
      },
    });

    app.get('/api/reports/:id', {
      config: onReport('read'),
      schema: { tags: ['reports'], summary: 'A report (the reporting unit and the receiver may read it)', params: idParams, response: { 200: reportSchema } },
      handler: async (request) => {
        const report = await findReport(database.db, request.params.id);
        if (!report) throw notFound('báo cáo');
        return present(request, report);
      },
    });

    app.put('/api/reports/:id', {
      config: onReport('edit'),
      schema: {
        tags: ['reports'],
        summary: 'Save a report being written (send the version you loaded; a concurrent save is a 409)',
        params: idParams,
        body: z.object({ version: z.number().int().positive(), figures: figuresInputSchema, items: z.array(itemInputSchema).max(2000), narrative: narrativeInputSchema }),
        response: { 200: reportSchema },
      },
      handler: async (request) => {
        return present(request, await updateReport(useCaseContext(database, request), request.params.id, request.body));
      },
    });

    app.post('/api/reports/:id/submit', {
      config: onReport('edit'),
      schema: { tags: ['reports'], summary: 'Send the report to the plan’s issuer', params: idParams, response: { 200: reportSchema } },
      handler: async (request) => {
        return present(request, await submitReport(useCaseContext(database, request), request.params.id, config.clock()));
      },
    });

    app.post('/api/reports/:id/return', {
      config: asReceiver,
      schema: { tags: ['reports'], summary: 'Return a report with a comment', params: idParams, body: z.object({ comment: z.string().max(2000).default('') }), response: { 200: reportSchema } },
      handler: async (request) => {
        return present(request, await returnReport(useCaseContext(database, request), request.params.id, request.body.comment, config.clock()));
      },
    });

    app.post('/api/reports/:id/accept', {
      config: asReceiver,
      schema: { tags: ['reports'], summary: 'Accept a report: it is locked and its figures join the rollups at once', params: idParams, response: { 200: reportSchema } },
      handler: async (request) => {
        return present(request, await acceptReport(useCaseContext(database, request), request.params.id, config.clock()));
      },
    });
  };
}
