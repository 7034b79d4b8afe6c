import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db/sql.ts';
import { totalsFromReports } from '../../src/server/queries/rollups.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { issue, planBody } from '../support/plans.ts';

type Figures = Record<string, number>;
type Status = 'draft' | 'submitted' | 'returned' | 'accepted';
type Step = 'edit' | 'submit' | 'return' | 'accept' | 'staleEdit' | 'acceptTwice' | 'race';
interface Op {
  slot: number;
  step: Step;
  figures: Figures;
  /** For a race: the second step sent at the same moment as the first. */
  other: Exclude<Step, 'staleEdit' | 'acceptTwice' | 'race'>;
}
interface Slot {
  reportId: number | null;
  status: Status | null;
  version: number;
  figures: Figures;
}

const PERIODS = ['2026-02', '2026-03', '2026-04'];
const REPORTERS = ['LCU-TP', 'LCU-TP-CB01', 'LCU-DK', 'LCU-BL'] as const;
const VIEWED = ['LCU', 'LCU-TP', 'LCU-TP-CB01', 'LCU-DK', 'LCU-BL'] as const;
const SLOTS = REPORTERS.length * PERIODS.length;
const KEYS = ['meeting_sessions', 'meeting_attendees', 'news_items', 'radio_minutes', 'visual_banners', 'photos'];

const figuresArb = fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50_000 })), { maxKeys: KEYS.length });
const simple = fc.constantFrom<Op['other']>('edit', 'submit', 'return', 'accept');
const opArb: fc.Arbitrary<Op> = fc.record({
  slot: fc.integer({ min: 0, max: SLOTS - 1 }),
  step: fc.oneof(
    { weight: 4, arbitrary: fc.constant<Step>('edit') },
    { weight: 4, arbitrary: fc.constant<Step>('submit') },
    { weight: 2, arbitrary: fc.constant<Step>('return') },
    { weight: 3, arbitrary: fc.constant<Step>('accept') },
    { weight: 1, arbitrary: fc.constant<Step>('staleEdit') },
    { weight: 1, arbitrary: fc.constant<Step>('acceptTwice') },
    { weight: 1, arbitrary: fc.constant<Step>('race') },
  ),
  figures: figuresArb,
  other: simple,
});

/** A sequence works on a few reports (1–6 of the 12), so that steps pile up and many get accepted. */
const sequenceArb = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 0, max: SLOTS - 1 }), { minLength: 1, maxLength: 6 }), fc.array(opArb, { minLength: 4, maxLength: 40, size: 'max' }))
  .map(([slots, ops]) => ops.map((op) => ({ ...op, slot: slots[op.slot % slots.length]! })));

const NUM_RUNS = 30;

/**
 * Random sequences of edit / submit / return / accept (some sent at the same moment) over four
 * reporting units — three communes and a cell under one of them — and three monthly periods. After
 * each sequence the pre-aggregated rollups (totals, by child, by period) of every unit must equal a
 * recomputation from the raw accepted reports, and the HTTP answers must match the state machine.
 */
