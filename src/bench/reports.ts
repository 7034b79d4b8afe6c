/**
 * Rollup reads at national scale, on PostgreSQL: the 60,000-unit synthetic tree, every unit reporting
 * 12 indicators for 24 monthly periods (≈17 million figures), all accepted. The benchmark measures
 * "subtree totals by indicator for any unit and any period range" from the pre-aggregated
 * rollup_figures (the app's own query, queries/rollups.ts totalsByIndicator) — target p95 < 20 ms — and,
 * on the same units and ranges in the same run, a plain recursive query over the raw figures.
 *
 * The data is generated in bulk with SQL (the benchmark measures reads): reports (with their jsonb
 * figures), a raw figures table (one row per unit, period and indicator, indexed on unit and period
 * for the comparison) and rollup_figures rows exactly as accepting those reports one by one would
 * have written them (one row per ancestor, child on the way down, period and indicator).
 */
import { benchDatabaseUrl, withFreshPostgres } from './fresh-postgres.ts';
import { cpus, loadavg, totalmem } from 'node:os';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/client.ts';
import { rows } from '../db/sql.ts';
import { STANDARD_INDICATORS } from '../domain/reports/forms.ts';
import { totalsByIndicator } from '../server/queries/rollups.ts';
import { buildSyntheticTree, type SyntheticTree } from './synthetic-tree.ts';
import { fmt, summarise, timeIt, type Summary } from './stats.ts';

const TARGET_P95_MS = 20;
const PERIODS = 24;
/** Monthly periods "2024-01" … "2025-12", 15th of the previous month to the 14th (Nghị định 09/2019). */
const FIRST_MONTH = '2024-01-01';

/** Figures are deterministic pseudo-random whole numbers ≥ 1, of a size that depends on the indicator. */
const SCALES = [8, 400, 20, 60, 30, 240, 25, 40, 120, 10, 12, 6];

interface Sample {
  level: 'national' | 'province' | 'commune' | 'cell';
  unitId: number;
  from: string;
  to: string;
  periods: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  const out = await fn();
  console.log(`  ${label.padEnd(58)} ${seconds(Date.now() - t0)}`);
  return out;
}

