/**
 * Plans at national scale (issue 3): issuing and exporting a 20-page plan, and the recipients view of a
 * plan sent to 3,000 units — with a third of them having issued implementing plans sent on to their
 * cells, so the subtree rollup has real work — through the HTTP layer.
 */
import { benchDatabaseUrl, withFreshPostgres } from './fresh-postgres.ts';
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/client.ts';
import { one, rows } from '../db/sql.ts';
import { emptyContent } from '../domain/plans/content.ts';
import { buildApp } from '../server/app.ts';
import { createSession } from '../server/auth/sessions.ts';
import { SYSTEM_ACTOR } from '../server/context.ts';
import { implementPlan } from '../server/usecases/plans/cascade.ts';
import { exportPlan } from '../server/usecases/plans/export-plan.ts';
import { issuePlan, submitPlan } from '../server/usecases/plans/transitions.ts';
import { createPlan, updatePlan } from '../server/usecases/plans/write-plan.ts';
import { findPlan } from '../server/queries/plans.ts';
import { recipientStatuses } from '../server/queries/plan-tracking.ts';
import { buildSyntheticTree } from './synthetic-tree.ts';
import { fmt, summarise, timeIt } from './stats.ts';

const ctxOf = (database: Database) => ({ database, actor: SYSTEM_ACTOR });

/** About 20 pages of plan text as structured content. */
function bigContent(recipients: { unitId: number; label: string }[]) {
  const c = emptyContent();
  const para = 'Tăng cường công tác tuyên truyền, giáo dục chính trị tư tưởng, nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về ý nghĩa, tầm vóc của sự kiện.';
  c.purposes = Array.from({ length: 12 }, () => para);
  c.requirements = Array.from({ length: 12 }, () => para);
  c.themes = Array.from({ length: 30 }, (_, i) => ({ title: `Chủ đề tuyên truyền số ${i + 1}`, points: Array.from({ length: 8 }, () => para) }));
  c.phases = [
    { label: 'Đợt 1', start: '2026-03-01', end: '2026-06-30', anchor: null, tasks: [para] },
    { label: 'Đợt 2', start: '2026-07-01', end: '2026-12-31', anchor: null, tasks: [para] },
  ];
  c.channels = (['meeting', 'visual', 'radio', 'website', 'social'] as const).map((code) => ({ code, note: para, target: { quantity: 10, measure: 'buổi', per: 'month' as const } }));
  c.slogans = ['Đảng Cộng sản Việt Nam quang vinh muôn năm!'];
  c.assignments = Array.from({ length: 20 }, (_, i) => ({ unitId: null, unitName: `Đơn vị phối hợp ${i + 1}`, duties: [para, para], due: null }));
  c.recipients = recipients.map((r) => ({ ...r, mustImplement: true }));
  c.signer = { authority: 'T/M BAN BÍ THƯ', position: 'THƯỜNG TRỰC', name: 'Nguyễn Văn A' };
  c.implementBy = '2026-04-30';
  return c;
}

async function measure(database: Database, label: string, quick: boolean) {
  const tree = await buildSyntheticTree(database, quick ? { communesPerProvince: 20, cellsPerCommune: 4 } : {});
  const communes = await rows<{ id: number; name: string }>(database.db, sql`SELECT id, name FROM units WHERE depth = 2 ORDER BY id LIMIT 3000`);
  console.log(`[${label}] ${tree.total} units; plan sent to ${communes.length} units`);
  const ctx = ctxOf(database);
  const issueTimes: number[] = [];
  const exportTimes: number[] = [];
  let planId = 0;
  for (let i = 0; i < (quick ? 3 : 10); i++) {
    const id = await createPlan(ctx, tree.rootId, {
      kind: 'KH',
      title: `tuyên truyền thực hiện Nghị quyết Đại hội XIV (lần ${i + 1})`,
      periodStart: '2026-03-01',
      periodEnd: '2026-12-31',
      content: bigContent(communes.map((c) => ({ unitId: c.id, label: c.name }))),
    });
    await submitPlan(ctx, id);
    issueTimes.push(await timeIt(() => issuePlan(ctx, id, { issuedOn: '2026-03-01' })));
    exportTimes.push(await timeIt(() => exportPlan(database.db, id, 'docx')));
    planId = id;
  }
  const docx = await exportPlan(database.db, planId, 'docx');
  console.log(`[${label}] issue (number from the register, ${communes.length} recipients) ${fmt(summarise(issueTimes))}`);
  console.log(`[${label}] export .docx (${(docx.data.length / 1024).toFixed(0)} kB) ${fmt(summarise(exportTimes))}`);

  const app = await buildApp({ database, config: { logLevel: 'silent' } });
  await app.ready();
  const user = await one<{ id: number }>(
    database.db,
    sql`INSERT INTO users (username, full_name, unit_id, search_key) VALUES (${`bench-${randomBytes(4).toString('hex')}`}, 'Bench', ${tree.rootId}, 'bench') RETURNING id`,
  );
  await database.db.execute(sql`INSERT INTO role_assignments (user_id, unit_id, role) VALUES (${user!.id}, ${tree.rootId}, 'admin')`);
  const cookie = `tt_session=${(await createSession(database, user!.id, 1)).token}`;
  const view = () => app.inject({ method: 'GET', url: `/api/plans/${planId}/recipients`, headers: { cookie } });
  const timeView = async (what: string) => {
    for (let i = 0; i < 5; i++) await view();
    const samples: number[] = [];
    for (let i = 0; i < (quick ? 20 : 100); i++) {
      samples.push(
        await timeIt(async () => {
          const res = await view();
          if (res.statusCode !== 200) throw new Error(`recipients → ${res.statusCode}`);
        }),
      );
    }
    const body = (await view()).json() as { items: unknown[]; totals: unknown };
    console.log(`[${label}] recipients view, ${what} (${body.items.length} recipients) ${fmt(summarise(samples))}; totals ${JSON.stringify(body.totals)}`);
  };
  await timeView('just issued');

  // A third of the recipients issue implementing plans sent on to their cells.
  for (const c of communes.filter((_, i) => i % 3 === 0)) {
    const child = await implementPlan(ctx, planId, c.id);
    const cells = await rows<{ id: number; name: string }>(database.db, sql`SELECT id, name FROM units WHERE parent_id = ${c.id}`);
    const p = (await findPlan(database.db, child))!;
    await updatePlan(ctx, child, p.version, {
      content: { ...p.content, recipients: cells.map((x) => ({ unitId: x.id, label: x.name, mustImplement: true })), signer: { authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Trần B' } },
    });
    await submitPlan(ctx, child);
    await issuePlan(ctx, child, { issuedOn: '2026-03-10' });
  }
  const direct: number[] = [];
  for (let i = 0; i < (quick ? 20 : 100); i++) direct.push(await timeIt(() => recipientStatuses(database.db, planId, '2026-11-23')));
  console.log(`[${label}] recipients query alone, with the cascade (no HTTP, no serialisation) ${fmt(summarise(direct))}`);
  await timeView('with a third of them cascading to their cells');
  await app.close();
}

export async function run(opts: { databaseUrl?: string; quick?: boolean }): Promise<void> {
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  const url = benchDatabaseUrl(opts);
  if (!url) return;
  await withFreshPostgres(url, async (target) => {
    const database = await openDatabase({ url: target });
    try {
      await measure(database, 'postgresql', !!opts.quick);
    } finally {
      await database.close();
    }
  });
}
