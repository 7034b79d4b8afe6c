import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.ts';
import { UNIT_KINDS } from '../../domain/units/tree.ts';
import { notFound } from '../errors.ts';
import { useCaseContext } from '../http/context.ts';
import { booleanQuery, codeField, cursorQuery, idParam, idParams, limitQuery, nameField, okSchema, pageSchema } from '../http/schemas.ts';
import { requireActor, scopeFor } from '../policies/access.ts';
import { presentUnitDetail, presentUnitSummary, trails, unitDetailSchema, unitSummarySchema } from '../presenters/units.ts';
import { findUnit, listChildren, listSubtree, searchUnits } from '../queries/units.ts';
import { createUnit } from '../usecases/units/create-unit.ts';
import { deleteUnit } from '../usecases/units/delete-unit.ts';
import { moveUnit } from '../usecases/units/move-unit.ts';
import { restoreUnit, retireUnit } from '../usecases/units/retire-unit.ts';
import { updateUnit } from '../usecases/units/update-unit.ts';

const read = (key = 'id') => ({ policy: { kind: 'unit', action: 'read', targets: [{ in: 'params', key }] } }) as const;
const administer = (key = 'id') => ({ policy: { kind: 'unit', action: 'administer', targets: [{ in: 'params', key }] } }) as const;

export function unitRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    const detail = async (request: Parameters<typeof useCaseContext>[1], id: number) => {
      const unit = await findUnit(database.db, id);
      if (!unit) throw notFound('đơn vị');
      return presentUnitDetail(database.db, requireActor(request), unit);
    };

    app.get('/api/units/search', {
      config: { policy: { kind: 'unit', action: 'read', targets: [{ in: 'query', key: 'under', optional: true }] } },
      schema: {
        tags: ['units'],
        summary: 'Search units by name, ignoring diacritics and tone placement',
        querystring: z.object({
          q: z.string().max(200),
          under: idParam.optional(),
          limit: z.coerce.number().int().min(1).max(100).default(20),
          includeRetired: booleanQuery,
        }),
        response: { 200: z.object({ items: z.array(unitSummarySchema.extend({ trail: z.string() })) }) },
      },
      handler: async (request) => {
        const actor = requireActor(request);
        const under = request.targetPaths.get('under');
        const scope = under ? [under] : scopeFor(actor, 'read');
        const found = await searchUnits(database.db, { query: request.query.q, scope, limit: request.query.limit, includeRetired: request.query.includeRetired });
        const trailOf = await trails(database.db, actor, found);
        return { items: found.map((u) => ({ ...presentUnitSummary(u), trail: trailOf.get(u.id) ?? '' })) };
      },
    });

    app.get('/api/units/:id', {
      config: read(),
      schema: { tags: ['units'], summary: 'A unit with its breadcrumb and the caller’s rights', params: idParams, response: { 200: unitDetailSchema } },
      handler: (request) => detail(request, request.params.id),
    });

    app.get('/api/units/:id/children', {
      config: read(),
      schema: {
        tags: ['units'],
        summary: 'Direct children of a unit, by name',
        params: idParams,
        querystring: z.object({ limit: limitQuery, cursor: cursorQuery, includeRetired: booleanQuery }),
        response: { 200: pageSchema(unitSummarySchema) },
      },
      handler: async (request) => {
        const page = await listChildren(database.db, request.params.id, request.query);
        return { items: page.items.map(presentUnitSummary), nextCursor: page.nextCursor };
      },
    });

    app.get('/api/units/:id/subtree', {
      config: read(),
      schema: {
        tags: ['units'],
        summary: 'The whole subtree of a unit in tree order',
        params: idParams,
        querystring: z.object({ limit: limitQuery, cursor: cursorQuery, includeRetired: booleanQuery }),
        response: { 200: pageSchema(unitSummarySchema) },
      },
      handler: async (request) => {
        const page = await listSubtree(database.db, request.targetPaths.get('id')!, request.query);
        return { items: page.items.map(presentUnitSummary), nextCursor: page.nextCursor };
      },
    });

    app.post('/api/units', {
      config: { policy: { kind: 'unit', action: 'administer', targets: [{ in: 'body', key: 'parentId' }] } },
      schema: {
        tags: ['units'],
        summary: 'Add a unit under a parent',
        body: z.object({ parentId: idParam, name: nameField, kind: z.enum(UNIT_KINDS), code: codeField, shortName: codeField }),
        response: { 201: unitDetailSchema },
      },
      handler: async (request, reply) => {
        const id = await createUnit(useCaseContext(database, request), request.body);
        return reply.status(201).send(await detail(request, id));
      },
    });

    app.patch('/api/units/:id', {
      config: administer(),
      schema: {
        tags: ['units'],
        summary: 'Rename a unit or change its kind or code',
        params: idParams,
        body: z.object({ name: nameField.optional(), kind: z.enum(UNIT_KINDS).optional(), code: codeField, shortName: codeField }),
        response: { 200: unitDetailSchema },
      },
      handler: async (request) => {
        await updateUnit(useCaseContext(database, request), request.params.id, request.body);
        return detail(request, request.params.id);
      },
    });

    app.post('/api/units/:id/move', {
      config: {
        policy: { kind: 'unit', action: 'administer', targets: [{ in: 'params', key: 'id' }, { in: 'body', key: 'newParentId' }] },
      },
      schema: {
        tags: ['units'],
        summary: 'Move a unit with its subtree under another parent',
        params: idParams,
        body: z.object({ newParentId: idParam }),
        response: { 200: unitDetailSchema },
      },
      handler: async (request) => {
        await moveUnit(useCaseContext(database, request), request.params.id, request.body.newParentId);
        return detail(request, request.params.id);
      },
    });

    app.post('/api/units/:id/retire', {
      config: administer(),
      schema: { tags: ['units'], summary: 'Retire a unit and its subtree', params: idParams, response: { 200: unitDetailSchema } },
      handler: async (request) => {
        await retireUnit(useCaseContext(database, request), request.params.id);
        return detail(request, request.params.id);
      },
    });

    app.post('/api/units/:id/restore', {
      config: administer(),
      schema: { tags: ['units'], summary: 'Restore a retired unit', params: idParams, response: { 200: unitDetailSchema } },
      handler: async (request) => {
        await restoreUnit(useCaseContext(database, request), request.params.id);
        return detail(request, request.params.id);
      },
    });

    app.delete('/api/units/:id', {
      config: administer(),
      schema: { tags: ['units'], summary: 'Delete a unit nothing refers to', params: idParams, response: { 200: okSchema } },
      handler: async (request) => {
        await deleteUnit(useCaseContext(database, request), request.params.id);
        return { ok: true as const };
      },
    });
  };
}
