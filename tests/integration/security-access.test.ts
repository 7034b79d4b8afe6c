/**
 * What an independent probe broke in the access rules, through the HTTP layer on every database kind:
 * a lower administrator taking over an account that holds a role above them; a plan read through the
 * ids a request names; a body read before the door; a unit receiving its own report; figures left
 * behind when a unit moves.
 */
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { one, rows } from '../../src/db/sql.ts';
import { pathIds } from '../../src/domain/units/tree.ts';
import { auditCount, startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { issue, planBody } from '../support/plans.ts';

describe.each(DATABASE_KINDS)('access the probe broke, closed (%s)', (kind) => {
  let t: TestApp;
  let province: Client;
  let ward: Client;
  let lcu: number;
  let tp: number;
  let dk: number;
  let cell: number;

  beforeAll(async () => {
    t = await startTestApp(kind);
    province = await t.signIn('admin.tinh');
    ward = await t.signIn('admin.tanphong');
    lcu = await t.unitId('LCU');
    tp = await t.unitId('LCU-TP');
    dk = await t.unitId('LCU-DK');
    cell = await t.unitId('LCU-TP-CB01');
  });
  afterAll(() => t?.close());

  let n = 0;
  const newUser = async (unitId: number, role: string, by: Client = province) => {
    const username = `thu.${kind}.${++n}`;
    const res = await by.post('/api/users', { username, fullName: `Người thử ${n}`, unitId, role, password: 'matkhau-thu-2026' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().user as { id: number; username: string; roles: { id: number; unitId: number; role: string }[] };
  };

  describe('acting on a person needs the right over every unit where they hold a role', () => {
    it('refuses a ward administrator every change to a cell member who administers the province', async () => {
      const target = await newUser(cell, 'viewer');
      const promoted = await province.post(`/api/users/${target.id}/roles`, { unitId: lcu, role: 'admin' });
      expect(promoted.statusCode, promoted.body).toBe(200);
      const cellRole = target.roles[0]!.id;
      const before = await auditCount(t.database);
      const attempts = [
        () => ward.post(`/api/users/${target.id}/reset-password`),
        () => ward.patch(`/api/users/${target.id}`, { active: false }),
        () => ward.patch(`/api/users/${target.id}`, { fullName: 'Tên khác', email: 'ke.gian@example.org' }),
        () => ward.post(`/api/users/${target.id}/roles`, { unitId: cell, role: 'editor' }),
        () => ward.delete(`/api/users/${target.id}/roles/${cellRole}`),
      ];
      for (const attempt of attempts) {
        const res = await attempt();
        expect(res.statusCode, res.body).toBe(403);
        expect(res.json().code).toBe('forbidden');
      }
      expect(await auditCount(t.database)).toBe(before);
      // The account is as it was: the owner signs in with their own password and is still a province admin.
      const owner = await t.signIn(target.username, 'matkhau-thu-2026');
      const me = (await owner.get('/api/auth/me')).json();
      expect(JSON.stringify(me)).toContain('"admin"');
      // The province administrator, who holds the right over both units, may act.
      expect((await province.post(`/api/users/${target.id}/reset-password`)).statusCode).toBe(200);
    });

    it('still lets the ward administrator manage a person whose roles all lie in the ward', async () => {
      const member = await newUser(cell, 'viewer', ward);
      expect((await ward.post(`/api/users/${member.id}/roles`, { unitId: tp, role: 'editor' })).statusCode).toBe(200);
      expect((await ward.post(`/api/users/${member.id}/reset-password`)).statusCode).toBe(200);
      expect((await ward.patch(`/api/users/${member.id}`, { active: false })).statusCode).toBe(200);
    });
  });

  describe('every id a request names passes the read check of a direct GET', () => {
    it('refuses a parent plan the person may not read exactly as one that does not exist', async () => {
      const draft = (await province.post('/api/plans', planBody(lcu, [{ unitId: tp, label: 'Đảng ủy phường Tân Phong' }]))).json();
      const other = (await province.post('/api/plans', planBody(lcu, [{ unitId: dk, label: 'Đảng ủy phường Đoàn Kết' }]))).json();
      const notOurs = await issue(province, other.id);
      const before = await auditCount(t.database);
      const answers = [];
      for (const parentPlanId of [draft.id, notOurs.id, 2_000_000_000]) {
        const res = await ward.post('/api/plans', planBody(tp, [{ unitId: cell, label: 'Chi bộ Tổ dân phố số 1' }], { parentPlanId }));
        expect(res.statusCode, res.body).toBe(404);
        expect(res.body).not.toContain(draft.title);
        answers.push(res.body);
      }
      // A draft, a plan sent elsewhere and nothing at all: one answer, so none of them can be told apart.
      expect(new Set(answers).size).toBe(1);
      expect(await auditCount(t.database)).toBe(before);
      for (const planId of [draft.id, 2_000_000_000]) {
        const res = await ward.get(`/api/units/${tp}/rollups?from=2026-01-01&to=2026-12-31&planId=${planId}`);
        expect(res.statusCode, res.body).toBe(404);
      }
      // A plan sent to the ward is one it reads: its own implementing draft may name it.
      const ours = await issue(province, draft.id);
      const res = await ward.post('/api/plans', planBody(tp, [{ unitId: cell, label: 'Chi bộ Tổ dân phố số 1' }], { parentPlanId: ours.id }));
      expect(res.statusCode, res.body).toBe(201);
    });

    it('answers a direct GET of another commune’s plan as a missing one', async () => {
      const theirs = (await t.signIn('admin.tinh')).post('/api/plans', planBody(dk, [{ unitId: await t.unitId('LCU-DK-CB01'), label: 'Chi bộ' }]));
      const id = (await theirs).json().id as number;
      const seen = await ward.get(`/api/plans/${id}`);
      const missing = await ward.get('/api/plans/2000000000');
      expect(seen.statusCode).toBe(404);
      expect(seen.body).toBe(missing.body);
    });
  });

  describe('a large body is refused before it is read', () => {
    /** Sends the head of a request announcing `length` bytes and only 1 kB of them; resolves with the status line. */
    async function statusBeforeBody(path: string, headers: Record<string, string>, length = 50_000_000): Promise<string> {
      const address = t.app.server.address() as AddressInfo;
      return new Promise((resolve, reject) => {
        const socket = connect(address.port, '127.0.0.1');
        let got = '';
        socket.on('data', (chunk) => {
          got += chunk.toString('latin1');
          if (got.includes('\r\n')) {
            socket.destroy();
            resolve(got.slice(0, got.indexOf('\r\n')));
          }
        });
        socket.on('error', reject);
        const head = Object.entries({ host: 'localhost', 'content-type': 'application/octet-stream', 'content-length': String(length), ...headers })
          .map(([k, v]) => `${k}: ${v}`)
          .join('\r\n');
        socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n\r\n`);
        socket.write(Buffer.alloc(1024, 0x61));
      });
    }

    beforeAll(async () => {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
    });

    it('answers 401 to an upload without a session while the body is still coming', async () => {
      expect(await statusBeforeBody('/api/import/parse?filename=kh.txt', {})).toMatch(/ 401 /);
      expect(await statusBeforeBody('/api/activities/1/evidence?filename=a.png', {})).toMatch(/ 401 /);
    });

    it('answers a person without the right over the unit before reading their upload', async () => {
      const activity = await one<{ id: number }>(
        t.database.db,
        sql`INSERT INTO activities (unit_id, occurred_on, channel, figures) VALUES (${dk}, '2026-03-01', 'meeting', '{}'::jsonb) RETURNING id`,
      );
      const headers = { cookie: ward.cookie, 'x-csrf-token': ward.csrfToken };
      expect(await statusBeforeBody(`/api/activities/${activity!.id}/evidence?filename=a.png`, headers)).toMatch(/ 404 /);
      const viewer = await t.signIn('xem.chibo');
      const own = await one<{ id: number }>(t.database.db, sql`SELECT u.id FROM users us JOIN units u ON u.id = us.unit_id WHERE us.username = 'xem.chibo'`);
      const mine = await one<{ id: number }>(
        t.database.db,
        sql`INSERT INTO activities (unit_id, occurred_on, channel, figures) VALUES (${own!.id}, '2026-03-01', 'meeting', '{}'::jsonb) RETURNING id`,
      );
      const asViewer = { cookie: viewer.cookie, 'x-csrf-token': viewer.csrfToken };
      expect(await statusBeforeBody(`/api/activities/${mine!.id}/evidence?filename=a.png`, asViewer)).toMatch(/ 403 /);
    });
  });

  describe('the receiver of a report is never its sender', () => {
    it('refuses the issuer among a plan’s recipients, on creation and on saving', async () => {
      const before = await auditCount(t.database);
      const res = await province.post('/api/plans', planBody(lcu, [{ unitId: lcu, label: 'Tỉnh ủy Lai Châu' }, { unitId: tp, label: 'Đảng ủy phường Tân Phong' }]));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe('recipient_is_issuer');
      expect(res.json().message).toContain('Tỉnh ủy Lai Châu');
      expect(await auditCount(t.database)).toBe(before);
      const draft = (await province.post('/api/plans', planBody(lcu, [{ unitId: tp, label: 'Đảng ủy phường Tân Phong' }]))).json();
      const saved = await province.put(`/api/plans/${draft.id}`, { version: draft.version, ...planBody(lcu, [{ unitId: lcu, label: 'Tỉnh ủy' }]) });
      expect(saved.statusCode, saved.body).toBe(400);
      expect(saved.json().code).toBe('recipient_is_issuer');
    });

    it('refuses the unit its own report, however the recipient got there, and adds nothing to the totals', async () => {
      const plan = await issue(province, (await province.post('/api/plans', planBody(lcu, [{ unitId: tp, label: 'Đảng ủy phường Tân Phong' }]))).json().id);
      // As a plan issued before the rule would have it: the issuer on its own list.
      await t.database.db.execute(sql`INSERT INTO plan_recipients (plan_id, unit_id, label, must_implement) VALUES (${plan.id}, ${lcu}, 'Tỉnh ủy', true)`);
      const opened = await province.post(`/api/plans/${plan.id}/reports`, { unitId: lcu, periodKey: '2026-02' });
      expect(opened.statusCode, opened.body).toBe(403);
      expect(opened.json().code).toBe('own_report');
      const planted = await one<{ id: number }>(
        t.database.db,
        sql`INSERT INTO reports (plan_id, unit_id, period_key, period_start, period_end, due_on, form_code, status, figures, items, narrative, submitted_at)
            VALUES (${plan.id}, ${lcu}, '2026-02', '2026-01-15', '2026-02-14', '2026-02-20', 'Mẫu chuẩn', 'submitted',
                    '{"visual_banners": 99999}'::jsonb, '[]'::jsonb, '{}'::jsonb, now()) RETURNING id`,
      );
      const accepted = await province.post(`/api/reports/${planted!.id}/accept`);
      expect(accepted.statusCode, accepted.body).toBe(403);
      expect(accepted.json().code).toBe('own_report');
      const counted = await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM rollup_figures WHERE plan_id = ${plan.id}`);
      expect(counted!.n).toBe(0);
    });
  });

  it('keeps in a report only the indicators its form asks for (unknown zeros are dropped, not stored)', async () => {
    const editor = await newUser(cell, 'editor');
    const cellEditor = await t.signIn(editor.username, 'matkhau-thu-2026');
    const plan = await issue(province, (await province.post('/api/plans', planBody(lcu, [{ unitId: cell, label: 'Chi bộ Tổ dân phố số 1' }]))).json().id);
    const report = (await cellEditor.post(`/api/plans/${plan.id}/reports`, { unitId: cell, periodKey: '2026-02' })).json();
    const saved = await cellEditor.put(`/api/reports/${report.id}`, { version: report.version, figures: { visual_banners: 3, khong_co_trong_mau: 0 }, items: [], narrative: {} });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().figures).toEqual({ visual_banners: 3 });
    const stored = await one<{ figures: Record<string, number> }>(t.database.db, sql`SELECT figures FROM reports WHERE id = ${report.id}`);
    expect(stored!.figures).toEqual({ visual_banners: 3 });
    const refused = await cellEditor.put(`/api/reports/${report.id}`, { version: saved.json().version, figures: { khong_co_trong_mau: 2 }, items: [], narrative: {} });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('unknown_indicator');
  });

  describe('moving a unit moves its figures', () => {
    /** rollup_figures as the accepted reports say it should be: (ancestor, child on the path, plan, period, indicator). */
    async function recomputed(): Promise<string[]> {
      const accepted = await rows<{ path: string; planId: number; periodKey: string; figures: Record<string, number> }>(
        t.database.db,
        sql`SELECT u.path, r.plan_id AS "planId", r.period_key AS "periodKey", r.figures FROM reports r JOIN units u ON u.id = r.unit_id WHERE r.status = 'accepted'`,
      );
      const sums = new Map<string, [number, number]>();
      for (const r of accepted) {
        const ids = pathIds(r.path);
        for (const [i, ancestor] of ids.entries()) {
          for (const [indicator, value] of Object.entries(r.figures)) {
            if (!value) continue;
            const key = `${ancestor}/${ids[i + 1] ?? ancestor}/${r.planId}/${r.periodKey}/${indicator}`;
            const [v, c] = sums.get(key) ?? [0, 0];
            sums.set(key, [v + value, c + 1]);
          }
        }
      }
      return [...sums].map(([k, [v, c]]) => `${k}=${v}×${c}`).sort();
    }
    const stored = async () =>
      (
        await rows<{ k: string }>(
          t.database.db,
          sql`SELECT ancestor_id || '/' || child_id || '/' || plan_id || '/' || period_key || '/' || indicator || '=' || value || '×' || reports AS k
                FROM rollup_figures WHERE value <> 0 OR reports <> 0`,
        )
      )
        .map((r) => r.k)
        .sort();

    it('takes the figures from the old parents and gives them to the new ones, in the same change', async () => {
      const editor = await newUser(cell, 'editor');
      const cellEditor = await t.signIn(editor.username, 'matkhau-thu-2026');
      const plan = await issue(province, (await province.post('/api/plans', planBody(lcu, [{ unitId: cell, label: 'Chi bộ Tổ dân phố số 1' }]))).json().id);
      for (const [periodKey, banners] of [['2026-02', 7], ['2026-03', 5]] as const) {
        const report = (await cellEditor.post(`/api/plans/${plan.id}/reports`, { unitId: cell, periodKey })).json();
        const saved = await cellEditor.put(`/api/reports/${report.id}`, { version: report.version, figures: { visual_banners: banners, meeting_sessions: 1 }, items: [], narrative: {} });
        expect(saved.statusCode, saved.body).toBe(200);
        expect((await cellEditor.post(`/api/reports/${report.id}/submit`)).statusCode).toBe(200);
        expect((await province.post(`/api/reports/${report.id}/accept`)).statusCode).toBe(200);
      }
      const banners = async (unitId: number) => {
        const res = await province.get(`/api/units/${unitId}/rollups?from=2026-01-01&to=2026-12-31&planId=${plan.id}`);
        expect(res.statusCode, res.body).toBe(200);
        return (res.json().totals as { indicator: string; value: number }[]).find((x) => x.indicator === 'visual_banners')?.value ?? 0;
      };
      expect([await banners(tp), await banners(dk), await banners(lcu)]).toEqual([12, 0, 12]);
      expect(await stored()).toEqual(await recomputed());

      const moved = await province.post(`/api/units/${cell}/move`, { newParentId: dk });
      expect(moved.statusCode, moved.body).toBe(200);
      expect([await banners(tp), await banners(dk), await banners(lcu), await banners(cell)]).toEqual([0, 12, 12, 12]);
      expect(await stored()).toEqual(await recomputed());

      // And back, through a unit of another depth: still nothing twice, nothing left behind.
      const board = await t.unitId('LCU-BTGDV');
      expect((await province.post(`/api/units/${cell}/move`, { newParentId: board })).statusCode).toBe(200);
      expect(await stored()).toEqual(await recomputed());
      expect((await province.post(`/api/units/${cell}/move`, { newParentId: tp })).statusCode).toBe(200);
      expect([await banners(tp), await banners(dk), await banners(board)]).toEqual([12, 0, 0]);
      expect(await stored()).toEqual(await recomputed());
    });
  });
});
