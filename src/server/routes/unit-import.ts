import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.ts';
import { UNIT_KINDS } from '../../domain/units/tree.ts';
import { invalid } from '../errors.ts';
import { useCaseContext } from '../http/context.ts';
import { idParams } from '../http/schemas.ts';
import { importUnits } from '../usecases/units/import-units.ts';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const importRowSchema = z.object({
  line: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS).nullable(),
  kindText: z.string(),
  parentCode: z.string().nullable(),
  errors: z.array(z.string()),
});

export function unitImportRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    // The file travels as the raw request body; no multipart needed for one file.
    app.addContentTypeParser(
      ['application/octet-stream', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
      (_request, body, done) => done(null, body),
    );

    app.post('/api/units/:id/import', {
      config: { policy: { kind: 'unit', action: 'administer', targets: [{ in: 'params', key: 'id' }] } },
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags: ['units'],
        summary: 'Import a subtree from .xlsx or .csv (preview writes nothing; commit writes all rows or none)',
        params: idParams,
        querystring: z.object({ mode: z.enum(['preview', 'commit']).default('preview'), filename: z.string().max(255).default('tep.csv') }),
        response: {
          200: z.object({ ok: z.boolean(), rows: z.array(importRowSchema), created: z.number().int(), fileError: z.string().optional() }),
        },
      },
      handler: async (request) => {
        const body = request.body;
        if (!Buffer.isBuffer(body)) throw invalid('file_required', 'Hãy gửi nội dung tệp .xlsx hoặc .csv (Content-Type: application/octet-stream).');
        return importUnits(useCaseContext(database, request), request.params.id, body, request.query.filename, request.query.mode === 'commit');
      },
    });
  };
}
