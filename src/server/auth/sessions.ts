import type { Database } from '../../db/client.ts';
import type { Role } from '../../domain/access/roles.ts';
import type { Actor } from '../context.ts';
import { randomToken, sha256 } from './passwords.ts';

export const SESSION_COOKIE = 'tt_session';

export async function createSession(database: Database, userId: number, hours: number): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await database.query('INSERT INTO sessions (id_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)', [
    sha256(token),
    userId,
    csrfToken,
    expiresAt,
  ]);
  return { token, csrfToken, expiresAt };
}

export interface SessionRow {
  id_hash: string;
  csrf_token: string;
  user_id: number;
  username: string;
  full_name: string;
  unit_id: number;
  must_change_password: boolean;
  grants: { unit_id: number; path: string; role: Role }[];
}

/**
 * The session of a token hash ($1) with its person and every role they hold (with unit paths): no row
 * when the session is unknown or expired, or the person inactive. The access policy joins its lookups
 * to this same statement, so a request costs one round trip before its use case.
 */
export const SESSION_QUERY = `SELECT s.id_hash, s.csrf_token, u.id AS user_id, u.username, u.full_name, u.unit_id, u.must_change_password,
            (SELECT coalesce(json_agg(json_build_object('unit_id', r.unit_id, 'path', un.path, 'role', r.role)), '[]'::json)
               FROM role_assignments r JOIN units un ON un.id = r.unit_id
              WHERE r.user_id = u.id AND un.retired_at IS NULL) AS grants
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id_hash = $1 AND s.expires_at > now() AND u.active`;

export const tokenHash = (token: string) => sha256(token);

export function actorOf(row: SessionRow): Actor {
  return {
    userId: row.user_id,
    username: row.username,
    fullName: row.full_name,
    unitId: row.unit_id,
    mustChangePassword: row.must_change_password,
    grants: row.grants.map((g) => ({ unitId: g.unit_id, unitPath: g.path, role: g.role })),
    sessionIdHash: row.id_hash,
    csrfToken: row.csrf_token,
  };
}

/** The actor behind a session cookie, or null when the session is unknown, expired or the user inactive. */
export async function loadActor(database: Database, token: string): Promise<Actor | null> {
  const [row] = await database.query<SessionRow>(SESSION_QUERY, [tokenHash(token)]);
  return row ? actorOf(row) : null;
}

export async function deleteSession(database: Database, idHash: string): Promise<void> {
  await database.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
}
