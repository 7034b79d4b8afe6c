import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { one } from '../../db/sql.ts';
import { reportEditable, type ReportStatus } from '../../domain/reports/lifecycle.ts';
import { EvidenceStore, MAX_EVIDENCE_BYTES } from '../../documents/evidence.ts';
import { recordAudit } from '../audit.ts';
import type { ServerConfig } from '../context.ts';
import { conflict, notFound } from '../errors.ts';
import { useCaseContext } from '../http/context.ts';
import { idParams, okSchema } from '../http/schemas.ts';
import { registerStoredFile, sendStoredFile, storeUpload, unitHoldsFile } from '../http/stored-files.ts';

const locked = () => conflict('report_locked', 'Báo cáo đã gửi hoặc đã được tiếp nhận, không sửa được.');

/**
 * Files attached to a report (the signed scan, photos of what was done): added and removed while the
 * report is being written (draft or returned), locked with it once sent. Stored like activity evidence:
 * type-checked by content, 10 MB at most, kept once per content outside the database rows.
 */
export function reportAttachmentRoutes(database: Database, config: ServerConfig): FastifyPluginAsyncZod {
  const store = new EvidenceStore(config.filesDir);
  return async (app) => {
    // Whatever type the browser declares, the file's first bytes decide (documents/evidence.ts).
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_EVIDENCE_BYTES }, (_r, body, done) => done(null, body));

    app.post('/api/reports/:id/attachments', {
      config: { policy: { kind: 'unit', action: 'edit', targets: [{ in: 'params', key: 'id', resource: 'report' }] } },
      bodyLimit: MAX_EVIDENCE_BYTES,
      schema: {
        tags: ['reports'],
        summary: 'Attach a file to a report being written (raw body; JPEG, PNG, WebP, GIF or PDF; 10 MB at most)',
        params: idParams,
        querystring: z.object({ filename: z.string().trim().min(1).max(255) }),
        response: {
          201: z.object({ id: z.number().int(), filename: z.string(), size: z.number().int(), mime: z.string(), deduplicated: z.boolean() }),
        },
      },
      handler: async (request, reply) => {
        // A report already sent is refused before its file is stored (checked again, locked, below).
        const current = await one<{ status: ReportStatus }>(database.db, sql`SELECT status FROM reports WHERE id = ${request.params.id}`);
        if (current && !reportEditable(current.status)) throw locked();
        const saved = await storeUpload(store, request.body);
        const filename = request.query.filename.normalize('NFC');
        const ctx = useCaseContext(database, request);
        const { id, deduplicated } = await database.db.transaction(async (tx) => {
          // Locked against a concurrent submit: the file joins the report only while it can still change.
          const report = await one<{ status: ReportStatus; unitId: number; path: string; periodKey: string; unitName: string }>(
            tx,
            sql`SELECT r.status, r.unit_id AS "unitId", u.path, r.period_key AS "periodKey", u.name AS "unitName"
                  FROM reports r JOIN units u ON u.id = r.unit_id WHERE r.id = ${request.params.id} FOR UPDATE OF r`,
          );
          if (!report) throw notFound('báo cáo');
          if (!reportEditable(report.status)) throw locked();
          const held = await unitHoldsFile(tx, report.unitId, saved.sha256);
          await registerStoredFile(tx, saved);
          const row = await one<{ id: number }>(
            tx,
            sql`INSERT INTO report_attachments (report_id, sha256, filename) VALUES (${request.params.id}, ${saved.sha256}, ${filename}) RETURNING id`,
          );
          await recordAudit(tx, ctx.actor, {
            unitId: report.unitId,
            unitPath: report.path,
            action: 'report.attach',
            entity: 'report',
            entityId: request.params.id,
            summary: `Đính kèm tệp "${filename}" vào báo cáo ${report.periodKey} của "${report.unitName}"`,
          });
          return { id: row!.id, deduplicated: held };
        });
        // Deduplicated: the reporting unit already had the file — never whether another unit has it.
        return reply.status(201).send({ id, filename, size: saved.size, mime: saved.mime, deduplicated });
      },
    });

    app.delete('/api/report-attachments/:id', {
      config: { policy: { kind: 'unit', action: 'edit', targets: [{ in: 'params', key: 'id', resource: 'reportAttachment' }] } },
      schema: { tags: ['reports'], summary: 'Remove a file from a report being written', params: idParams, response: { 200: okSchema } },
      handler: async (request) => {
        const ctx = useCaseContext(database, request);
        await database.db.transaction(async (tx) => {
          const found = await one<{ reportId: number; status: ReportStatus; unitId: number; path: string; filename: string; periodKey: string; unitName: string }>(
            tx,
            sql`SELECT r.id AS "reportId", r.status, r.unit_id AS "unitId", u.path, a.filename, r.period_key AS "periodKey", u.name AS "unitName"
                  FROM report_attachments a JOIN reports r ON r.id = a.report_id JOIN units u ON u.id = r.unit_id
                 WHERE a.id = ${request.params.id} FOR UPDATE OF r`,
          );
          if (!found) throw notFound('tệp đính kèm');
          if (!reportEditable(found.status)) throw locked();
          await tx.execute(sql`DELETE FROM report_attachments WHERE id = ${request.params.id}`);
          await recordAudit(tx, ctx.actor, {
            unitId: found.unitId,
            unitPath: found.path,
            action: 'report.detach',
            entity: 'report',
            entityId: found.reportId,
            summary: `Gỡ tệp "${found.filename}" khỏi báo cáo ${found.periodKey} của "${found.unitName}"`,
          });
        });
        return { ok: true as const };
      },
    });

    app.get('/api/report-attachments/:id', {
      config: { policy: { kind: 'unit', action: 'read', targets: [{ in: 'params', key: 'id', resource: 'reportAttachment' }] } },
      schema: { tags: ['reports'], summary: 'Download a file attached to a report (the reporting unit and the receiver may)', params: idParams },
      handler: async (request, reply) => {
        const file = await one<{ sha256: string; mime: string; filename: string }>(
          database.db,
          sql`SELECT f.sha256, f.mime, a.filename FROM report_attachments a JOIN evidence_files f ON f.sha256 = a.sha256 WHERE a.id = ${request.params.id}`,
        );
        if (!file) throw notFound('tệp đính kèm');
        return sendStoredFile(reply, store, file);
      },
    });
  };
}
