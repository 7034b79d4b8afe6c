import type { PGlite } from '@electric-sql/pglite';

/**
 * What PostgreSQL's autovacuum does for a server, for the embedded database, which has no background
 * workers: fresh statistics for the planner, and dead row versions cleaned away.
 *
 * Without statistics the planner takes every table for tiny and picks plans that scan: the session
 * lookup scanned every unit on each request (0.8 ms with 300 units, growing with the tree). Every
 * ten seconds the tables' change counters are read and, with autovacuum's own default thresholds,
 * a table that changed enough is analysed (50 rows + 10 %) or vacuumed (50 dead rows + 20 %).
 */
export const CHECK_EVERY_MS = 10_000;

interface TableActivity {
  schema: string;
  name: string;
  live: number;
  dead: number;
  modified: number;
}

export interface Upkeep {
  /** One round now (tests, benchmarks); resolves to what was done. */
  runNow(): Promise<string[]>;
  stop(): void;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The statements one round runs, from the tables' counters (pure: tested on its own). */
export function upkeepStatements(tables: TableActivity[]): string[] {
  const out: string[] = [];
  for (const t of tables) {
    const table = `${quote(t.schema)}.${quote(t.name)}`;
    if (t.dead > 50 + 0.2 * t.live) out.push(`VACUUM (ANALYZE) ${table}`);
    else if (t.modified > 50 + 0.1 * t.live) out.push(`ANALYZE ${table}`);
  }
  return out;
}

export function startUpkeep(pg: PGlite, log: (message: string) => void = () => undefined): Upkeep {
  let running: Promise<string[]> | null = null;
  const round = async (): Promise<string[]> => {
    // The counters reach the statistics views when the session flushes them: ask for it first.
    await pg.exec('SELECT pg_stat_force_next_flush()');
    const { rows } = await pg.query<TableActivity>(
      `SELECT schemaname AS schema, relname AS name, n_live_tup::int AS live, n_dead_tup::int AS dead, n_mod_since_analyze::int AS modified
         FROM pg_stat_user_tables`,
    );
    const statements = upkeepStatements(rows);
    for (const statement of statements) await pg.exec(statement);
    return statements;
  };
  const runNow = () => {
    running ??= round().finally(() => (running = null));
    return running;
  };
  const timer = setInterval(() => {
    if (pg.closed) return;
    runNow().catch((err: Error) => {
      if (!pg.closed) log(`database upkeep failed: ${err.message}`);
    });
  }, CHECK_EVERY_MS);
  timer.unref();
  return { runNow, stop: () => clearInterval(timer) };
}
