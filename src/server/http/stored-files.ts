import type { FastifyReply } from 'fastify';
import type { Executor } from '../../db/client.ts';
import { sql } from 'drizzle-orm';
import { one } from '../../db/sql.ts';
import { EvidenceRejected, type EvidenceStore } from '../../documents/evidence.ts';
import { AppError, invalid } from '../errors.ts';

export interface StoredFile {
  sha256: string;
  mime: string;
  size: number;
  /**
   * False when the same bytes were already stored (content-addressed: kept once) — by any unit, so it is
   * never told to the uploader; `unitHoldsFile` says what they may learn.
   */
  stored: boolean;
}

/** Puts an uploaded body (a photo or scan) into the file store; a wrong type or size is a 400 in Vietnamese. */
export async function storeUpload(store: EvidenceStore, body: unknown): Promise<StoredFile> {
  if (!Buffer.isBuffer(body)) throw invalid('file_required', 'Hãy gửi nội dung tệp ảnh hoặc PDF.');
  try {
    return await store.put(body);
  } catch (err) {
    if (err instanceof EvidenceRejected) throw invalid('evidence_rejected', err.message);
    throw err;
  }
}

/** Registers a stored file's row (once per content), inside the transaction that links it to its record. */
export async function registerStoredFile(tx: Executor, file: StoredFile): Promise<void> {
  await tx.execute(sql`INSERT INTO evidence_files (sha256, size, mime) VALUES (${file.sha256}, ${file.size}, ${file.mime}) ON CONFLICT DO NOTHING`);
}

/**
 * Whether the unit already holds these bytes, as evidence of one of its activities or attached to one of
 * its reports: what `deduplicated` answers. The store is shared, but whether another unit holds a file is
 * not the uploader's to learn. Asked before the new link is written.
 */
export async function unitHoldsFile(tx: Executor, unitId: number, sha256: string): Promise<boolean> {
  const row = await one<{ held: boolean }>(
    tx,
    sql`SELECT EXISTS (SELECT 1 FROM activities a JOIN activity_evidence e ON e.activity_id = a.id WHERE a.unit_id = ${unitId} AND e.sha256 = ${sha256})
            OR EXISTS (SELECT 1 FROM reports r JOIN report_attachments f ON f.report_id = r.id WHERE r.unit_id = ${unitId} AND f.sha256 = ${sha256}) AS held`,
  );
  return row?.held === true;
}

/** Sends a stored file inline under its original name; a file gone from the store is a clear 404. */
export async function sendStoredFile(reply: FastifyReply, store: EvidenceStore, file: { sha256: string; mime: string; filename: string }) {
  const data = await store.get(file.sha256).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new AppError('not_found', 'evidence_missing', 'Tệp không còn trong kho lưu trữ của máy chủ.');
    throw err;
  });
  return reply
    .header('content-type', file.mime)
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
    .send(data);
}
