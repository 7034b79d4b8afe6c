import { SQL, sql } from 'drizzle-orm';
import { auditLog } from '../db/schema.ts';
import type { Executor } from '../db/client.ts';
import type { Actor } from './context.ts';
import { foldForSearch } from '../domain/text/fold.ts';

export interface AuditRecord {
  unitId: number | null;
  unitPath: string | null;
  action: string;
  entity: string;
  entityId?: string | number | null;
  /** One Vietnamese sentence an administrator reads in the log. */
  summary: string;
  details?: unknown;
}

/** Writes one audit entry inside the caller's transaction, so the log and the change land together. */
export async function recordAudit(tx: Executor, actor: Pick<Actor, 'userId' | 'fullName'> | null, rec: AuditRecord): Promise<void> {
  await tx.insert(auditLog).values(auditRow(actor, rec));
}

function auditRow(actor: Pick<Actor, 'userId' | 'fullName'> | null, rec: AuditRecord) {
  return {
    // userId 0 is the system itself (command line, seed): no person to point at.
    actorId: actor && actor.userId > 0 ? actor.userId : null,
    actorName: actor?.fullName ?? null,
    unitId: rec.unitId,
    unitPath: rec.unitPath,
    action: rec.action,
    entity: rec.entity,
    entityId: rec.entityId == null ? null : String(rec.entityId),
    summary: rec.summary,
    searchKey: foldForSearch(`${rec.summary} ${actor?.fullName ?? ''}`),
    details: rec.details ?? null,
  };
}

/**
 * The same entry as a SELECT list, for a statement that makes a change and logs it at once
 * (`WITH changed AS (UPDATE … RETURNING id) INSERT INTO audit_log (${AUDIT_COLUMNS}) SELECT ${auditSelect(…)} FROM changed`):
 * one round trip, atomic without a transaction. `entityId` may be SQL naming the new row's id.
 */
export const AUDIT_COLUMNS = sql.raw('actor_id, actor_name, unit_id, unit_path, action, entity, entity_id, summary, search_key, details');

export function auditSelect(actor: Pick<Actor, 'userId' | 'fullName'> | null, rec: Omit<AuditRecord, 'entityId'> & { entityId: SQL | string | number }): SQL {
  const row = auditRow(actor, { ...rec, entityId: null });
  const entityId = rec.entityId instanceof SQL ? sql`(${rec.entityId})::text` : sql`${String(rec.entityId)}`;
  return sql`${row.actorId}::int, ${row.actorName}::text, ${row.unitId}::int, ${row.unitPath}::text, ${row.action}::text, ${row.entity}::text, ${entityId},
             ${row.summary}::text, ${row.searchKey}::text, ${row.details === null ? null : JSON.stringify(row.details)}::jsonb`;
}
