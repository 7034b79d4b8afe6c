import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { issue, planBody } from '../support/plans.ts';

type Timeliness = 'not_due' | 'on_time' | 'late' | 'missing' | 'returned' | 'in_progress';
interface Item {
  planId: number;
  unitId: number;
  unitName: string;
  periodKey: string;
  periodLabel: string;
  dueOn: string;
  reportId: number | null;
  status: string | null;
  timeliness: Timeliness;
}

const ZERO: Record<Timeliness, number> = { not_due: 0, on_time: 0, late: 0, missing: 0, returned: 0, in_progress: 0 };
const count = (ts: Timeliness[]) => ts.reduce((c, x) => ({ ...c, [x]: c[x] + 1 }), { ...ZERO });

/**
 * "Today" is 25/04/2026 (10:00 in Việt Nam). The plan runs 15/01–30/06/2026 with monthly reports
 * (15th–14th, due on the 20th): periods 2026-02 … 2026-07, due 20/02 … 20/07.
 */
describe.each(DATABASE_KINDS)('expected reports, completeness and timeliness (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let leader: Client;
  let u: Record<string, number>;
  let planId: number;
  const PERIODS = ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07'];
  const DUE = ['2026-02-20', '2026-03-20', '2026-04-20', '2026-05-20', '2026-06-20', '2026-07-20'];

  /** What each expected report should be, set up in beforeAll through the API. */
  const expected: Record<string, Record<string, Timeliness>> = {
    'LCU-TP': { '2026-02': 'on_time', '2026-03': 'late', '2026-04': 'missing', '2026-05': 'in_progress', '2026-06': 'not_due', '2026-07': 'not_due' },
    'LCU-DK': { '2026-02': 'returned', '2026-03': 'missing', '2026-04': 'missing', '2026-05': 'not_due', '2026-06': 'not_due', '2026-07': 'not_due' },
    'LCU-BL': { '2026-02': 'missing', '2026-03': 'missing', '2026-04': 'missing', '2026-05': 'not_due', '2026-06': 'not_due', '2026-07': 'not_due' },
    // Assigned by the plan (not a recipient), under Tân Phong: counted in Tân Phong's subtree.
    'LCU-TP-CB01': { '2026-02': 'on_time', '2026-03': 'late', '2026-04': 'late', '2026-05': 'not_due', '2026-06': 'not_due', '2026-07': 'not_due' },
  };

  const open = async (code: string, periodKey: string) => {
    const res = await admin.post(`/api/plans/${planId}/reports`, { unitId: u[code], periodKey });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { id: number; version: number };
  };
  const submit = async (code: string, periodKey: string, at?: string) => {
    const r = await open(code, periodKey);
    const res = await admin.post(`/api/reports/${r.id}/submit`);
    expect(res.statusCode, res.body).toBe(200);
    // The submission time is written by the server; here it is set to the moment the scenario needs.
    if (at) await t.database.db.execute(sql`UPDATE reports SET submitted_at = ${at}::timestamptz WHERE id = ${r.id}`);
    return r.id;
  };

  beforeAll(async () => {
    t = await startTestApp(kind, { clock: () => new Date('2026-04-25T03:00:00Z') });
    admin = await t.signIn('admin.tinh');
    u = {};
    for (const code of ['LCU', 'LCU-TP', 'LCU-DK', 'LCU-BL', 'LCU-TD', 'LCU-TP-CB01', 'LCU-TP-CB02', 'LCU-BTGDV']) u[code] = await t.unitId(code);
    await admin.post('/api/users', { username: 'ld.tinh', fullName: 'Giàng A Lãnh', unitId: u.LCU, role: 'leader', password: 'matkhau123' });
    leader = await t.signIn('ld.tinh', 'matkhau123');
    const body = planBody(
      u.LCU!,
      [
        { unitId: u['LCU-TP']!, label: 'Đảng ủy phường Tân Phong' },
        { unitId: u['LCU-DK']!, label: 'Đảng ủy phường Đoàn Kết' },
        { unitId: u['LCU-BL']!, label: 'Đảng ủy xã Bình Lư' },
      ],
      { title: 'Kế hoạch tuyên truyền có báo cáo tháng', periodStart: '2026-01-15', periodEnd: '2026-06-30' },
    );
    // A line of text, not a unit: the issuer itself is never a recipient.
    body.content.recipients.push({ unitId: null, label: 'Lưu: Văn phòng Tỉnh ủy', mustImplement: false } as never);
    body.content.reporting = { cadence: 'monthly', deadlineDay: 20, formCode: 'Mẫu chuẩn' };
    body.content.assignments = [
      ...body.content.assignments,
      { unitId: u['LCU-TP-CB01']!, unitName: 'Chi bộ Tổ dân phố số 1', duties: ['Tuyên truyền tại tổ dân phố, báo cáo hằng tháng'] } as never,
    ];
    const created = await admin.post('/api/plans', body);
    expect(created.statusCode, created.body).toBe(201);
    planId = (await issue(admin, created.json().id)).id;

    // A plan without periodic reports and a draft plan expect nothing.
    const noReports = planBody(u.LCU!, [{ unitId: u['LCU-TD']!, label: 'Đảng ủy xã Tam Đường' }], { title: 'Kế hoạch không yêu cầu báo cáo' });
    noReports.content.reporting = null as never;
    await issue(admin, (await admin.post('/api/plans', noReports)).json().id);
    const draft = planBody(u.LCU!, [{ unitId: u['LCU-TD']!, label: 'Đảng ủy xã Tam Đường' }], { title: 'Dự thảo' });
    draft.content.reporting = { cadence: 'monthly', deadlineDay: 20, formCode: 'Mẫu chuẩn' };
    await admin.post('/api/plans', draft);

    // Tân Phong: February sent on 18/02 (on time), March on 25/03 (late), April nothing, May being written.
    await submit('LCU-TP', '2026-02', '2026-02-18T02:00:00Z');
    await submit('LCU-TP', '2026-03', '2026-03-25T02:00:00Z');
    await open('LCU-TP', '2026-05');
    // The accepted February report keeps its timeliness.
    const tpFeb = (await admin.post(`/api/plans/${planId}/reports`, { unitId: u['LCU-TP'], periodKey: '2026-02' })).json();
    expect((await leader.post(`/api/reports/${tpFeb.id}/accept`)).statusCode).toBe(200);
    // Đoàn Kết: February returned; March opened but never sent (past due: missing).
    const dkFeb = await submit('LCU-DK', '2026-02', '2026-02-10T02:00:00Z');
    expect((await leader.post(`/api/reports/${dkFeb}/return`, { comment: 'Thiếu số liệu phát thanh' })).statusCode).toBe(200);
    await open('LCU-DK', '2026-03');
    // Chi bộ 1: due day in Việt Nam time — 23:30 on 20/02 is on time, 00:30 on 21/03 is late.
    await submit('LCU-TP-CB01', '2026-02', '2026-02-20T16:30:00Z');
    await submit('LCU-TP-CB01', '2026-03', '2026-03-20T17:30:00Z');
    await submit('LCU-TP-CB01', '2026-04', '2026-04-21T01:00:00Z');
  });
  afterAll(() => t.close());

  const completeness = async (client: Client, code: string, from = '2026-01-01', to = '2026-12-31', extra = '') => {
    const res = await client.get(`/api/units/${u[code]}/completeness?from=${from}&to=${to}${extra}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { summary: Record<Timeliness, number>; byChild: { unitId: number; name: string; counts: Record<Timeliness, number> }[]; items: Item[] };
  };
  const ofPlan = (items: Item[]) => items.filter((i) => i.planId === planId);

  it('expects one report per recipient or assigned unit per period — not from the issuer, not for other plans', async () => {
    const { items } = await completeness(admin, 'LCU');
    expect(items.every((i) => i.planId === planId)).toBe(true); // no report from a plan without reporting, or a draft
    const keys = items.map((i) => `${i.unitId}|${i.periodKey}`);
    expect(new Set(keys).size).toBe(keys.length);
    const units = Object.keys(expected);
    expect(items).toHaveLength(units.length * PERIODS.length);
    for (const code of units) {
      const mine = items.filter((i) => i.unitId === u[code]);
      expect(mine.map((i) => i.periodKey)).toEqual(PERIODS);
      expect(mine.map((i) => i.dueOn)).toEqual(DUE);
    }
    expect(items.map((i) => i.unitId)).not.toContain(u.LCU);
    expect(items.map((i) => i.unitId)).not.toContain(u['LCU-TD']);
    expect(items.find((i) => i.periodKey === '2026-07')!.periodLabel).toBe('Tháng 7/2026');
  });

  it('classifies every expected report against its deadline as of "today"', async () => {
    const { items, summary } = await completeness(admin, 'LCU');
    for (const [code, byPeriod] of Object.entries(expected)) {
      for (const [period, want] of Object.entries(byPeriod)) {
        const item = items.find((i) => i.unitId === u[code] && i.periodKey === period)!;
        expect(item.timeliness, `${code} ${period}`).toBe(want);
      }
    }
    const all = Object.values(expected).flatMap((p) => Object.values(p));
    expect(summary).toEqual(count(all));
    const tpFeb = items.find((i) => i.unitId === u['LCU-TP'] && i.periodKey === '2026-02')!;
    expect(tpFeb.status).toBe('accepted');
    expect(tpFeb.reportId).toEqual(expect.any(Number));
    const tpJun = items.find((i) => i.unitId === u['LCU-TP'] && i.periodKey === '2026-06')!;
    expect(tpJun).toMatchObject({ reportId: null, status: null });
    expect(items.find((i) => i.unitId === u['LCU-DK'] && i.periodKey === '2026-03')!.status).toBe('draft');
  });

  it('rolls the counts up by child of the unit asked about: a cell counts with its commune', async () => {
    const { byChild } = await completeness(admin, 'LCU');
    const tpCounts = count([...Object.values(expected['LCU-TP']!), ...Object.values(expected['LCU-TP-CB01']!)]);
    expect(byChild.map((c) => c.name)).toEqual(['Đảng ủy phường Đoàn Kết', 'Đảng ủy phường Tân Phong', 'Đảng ủy xã Bình Lư']);
    expect(byChild.find((c) => c.unitId === u['LCU-TP'])!.counts).toEqual(tpCounts);
    expect(byChild.find((c) => c.unitId === u['LCU-DK'])!.counts).toEqual(count(Object.values(expected['LCU-DK']!)));
    expect(byChild.find((c) => c.unitId === u['LCU-BL'])!.counts).toEqual(count(Object.values(expected['LCU-BL']!)));
  });

  it('for a commune: its own reports and those of its cells; the cell is its child', async () => {
    const tpAdmin = await t.signIn('admin.tanphong');
    const { items, summary, byChild } = await completeness(tpAdmin, 'LCU-TP');
    expect(new Set(items.map((i) => i.unitId))).toEqual(new Set([u['LCU-TP'], u['LCU-TP-CB01']]));
    expect(items).toHaveLength(2 * PERIODS.length);
    expect(summary).toEqual(count([...Object.values(expected['LCU-TP']!), ...Object.values(expected['LCU-TP-CB01']!)]));
    expect(byChild).toEqual([{ unitId: u['LCU-TP-CB01'], name: 'Chi bộ Tổ dân phố số 1', counts: count(Object.values(expected['LCU-TP-CB01']!)) }]);
    // A commune with nothing expected, and one the user may not see.
    expect((await completeness(admin, 'LCU-TD')).items).toEqual([]);
    expect((await tpAdmin.get(`/api/units/${u['LCU-DK']}/completeness?from=2026-01-01&to=2026-12-31`)).statusCode).toBe(404);
    const cellViewer = await t.signIn('xem.chibo');
    const cell = await completeness(cellViewer, 'LCU-TP-CB01');
    expect(cell.items.map((i) => i.timeliness)).toEqual(PERIODS.map((p) => expected['LCU-TP-CB01']![p]));
  });

  it('narrows to the periods ending in the dates asked about (as the rollups do), and to one plan', async () => {
    // 01/03–31/03: "2026-03" (15/02–14/03) ends in it; "2026-04" (15/03–14/04) only begins in it.
    const march = await completeness(admin, 'LCU', '2026-03-01', '2026-03-31');
    expect([...new Set(march.items.map((i) => i.periodKey))].sort()).toEqual(['2026-03']);
    expect(march.items).toHaveLength(4);
    const april = await completeness(admin, 'LCU', '2026-04-01', '2026-04-30');
    expect([...new Set(april.items.map((i) => i.periodKey))].sort()).toEqual(['2026-04']);
    const one = await completeness(admin, 'LCU', '2026-02-15', '2026-03-14');
    expect([...new Set(one.items.map((i) => i.periodKey))]).toEqual(['2026-03']);
    expect((await completeness(admin, 'LCU', '2025-01-01', '2025-12-31')).items).toEqual([]);
    expect(ofPlan((await completeness(admin, 'LCU', '2026-01-01', '2026-12-31', `&planId=${planId}`)).items)).toHaveLength(24);
    // A plan that does not exist (or that the person may not read) is a 404, not an empty list.
    expect((await admin.get(`/api/units/${u.LCU}/completeness?from=2026-01-01&to=2026-12-31&planId=${planId + 1000}`)).statusCode).toBe(404);
    const backwards = await admin.get(`/api/units/${u.LCU}/completeness?from=2026-12-31&to=2026-01-01`);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ code: 'invalid_period', message: 'Ngày bắt đầu phải trước ngày kết thúc.' });
    expect((await admin.get(`/api/units/${u.LCU}/completeness?from=01/01/2026&to=2026-12-31`)).statusCode).toBe(400);
  });

  it('a retired unit is no longer expected to report', async () => {
    const before = (await completeness(admin, 'LCU')).items.filter((i) => i.unitId === u['LCU-BL']);
    expect(before).toHaveLength(PERIODS.length);
    expect((await admin.post(`/api/units/${u['LCU-BL']}/retire`)).statusCode).toBe(200);
    expect((await completeness(admin, 'LCU')).items.filter((i) => i.unitId === u['LCU-BL'])).toEqual([]);
    expect((await admin.post(`/api/units/${u['LCU-BL']}/restore`)).statusCode).toBe(200);
  });

  it('a report sent today, before its deadline, is on time (submission time from the server clock)', async () => {
    const r = (await admin.post(`/api/plans/${planId}/reports`, { unitId: u['LCU-BL'], periodKey: '2026-05' })).json();
    const sent = await admin.post(`/api/reports/${r.id}/submit`);
    expect(sent.statusCode).toBe(200);
    const item = (await completeness(admin, 'LCU')).items.find((i) => i.unitId === u['LCU-BL'] && i.periodKey === '2026-05')!;
    expect(item.timeliness).toBe('on_time');
    expect(sent.json().late).toBe(false);
    expect(sent.json().submittedAt.slice(0, 10)).toBe('2026-04-25');
  });
});
