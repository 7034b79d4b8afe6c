/**
 * Month-end rush through the real HTTP server: the app listening on 127.0.0.1 (random port), 50
 * concurrent clients (each with its own keep-alive connection, opened before the clock starts), each request under the session of the reporting unit it acts for, opening the
 * report a unit owes (POST /api/plans/:id/reports), saving its figures (PUT /api/reports/:id) and
 * sending it (POST …/submit), while the plan issuer's leader accepts what arrives (POST …/accept; one
 * in 20 is sent twice at once, as a double click would). First one client alone for a few seconds
 * (what a request costs when nobody waits), then the rush: 60 s (--quick: 10 s); then the receiver
 * finishes the queue, and the benchmark checks that every acknowledged acceptance is in the rollups
 * exactly once (the database's accepted reports, the clients' own ledger and a recomputation of the
 * whole rollup table from the accepted reports).
 *
 * On PostgreSQL: the 60,000-unit national tree, a plan of one province sent to its ≈1,760 communes and
 * cells. On PGlite (embedded, in the server's process): a province of 1,801 units.
 * The clients run in a worker thread of the same process (loopback only), not on the server's event loop.
 */
import { benchDatabaseUrl, withFreshPostgres } from './fresh-postgres.ts';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/client.ts';
import { one, rows } from '../db/sql.ts';
import { STANDARD_INDICATORS } from '../domain/reports/forms.ts';
import { foldForSearch } from '../domain/text/fold.ts';
import { buildApp } from '../server/app.ts';
import { createSession } from '../server/auth/sessions.ts';
import { totalsByIndicator } from '../server/queries/rollups.ts';
import { buildSyntheticTree } from './synthetic-tree.ts';
import { profiled } from './profile.ts';
import { fmt, summarise } from './stats.ts';
import { CLIENT_CODE, type ClientJob, type ClientResult, type Kind, type PhaseResult, type Session } from './rush-clients.ts';

const CLIENTS = 50;
/** Acceptances in flight at once from the receiver (one leader working through the queue). */
const RECEIVER_CONCURRENCY = 4;
const TARGET_P99_MS = 250;
const PLAN = { start: '2026-01-15', end: '2026-12-14', year: '2026-01-01..2026-12-31' };