/** Accepted reports, raw figures and rollups for every unit but the root, 24 periods, 12 indicators. */
async function generate(client: pg.Client, tree: SyntheticTree): Promise<{ planId: number; periodStarts: string[] }> {
  await client.query(`SET temp_buffers = '1GB'; SET work_mem = '256MB'; SET maintenance_work_mem = '1GB'; SET synchronous_commit = off`);
  const maxDepth = (await client.query<{ d: number }>(`SELECT max(depth) AS d FROM units`)).rows[0]!.d;
  const plan = await client.query<{ id: number }>(
    `INSERT INTO plans (issuer_unit_id, kind, status, title, search_key, period_start, period_end, format, issued_on, content)
     VALUES ($1, 'KH', 'issued', 'Kế hoạch tuyên truyền 2024–2025 (dữ liệu đo hiệu năng)', 'ke hoach tuyen truyen 2024 2025', '2023-12-15', '2025-12-14',
             'party', '2023-12-01', $2::jsonb) RETURNING id`,
    [tree.rootId, JSON.stringify({ reporting: { cadence: 'monthly', deadlineDay: 20, formCode: 'Mẫu chuẩn', periodStartDay: 15 } })],
  );
  const planId = plan.rows[0]!.id;
  // The tables are read, not written, by what is measured: load them unlogged and index them after
  // (reads of an unlogged table are the same as of a logged one; the database is dropped at the end).
  await step('prepare tables (unlogged, indexes dropped for the load)', async () => {
    await client.query(`ALTER TABLE rollup_figures SET UNLOGGED; ALTER TABLE report_attachments SET UNLOGGED; ALTER TABLE reports SET UNLOGGED`);
    await client.query(`ALTER TABLE rollup_figures DROP CONSTRAINT rollup_figures_ancestor_id_child_id_plan_id_period_key_indicator_pk`);
    await client.query(`DROP INDEX rollup_ancestor_period_end_idx; DROP INDEX reports_plan_unit_period_idx; DROP INDEX reports_unit_idx`);
    await client.query(`CREATE UNLOGGED TABLE bench_raw_figures (unit_id integer NOT NULL, plan_id integer NOT NULL, period_key text NOT NULL,
                          period_start date NOT NULL, period_end date NOT NULL, indicator text NOT NULL, value bigint NOT NULL)`);
  });
  const indicators = STANDARD_INDICATORS.map((ind, k) => `('${ind.key}', ${k}, ${SCALES[k]})`).join(', ');
  const periodStarts: string[] = [];
  const t0 = Date.now();
  for (let g = 0; g < PERIODS; g++) {
    const month = await client.query<{ key: string; start: string; end: string; due: string }>(
      `SELECT to_char(m, 'YYYY-MM') AS key, to_char(m - interval '1 month' + interval '14 days', 'YYYY-MM-DD') AS start,
              to_char(m + interval '13 days', 'YYYY-MM-DD') AS end, to_char(m + interval '19 days', 'YYYY-MM-DD') AS due
         FROM (SELECT date '${FIRST_MONTH}' + make_interval(months => $1::int) AS m) x`,
      [g],
    );
    const p = month.rows[0]!;
    periodStarts.push(p.start);
    // One transaction per period (the staging tables are dropped at commit).
    await client.query('BEGIN');
    await client.query(`CREATE TEMP TABLE period_raw ON COMMIT DROP AS
                          SELECT u.id AS unit_id, u.parent_id, u.depth, k.key AS indicator,
                                 (1 + ((u.id::bigint * 2654435761 + ${g} * 40503 + k.n * 9973) % k.scale))::bigint AS value
                            FROM units u CROSS JOIN (VALUES ${indicators}) AS k(key, n, scale) WHERE u.id <> $1`, [tree.rootId]);
    await client.query(
      `INSERT INTO bench_raw_figures (unit_id, plan_id, period_key, period_start, period_end, indicator, value)
       SELECT unit_id, $1, $2, $3::date, $4::date, indicator, value FROM period_raw`,
      [planId, p.key, p.start, p.end],
    );
    await client.query(
      `INSERT INTO reports (plan_id, unit_id, period_key, period_start, period_end, due_on, form_code, status, figures, items, narrative, version, submitted_at, accepted_at)
       SELECT $1, unit_id, $2, $3::date, $4::date, $5::date, 'Mẫu chuẩn', 'accepted', jsonb_object_agg(indicator, value), '[]'::jsonb, '{}'::jsonb, 3,
              $5::date - 2, $5::date - 1
         FROM period_raw GROUP BY unit_id`,
      [planId, p.key, p.start, p.end, p.due],
    );
    // Subtree totals (and report counts), bottom-up: a unit's own figures plus its children's subtrees.
    await client.query(`CREATE TEMP TABLE subtree ON COMMIT DROP AS SELECT unit_id, parent_id, depth, indicator, value, 1::bigint AS n FROM period_raw`);
    await client.query(`CREATE INDEX ON subtree (unit_id, indicator)`);
    for (let depth = maxDepth; depth >= 2; depth--) {
      await client.query(
        `UPDATE subtree p SET value = p.value + c.value, n = p.n + c.n
           FROM (SELECT parent_id, indicator, sum(value)::bigint AS value, sum(n)::bigint AS n FROM subtree WHERE depth = $1 GROUP BY parent_id, indicator) c
          WHERE p.unit_id = c.parent_id AND p.indicator = c.indicator`,
        [depth],
      );
    }
    // What accepting every report one by one writes: for each unit, its own figures under (itself, itself)
    // and, under (its parent, itself), the totals of its subtree.
    await client.query(
      `INSERT INTO rollup_figures (ancestor_id, child_id, plan_id, period_key, period_start, period_end, indicator, value, reports)
       SELECT ancestor_id, child_id, $1, $2, $3::date, $4::date, indicator, value, n FROM (
         SELECT unit_id AS ancestor_id, unit_id AS child_id, indicator, value, 1::bigint AS n FROM period_raw
         UNION ALL
         SELECT parent_id, unit_id, indicator, value, n FROM subtree) x
       -- Stored as accepting reports one by one leaves them: the rows of one (ancestor, child) together,
       -- the groups in no particular order (not clustered by ancestor, which would flatter the reads).
       ORDER BY (child_id::bigint * 2654435761) % 1000003, ancestor_id, indicator`,
      [planId, p.key, p.start, p.end],
    );
    await client.query('COMMIT');
    if (g === 0 || (g + 1) % 6 === 0) console.log(`  period ${p.key} (${g + 1}/${PERIODS}) loaded, ${seconds(Date.now() - t0)} so far`);
  }
  console.log(`  ${'reports, raw figures and rollups of 24 periods'.padEnd(58)} ${seconds(Date.now() - t0)}`);
  await step('indexes (as in the migrations) and the raw table’s index', async () => {
    await client.query(`ALTER TABLE rollup_figures ADD CONSTRAINT rollup_figures_ancestor_id_child_id_plan_id_period_key_indicator_pk
                          PRIMARY KEY (ancestor_id, child_id, plan_id, period_key, indicator)`);
    await client.query(`CREATE INDEX rollup_ancestor_period_end_idx ON rollup_figures USING btree (ancestor_id, period_end)`);
    await client.query(`CREATE UNIQUE INDEX reports_plan_unit_period_idx ON reports USING btree (plan_id, unit_id, period_key)`);
    await client.query(`CREATE INDEX reports_unit_idx ON reports USING btree (unit_id, period_start)`);
    await client.query(`CREATE INDEX bench_raw_unit_period_idx ON bench_raw_figures (unit_id, period_end)`);
  });
  await step('VACUUM ANALYZE', async () => {
    for (const t of ['rollup_figures', 'reports', 'bench_raw_figures', 'units']) await client.query(`VACUUM (ANALYZE) ${t}`);
  });
  return { planId, periodStarts };
}

