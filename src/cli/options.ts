import type { Command } from 'commander';

export interface DatabaseOptions {
  data?: string;
  databaseUrl?: string;
}

/** --data and --database-url, defaulting to DATA_DIR and DATABASE_URL. */
export function withDatabaseOptions(cmd: Command): Command {
  return cmd
    .option('--data <dir>', 'embedded database folder (default: DATA_DIR or ./data)')
    .option('--database-url <url>', 'PostgreSQL connection string (default: DATABASE_URL)');
}

export function resolveDatabase(opts: DatabaseOptions): { url?: string; dataDir: string } {
  const url = opts.databaseUrl ?? process.env.DATABASE_URL ?? undefined;
  return { url: url || undefined, dataDir: opts.data ?? process.env.DATA_DIR ?? './data' };
}
