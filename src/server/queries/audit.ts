import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { escapeLike, foldForSearch } from '../../domain/text/fold.ts';
import { cursorShapes, decodeCursor, pageOf, type Page } from './paging.ts';

export interface AuditEntryView {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  unitId: number | null;
  unitName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
  details: unknown;
}

export interface AuditFilter {
  action?: string;
  entity?: string;
  actor?: string;
  q?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

/** Entries of a subtree, newest first; free text matches the summary ignoring diacritics. */
export async function listAudit(ex: Executor, path: string, f: AuditFilter): Promise<Page<AuditEntryView>> {
  const before = decodeCursor(f.cursor, cursorShapes.id);
  const key = f.q ? foldForSearch(f.q) : '';
  const found = await rows<AuditEntryView & { at: Date | string; id: number | string }>(
    ex,
    sql`SELECT a.id, a.at, a.actor_id AS "actorId", a.actor_name AS "actorName", a.unit_id AS "unitId", un.name AS "unitName",
               a.action, a.entity, a.entity_id AS "entityId", a.summary, a.details
          FROM audit_log a LEFT JOIN units un ON un.id = a.unit_id
         WHERE a.unit_path LIKE ${escapeLike(path) + '%'}
           ${f.action ? sql`AND a.action LIKE ${escapeLike(f.action) + '%'}` : sql``}
           ${f.entity ? sql`AND a.entity = ${f.entity}` : sql``}
           ${f.actor ? sql`AND lower(a.actor_name) LIKE ${'%' + escapeLike(f.actor.toLowerCase()) + '%'}` : sql``}
           ${f.from ? sql`AND a.at >= ${f.from}` : sql``}
           ${f.to ? sql`AND a.at < ${f.to}` : sql``}
           ${key ? sql`AND a.search_key LIKE ${'%' + escapeLike(key) + '%'}` : sql``}
           ${before ? sql`AND a.id < ${before}` : sql``}
         ORDER BY a.id DESC LIMIT ${f.limit + 1}`,
  );
  const page = pageOf(found, f.limit, (e) => Number(e.id));
  return {
    items: page.items.map((e) => ({ ...e, id: Number(e.id), at: new Date(e.at).toISOString() })),
    nextCursor: page.nextCursor,
  };
}
