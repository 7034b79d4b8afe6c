import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';
import { CHANNELS } from '../../domain/plans/document.ts';
import { EvidenceStore, MAX_EVIDENCE_BYTES } from '../../documents/evidence.ts';
import { recordAudit } from '../audit.ts';
import type { ServerConfig } from '../context.ts';
import { notFound } from '../errors.ts';
import { useCaseContext } from '../http/context.ts';
import { registerStoredFile, sendStoredFile, storeUpload, unitHoldsFile } from '../http/stored-files.ts';
import { cursorQuery, idParam, idParams, isoDate, limitQuery, okSchema, pageSchema } from '../http/schemas.ts';
import { cursorShapes, decodeCursor, pageOf } from '../queries/paging.ts';
import { activityInputSchema, deleteActivity, recordActivities, updateActivity } from '../usecases/reports/activities.ts';

const activitySchema = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  planId: z.number().int().nullable(),
  occurredOn: z.string(),
  channel: z.enum(CHANNELS),
  phaseLabel: z.string().nullable(),
  theme: z.string().nullable(),
  figures: z.record(z.string(), z.number()),
  title: z.string().nullable(),
  link: z.string().nullable(),
  publishedOn: z.string().nullable(),
  note: z.string().nullable(),
  evidence: z.array(z.object({ id: z.number().int(), filename: z.string(), mime: z.string(), size: z.number().int() })),
});
type ActivityView = z.infer<typeof activitySchema>;

