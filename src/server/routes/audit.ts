import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.ts';
import { cursorQuery, idParams, isoDate, limitQuery } from '../http/schemas.ts';
import { listAudit } from '../queries/audit.ts';

const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  summary: z.string(),
  details: z.unknown(),
});

const auditDay = isoDate.transform((d) => new Date(`${d}T00:00:00Z`));

export function auditRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/units/:id/audit', {
      config: { policy: { kind: 'unit', action: 'administer', targets: [{ in: 'params', key: 'id' }] } },
      schema: {
        tags: ['audit'],
        summary: 'The audit log of a unit’s subtree, newest first',
        params: idParams,
        querystring: z.object({
          action: z.string().max(100).optional(),
          entity: z.string().max(100).optional(),
          actor: z.string().max(200).optional(),
          q: z.string().max(200).optional(),
          // Days (UTC midnight): from inclusive, to exclusive, as before — but only days that exist.
          from: auditDay.optional(),
          to: auditDay.optional(),
          limit: limitQuery,
          cursor: cursorQuery,
        }),
        response: { 200: z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() }) },
      },
      handler: (request) => listAudit(database.db, request.targetPaths.get('id')!, request.query),
    });
  };
}
