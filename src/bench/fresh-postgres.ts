import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server a benchmark may use, or null (and a line saying why it is skipped). */
export function benchDatabaseUrl(opts: { databaseUrl?: string }): string | null {
  const url = opts.databaseUrl ?? process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) console.log('[postgresql] skipped: pass --database-url or set BENCH_DATABASE_URL (a fresh database is created on that server and dropped after).');
  return url ?? null;
}

/** Runs `work` on a new database of the server at `url` (its connection string given), dropped afterwards. */
export async function withFreshPostgres<T>(url: string, work: (databaseUrl: string) => Promise<T>): Promise<T> {
  const name = `tt_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    return await work(target.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
