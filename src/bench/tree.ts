/**
 * Tree listing and search on a 60,000-unit synthetic hierarchy, through the HTTP layer (session,
 * policy, query, serialisation), on PGlite and — when a URL is given — on PostgreSQL.
 */
import { benchDatabaseUrl, withFreshPostgres } from './fresh-postgres.ts';
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/client.ts';
import { one } from '../db/sql.ts';
import { buildApp } from '../server/app.ts';
import { createSession } from '../server/auth/sessions.ts';
import { buildSyntheticTree, type SyntheticTree } from './synthetic-tree.ts';
import { fmt, summarise, timeIt } from './stats.ts';

const SEARCHES = ['hoa', 'tan phu', 'chi bo tram y te', 'dang uy xa binh', 'quan su', 'Thuận An', 'to dan pho', 'long 12', 'phuong dong', 'cong an so 3'];

async function measure(database: Database, label: string, quick: boolean): Promise<void> {
  const t0 = Date.now();
  const tree = await buildSyntheticTree(database, quick ? { communesPerProvince: 10, cellsPerCommune: 5 } : {});
  console.log(`[${label}] built ${tree.total} units in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const app = await buildApp({ database, config: { logLevel: 'silent' } });
  await app.ready();
  const cookie = async (unitId: number) => {
    const user = await one<{ id: number }>(
      database.db,
      sql`INSERT INTO users (username, full_name, unit_id, search_key) VALUES (${`bench-${randomBytes(4).toString('hex')}`}, 'Bench', ${unitId}, 'bench') RETURNING id`,
    );
    await database.db.execute(sql`INSERT INTO role_assignments (user_id, unit_id, role) VALUES (${user!.id}, ${unitId}, 'admin')`);
    return `tt_session=${(await createSession(database, user!.id, 1)).token}`;
  };
  const national = await cookie(tree.rootId);
  const provincial = await cookie(tree.provinceIds[2]!);
  const pick = <T>(xs: T[], i: number) => xs[(i * 7919) % xs.length]!;
  const run = async (name: string, n: number, url: (i: number) => string, who: string) => {
    for (let i = 0; i < 20; i++) await app.inject({ method: 'GET', url: url(i), headers: { cookie: who } }); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      samples.push(
        await timeIt(async () => {
          const res = await app.inject({ method: 'GET', url: url(i), headers: { cookie: who } });
          if (res.statusCode !== 200) throw new Error(`${url(i)} → ${res.statusCode} ${res.body}`);
        }),
      );
    }
    console.log(`[${label}] ${name.padEnd(46)} ${fmt(summarise(samples))}`);
  };
  const n = quick ? 50 : 300;
  const anyUnit = (i: number, t: SyntheticTree) => (i % 3 === 0 ? pick(t.provinceIds, i) : i % 3 === 1 ? pick(t.communeIds, i) : tree.rootId);
  await run('subtree listing, first page (100), national', n, (i) => `/api/units/${anyUnit(i, tree)}/subtree?limit=100`, national);
  await run('children listing (first 100), national', n, (i) => `/api/units/${anyUnit(i, tree)}/children?limit=100`, national);
  await run('search, whole country (national admin)', n, (i) => `/api/units/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length]!)}`, national);
  await run('search, one province (provincial admin)', n, (i) => `/api/units/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length]!)}`, provincial);
  await run('unit detail with breadcrumb, national', n, (i) => `/api/units/${pick(tree.cellIds, i)}`, national);
  await app.close();
}

export async function run(opts: { databaseUrl?: string; quick?: boolean }): Promise<void> {
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  const pglite = await openDatabase({ dataDir: 'memory://' });
  try {
    await measure(pglite, 'pglite', !!opts.quick);
  } finally {
    await pglite.close();
  }
  const url = benchDatabaseUrl(opts);
  if (!url) return;
  await withFreshPostgres(url, async (target) => {
    const database = await openDatabase({ url: target });
    try {
      const version = await one<{ v: string }>(database.db, sql`SELECT current_setting('server_version') AS v`);
      console.log(`[postgresql] server ${version?.v}`);
      await measure(database, 'postgresql', !!opts.quick);
    } finally {
      await database.close();
    }
  });
}
