import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.ts';
import type { ServerConfig } from '../context.ts';
import { coverageGaps, isFullyCovered } from '../../domain/plans/cascade.ts';
import { invalid, notFound } from '../errors.ts';
import { useCaseContext } from '../http/context.ts';
import { idParam, idParams } from '../http/schemas.ts';
import { requireActor } from '../policies/access.ts';
import { planDetailSchema, presentPlanDetail, presentPlanSummary, planSummarySchema } from '../presenters/plans.ts';
import { recipientStatuses } from '../queries/plan-tracking.ts';
import { findPlan } from '../queries/plans.ts';
import { amendPlan, implementPlan, markOpened } from '../usecases/plans/cascade.ts';
import { exportPlan } from '../usecases/plans/export-plan.ts';
import { todayInVietnam } from './plans.ts';

const onPlan = (action: 'read' | 'edit') => ({ policy: { kind: 'unit', action, targets: [{ in: 'params', key: 'id', resource: 'plan' }] } }) as const;
const counts = z.object({ expected: z.number().int(), opened: z.number().int(), issued: z.number().int(), late: z.number().int() });

export function planCascadeRoutes(database: Database, config: ServerConfig): FastifyPluginAsyncZod {
  return async (app) => {
    const detail = async (request: Parameters<typeof requireActor>[0], id: number) => {
      const plan = await findPlan(database.db, id);
      if (!plan) throw notFound('kế hoạch');
      const parent = plan.parentPlanId ? await findPlan(database.db, plan.parentPlanId) : undefined;
      return presentPlanDetail(requireActor(request), plan, parent);
    };

    app.post('/api/plans/:id/implement', {
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
        tags: ['plans'],
        summary: 'A recipient starts its implementing plan from an issued plan',
        params: idParams,
        body: z.object({ unitId: idParam }),
        response: { 201: planDetailSchema },
      },
      handler: async (request, reply) => {
        const id = await implementPlan(useCaseContext(database, request), request.params.id, request.body.unitId);
        return reply.status(201).send(await detail(request, id));
      },
    });

    app.post('/api/plans/:id/amend', {
      config: onPlan('edit'),
      schema: { tags: ['plans'], summary: 'Start a correction (amending plan) of an issued plan', params: idParams, response: { 201: planDetailSchema } },
      handler: async (request, reply) => {
        const id = await amendPlan(useCaseContext(database, request), request.params.id);
        return reply.status(201).send(await detail(request, id));
      },
    });

    app.post('/api/plans/:id/open', {
      config: onPlan('read'),
      schema: {
        tags: ['plans'],
        summary: 'Record that the caller’s recipient units have opened the plan',
        params: idParams,
        response: { 200: z.object({ marked: z.number().int() }) },
      },
      handler: async (request) => {
        const actor = requireActor(request);
        const recipients = await recipientStatuses(database.db, request.params.id, todayInVietnam(config.clock()));
        // A unit has opened the plan when one of its own people did: someone above only looking does not count.
        const ownUnits = new Set([actor.unitId, ...actor.grants.map((g) => g.unitId)]);
        const mine = recipients.filter((r) => r.unitId !== null && ownUnits.has(r.unitId)).map((r) => r.unitId!);
        return { marked: await markOpened(useCaseContext(database, request), request.params.id, mine) };
      },
    });

    app.get('/api/plans/:id/recipients', {
      config: onPlan('read'),
      schema: {
        tags: ['plans'],
        summary: 'For every recipient: opened, its implementing plan or late — and the same rolled up below it',
        params: idParams,
        response: {
          200: z.object({
            totals: counts,
            items: z.array(
              z.object({
                recipientId: z.number().int(),
                unitId: z.number().int().nullable(),
                label: z.string(),
                mustImplement: z.boolean(),
                openedAt: z.string().nullable(),
                implementingPlan: z.object({ id: z.number().int(), status: z.string(), number: z.string().nullable(), issuedOn: z.string().nullable() }).nullable(),
                late: z.boolean(),
                subtree: counts,
              }),
            ),
          }),
        },
      },
      handler: async (request) => {
        const items = await recipientStatuses(database.db, request.params.id, todayInVietnam(config.clock()));
        const totals = { expected: 0, opened: 0, issued: 0, late: 0 };
        for (const r of items) {
          if (r.mustImplement) totals.expected++;
          if (r.openedAt) totals.opened++;
          if (r.implementingPlan && ['issued', 'closed'].includes(r.implementingPlan.status)) totals.issued++;
          if (r.late) totals.late++;
        }
        return { totals, items: items.map(({ unitPath: _unitPath, ...r }) => r) };
      },
    });

    app.get('/api/plans/:id/coverage', {
      config: onPlan('read'),
      schema: {
        tags: ['plans'],
        summary: 'What of its parent plan an implementing plan does not cover',
        params: idParams,
        response: {
          200: z.object({
            parent: planSummarySchema,
            complete: z.boolean(),
            missing: z.object({
              themes: z.array(z.string()),
              phases: z.array(z.string()),
              channels: z.array(z.string()),
              slogans: z.array(z.string()),
              anniversaries: z.array(z.string()),
              targets: z.array(z.object({ channel: z.string(), parent: z.number(), child: z.number().nullable(), measure: z.string() })),
            }),
          }),
        },
      },
      handler: async (request) => {
        const plan = await findPlan(database.db, request.params.id);
        if (!plan) throw notFound('kế hoạch');
        if (!plan.parentPlanId) throw invalid('no_parent', 'Kế hoạch này không thực hiện kế hoạch nào của cấp trên.');
        const parent = await findPlan(database.db, plan.parentPlanId);
        const missing = coverageGaps(parent!.content, plan.content);
        return { parent: presentPlanSummary(parent!), complete: isFullyCovered(missing), missing };
      },
    });

    app.get('/api/plans/:id/export', {
      config: onPlan('read'),
      schema: {
        tags: ['plans'],
        summary: 'The official document (.docx, or .pdf when LibreOffice is installed)',
        params: idParams,
        querystring: z.object({ format: z.enum(['docx', 'pdf']).default('docx') }),
      },
      handler: async (request, reply) => {
        const { data, filename } = await exportPlan(database.db, request.params.id, request.query.format);
        const type = request.query.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
        return reply
          .header('content-type', type)
          .header('content-disposition', `attachment; filename="${filename}"`)
          .send(data);
      },
    });
  };
}