interface Setup {
  planId: number;
  issuerId: number;
  reporters: number[];
  periods: string[];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One province of 1,801 units: the committee, 100 communes, 17 cells under each. */
async function buildProvince(database: Database, communes = 100, cells = 17): Promise<{ provinceId: number; units: number[] }> {
  const batch: Record<string, unknown>[] = [];
  let id = 1;
  const add = (parent: { id: number; path: string; depth: number } | null, name: string, kind: string, code: string) => {
    const row = { id: id++, parent_id: parent?.id ?? null, path: `${parent?.path ?? '/'}${id - 1}/`, depth: parent ? parent.depth + 1 : 0, name, kind, code, search_key: foldForSearch(name) };
    batch.push(row);
    return row;
  };
  const province = add(null, 'Tỉnh ủy Lai Châu', 'committee', 'P');
  const units: number[] = [];
  for (let c = 0; c < communes; c++) {
    const commune = add(province, `Đảng ủy xã ${c + 1}`, 'committee', `P-C${c}`);
    units.push(commune.id);
    for (let k = 0; k < cells; k++) units.push(add(commune, `Chi bộ thôn ${k + 1} xã ${c + 1}`, 'cell', `P-C${c}-K${k}`).id);
  }
  for (let i = 0; i < batch.length; i += 2000) {
    await database.db.execute(
      sql`INSERT INTO units (id, parent_id, path, depth, name, kind, code, search_key) OVERRIDING SYSTEM VALUE
          SELECT id, parent_id, path, depth, name, kind, code, search_key FROM json_populate_recordset(NULL::units, ${JSON.stringify(batch.slice(i, i + 2000))}::json)`,
    );
  }
  await database.db.execute(sql`SELECT setval(pg_get_serial_sequence('units', 'id'), ${id})`);
  return { provinceId: province.id, units };
}

/** An issued plan of `issuerId` with monthly reports, sent to every reporting unit. */
async function issuedPlan(database: Database, issuerId: number, reporters: number[]): Promise<number> {
  const content = {
    purposes: ['Tuyên truyền kết quả Đại hội'],
    reporting: { cadence: 'monthly', deadlineDay: 20, formCode: 'Mẫu chuẩn', periodStartDay: 15 },
    recipients: [{ unitId: null, label: 'Các đảng ủy xã, chi bộ trực thuộc', mustImplement: false }],
  };
  const plan = await one<{ id: number }>(
    database.db,
    sql`INSERT INTO plans (issuer_unit_id, kind, status, title, search_key, period_start, period_end, format, serial, symbol, issued_on, content)
        VALUES (${issuerId}, 'KH', 'issued', 'Kế hoạch tuyên truyền năm 2026', 'ke hoach tuyen truyen nam 2026', ${PLAN.start}, ${PLAN.end}, 'party', 1, 'KH/TU', '2026-01-10',
                ${JSON.stringify(content)}::jsonb) RETURNING id`,
  );
  await database.db.execute(
    sql`INSERT INTO plan_recipients (plan_id, unit_id, label, must_implement)
        SELECT ${plan!.id}, u.id, u.name, false FROM units u WHERE u.id IN (SELECT (x)::int FROM json_array_elements_text(${JSON.stringify(reporters)}::json) x)`,
  );
  return plan!.id;
}

/** A user with a role at a unit, and a signed-in session for them. */
async function sessionsFor(database: Database, units: number[], role: 'editor' | 'leader'): Promise<Map<number, Session>> {
  const out = new Map<number, Session>();
  const tag = randomBytes(3).toString('hex');
  const users = await rows<{ id: number; unitId: number }>(
    database.db,
    sql`INSERT INTO users (username, full_name, unit_id, search_key)
        SELECT 'bench-' || ${tag} || '-' || x::text, 'Người dùng đo tải', (x)::int, 'nguoi dung do tai'
          FROM json_array_elements_text(${JSON.stringify(units)}::json) x
        RETURNING id, unit_id AS "unitId"`,
  );
  await database.db.execute(
    sql`INSERT INTO role_assignments (user_id, unit_id, role)
        SELECT (r->>'id')::int, (r->>'unitId')::int, ${role} FROM json_array_elements(${JSON.stringify(users)}::json) r`,
  );
  for (const u of users) {
    const s = await createSession(database, u.id, 4);
    out.set(u.unitId, { cookie: `tt_session=${s.token}`, csrf: s.csrfToken });
  }
  return out;
}


function printPhase(label: string, p: PhaseResult): void {
  const all = Object.values(p.latency).flat();
  console.log(
    `[${label}] ${p.name}: ${p.clients} client${p.clients > 1 ? 's' : ''} for ${seconds(p.took)}: ${all.length} requests (${(all.length / (p.took / 1000)).toFixed(0)}/s), ` +
      `${p.sent} reports opened, saved and sent (${(p.sent / (p.took / 1000)).toFixed(1)}/s), ${p.accepted} accepted meanwhile (machine load average before: ${p.load.toFixed(1)})`,
  );
  console.log(`[${label}]   ${'all requests'.padEnd(14)} ${fmt(summarise(all))}`);
  for (const kind of Object.keys(p.latency) as Kind[]) console.log(`[${label}]   ${kind.padEnd(14)} ${fmt(summarise(p.latency[kind]))}`);
}

async function rush(database: Database, label: string, setup: Setup, durationMs: number, profileDir?: string): Promise<void> {
  const filesDir = await mkdtemp(join(tmpdir(), 'tt-rush-'));
  const app = await buildApp({ database, config: { logLevel: 'silent', filesDir } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    const t0 = Date.now();
    const reporters = await sessionsFor(database, setup.reporters, 'editor');
    const receiver = (await sessionsFor(database, [setup.issuerId], 'leader')).get(setup.issuerId)!;
    console.log(`[${label}] ${reporters.size} reporting units with a session each, receiver at unit ${setup.issuerId} (${seconds(Date.now() - t0)})`);

    // The month just ended first: every unit's report for a period before any for the next.
    const tasks = setup.periods.flatMap((periodKey) => setup.reporters.map((unitId) => ({ unitId, periodKey })));
    // The clients run in a worker thread: the server's event loop (and, on PGlite, the database) is not
    // shared with fifty HTTP clients, so latencies are the server's, seen from the outside.
    const job: ClientJob = {
      base,
      planId: setup.planId,
      tasks,
      sessions: Object.fromEntries(reporters),
      receiver,
      clients: CLIENTS,
      receiverConcurrency: RECEIVER_CONCURRENCY,
      baselineMs: Math.min(5_000, durationMs / 4),
      rushMs: durationMs,
      indicators: STANDARD_INDICATORS.map((i) => i.key),
    };
    let rushOver!: () => void;
    const rushDone = new Promise<void>((resolve) => (rushOver = resolve));
    const result = await new Promise<ClientResult>((resolve, reject) => {
      const worker = new Worker(CLIENT_CODE, { eval: true, workerData: job });
      worker.on('message', (m: { phase?: PhaseResult; done?: ClientResult }) => {
        if (m.phase) printPhase(label, m.phase);
        if (m.phase?.name === 'rush') rushOver();
        if (m.done) resolve(m.done);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`client worker exited with ${code}`))));
      // --profile DIR: the server thread's CPU profile from the first request to the end of the rush.
      void profiled(profileDir, `rush-${label}`, () => rushDone);
    });
    const acknowledged = new Map(result.acknowledged);
    console.log(`[${label}] target p99 < ${TARGET_P99_MS} ms during the rush: ${result.rushP99 < TARGET_P99_MS ? 'met' : 'NOT met'} (p99 ${result.rushP99.toFixed(1)} ms)`);
    console.log(`[${label}] the receiver then accepted the ${result.waiting} reports still waiting in ${seconds(result.drainMs)}${result.left ? `; ${result.left} left unaccepted` : ''}`);
    if (result.failures.length) for (const [what, n] of result.failures) console.log(`[${label}] FAILED ×${n}: ${what}`);
    else console.log(`[${label}] no request failed; ${result.doubleClicks} acceptances were sent twice at once and each was accepted exactly once`);

    // Every acknowledged acceptance is in the rollups exactly once.
    const inDb = await rows<{ id: number }>(database.db, sql`SELECT id FROM reports WHERE plan_id = ${setup.planId} AND status = 'accepted'`);
    const dbIds = new Set(inDb.map((r) => r.id));
    const notAccepted = [...acknowledged.keys()].filter((id) => !dbIds.has(id)).length;
    const unacknowledged = [...dbIds].filter((id) => !acknowledged.has(id)).length;
    const [from, to] = PLAN.year.split('..') as [string, string];
    const rollup = await totalsByIndicator(database.db, { unitId: setup.issuerId, from, to, planId: setup.planId });
    const ledger = new Map<string, { value: number; reports: number }>();
    for (const f of acknowledged.values()) {
      for (const [k, v] of Object.entries(f)) {
        if (!v) continue;
        const e = ledger.get(k) ?? { value: 0, reports: 0 };
        e.value += v;
        e.reports += 1;
        ledger.set(k, e);
      }
    }
    const ledgerDiff = STANDARD_INDICATORS.filter((i) => {
      const r = rollup.find((x) => x.indicator === i.key);
      const l = ledger.get(i.key);
      return (r?.value ?? 0) !== (l?.value ?? 0) || (r?.reports ?? 0) !== (l?.reports ?? 0);
    }).map((i) => i.key);
    // The whole rollup table of the plan, recomputed from the accepted reports (each ancestor, child on
    // the way down, period and indicator), compared row by row.
    const table = await one<{ expected: number; stored: number; missing: number; extra: number; differ: number }>(
      database.db,
      sql`WITH accepted AS (SELECT r.unit_id, r.period_key, r.figures FROM reports r WHERE r.plan_id = ${setup.planId} AND r.status = 'accepted'),
               links AS (SELECT u.id AS unit_id, p.ids[i] AS ancestor_id, coalesce(p.ids[i + 1], p.ids[i]) AS child_id
                           FROM units u, LATERAL (SELECT string_to_array(trim(both '/' from u.path), '/')::int[] AS ids) p, generate_subscripts(p.ids, 1) i
                          WHERE u.id IN (SELECT unit_id FROM accepted)),
               expected AS (SELECT l.ancestor_id, l.child_id, a.period_key, kv.key AS indicator, sum((kv.value)::text::bigint) AS value, count(*) AS reports
                              FROM accepted a JOIN links l ON l.unit_id = a.unit_id, jsonb_each(a.figures) kv
                             WHERE (kv.value)::text::bigint <> 0 GROUP BY 1, 2, 3, 4),
               stored AS (SELECT ancestor_id, child_id, period_key, indicator, value, reports FROM rollup_figures WHERE plan_id = ${setup.planId})
          SELECT (SELECT count(*) FROM expected)::int AS expected, (SELECT count(*) FROM stored)::int AS stored,
                 count(*) FILTER (WHERE s.ancestor_id IS NULL)::int AS missing, count(*) FILTER (WHERE e.ancestor_id IS NULL)::int AS extra,
                 count(*) FILTER (WHERE e.value <> s.value OR e.reports <> s.reports)::int AS differ
            FROM expected e FULL JOIN stored s
              ON s.ancestor_id = e.ancestor_id AND s.child_id = e.child_id AND s.period_key = e.period_key AND s.indicator = e.indicator`,
    );
    const good = result.failures.length === 0 && acknowledged.size > 0 && notAccepted === 0 && unacknowledged === 0 && ledgerDiff.length === 0 && table!.missing === 0 && table!.extra === 0 && table!.differ === 0;
    console.log(
      `[${label}] check: ${acknowledged.size} acknowledged acceptances, ${dbIds.size} accepted in the database ` +
        `(${notAccepted} acknowledged but not accepted, ${unacknowledged} accepted without acknowledgement); ` +
        `issuer totals vs the clients' own ledger: ${ledgerDiff.length ? `DIFFER on ${ledgerDiff.join(', ')}` : 'equal (values and report counts)'}; ` +
        `rollup table vs recomputation from accepted reports: ${table!.stored} rows stored, ${table!.expected} expected, ${table!.missing} missing, ${table!.extra} extra, ${table!.differ} differ`,
    );
    console.log(`[${label}] every acknowledged acceptance in the rollups exactly once: ${good ? 'yes' : 'NO'}`);
  } finally {
    await app.close();
    await rm(filesDir, { recursive: true, force: true });
  }
}

