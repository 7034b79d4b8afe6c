import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { one } from '../../../db/sql.ts';

/**
 * Calendar apps fetch feeds without a session, so a feed link carries a token: an HMAC of the unit id
 * under a secret the installation makes once and keeps in the database (shared by all processes).
 */
async function feedSecret(database: Database): Promise<Buffer> {
  await database.db.execute(
    sql`INSERT INTO app_secrets (name, value) VALUES ('calendar_feed', ${randomBytes(32).toString('hex')}) ON CONFLICT (name) DO NOTHING`,
  );
  const row = await one<{ value: string }>(database.db, sql`SELECT value FROM app_secrets WHERE name = 'calendar_feed'`);
  return Buffer.from(row!.value, 'hex');
}

export async function feedToken(database: Database, unitId: number): Promise<string> {
  return createHmac('sha256', await feedSecret(database)).update(`calendar:${unitId}`).digest('base64url');
}

export async function checkFeedToken(database: Database, unitId: number, token: string): Promise<boolean> {
  const expected = Buffer.from(await feedToken(database, unitId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
