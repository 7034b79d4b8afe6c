import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { planDocumentSchema } from '../../domain/plans/document.ts';
import { invalid } from '../errors.ts';
import { useCaseContext } from '../http/context.ts';
import { idParam, idParams } from '../http/schemas.ts';
import { requireActor, scopeFor } from '../policies/access.ts';
import { ParsePool, parsePoolOptionsFromEnv } from '../../documents/import/parse-pool.ts';
import { ImportRefusal, parseUpload, registerExternalDocument, saveImportedDraft } from '../usecases/plans/import-plan.ts';

/** Uploads are read up to the parser's own limit, so a too-large file gets its specific message. */
const MAX_UPLOAD = 51 * 1000 * 1000;

/**
 * `pool` reads the uploads off the main thread; by default one is made from the environment
 * (IMPORT_WORKERS, IMPORT_QUEUE, IMPORT_TIME_LIMIT_MS, IMPORT_MEMORY_MB) and closed when the app closes.
 */
export function planImportRoutes(database: Database, pool?: ParsePool): FastifyPluginAsyncZod {
  return async (app) => {
    const parsePool = pool ?? new ParsePool(parsePoolOptionsFromEnv());
    // Closed before the server waits for requests in flight: an upload being read is refused at once
    // (503) rather than holding a stopping server for up to its time limit.
    if (!pool) app.addHook('preClose', () => parsePool.close());

    app.addContentTypeParser(
      ['application/octet-stream', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain', 'text/markdown'],
      { parseAs: 'buffer', bodyLimit: MAX_UPLOAD },
      (_request, body, done) => done(null, body),
    );

    app.post('/api/import/parse', {
      config: { policy: { kind: 'self' } },
      bodyLimit: MAX_UPLOAD,
      schema: {
        tags: ['import'],
        summary: 'Read a plan file (.docx, .txt, .md; raw body) and return the parsed plan beside its text',
        querystring: z.object({ filename: z.string().trim().min(1).max(255) }),
        response: {
          200: z.object({
            plan: planDocumentSchema,
            source: z.object({ format: z.string(), notes: z.array(z.string()) }),
            text: z.string(),
            spans: z.array(z.object({ field: z.string(), start: z.number().int(), end: z.number().int() })),
            uncertain: z.array(z.string()),
          }),
        },
      },
      handler: async (request, reply) => {
        if (!Buffer.isBuffer(request.body)) throw invalid('file_required', 'Hãy gửi nội dung tệp (.docx, .txt hoặc .md).');
        try {
          return await parseUpload(parsePool, request.body, request.query.filename);
        } catch (err) {
          if (err instanceof ImportRefusal && err.retryAfterSeconds !== null) reply.header('retry-after', String(err.retryAfterSeconds));
          throw err;
        }
      },
    });

    app.post('/api/import/save', {
      config: { policy: { kind: 'unit', action: 'edit', targets: [{ in: 'body', key: 'unitId' }] } },
      schema: {
        tags: ['import'],
        summary: 'Save a parsed plan as a draft of the unit, or register it as an external document to cite',
        body: z.object({ unitId: idParam, as: z.enum(['draft', 'external']), plan: planDocumentSchema }),
        response: { 201: z.object({ planId: z.number().int().nullable(), externalDocumentId: z.number().int().nullable() }) },
      },
      handler: async (request, reply) => {
        const ctx = useCaseContext(database, request);
        const { unitId, as, plan } = request.body;
        if (as === 'draft') {
          const planId = await saveImportedDraft(ctx, unitId, plan, scopeFor(requireActor(request), 'read'));
          return reply.status(201).send({ planId, externalDocumentId: null });
        }
        const externalDocumentId = await registerExternalDocument(ctx, unitId, plan);
        return reply.status(201).send({ planId: null, externalDocumentId });
      },
    });

    const externalDocumentSchema = z.object({
      id: z.number().int(),
      unitId: z.number().int(),
      kind: z.string(),
      serial: z.number().int().nullable(),
      symbol: z.string().nullable(),
      issuedOn: z.string().nullable(),
      issuer: z.string().nullable(),
      title: z.string(),
    });

    app.get('/api/units/:id/external-documents', {
      config: { policy: { kind: 'unit', action: 'read', targets: [{ in: 'params', key: 'id' }] } },
      schema: {
        tags: ['import'],
        summary: 'External documents registered by the unit and the units above it (to cite as bases)',
        params: idParams,
        response: {
          200: z.object({ items: z.array(externalDocumentSchema) }),
        },
      },
      handler: async (request) => ({
        items: await rows<z.infer<typeof externalDocumentSchema>>(
          database.db,
          sql`SELECT e.id, e.unit_id AS "unitId", e.kind, e.serial, e.symbol, e.issued_on AS "issuedOn", e.issuer, e.title
                FROM external_documents e JOIN units u ON u.id = e.unit_id
               WHERE ${request.targetPaths.get('id')!} LIKE u.path || '%' ORDER BY e.id DESC LIMIT 500`,
        ),
      }),
    });
  };
}