/** Monthly periods of the plan, 15th–14th: "2026-02" … "2026-12". */
function periodKeys(): string[] {
  return Array.from({ length: 11 }, (_, i) => `2026-${String(i + 2).padStart(2, '0')}`);
}

export async function run(opts: { databaseUrl?: string; quick?: boolean; profile?: string; only?: string }): Promise<void> {
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const durationMs = opts.quick ? 10_000 : 60_000;
  const url = benchDatabaseUrl(opts);
  if (url && opts.only !== 'pglite') {
    await withFreshPostgres(url, async (target) => {
      let database: Database | undefined;
      try {
        database = await openDatabase({ url: target }); // the server's default pool (10 connections)
        database.pool?.on('error', () => undefined); // connections ended by the DROP DATABASE at the end
        const version = await one<{ v: string }>(database.db, sql`SELECT current_setting('server_version') AS v`);
        console.log(`[postgresql] server ${version?.v}, pool of 10 connections`);
        const t0 = Date.now();
        const tree = await buildSyntheticTree(database, opts.quick ? { communesPerProvince: 20, cellsPerCommune: 10 } : {});
        const province = tree.provinceIds[2]!;
        const reporters = (await rows<{ id: number }>(database.db, sql`SELECT id FROM units WHERE path LIKE ${`/${tree.rootId}/${province}/%`} AND id <> ${province} ORDER BY id`)).map((r) => r.id);
        const planId = await issuedPlan(database, province, reporters);
        console.log(`[postgresql] ${tree.total} units; a plan of one province sent to its ${reporters.length} communes and cells, ${periodKeys().length} monthly periods (${seconds(Date.now() - t0)})`);
        await rush(database, 'postgresql', { planId, issuerId: province, reporters, periods: periodKeys() }, durationMs, opts.profile);
      } finally {
        await database?.close();
      }
    });
  }

  if (opts.only === 'postgresql') return;
  const pglite = await openDatabase({ dataDir: 'memory://' });
  try {
    const t0 = Date.now();
    const { provinceId, units } = await buildProvince(pglite);
    const planId = await issuedPlan(pglite, provinceId, units);
    // The statistics a running server has by now (its upkeep looks every 10 s; --quick is over sooner).
    await pglite.upkeep?.runNow();
    console.log(`[pglite] a province of ${units.length + 1} units; its plan sent to all ${units.length} communes and cells, ${periodKeys().length} monthly periods (${seconds(Date.now() - t0)})`);
    await rush(pglite, 'pglite', { planId, issuerId: provinceId, reporters: units, periods: periodKeys() }, durationMs, opts.profile);
  } finally {
    await pglite.close();
  }
}