export function activityRoutes(database: Database, config: ServerConfig): FastifyPluginAsyncZod {
  const store = new EvidenceStore(config.filesDir);
  return async (app) => {
    // Whatever type the browser declares, the file's first bytes decide (documents/evidence.ts).
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_EVIDENCE_BYTES }, (_r, body, done) => done(null, body));

    app.get('/api/units/:id/activities', {
      config: { policy: { kind: 'unit', action: 'read', targets: [{ in: 'params', key: 'id' }, { in: 'query', key: 'planId', resource: 'plan', optional: true }] } },
      schema: {
        tags: ['reports'],
        summary: 'What a unit did, newest first',
        params: idParams,
        querystring: z.object({ from: isoDate.optional(), to: isoDate.optional(), planId: idParam.optional(), channel: z.enum(CHANNELS).optional(), limit: limitQuery, cursor: cursorQuery }),
        response: { 200: pageSchema(activitySchema) },
      },
      handler: async (request) => {
        const q = request.query;
        const after = decodeCursor(q.cursor, cursorShapes.dayId);
        const found = await rows<Omit<ActivityView, 'evidence'>>(
          database.db,
          sql`SELECT id, unit_id AS "unitId", plan_id AS "planId", to_char(occurred_on, 'YYYY-MM-DD') AS "occurredOn", channel,
                     phase_label AS "phaseLabel", theme, figures, title, link, to_char(published_on, 'YYYY-MM-DD') AS "publishedOn", note
                FROM activities WHERE unit_id = ${request.params.id}
                 ${q.from ? sql`AND occurred_on >= ${q.from}` : sql``} ${q.to ? sql`AND occurred_on <= ${q.to}` : sql``}
                 ${q.planId ? sql`AND plan_id = ${q.planId}` : sql``} ${q.channel ? sql`AND channel = ${q.channel}` : sql``}
                 ${after ? sql`AND (occurred_on, id) < (${after[0]}::date, ${after[1]})` : sql``}
               ORDER BY occurred_on DESC, id DESC LIMIT ${q.limit + 1}`,
        );
        const page = pageOf(found, q.limit, (a) => [a.occurredOn, a.id]);
        const ids = page.items.map((a) => a.id);
        const files = ids.length
          ? await rows<{ activityId: number; id: number; filename: string; mime: string; size: number }>(
              database.db,
              sql`SELECT e.activity_id AS "activityId", e.id, e.filename, f.mime, f.size FROM activity_evidence e JOIN evidence_files f ON f.sha256 = e.sha256
                   WHERE e.activity_id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)}) ORDER BY e.id`,
            )
          : [];
        return {
          items: page.items.map((a) => ({ ...a, evidence: files.filter((f) => f.activityId === a.id).map(({ activityId: _a, ...f }) => f) })),
          nextCursor: page.nextCursor,
        };
      },
    });

    app.post('/api/units/:id/activities', {
      config: { policy: { kind: 'unit', action: 'edit', targets: [{ in: 'params', key: 'id' }] } },
      schema: {
        tags: ['reports'],
        summary: 'Record activities (one, or many rows of the bulk-entry grid: all or none)',
        params: idParams,
        body: z.object({ items: z.array(activityInputSchema).min(1).max(500) }),
        response: { 201: z.object({ ids: z.array(z.number().int()) }) },
      },
      handler: async (request, reply) => {
        const ids = await recordActivities(useCaseContext(database, request), request.params.id, request.body.items);
        return reply.status(201).send({ ids });
      },
    });

    app.put('/api/activities/:id', {
      config: { policy: { kind: 'unit', action: 'edit', targets: [{ in: 'params', key: 'id', resource: 'activity' }] } },
      schema: { tags: ['reports'], summary: 'Correct an activity', params: idParams, body: activityInputSchema, response: { 200: okSchema } },
      handler: async (request) => {
        await updateActivity(useCaseContext(database, request), request.params.id, request.body);
        return { ok: true as const };
      },
    });

    app.delete('/api/activities/:id', {
      config: { policy: { kind: 'unit', action: 'edit', targets: [{ in: 'params', key: 'id', resource: 'activity' }] } },
      schema: { tags: ['reports'], summary: 'Delete an activity', params: idParams, response: { 200: okSchema } },
      handler: async (request) => {
        await deleteActivity(useCaseContext(database, request), request.params.id);
        return { ok: true as const };
      },
    });

    app.post('/api/activities/:id/evidence', {
      config: { policy: { kind: 'unit', action: 'edit', targets: [{ in: 'params', key: 'id', resource: 'activity' }] } },
      bodyLimit: MAX_EVIDENCE_BYTES,
      schema: {
        tags: ['reports'],
        summary: 'Attach a photo or scan (raw body; JPEG, PNG, WebP, GIF or PDF; 10 MB at most)',
        params: idParams,
        querystring: z.object({ filename: z.string().trim().min(1).max(255) }),
        response: { 201: z.object({ id: z.number().int(), sha256: z.string(), deduplicated: z.boolean() }) },
      },
      handler: async (request, reply) => {
        const saved = await storeUpload(store, request.body);
        const ctx = useCaseContext(database, request);
        const { id, deduplicated } = await database.db.transaction(async (tx) => {
          const activity = await one<{ unitId: number; path: string }>(
            tx,
            sql`SELECT a.unit_id AS "unitId", u.path FROM activities a JOIN units u ON u.id = a.unit_id WHERE a.id = ${request.params.id}`,
          );
          if (!activity) throw notFound('kết quả');
          const held = await unitHoldsFile(tx, activity.unitId, saved.sha256);
          await registerStoredFile(tx, saved);
          const row = await one<{ id: number }>(
            tx,
            sql`INSERT INTO activity_evidence (activity_id, sha256, filename) VALUES (${request.params.id}, ${saved.sha256}, ${request.query.filename.normalize('NFC')}) RETURNING id`,
          );
          await recordAudit(tx, ctx.actor, {
            unitId: activity.unitId,
            unitPath: activity.path,
            action: 'evidence.attach',
            entity: 'activity',
            entityId: request.params.id,
            summary: `Đính kèm minh chứng "${request.query.filename}" vào kết quả #${request.params.id}`,
          });
          return { id: row!.id, deduplicated: held };
        });
        // Deduplicated: this unit already had the file — never whether another unit has it.
        return reply.status(201).send({ id, sha256: saved.sha256, deduplicated });
      },
    });

    app.get('/api/evidence/:id', {
      config: { policy: { kind: 'unit', action: 'read', targets: [{ in: 'params', key: 'id', resource: 'evidence' }] } },
      schema: { tags: ['reports'], summary: 'Download an evidence file', params: idParams },
      handler: async (request, reply) => {
        const file = await one<{ sha256: string; mime: string; filename: string }>(
          database.db,
          sql`SELECT f.sha256, f.mime, e.filename FROM activity_evidence e JOIN evidence_files f ON f.sha256 = e.sha256 WHERE e.id = ${request.params.id}`,
        );
        if (!file) throw notFound('tệp minh chứng');
        return sendStoredFile(reply, store, file);
      },
    });
  };
}
