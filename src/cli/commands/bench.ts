import type { Command } from 'commander';

/** Benchmarks live in src/bench/<name>.ts and export `run(options)`; each prints its own figures. */
const BENCHES: Record<string, { description: string; load: () => Promise<{ run: (opts: BenchOptions) => Promise<void> }> }> = {
  tree: { description: 'unit tree listing and search on a 60,000-unit hierarchy', load: () => import('../../bench/tree.ts') },
  parse: { description: 'plan import: parse time per document', load: () => import('../../bench/parse.ts') },
  plans: {
    description: 'issue and export a 20-page plan sent to 3,000 units, and its recipients view with the cascade (PostgreSQL)',
    load: () => import('../../bench/plans.ts'),
  },
  render: { description: 'plan export: issue and render a 20-page plan as .docx', load: () => import('../../bench/render.ts') },
  reports: {
    description: 'subtree totals from the rollups on 60,000 units × 24 months × 12 indicators (PostgreSQL), against a recursive query over raw figures',
    load: () => import('../../bench/reports.ts'),
  },
  rush: { description: 'month-end rush: 50 concurrent clients submitting reports over HTTP for 60 s (PostgreSQL; province scale on PGlite)', load: () => import('../../bench/rush.ts') },
};

export interface BenchOptions {
  databaseUrl?: string;
  quick?: boolean;
  /** rush: write the server thread's CPU profile to this folder. */
  profile?: string;
  /** rush: one database only (postgresql or pglite). */
  only?: string;
}

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description(`run benchmarks: ${Object.keys(BENCHES).join(', ')} (all when none is named)`)
    .argument('[names...]', 'which benchmarks to run')
    .option('--database-url <url>', 'PostgreSQL for the database benchmarks (default: BENCH_DATABASE_URL, DATABASE_URL)')
    .option('--quick', 'smaller datasets, for a smoke run')
    .option('--only <database>', 'rush: run on one database only (postgresql or pglite)')
    .option('--profile <dir>', 'rush: write a CPU profile of the server thread to this folder')
    .action(async (names: string[], opts: BenchOptions) => {
      const chosen = names.length ? names : Object.keys(BENCHES);
      for (const name of chosen) {
        const bench = BENCHES[name];
        if (!bench) throw new Error(`Unknown benchmark "${name}". Known: ${Object.keys(BENCHES).join(', ')}`);
        console.log(`\n## ${name}: ${bench.description}`);
        const mod = await bench.load();
        await mod.run(opts);
      }
    });
}