describe.each(DATABASE_KINDS)('rollups after random report workflows (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let leader: Client;
  const editors: Record<string, Client> = {};
  const u: Record<string, number> = {};
  const paths: Record<string, string> = {};
  let runs = 0;

  beforeAll(async () => {
    t = await startTestApp(kind, { clock: () => new Date('2026-04-25T03:00:00Z') });
    admin = await t.signIn('admin.tinh');
    for (const code of VIEWED) {
      u[code] = await t.unitId(code);
      paths[code] = (await rows<{ path: string }>(t.database.db, sql`SELECT path FROM units WHERE id = ${u[code]!}`))[0]!.path;
    }
    const people: [string, string, string][] = [
      ['ld.tinh', 'LCU', 'leader'],
      ['bt.tanphong', 'LCU-TP', 'editor'],
      ['bt.doanket', 'LCU-DK', 'editor'],
      ['bt.binhlu', 'LCU-BL', 'editor'],
    ];
    for (const [username, unit, role] of people) {
      const res = await admin.post('/api/users', { username, fullName: `Người dùng ${username}`, unitId: u[unit], role, password: 'matkhau123' });
      expect(res.statusCode, res.body).toBe(201);
    }
    leader = await t.signIn('ld.tinh', 'matkhau123');
    editors['LCU-TP'] = editors['LCU-TP-CB01'] = await t.signIn('bt.tanphong', 'matkhau123');
    editors['LCU-DK'] = await t.signIn('bt.doanket', 'matkhau123');
    editors['LCU-BL'] = await t.signIn('bt.binhlu', 'matkhau123');
  });
  afterAll(() => t.close());

  async function newPlan(): Promise<number> {
    const body = planBody(
      u.LCU!,
      [
        { unitId: u['LCU-TP']!, label: 'Đảng ủy phường Tân Phong' },
        { unitId: u['LCU-DK']!, label: 'Đảng ủy phường Đoàn Kết' },
        { unitId: u['LCU-BL']!, label: 'Đảng ủy xã Bình Lư' },
      ],
      { title: `Kế hoạch thử ${++runs}` },
    );
    body.content.reporting = { cadence: 'monthly', deadlineDay: 20, formCode: 'Mẫu chuẩn' };
    body.content.assignments = [{ unitId: u['LCU-TP-CB01']!, unitName: 'Chi bộ Tổ dân phố số 1', duties: ['Báo cáo hằng tháng'] } as never];
    const created = await admin.post('/api/plans', body);
    expect(created.statusCode, created.body).toBe(201);
    return (await issue(admin, created.json().id)).id;
  }

  const unitOf = (slot: number) => REPORTERS[Math.floor(slot / PERIODS.length)]!;
  const periodOf = (slot: number) => PERIODS[slot % PERIODS.length]!;
  const clean = (f: Figures) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== 0));

  async function send(planId: number, s: Slot, slot: number, step: Op['other'] | 'staleEdit', figures: Figures) {
    const editor = editors[unitOf(slot)]!;
    switch (step) {
      case 'edit':
        return editor.put(`/api/reports/${s.reportId}`, { version: s.version, figures, items: [], narrative: { results: `v${s.version}` } });
      case 'staleEdit':
        return editor.put(`/api/reports/${s.reportId}`, { version: s.version - 1, figures, items: [], narrative: {} });
      case 'submit':
        return editor.post(`/api/reports/${s.reportId}/submit`);
      case 'return':
        return leader.post(`/api/reports/${s.reportId}/return`, { comment: 'Xem lại số liệu' });
      case 'accept':
        return leader.post(`/api/reports/${s.reportId}/accept`);
    }
  }

  /** What the state machine says a step does to a report in `status`: the new status, or the refusal. */
  function expectedOutcome(status: Status, step: Op['other']): { to: Status } | { code: string } {
    const editable = status === 'draft' || status === 'returned';
    if (step === 'edit') return editable ? { to: status } : { code: 'report_locked' };
    if (step === 'submit') return editable ? { to: 'submitted' } : { code: 'invalid_transition' };
    return status === 'submitted' ? { to: step === 'accept' ? 'accepted' : 'returned' } : { code: 'invalid_transition' };
  }

  async function apply(planId: number, slots: Slot[], op: Op) {
    const s = slots[op.slot]!;
    const unit = unitOf(op.slot);
    if (s.reportId === null) {
      const opened = await editors[unit]!.post(`/api/plans/${planId}/reports`, { unitId: u[unit], periodKey: periodOf(op.slot) });
      expect(opened.statusCode, opened.body).toBe(200);
      Object.assign(s, { reportId: opened.json().id, status: 'draft', version: opened.json().version, figures: opened.json().figures });
      expect(s.figures).toEqual({}); // nothing recorded as activities: nothing pre-filled
    }
    const status = s.status!;
    if (op.step === 'staleEdit') {
      if (s.version < 2) return;
      const res = await send(planId, s, op.slot, 'staleEdit', op.figures);
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe(status === 'draft' || status === 'returned' ? 'version_conflict' : 'report_locked');
      return;
    }
    if (op.step === 'acceptTwice') {
      const both = await Promise.all([send(planId, s, op.slot, 'accept', {}), send(planId, s, op.slot, 'accept', {})]);
      const codes = both.map((r) => r.statusCode).sort();
      expect(codes).toEqual(status === 'submitted' ? [200, 409] : [409, 409]);
      if (status === 'submitted') s.status = 'accepted';
      s.version = (await editors[unit]!.get(`/api/reports/${s.reportId}`)).json().version;
      return;
    }
    if (op.step === 'race') {
      // Two steps at the same moment; each answer is a success or a clean refusal, and the report ends
      // in the state one of the two orders gives. The model is resynchronised from the server.
      const first: Op['other'] = 'edit';
      const both = await Promise.all([send(planId, s, op.slot, first, op.figures), send(planId, s, op.slot, op.other, op.figures)]);
      for (const r of both) expect([200, 409], r.body).toContain(r.statusCode);
      const now = (await editors[unit]!.get(`/api/reports/${s.reportId}`)).json();
      const ok = both.map((r) => r.statusCode === 200);
      // Each order of the two steps: a step succeeds when the state allows it, and an edit only while
      // nothing else has changed the version it carries.
      const simulate = (order: [number, Op['other']][]) => {
        let state = status;
        let changed = false;
        const success: boolean[] = [false, false];
        for (const [pos, step] of order) {
          const out = expectedOutcome(state, step);
          const pass = 'to' in out && !(step === 'edit' && changed);
          if (pass) {
            state = (out as { to: Status }).to;
            changed = true;
          }
          success[pos] = pass;
        }
        return { final: state, success };
      };
      const orders = [
        simulate([[0, first], [1, op.other]]),
        simulate([[1, op.other], [0, first]]),
      ];
      const fits = orders.some((o) => o.final === now.status && o.success[0] === ok[0] && o.success[1] === ok[1]);
      expect(fits, `race edit+${op.other} from ${status}: got ${both.map((r) => r.statusCode)} and ${now.status}`).toBe(true);
      Object.assign(s, { status: now.status, version: now.version, figures: now.figures });
      return;
    }
    const want = expectedOutcome(status, op.step);
    const res = await send(planId, s, op.slot, op.step, op.figures);
    if ('code' in want) {
      expect(res.statusCode, `${op.step} on ${status}: ${res.body}`).toBe(409);
      expect(res.json().code).toBe(want.code);
      return;
    }
    expect(res.statusCode, `${op.step} on ${status}: ${res.body}`).toBe(200);
    const body = res.json();
    expect(body.status).toBe(want.to);
    expect(body.version).toBe(s.version + 1);
    s.status = want.to;
    s.version = body.version;
    if (op.step === 'edit') s.figures = op.figures;
    expect(body.figures).toEqual(s.figures);
  }

  /** Rollups of `code` must equal what the raw accepted reports add up to, and what the model accepted. */
  async function check(planId: number, slots: Slot[], code: (typeof VIEWED)[number]) {
    const unitId = u[code]!;
    const path = paths[code]!;
    const range = { from: '2026-01-01', to: '2026-12-31' };
    const res = await admin.get(`/api/units/${unitId}/rollups?from=${range.from}&to=${range.to}&planId=${planId}`);
    expect(res.statusCode, res.body).toBe(200);
    const got = res.json() as {
      totals: { indicator: string; value: number; reports: number }[];
      byPeriod: { periodKey: string; indicator: string; value: number }[];
      byChild: { childId: number; indicator: string; value: number }[];
    };
    const key = <T extends object>(xs: T[], f: (x: T) => string) => Object.fromEntries(xs.map((x) => [f(x), x])) as Record<string, T>;

    // 1. From the raw reports, in SQL.
    const raw = await totalsFromReports(t.database.db, { unitId, planId, ...range }, path);
    expect(Object.fromEntries(got.totals.map((r) => [r.indicator, r.value])), `${code} totals`).toEqual(Object.fromEntries(raw.map((r) => [r.indicator, r.value])));
    const rawChild = await rows<{ childId: number; indicator: string; value: number }>(
      t.database.db,
      sql`SELECT coalesce(nullif(split_part(substr(u.path, ${path.length + 1}), '/', 1), '')::int, ${unitId}) AS "childId", kv.key AS indicator,
                 sum((kv.value)::text::numeric)::float8 AS value
            FROM reports r JOIN units u ON u.id = r.unit_id, jsonb_each(r.figures) kv
           WHERE r.status = 'accepted' AND r.plan_id = ${planId} AND u.path LIKE ${path + '%'} AND (kv.value)::text::numeric <> 0
           GROUP BY 1, 2`,
    );
    expect(key(got.byChild.map(({ childId, indicator, value }) => ({ childId, indicator, value })), (r) => `${r.childId}|${r.indicator}`), `${code} byChild`).toEqual(
      key(rawChild, (r) => `${r.childId}|${r.indicator}`),
    );
    const rawPeriod = await rows<{ periodKey: string; indicator: string; value: number; reports: number }>(
      t.database.db,
      sql`SELECT r.period_key AS "periodKey", kv.key AS indicator, sum((kv.value)::text::numeric)::float8 AS value
            FROM reports r JOIN units u ON u.id = r.unit_id, jsonb_each(r.figures) kv
           WHERE r.status = 'accepted' AND r.plan_id = ${planId} AND u.path LIKE ${path + '%'} AND (kv.value)::text::numeric <> 0
           GROUP BY 1, 2`,
    );
    expect(key(got.byPeriod.map(({ periodKey, indicator, value }) => ({ periodKey, indicator, value })), (r) => `${r.periodKey}|${r.indicator}`), `${code} byPeriod`).toEqual(
      key(rawPeriod, (r) => `${r.periodKey}|${r.indicator}`),
    );

    // 2. From the model: what was accepted through the API, each report once.
    const accepted = slots.map((s, i) => ({ s, unit: REPORTERS[Math.floor(i / PERIODS.length)]! })).filter(({ s, unit }) => s.status === 'accepted' && paths[unit]!.startsWith(path));
    const expectTotals: Record<string, { value: number; reports: number }> = {};
    for (const { s } of accepted) {
      for (const [k, v] of Object.entries(clean(s.figures))) {
        const e = (expectTotals[k] ??= { value: 0, reports: 0 });
        e.value += v;
        e.reports += 1;
      }
    }
    expect(Object.fromEntries(got.totals.map((r) => [r.indicator, { value: r.value, reports: r.reports }])), `${code} totals vs model`).toEqual(expectTotals);
  }

  it(
    'rollup totals, by child and by period, equal a recomputation from the raw accepted reports',
    { timeout: 180_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(sequenceArb, async (ops) => {
          const planId = await newPlan();
          const slots: Slot[] = Array.from({ length: SLOTS }, () => ({ reportId: null, status: null, version: 0, figures: {} }));
          for (const op of ops) await apply(planId, slots, op);
          for (const code of VIEWED) await check(planId, slots, code);
          // The server agrees with the model on every report it holds.
          for (const s of slots.filter((x) => x.reportId !== null)) {
            const r = (await admin.get(`/api/reports/${s.reportId}`)).json();
            expect({ status: r.status, version: r.version, figures: r.figures }).toEqual({ status: s.status, version: s.version, figures: s.figures });
          }
        }),
        { numRuns: NUM_RUNS, interruptAfterTimeLimit: 100_000 },
      );
      // A sequence that accepts something in every slot is not left to chance.
      const planId = await newPlan();
      const slots: Slot[] = Array.from({ length: SLOTS }, () => ({ reportId: null, status: null, version: 0, figures: {} }));
      for (let slot = 0; slot < SLOTS; slot++) {
        const figures = Object.fromEntries(KEYS.map((k, i) => [k, (slot + 1) * (i + 1)]));
        for (const step of ['edit', 'submit', 'return', 'edit', 'submit', 'accept', 'accept'] as const) {
          await apply(planId, slots, { slot, step, figures: step === 'edit' ? figures : {}, other: 'edit' });
        }
      }
      for (const code of VIEWED) await check(planId, slots, code);
      const province = (await admin.get(`/api/units/${u.LCU}/rollups?from=2026-01-01&to=2026-12-31&planId=${planId}`)).json();
      const sumOfSlots = (k: number) => Array.from({ length: SLOTS }, (_, s) => (s + 1) * (k + 1)).reduce((a, b) => a + b, 0);
      expect(province.totals.map((r: { indicator: string; value: number }) => [r.indicator, r.value])).toEqual(
        KEYS.map((k, i) => [k, sumOfSlots(i)]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      );
    },
  );
});
