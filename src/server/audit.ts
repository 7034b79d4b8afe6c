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
  await tx.insert(auditLog).values({
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
  });
}
