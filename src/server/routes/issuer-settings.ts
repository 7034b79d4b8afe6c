import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { issuerSettingsSchema } from '../../domain/plans/issuer-settings.ts';
import { recordAudit } from '../audit.ts';
import { notFound } from '../errors.ts';
import { useCaseContext } from '../http/context.ts';
import { idParams } from '../http/schemas.ts';
import { issuerInfo } from '../queries/plans.ts';

export function issuerSettingsRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/units/:id/document-settings', {
      config: { policy: { kind: 'unit', action: 'read', targets: [{ in: 'params', key: 'id' }] } },
      schema: { tags: ['plans'], summary: 'How the unit heads and numbers its documents', params: idParams, response: { 200: issuerSettingsSchema } },
      handler: async (request) => {
        const info = await issuerInfo(database.db, request.params.id);
        if (!info) throw notFound('đơn vị');
        return info.settings;
      },
    });

    app.put('/api/units/:id/document-settings', {
      config: { policy: { kind: 'unit', action: 'administer', targets: [{ in: 'params', key: 'id' }] } },
      schema: {
        tags: ['plans'],
        summary: 'Set the header lines, number abbreviation, place, format and register of the unit',
        params: idParams,
        body: issuerSettingsSchema,
        response: { 200: issuerSettingsSchema },
      },
      handler: async (request) => {
        const ctx = useCaseContext(database, request);
        await database.db.transaction(async (tx) => {
          const info = await issuerInfo(tx, request.params.id);
          if (!info) throw notFound('đơn vị');
          const settings = { ...request.body, issuerName: request.body.issuerName.normalize('NFC') };
          await tx.execute(sql`UPDATE units SET doc_settings = ${JSON.stringify(settings)}::jsonb, updated_at = now() WHERE id = ${info.unitId}`);
          await recordAudit(tx, ctx.actor, {
            unitId: info.unitId,
            unitPath: info.path,
            action: 'unit.document_settings',
            entity: 'unit',
            entityId: info.unitId,
            summary: `Cập nhật cách ghi văn bản của "${info.name}"`,
            details: { before: info.settings, after: settings },
          });
        });
        return (await issuerInfo(database.db, request.params.id))!.settings;
      },
    });
  };
}