function samplesFor(tree: SyntheticTree, periodStarts: string[], n: number): Sample[] {
  // A fixed seed: the same units and ranges on every run.
  let seed = 20260425;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const levels: Sample['level'][] = ['national', 'province', 'commune', 'cell'];
  const out: Sample[] = [];
  for (let i = 0; i < n; i++) {
    const level = levels[i % levels.length]!;
    const unitId = level === 'national' ? tree.rootId : pick(level === 'province' ? tree.provinceIds : level === 'commune' ? tree.communeIds : tree.cellIds);
    const a = Math.floor(rnd() * periodStarts.length);
    const b = Math.floor(rnd() * periodStarts.length);
    const [s, e] = a <= b ? [a, b] : [b, a];
    out.push({ level, unitId, from: periodStarts[s]!, to: periodStarts[e]!, periods: e - s + 1 });
  }
  return out;
}

/**
 * The plain way: walk the subtree with a recursive query, then sum the raw figures of its units. The
 * figures are read per unit through the (unit, period) index (LATERAL … OFFSET 0, so that it is not
 * flattened back into a join): written as a plain join, the planner cannot size the recursive part and
 * hashes the whole raw table even for a single cell, which would make the comparison unfair.
 */
const RECURSIVE = (s: Sample) =>
  sql`WITH RECURSIVE sub(id) AS (SELECT ${s.unitId}::int UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
      SELECT f.indicator, sum(f.value)::float8 AS value, count(*)::int AS reports
        FROM sub CROSS JOIN LATERAL (SELECT indicator, value FROM bench_raw_figures r WHERE r.unit_id = sub.id AND r.period_end BETWEEN ${s.from} AND ${s.to} OFFSET 0) f
       GROUP BY f.indicator ORDER BY f.indicator`;

function byLevel(samples: Sample[], times: number[]): string {
  return (['national', 'province', 'commune', 'cell'] as const)
    .map((level) => {
      const t = times.filter((_, i) => samples[i]!.level === level);
      const s = summarise(t);
      return `${level} p50 ${s.median.toFixed(2)} / p95 ${s.p95.toFixed(2)} ms`;
    })
    .join('; ');
}

