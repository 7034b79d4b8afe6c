import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import type { Role } from '../../domain/access/roles.ts';
import { escapeLike, foldForSearch } from '../../domain/text/fold.ts';
import { cursorShapes, decodeCursor, pageOf, type Page } from './paging.ts';

export interface UserView {
  id: number;
  username: string;
  fullName: string;
  email: string | null;
  unitId: number;
  unitName: string;
  active: boolean;
  mustChangePassword: boolean;
  roles: { id: number; unitId: number; unitName: string; role: Role }[];
}

interface UserRow extends Omit<UserView, 'roles'> {
  unitPath: string;
}

const userColumns = sql`u.id, u.username, u.full_name AS "fullName", u.email, u.unit_id AS "unitId", un.name AS "unitName",
  un.path AS "unitPath", u.active, u.must_change_password AS "mustChangePassword"`;

export async function findUser(ex: Executor, id: number): Promise<UserView | undefined> {
  const found = await rows<UserRow>(ex, sql`SELECT ${userColumns} FROM users u JOIN units un ON un.id = u.unit_id WHERE u.id = ${id}`);
  return (await withRoles(ex, found))[0];
}

export async function listUsersInSubtree(ex: Executor, path: string, opts: { q?: string; limit: number; cursor?: string }): Promise<Page<UserView>> {
  const after = decodeCursor(opts.cursor, cursorShapes.textId);
  const key = opts.q ? foldForSearch(opts.q) : '';
  const found = await rows<UserRow>(
    ex,
    sql`SELECT ${userColumns} FROM users u JOIN units un ON un.id = u.unit_id
         WHERE un.path LIKE ${escapeLike(path) + '%'}
           ${key ? sql`AND u.search_key LIKE ${'%' + escapeLike(key) + '%'}` : sql``}
           ${after ? sql`AND (u.full_name, u.id) > (${after[0]}, ${after[1]})` : sql``}
         ORDER BY u.full_name, u.id LIMIT ${opts.limit + 1}`,
  );
  const page = pageOf(found, opts.limit, (u) => [u.fullName, u.id]);
  return { items: await withRoles(ex, page.items), nextCursor: page.nextCursor };
}

async function withRoles(ex: Executor, users: UserRow[]): Promise<UserView[]> {
  if (users.length === 0) return [];
  const ids = users.map((u) => u.id);
  const roles = await rows<{ id: number; userId: number; unitId: number; unitName: string; role: Role }>(
    ex,
    sql`SELECT r.id, r.user_id AS "userId", r.unit_id AS "unitId", un.name AS "unitName", r.role
          FROM role_assignments r JOIN units un ON un.id = r.unit_id
         WHERE r.user_id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) ORDER BY un.path`,
  );
  return users.map(({ unitPath: _unitPath, ...u }) => ({
    ...u,
    roles: roles.filter((r) => r.userId === u.id).map(({ userId: _userId, ...r }) => r),
  }));
}

/** Search key for a person: name and username, folded. */
export function userSearchKey(fullName: string, username: string): string {
  return foldForSearch(`${fullName} ${username}`);
}
