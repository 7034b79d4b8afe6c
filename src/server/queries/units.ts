import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { one, rows } from '../../db/sql.ts';
import { escapeLike, foldForSearch } from '../../domain/text/fold.ts';
import { pathIds, type UnitKind } from '../../domain/units/tree.ts';
import { inScope } from '../policies/access.ts';
import { cursorShapes, decodeCursor, pageOf, type Page } from './paging.ts';

export interface UnitRow {
  id: number;
  parentId: number | null;
  path: string;
  depth: number;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  code: string | null;
  searchKey: string;
  retiredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  childCount: number;
}

const unitColumns = (includeRetiredChildren: boolean) => sql`
  u.id, u.parent_id AS "parentId", u.path, u.depth, u.name, u.short_name AS "shortName", u.kind, u.code,
  u.search_key AS "searchKey", u.retired_at AS "retiredAt", u.created_at AS "createdAt", u.updated_at AS "updatedAt",
  (SELECT count(*)::int FROM units c WHERE c.parent_id = u.id ${includeRetiredChildren ? sql`` : sql`AND c.retired_at IS NULL`}) AS "childCount"`;

export function findUnit(ex: Executor, id: number): Promise<UnitRow | undefined> {
  return one<UnitRow>(ex, sql`SELECT ${unitColumns(true)} FROM units u WHERE u.id = ${id}`);
}

export interface ListOptions {
  limit: number;
  cursor?: string;
  includeRetired?: boolean;
}

export async function listChildren(ex: Executor, parentId: number, opts: ListOptions): Promise<Page<UnitRow>> {
  const after = decodeCursor(opts.cursor, cursorShapes.textId);
  const items = await rows<UnitRow>(
    ex,
    sql`SELECT ${unitColumns(!!opts.includeRetired)} FROM units u
         WHERE u.parent_id = ${parentId}
           ${opts.includeRetired ? sql`` : sql`AND u.retired_at IS NULL`}
           ${after ? sql`AND (u.search_key, u.id) > (${after[0]}, ${after[1]})` : sql``}
         ORDER BY u.search_key, u.id LIMIT ${opts.limit + 1}`,
  );
  // Folded names sort the Vietnamese way (Đ with D) without depending on the server's collations.
  return pageOf(items, opts.limit, (u) => [u.searchKey, u.id]);
}

/** The subtree below (and including) a unit in tree order; one indexed range scan on path. */
export async function listSubtree(ex: Executor, path: string, opts: ListOptions): Promise<Page<UnitRow>> {
  const after = decodeCursor(opts.cursor, cursorShapes.path);
  const items = await rows<UnitRow>(
    ex,
    sql`SELECT ${unitColumns(!!opts.includeRetired)} FROM units u
         WHERE u.path LIKE ${escapeLike(path) + '%'}
           ${opts.includeRetired ? sql`` : sql`AND u.retired_at IS NULL`}
           ${after ? sql`AND u.path > ${after}` : sql``}
         ORDER BY u.path LIMIT ${opts.limit + 1}`,
  );
  return pageOf(items, opts.limit, (u) => u.path);
}

export interface SearchOptions {
  query: string;
  scope: readonly string[];
  limit: number;
  includeRetired?: boolean;
}

/**
 * Diacritic- and tone-placement-insensitive search over folded names, inside the given subtrees.
 * Words match from their start ("hoa" finds "Hòa Bình", not "Khoa học"); the trigram index
 * serves the plain substring test, the word test filters its few candidates.
 */
export async function searchUnits(ex: Executor, opts: SearchOptions): Promise<UnitRow[]> {
  const key = foldForSearch(opts.query);
  if (!key) return [];
  const pattern = `%${escapeLike(key)}%`;
  // Rank and cut the matches first; the per-row child count is computed for the page only.
  return rows<UnitRow>(
    ex,
    sql`WITH hits AS (
          SELECT u.id, (u.search_key LIKE ${escapeLike(key) + '%'}) AS starts, u.depth, u.name FROM units u
           WHERE u.search_key LIKE ${pattern}
             AND (' ' || u.search_key) LIKE ${'% ' + escapeLike(key) + '%'}
             AND ${inScope(sql`u.path`, opts.scope)}
             ${opts.includeRetired ? sql`` : sql`AND u.retired_at IS NULL`}
           ORDER BY starts DESC, u.depth, u.name
           LIMIT ${opts.limit})
        SELECT ${unitColumns(false)} FROM hits h JOIN units u ON u.id = h.id
         ORDER BY h.starts DESC, h.depth, h.name`,
  );
}

/** Names of the units along the given paths, for breadcrumbs and search trails. */
export async function unitNames(ex: Executor, paths: readonly string[]): Promise<Map<number, string>> {
  const ids = [...new Set(paths.flatMap(pathIds))];
  if (ids.length === 0) return new Map();
  const found = await rows<{ id: number; name: string }>(
    ex,
    sql`SELECT id, name FROM units WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`,
  );
  return new Map(found.map((r) => [r.id, r.name]));
}

export async function countUsersInSubtree(ex: Executor, path: string): Promise<number> {
  const row = await one<{ n: number }>(
    ex,
    sql`SELECT count(*)::int AS n FROM users us JOIN units un ON un.id = us.unit_id WHERE un.path LIKE ${escapeLike(path) + '%'}`,
  );
  return row?.n ?? 0;
}

export async function findUnitByCode(ex: Executor, code: string): Promise<UnitRow | undefined> {
  return one<UnitRow>(ex, sql`SELECT ${unitColumns(true)} FROM units u WHERE u.code = ${code}`);
}