async function measure(database: Database, client: pg.Client, quick: boolean): Promise<void> {
  const t0 = Date.now();
  const tree = await buildSyntheticTree(database, quick ? { communesPerProvince: 10, cellsPerCommune: 5 } : {});
  console.log(`[postgresql] built ${tree.total} units in ${seconds(Date.now() - t0)}`);
  const { periodStarts } = await generate(client, tree);
  console.log(`[postgresql] data generated in ${seconds(Date.now() - t0)} in all`);

  const counts = (
    await client.query<{ reports: string; figures: string; rollups: string }>(
      `SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM bench_raw_figures) AS figures, (SELECT count(*) FROM rollup_figures) AS rollups`,
    )
  ).rows[0]!;
  console.log(
    `[postgresql] ${tree.total} units, ${PERIODS} periods, ${STANDARD_INDICATORS.length} indicators: ${Number(counts.reports).toLocaleString('en')} accepted reports, ` +
      `${Number(counts.figures).toLocaleString('en')} figures, ${Number(counts.rollups).toLocaleString('en')} rollup rows`,
  );
  const sizes = await client.query<{ name: string; heap: string; indexes: string; total: string }>(
    `SELECT c.relname AS name, pg_relation_size(c.oid) AS heap, pg_indexes_size(c.oid) AS indexes, pg_total_relation_size(c.oid) AS total
       FROM pg_class c WHERE c.relname IN ('reports', 'rollup_figures', 'bench_raw_figures', 'units') ORDER BY c.relname`,
  );
  for (const s of sizes.rows) {
    console.log(`[postgresql] table ${s.name.padEnd(18)} heap ${mib(Number(s.heap)).padStart(9)}, indexes ${mib(Number(s.indexes)).padStart(9)}, total ${mib(Number(s.total)).padStart(9)}`);
  }

  const nRollup = quick ? 400 : 2000;
  const nRaw = quick ? 80 : 100;
  const samples = samplesFor(tree, periodStarts, nRollup);

  // The answers agree before anything is timed.
  for (const s of samples.slice(0, 16)) {
    const a = await totalsByIndicator(database.db, { unitId: s.unitId, from: s.from, to: s.to });
    const b = await rows<{ indicator: string; value: number; reports: number }>(database.db, RECURSIVE(s));
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`rollups and raw figures disagree for unit ${s.unitId} ${s.from}..${s.to}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  }
  console.log('[postgresql] check: rollup totals equal the recursive sum over the raw figures (16 units at every level)');

  if (process.env.BENCH_EXPLAIN) {
    // Query plans of both queries for one unit of each level, over the whole range.
    for (const s of samples.slice(0, 8)) {
      const whole = s;
      for (const [label, q] of [
        ['rollups', sql`EXPLAIN (ANALYZE, BUFFERS) SELECT indicator, sum(value)::float8 AS value, sum(reports)::int AS reports FROM rollup_figures
                        WHERE ancestor_id = ${s.unitId} AND period_end BETWEEN ${whole.from} AND ${whole.to} GROUP BY indicator ORDER BY indicator`],
        ['raw', sql`EXPLAIN (ANALYZE, BUFFERS) ${RECURSIVE(whole)}`],
      ] as const) {
        const plan = await rows<{ 'QUERY PLAN': string }>(database.db, q);
        console.log(`--- ${label}, ${s.level} ${s.unitId}\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
      }
    }
  }
  for (const s of samplesFor(tree, periodStarts, 60)) await totalsByIndicator(database.db, { unitId: s.unitId, from: s.from, to: s.to }); // warm-up
  const rollupTimes: number[] = [];
  for (const s of samples) rollupTimes.push(await timeIt(() => totalsByIndicator(database.db, { unitId: s.unitId, from: s.from, to: s.to })));
  const rollup = summarise(rollupTimes);
  console.log(`[postgresql] ${'subtree totals from rollup_figures (totalsByIndicator)'.padEnd(58)} ${fmt(rollup)}`);
  console.log(`[postgresql]   by level: ${byLevel(samples, rollupTimes)}`);

  const rawSamples = samples.slice(0, nRaw);
  for (const s of rawSamples.slice(0, 4)) await rows(database.db, RECURSIVE(s)); // warm-up
  const rawTimes: number[] = [];
  for (const s of rawSamples) rawTimes.push(await timeIt(() => rows(database.db, RECURSIVE(s))));
  const raw = summarise(rawTimes);
  const pairedRollup: Summary = summarise(rollupTimes.slice(0, nRaw));
  console.log(`[postgresql] ${'same units and ranges: recursive query over raw figures'.padEnd(58)} ${fmt(raw)}`);
  console.log(`[postgresql]   by level: ${byLevel(rawSamples, rawTimes)}`);
  console.log(`[postgresql]   rollups on those ${nRaw} samples:                          ${fmt(pairedRollup)}`);
  console.log(
    `[postgresql] ratio raw / rollups on the same samples: median ×${(raw.median / pairedRollup.median).toFixed(0)}, p95 ×${(raw.p95 / pairedRollup.p95).toFixed(0)}, ` +
      `total time ×${(rawTimes.reduce((a, b) => a + b, 0) / rollupTimes.slice(0, nRaw).reduce((a, b) => a + b, 0)).toFixed(0)}`,
  );
  console.log(`[postgresql] machine load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`target p95 < ${TARGET_P95_MS} ms for subtree totals from the rollups: ${rollup.p95 < TARGET_P95_MS ? 'met' : 'NOT met'} (p95 ${rollup.p95.toFixed(2)} ms)`);
}

export async function run(opts: { databaseUrl?: string; quick?: boolean }): Promise<void> {
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const url = benchDatabaseUrl(opts);
  if (!url) return;
  await withFreshPostgres(url, async (target) => {
    let database: Database | undefined;
    const client = new pg.Client({ connectionString: target });
    try {
      database = await openDatabase({ url: target, poolSize: 4 });
      database.pool?.on('error', () => undefined); // connections ended by the DROP DATABASE at the end
      await client.connect();
      const version = (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v;
      const settings = (await client.query<{ s: string }>(`SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) AS s FROM pg_settings
                                                            WHERE name IN ('shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'effective_cache_size', 'jit')`)).rows[0]!.s;
      console.log(`[postgresql] server ${version} (${settings})`);
      await measure(database, client, !!opts.quick);
    } finally {
      await client.end().catch(() => undefined);
      await database?.close();
    }
  });
}
