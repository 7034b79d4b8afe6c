import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.ts';
import type { ServerConfig } from '../context.ts';
import { PLAN_KINDS, PLAN_STATUSES, planContentSchema } from '../../domain/plans/content.ts';
import { notFound } from '../errors.ts';
import { useCaseContext } from '../http/context.ts';
import { cursorQuery, idParam, idParams, isoDate, limitQuery, okSchema, pageSchema } from '../http/schemas.ts';
import { requireActor, scopeFor } from '../policies/access.ts';
import { planDetailSchema, planSummarySchema, presentPlanDetail, presentPlanSummary } from '../presenters/plans.ts';
import { findPlan, listPlans } from '../queries/plans.ts';
import { closePlan, issuePlan, returnPlan, submitPlan } from '../usecases/plans/transitions.ts';
import { createPlan, deleteDraft, updatePlan } from '../usecases/plans/write-plan.ts';

const onPlan = (action: 'read' | 'edit' | 'approve') =>
  ({ policy: { kind: 'unit', action, targets: [{ in: 'params', key: 'id', resource: 'plan' }] } }) as const;

const planFields = {
  kind: z.enum(PLAN_KINDS),
  title: z.string().trim().min(1).max(500),
  periodStart: isoDate.nullable(),
  periodEnd: isoDate.nullable(),
  content: planContentSchema,
};

export function planRoutes(database: Database, config: ServerConfig): FastifyPluginAsyncZod {
  return async (app) => {
    const detail = async (actor: ReturnType<typeof requireActor>, id: number) => {
      const plan = await findPlan(database.db, id);
      if (!plan) throw notFound('kế hoạch');
      const parent = plan.parentPlanId ? await findPlan(database.db, plan.parentPlanId) : undefined;
      return presentPlanDetail(actor, plan, parent);
    };

    app.get('/api/plans', {
      config: { policy: { kind: 'unit', action: 'read', targets: [{ in: 'query', key: 'unitId', optional: true }] } },
      schema: {
        tags: ['plans'],
        summary: 'Plans the caller may see: issued in their subtrees, or sent to them',
        querystring: z.object({
          unitId: idParam.optional(),
          status: z.enum(PLAN_STATUSES).optional(),
          kind: z.enum(PLAN_KINDS).optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
          q: z.string().max(200).optional(),
          limit: limitQuery,
          cursor: cursorQuery,
        }),
        response: { 200: pageSchema(planSummarySchema) },
      },
      handler: async (request) => {
        const actor = requireActor(request);
        const under = request.targetPaths.get('unitId');
        const scope = under ? [under] : scopeFor(actor, 'read');
        const page = await listPlans(database.db, { ...request.query, issuerScope: scope, recipientScope: scope });
        return { items: page.items.map(presentPlanSummary), nextCursor: page.nextCursor };
      },
    });

    app.post('/api/plans', {
      config: {
        policy: {
          kind: 'unit',
          action: 'edit',
          // The parent plan it implements must be one the person may read, like a GET of it.
          targets: [{ in: 'body', key: 'issuerUnitId' }, { in: 'body', key: 'parentPlanId', resource: 'plan', action: 'read', optional: true }],
        },
      },
      schema: {
        tags: ['plans'],
        summary: 'Start a draft plan of a unit',
        body: z.object({ issuerUnitId: idParam, parentPlanId: idParam.nullable().optional(), ...planFields }),
        response: { 201: planDetailSchema },
      },
      handler: async (request, reply) => {
        const { issuerUnitId, ...fields } = request.body;
        const id = await createPlan(useCaseContext(database, request), issuerUnitId, fields);
        return reply.status(201).send(await detail(requireActor(request), id));
      },
    });

    app.get('/api/plans/:id', {
      config: onPlan('read'),
      schema: { tags: ['plans'], summary: 'A plan with its content', params: idParams, response: { 200: planDetailSchema } },
      handler: (request) => detail(requireActor(request), request.params.id),
    });

    app.put('/api/plans/:id', {
      config: onPlan('edit'),
      schema: {
        tags: ['plans'],
        summary: 'Save a draft (send the version you loaded; a concurrent change is a 409)',
        params: idParams,
        body: z.object({ version: z.number().int().positive().max(2_147_483_647), ...planFields }),
        response: { 200: planDetailSchema },
      },
      handler: async (request) => {
        const { version, ...fields } = request.body;
        await updatePlan(useCaseContext(database, request), request.params.id, version, fields);
        return detail(requireActor(request), request.params.id);
      },
    });

    app.delete('/api/plans/:id', {
      config: onPlan('edit'),
      schema: { tags: ['plans'], summary: 'Delete a draft', params: idParams, response: { 200: okSchema } },
      handler: async (request) => {
        await deleteDraft(useCaseContext(database, request), request.params.id);
        return { ok: true as const };
      },
    });

    app.post('/api/plans/:id/submit', {
      config: onPlan('edit'),
      schema: { tags: ['plans'], summary: 'Submit a draft for approval', params: idParams, response: { 200: planDetailSchema } },
      handler: async (request) => {
        await submitPlan(useCaseContext(database, request), request.params.id);
        return detail(requireActor(request), request.params.id);
      },
    });

    app.post('/api/plans/:id/return', {
      config: onPlan('approve'),
      schema: {
        tags: ['plans'],
        summary: 'Return a submitted plan to draft with a comment',
        params: idParams,
        body: z.object({ comment: z.string().max(2000).default('') }),
        response: { 200: planDetailSchema },
      },
      handler: async (request) => {
        await returnPlan(useCaseContext(database, request), request.params.id, request.body.comment);
        return detail(requireActor(request), request.params.id);
      },
    });

    app.post('/api/plans/:id/issue', {
      config: onPlan('approve'),
      schema: {
        tags: ['plans'],
        summary: 'Approve and issue: assigns the next number from the register',
        params: idParams,
        body: z.object({ issuedOn: isoDate.optional() }),
        response: { 200: planDetailSchema },
      },
      handler: async (request) => {
        const issuedOn = request.body.issuedOn ?? todayInVietnam(config.clock());
        await issuePlan(useCaseContext(database, request), request.params.id, { issuedOn });
        return detail(requireActor(request), request.params.id);
      },
    });

    app.post('/api/plans/:id/close', {
      config: onPlan('approve'),
      schema: { tags: ['plans'], summary: 'Close an issued plan', params: idParams, response: { 200: planDetailSchema } },
      handler: async (request) => {
        await closePlan(useCaseContext(database, request), request.params.id);
        return detail(requireActor(request), request.params.id);
      },
    });
  };
}

/** Today's date in Vietnam (UTC+7), ISO. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
