import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema.ts';
import { lockDataDir } from './lock.ts';
import { withPreparedStatements } from './pglite-prepared.ts';
import { startUpkeep, type Upkeep } from './pglite-upkeep.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Raw SQL with positional parameters, for the few statements Drizzle does not express well. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
  /** Where the PGlite files live (undefined on PostgreSQL or in memory). */
  dataDir?: string;
  /** The underlying pg pool, for pg-boss and benchmarks. */
  pool?: pg.Pool;
  pglite?: PGlite;
  /** The embedded database's statistics and cleaning (PGlite only; PostgreSQL has autovacuum). */
  upkeep?: Upkeep;
}

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenOptions {
  /** postgres://… ; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder; 'memory://' for an in-memory database (tests). */
  dataDir?: string;
  migrate?: boolean;
  poolSize?: number;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  const database = opts.url ? await openPostgres(opts.url, opts.poolSize) : await openPglite(opts.dataDir ?? './data');
  if (opts.migrate !== false) {
    try {
      await runMigrations(database);
    } catch (err) {
      await database.close();
      throw err;
    }
  }
  if (database.pglite) {
    // No autovacuum in the embedded database: its statistics and cleaning are kept here.
    const upkeep = startUpkeep(database.pglite, (m) => console.error(m));
    database.upkeep = upkeep;
    const close = database.close;
    database.close = async () => {
      upkeep.stop();
      await close();
    };
  }
  return database;
}

async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection dropped by the server (restart, failover) must not bring the process down;
  // the pool opens a new one on the next query.
  pool.on('error', (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
  // Fail now, with the server's own message, rather than on the first request.
  const probe = await pool.connect().catch(async (err: Error) => {
    await pool.end();
    throw new Error(`Cannot connect to PostgreSQL at ${redact(url)}: ${err.message}`);
  });
  probe.release();
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgresql',
    pool,
    async query<T>(text: string, params?: unknown[]) {
      // Prepared once per connection and reused (the session and access lookups run on every request):
      // the texts that come here are a fixed set. Without parameters a text may hold several statements
      // (pg-boss's schema), which cannot be prepared.
      if (!params?.length) return (await pool.query(text)).rows as T[];
      try {
        return (await pool.query({ name: statementName(text), text, values: params })).rows as T[];
      } catch (err) {
        // A table changed under a statement this connection prepared (a migration while servers run):
        // run it unprepared this time rather than fail until the connection is dropped.
        if ((err as { code?: string }).code !== '0A000') throw err;
        return (await pool.query(text, params)).rows as T[];
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  let release: (() => Promise<void>) | undefined;
  let pgliteDir: string | undefined;
  if (dataDir !== 'memory://') {
    const abs = resolve(dataDir);
    mkdirSync(abs, { recursive: true });
    release = await lockDataDir(abs);
    pgliteDir = join(abs, 'pgdata');
  }
  let client: PGlite;
  try {
    client = await PGlite.create({ dataDir: pgliteDir, extensions: { pg_trgm } });
  } catch (err) {
    await release?.();
    throw err;
  }
  const prepared = withPreparedStatements(client);
  const db = drizzlePglite(prepared as unknown as PGlite, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    dataDir: dataDir === 'memory://' ? undefined : resolve(dataDir),
    async query<T>(text: string, params?: unknown[]) {
      const res = await prepared.query<T>(text, params);
      return res.rows;
    },
    async close() {
      await client.close();
      await release?.();
    },
  };
}

export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder });
    return;
  }
  // Several server processes may start at once on one PostgreSQL: serialise their migrations.
  const client = await database.pool!.connect();
  try {
    await client.query('SELECT pg_advisory_lock(727274)');
    await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined);
    client.release();
  }
}

interface JournalEntry {
  idx: number;
  tag: string;
}

export function migrationJournal(): JournalEntry[] {
  const raw = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return raw.entries;
}

export async function migrationStatus(database: Database): Promise<{ applied: number; latest: string | null; pending: number }> {
  const journal = migrationJournal();
  const rows = await database
    .query<{ n: string | number }>('SELECT count(*) AS n FROM drizzle.__drizzle_migrations')
    .catch(() => [{ n: 0 }]);
  const applied = Number(rows[0]?.n ?? 0);
  return { applied, latest: journal[applied - 1]?.tag ?? null, pending: Math.max(0, journal.length - applied) };
}

/** A prepared statement's name on a PostgreSQL connection: the text's hash, so equal texts share it. */
function statementName(text: string): string {
  return `tt_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
