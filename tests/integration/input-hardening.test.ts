/**
 * What a security probe sent, through the HTTP layer: impossible dates, NUL bytes and lone surrogates,
 * forged paging cursors, invisible names, unbounded report fields and script links. Each is a 400 that
 * names the field, and nothing is stored.
 */
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../src/db/sql.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { issue, planBody } from '../support/plans.ts';

const cursor = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A 400 whose issues name `path` (the error handler's shape: code, message, details.issues[].path). */
function expectFieldRefused(res: LightMyRequestResponse, path: string, code = 'invalid_request') {
  expect(res.statusCode, res.body).toBe(400);
  const body = res.json() as { code: string; message: string; details?: { issues?: { path: string; message: string }[] } };
  expect(body.code, res.body).toBe(code);
  expect(body.message).toBeTruthy();
  expect((body.details?.issues ?? []).map((i) => i.path), res.body).toContain(path);
}

describe.each(DATABASE_KINDS)('input hardening (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let u: Record<string, number>;
  let planId: number;
  let reportId: number;
  let reportVersion: number;

  const count = async (table: 'units' | 'activities' | 'users') => (await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)}`))!.n;
  const save = (body: Record<string, unknown>) => admin.put(`/api/reports/${reportId}`, { version: reportVersion, figures: {}, items: [], narrative: {}, ...body });

  beforeAll(async () => {
    t = await startTestApp(kind, { clock: () => new Date('2026-04-25T03:00:00Z') });
    admin = await t.signIn('admin.tinh');
    u = {};
    for (const code of ['LCU', 'LCU-TP', 'LCU-DK']) u[code] = await t.unitId(code);
    const body = planBody(u.LCU!, [{ unitId: u['LCU-TP']!, label: 'Đảng ủy phường Tân Phong' }], { title: 'Kế hoạch có báo cáo tháng' });
    body.content.reporting = { cadence: 'monthly', deadlineDay: 20, formCode: 'Mẫu chuẩn' };
    const created = await admin.post('/api/plans', body);
    expect(created.statusCode, created.body).toBe(201);
    planId = (await issue(admin, created.json().id)).id;
    const opened = await admin.post(`/api/plans/${planId}/reports`, { unitId: u['LCU-TP'], periodKey: '2026-03' });
    expect(opened.statusCode, opened.body).toBe(200);
    reportId = opened.json().id;
    reportVersion = opened.json().version;
  });
  afterAll(() => t.close());

  describe('dates', () => {
    it('an activity on a day that does not exist is a 400 naming the field, and nothing is stored', async () => {
      const before = await count('activities');
      for (const day of ['2026-02-31', '2026-13-01', '0000-01-01', '2026-02-29', '2026-04-31', '1899-12-31', '2201-01-01', '2026-00-10', '2026-01-00']) {
        const res = await admin.post(`/api/units/${u['LCU-TP']}/activities`, { items: [{ occurredOn: day, channel: 'radio', figures: { radio_minutes: 5 } }] });
        expectFieldRefused(res, 'body.items.0.occurredOn');
        const published = await admin.post(`/api/units/${u['LCU-TP']}/activities`, {
          items: [{ occurredOn: '2026-03-02', channel: 'website', title: 'Tin', link: 'https://x.vn/1', publishedOn: day }],
        });
        expectFieldRefused(published, 'body.items.0.publishedOn');
      }
      expect(await count('activities')).toBe(before);
      // Real days still are days: a leap day, the range's ends.
      for (const day of ['2024-02-29', '1900-01-01', '2200-12-31']) {
        const ok = await admin.post(`/api/units/${u['LCU-TP']}/activities`, { items: [{ occurredOn: day, channel: 'radio', figures: { radio_minutes: 5 } }] });
        expect(ok.statusCode, ok.body).toBe(201);
      }
    });

    it('every route that takes a date refuses an impossible one: plans, lists, dashboards, calendar, audit, reports, events', async () => {
      const plan = planBody(u.LCU!, []);
      expectFieldRefused(await admin.post('/api/plans', { ...plan, periodStart: '2026-02-30' }), 'body.periodStart');
      expectFieldRefused(await admin.post('/api/plans', { ...plan, content: { ...plan.content, phases: [{ label: 'Đợt 1', start: '2026-04-31', end: null }] } }), 'body.content.phases.0.start');
      expectFieldRefused(await admin.post('/api/plans', { ...plan, content: { ...plan.content, implementBy: '0000-01-01' } }), 'body.content.implementBy');
      expectFieldRefused(await admin.get('/api/plans?from=2026-13-01'), 'querystring.from');
      expectFieldRefused(await admin.get(`/api/units/${u['LCU-TP']}/activities?to=2026-02-31`), 'querystring.to');
      expectFieldRefused(await admin.get(`/api/units/${u.LCU}/completeness?from=2026-13-01&to=2026-12-31`), 'querystring.from');
      expectFieldRefused(await admin.get(`/api/units/${u.LCU}/rollups?from=2026-01-01&to=2026-02-31`), 'querystring.to');
      expectFieldRefused(await admin.get(`/api/units/${u.LCU}/consolidated?from=0000-01-01&to=2026-12-31`), 'querystring.from');
      expectFieldRefused(await admin.get('/api/calendar?from=2026-02-31&to=2026-12-31'), 'querystring.from');
      expectFieldRefused(await admin.get(`/api/units/${u.LCU}/audit?from=2026-02-31`), 'querystring.from');
      expectFieldRefused(await admin.get(`/api/units/${u.LCU}/audit?to=0000-01-01`), 'querystring.to');
      expectFieldRefused(await save({ items: [{ title: 'Tin', link: null, publishedOn: '2026-02-31', channel: 'website' }] }), 'body.items.0.publishedOn');
      // A unit's own commemoration: a solar day must exist (founding years before 1900 are fine); lunar months have 30 days.
      expectFieldRefused(await admin.post(`/api/units/${u['LCU-TP']}/events`, { date: '1975-02-30', name: 'Ngày giải phóng' }), 'body.date');
      expect((await admin.post(`/api/units/${u['LCU-TP']}/events`, { date: '1875-04-30', name: 'Ngày thành lập' })).statusCode).toBe(201);
      expect((await admin.post(`/api/units/${u['LCU-TP']}/events`, { date: '02-30', lunar: true, name: 'Lễ hội' })).statusCode).toBe(201);
    });
  });

  describe('NUL bytes and lone surrogates', () => {
    it('are a 400 naming the field in any body, nested or not, and nothing is stored', async () => {
      const units = await count('units');
      for (const bad of ['Chi bộ\u0000 mới', 'Chi bộ \uD800 mới', 'Chi bộ \uDC00', '\uDBFF']) {
        expectFieldRefused(await admin.post('/api/units', { parentId: u['LCU-TP'], name: bad, kind: 'cell' }), 'body.name');
        expectFieldRefused(await admin.patch(`/api/units/${u['LCU-DK']}`, { name: bad }), 'body.name');
        expectFieldRefused(await admin.post('/api/users', { username: 'nguoi.moi', fullName: bad, unitId: u['LCU-TP'], role: 'viewer', password: 'matkhau123' }), 'body.fullName');
        expectFieldRefused(
          await admin.post(`/api/units/${u['LCU-TP']}/activities`, { items: [{ occurredOn: '2026-03-02', channel: 'radio', figures: { radio_minutes: 1 } }, { occurredOn: '2026-03-02', channel: 'radio', note: bad, figures: { radio_minutes: 1 } }] }),
          'body.items.1.note',
        );
        expectFieldRefused(await save({ narrative: { results: bad } }), 'body.narrative.results');
      }
      expect(await count('units')).toBe(units);
      expect((await admin.get(`/api/units/${u['LCU-DK']}`)).json().name).toBe('Đảng ủy phường Đoàn Kết');
      // A key holding NUL names the object it is in.
      expectFieldRefused(await save({ figures: { 'news\u0000': 1 } }), 'body.figures');
      // A well-formed pair (an emoji) is text like any other.
      const emoji = await admin.post('/api/units', { parentId: u['LCU-TP'], name: 'Chi bộ 😀', kind: 'cell' });
      expect(emoji.statusCode, emoji.body).toBe(201);
      expect(emoji.json().name).toBe('Chi bộ 😀');
    });

    it('are a 400 naming the field in a query string', async () => {
      expectFieldRefused(await admin.get(`/api/units/${u.LCU}/audit?actor=%00`), 'querystring.actor');
      expectFieldRefused(await admin.get(`/api/units/${u.LCU}/audit?action=unit%00`), 'querystring.action');
      expectFieldRefused(await admin.get(`/api/units/search?q=t%C3%A2n%00phong`), 'querystring.q');
      expectFieldRefused(await admin.get(`/api/units/${u.LCU}/users?q=%00`), 'querystring.q');
    });
  });

  describe('paging cursors', () => {
    const forged = [
      ['not base64url', '!!!'],
      ['not JSON', cursor('{not json')],
      ['an object', cursor({})],
      ['strings for numbers', cursor(['x', 'y'])],
      ['a NUL in the key', cursor(['\u0000', 1])],
      ['a lone surrogate in the key', cursor(['\uD800', 1])],
      ['a string', cursor('abc')],
      ['a negative id', cursor(-1)],
      ['a huge id', cursor(['a', 1e300])],
      ['null', cursor('null')],
    ] as const;
    /** Cursors keyed by a day or a time: the key must be one. */
    const forgedTimes = [
      ['an impossible day', cursor(['2026-02-31', 1])],
      ['a day out of range', cursor(['0000-01-01', 1])],
      ['a time out of range', cursor(['0000-01-01T00:00:00.000Z', 1])],
      ['a time that is no time', cursor(['2026-02-31T25:00:00.000Z', 1])],
    ] as const;

    it('a forged cursor is a 400 "invalid cursor" naming the cursor, on every list that pages', async () => {
      const lists = [
        `/api/units/${u['LCU-TP']}/activities`,
        `/api/units/${u.LCU}/children`,
        `/api/units/${u.LCU}/subtree`,
        `/api/units/${u.LCU}/users`,
        `/api/units/${u.LCU}/audit`,
        '/api/plans',
      ];
      for (const list of lists) {
        const timed = list === '/api/plans' || list.endsWith('/activities');
        for (const [what, value] of [...forged, ...(timed ? forgedTimes : [])]) {
          const res = await admin.get(`${list}?cursor=${encodeURIComponent(value)}`);
          expect(res.statusCode, `${list} ${what}: ${res.body}`).toBe(400);
          expect(['invalid_cursor', 'invalid_request'], `${list} ${what}`).toContain(res.json().code);
          expect(res.json().details.issues.map((i: { path: string }) => i.path), `${list} ${what}`).toContain('querystring.cursor');
        }
      }
      expect((await admin.get(`/api/units/${u.LCU}/subtree?cursor=${cursor('/1/2/; DROP')}`)).json().code).toBe('invalid_cursor');
      expect((await admin.get(`/api/units/${u.LCU}/audit?cursor=${cursor(5)}`)).statusCode).toBe(200);
    });

    it('the cursors the server hands out still page', async () => {
      expect((await admin.post('/api/plans', planBody(u.LCU!, [], { title: 'Kế hoạch thứ hai' }))).statusCode).toBe(201);
      expect((await admin.post(`/api/units/${u['LCU-TP']}/activities`, { items: [1, 2].map((d) => ({ occurredOn: `2026-03-0${d}`, channel: 'radio', figures: { radio_minutes: d } })) })).statusCode).toBe(201);
      for (const list of [`/api/units/${u['LCU-TP']}/activities`, `/api/units/${u.LCU}/children`, `/api/units/${u.LCU}/subtree`, `/api/units/${u.LCU}/users`, `/api/units/${u.LCU}/audit`, '/api/plans']) {
        const first = await admin.get(`${list}?limit=1`);
        expect(first.statusCode, first.body).toBe(200);
        const next = first.json().nextCursor as string | null;
        expect(next, list).not.toBeNull();
        const second = await admin.get(`${list}?limit=1&cursor=${encodeURIComponent(next!)}`);
        expect(second.statusCode, `${list}: ${second.body}`).toBe(200);
        expect(second.json().items).toHaveLength(1);
        expect(second.json().items[0]).not.toEqual(first.json().items[0]);
      }
    });
  });

  describe('invisible names', () => {
    const invisible = ['\u200B', '\u200C\u200D', '\u2060\uFEFF', '\u200B \u200C \u00AD', '\u034F\u115F\u3164', '\u202E\u2066\u180E', '\u2800'];

    it('a unit or a person named only with zero-width or format characters is refused as nameless', async () => {
      const [units, users] = [await count('units'), await count('users')];
      for (const name of invisible) {
        const unit = await admin.post('/api/units', { parentId: u['LCU-TP'], name, kind: 'cell' });
        expect(unit.statusCode, unit.body).toBe(400);
        expect(unit.json().code).toBe('name_required');
        const rename = await admin.patch(`/api/units/${u['LCU-DK']}`, { name });
        expect(rename.json().code, rename.body).toBe('name_required');
        const person = await admin.post('/api/users', { username: 'vo.hinh', fullName: name, unitId: u['LCU-TP'], role: 'viewer', password: 'matkhau123' });
        expect(person.statusCode, person.body).toBe(400);
        expect(person.json().code).toBe('name_required');
      }
      expect([await count('units'), await count('users')]).toEqual([units, users]);
      // Inside a name they are dropped: "Chi bộ​ Tổ​ 9" and "Chi bộ Tổ 9" are one name.
      const named = await admin.post('/api/units', { parentId: u['LCU-TP'], name: '\uFEFFChi bộ\u200B Tổ\u2060 9\u200D', kind: 'cell' });
      expect(named.statusCode, named.body).toBe(201);
      expect(named.json().name).toBe('Chi bộ Tổ 9');
    });
  });

  describe('reports', () => {
    it('narrative fields are only those a form can have, each bounded', async () => {
      const many = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, 'x']));
      const res = await save({ narrative: many });
      expect(res.statusCode).toBe(400);
      expect(res.json().details.issues.some((i: { path: string }) => i.path.startsWith('body.narrative'))).toBe(true);
      expect((await save({ narrative: { results: 'ok', notes: 'một trường không có trong mẫu' } })).statusCode).toBe(400);
      expectFieldRefused(await save({ narrative: { results: 'x'.repeat(20_001) } }), 'body.narrative.results');
      const ok = await save({ narrative: { results: 'x'.repeat(20_000), difficulties: 'Thiếu kinh phí', recommendations: '' } });
      expect(ok.statusCode, ok.body).toBe(200);
      reportVersion = ok.json().version;
      const stored = await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM reports r, jsonb_object_keys(r.narrative) WHERE r.id = ${reportId}`);
      expect(stored!.n).toBe(3);
    });

    it('figures are no more than a form can have indicators', async () => {
      const zeros = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 0]));
      for (const n of [61, 10_000]) {
        const res = await save({ figures: zeros(n) });
        expect(res.statusCode, `${n} keys`).toBe(400);
        expect(res.json().details.issues.map((i: { path: string }) => i.path)).toContain('body.figures');
      }
      const activity = await admin.post(`/api/units/${u['LCU-TP']}/activities`, { items: [{ occurredOn: '2026-03-02', channel: 'radio', figures: zeros(61) }] });
      expectFieldRefused(activity, 'body.items.0.figures');
      const ok = await save({ figures: { news_items: 3, photos: 2 } });
      expect(ok.statusCode, ok.body).toBe(200);
      reportVersion = ok.json().version;
    });

    it('item links are http or https only, as for activities', async () => {
      for (const link of ['javascript:alert(document.cookie)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', 'ftp://x.vn/a', 'không phải link']) {
        expectFieldRefused(await save({ items: [{ title: 'Tin', link, publishedOn: '2026-03-02', channel: 'website' }] }), 'body.items.0.link');
        const activity = await admin.post(`/api/units/${u['LCU-TP']}/activities`, { items: [{ occurredOn: '2026-03-02', channel: 'website', title: 'Tin', link }] });
        expectFieldRefused(activity, 'body.items.0.link');
      }
      const ok = await save({ items: [{ title: 'Tin', link: 'https://tanphong.laichau.gov.vn/tin/1', publishedOn: '2026-03-02', channel: 'website' }, { title: 'Bài', link: null, publishedOn: null, channel: 'social' }] });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().items[0].link).toBe('https://tanphong.laichau.gov.vn/tin/1');
      reportVersion = ok.json().version;
    });
  });
});
