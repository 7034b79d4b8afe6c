import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { one } from '../../../db/sql.ts';
import { recordAudit } from '../../audit.ts';
import type { ServerConfig, UseCaseContext } from '../../context.ts';
import { notFound } from '../../errors.ts';

/**
 * Calendar apps fetch feeds without a session, so a feed link carries a token. The token is a person's,
 * for one unit: `<user id>.<HMAC(secret, user, unit, generation, password hash)>`, the secret made once
 * per installation and kept in the database (shared by all processes). Nothing secret is stored per link.
 *
 * A link stops working when
 * - its person is deactivated, or no longer holds a role over the unit (checked on every fetch);
 * - their password is reset or changed (the hash is part of the HMAC);
 * - they rotate it (`rotateFeedToken`: the generation in `calendar_feeds` goes up).
 */
async function feedSecret(database: Database): Promise<Buffer> {
  await database.db.execute(
    sql`INSERT INTO app_secrets (name, value) VALUES ('calendar_feed', ${randomBytes(32).toString('hex')}) ON CONFLICT (name) DO NOTHING`,
  );
  const row = await one<{ value: string }>(database.db, sql`SELECT value FROM app_secrets WHERE name = 'calendar_feed'`);
  return Buffer.from(row!.value, 'hex');
}

function mac(secret: Buffer, userId: number, unitId: number, generation: number, passwordHash: string | null): string {
  return createHmac('sha256', secret).update(`calendar-feed:${userId}:${unitId}:${generation}:${passwordHash ?? ''}`).digest('base64url');
}

const TOKEN = /^(\d{1,10})\.([A-Za-z0-9_-]{43})$/;

/** The person's current token for a unit's feed. */
export async function feedToken(database: Database, userId: number, unitId: number): Promise<string> {
  const row = await one<{ generation: number; passwordHash: string | null }>(
    database.db,
    sql`SELECT coalesce(f.generation, 0) AS generation, u.password_hash AS "passwordHash"
          FROM users u LEFT JOIN calendar_feeds f ON f.user_id = u.id AND f.unit_id = ${unitId} WHERE u.id = ${userId}`,
  );
  if (!row) throw notFound('người dùng');
  return `${userId}.${mac(await feedSecret(database), userId, unitId, row.generation, row.passwordHash)}`;
}

/** A new token for the person's feed of a unit; the link they had stops working at once. */
export async function rotateFeedToken(ctx: UseCaseContext, unitId: number): Promise<string> {
  const { actor } = ctx;
  await ctx.database.db.transaction(async (tx) => {
    const found = await one<{ unitName: string; homePath: string }>(
      tx,
      sql`WITH bumped AS (
            INSERT INTO calendar_feeds (user_id, unit_id, generation, rotated_at) VALUES (${actor.userId}, ${unitId}, 1, now())
            ON CONFLICT (user_id, unit_id) DO UPDATE SET generation = calendar_feeds.generation + 1, rotated_at = now()
            RETURNING unit_id
          )
          SELECT t.name AS "unitName", h.path AS "homePath" FROM bumped b JOIN units t ON t.id = b.unit_id, units h WHERE h.id = ${actor.unitId}`,
    );
    if (!found) throw notFound('đơn vị');
    // The person's own account, like a password change: logged at their home unit.
    await recordAudit(tx, actor, {
      unitId: actor.unitId,
      unitPath: found.homePath,
      action: 'calendar_feed.rotate',
      entity: 'calendar_feed',
      entityId: unitId,
      summary: `"${actor.fullName}" đổi đường dẫn lịch của "${found.unitName}" (đường dẫn cũ hết hiệu lực)`,
    });
  });
  return feedToken(ctx.database, actor.userId, unitId);
}

/**
 * The unit whose feed `token` opens, or null: a malformed or forged token, an old generation, a
 * person deactivated, whose password changed, or who no longer holds a role over the unit.
 */
export async function checkFeedToken(database: Database, unitId: number, token: string): Promise<{ name: string; path: string } | null> {
  const parsed = TOKEN.exec(token);
  if (!parsed) return null;
  const userId = Number(parsed[1]);
  if (userId > 2_147_483_647) return null;
  const row = await one<{ name: string; path: string; generation: number; passwordHash: string | null; allowed: boolean }>(
    database.db,
    sql`SELECT t.name, t.path, coalesce(f.generation, 0) AS generation, u.password_hash AS "passwordHash",
               u.active AND EXISTS (SELECT 1 FROM role_assignments ra JOIN units gu ON gu.id = ra.unit_id
                                     WHERE ra.user_id = u.id AND t.path LIKE gu.path || '%') AS allowed
          FROM users u JOIN units t ON t.id = ${unitId}
          LEFT JOIN calendar_feeds f ON f.user_id = u.id AND f.unit_id = t.id
         WHERE u.id = ${userId}`,
  );
  if (!row) return null;
  const expected = Buffer.from(mac(await feedSecret(database), userId, unitId, row.generation, row.passwordHash));
  const given = Buffer.from(parsed[2]!);
  const matches = expected.length === given.length && timingSafeEqual(expected, given);
  return matches && row.allowed ? { name: row.name, path: row.path } : null;
}

/** The feed link: its path (what the web app shows under its own origin) and in full, from PUBLIC_URL. */
export function feedLink(config: Pick<ServerConfig, 'publicUrl'>, unitId: number, token: string): { url: string; absoluteUrl: string } {
  const url = `/api/feeds/units/${unitId}/calendar.ics?token=${encodeURIComponent(token)}`;
  return { url, absoluteUrl: `${config.publicUrl}${url}` };
}
