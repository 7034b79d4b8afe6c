/**
 * Calendar feed links through the HTTP layer, on every database kind: built from the configured
 * PUBLIC_URL (never the request's Host header), a person's own, refused once that person is
 * deactivated, loses the role or has the password reset, and rotatable (the old link stops at once).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { one } from '../../src/db/sql.ts';
import { publicUrlFrom } from '../../src/server/context.ts';
import { auditCount, clientFor, startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { issue, planBody } from '../support/plans.ts';

const PUBLIC_URL = 'https://tuyentruyen.laichau.gov.vn';

describe('PUBLIC_URL', () => {
  it('is taken as configured without a trailing slash, falls back to localhost and the port, and must be http(s)', () => {
    expect(publicUrlFrom('https://tuyentruyen.laichau.gov.vn/', 3000)).toBe('https://tuyentruyen.laichau.gov.vn');
    expect(publicUrlFrom(' http://10.0.0.5:8080 ', 3000)).toBe('http://10.0.0.5:8080');
    expect(publicUrlFrom(undefined, 8080)).toBe('http://localhost:8080');
    expect(publicUrlFrom('', 3000)).toBe('http://localhost:3000');
    expect(() => publicUrlFrom('tuyentruyen.laichau.gov.vn', 3000)).toThrow(/PUBLIC_URL/);
    expect(() => publicUrlFrom('ftp://tuyentruyen.laichau.gov.vn', 3000)).toThrow(/http/);
  });
});

describe.each(DATABASE_KINDS)('calendar feed links (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let tanPhong: number;
  let doanKet: number;
  let planId: number;
  let address = 0;

  beforeAll(async () => {
    // A fixed "today" inside the plan's period, so the feed has its events.
    t = await startTestApp(kind, { clock: () => new Date('2026-03-01T03:00:00Z'), publicUrl: PUBLIC_URL });
    admin = await t.signIn('admin.tinh');
    tanPhong = await t.unitId('LCU-TP');
    doanKet = await t.unitId('LCU-DK');
    const draft = (await admin.post('/api/plans', planBody(await t.unitId('LCU'), [{ unitId: tanPhong, label: 'Đảng ủy phường Tân Phong' }]))).json();
    planId = (await issue(admin, draft.id, '2026-01-10')).id;
  });
  afterAll(() => t?.close());

  /** A person with a role at Tân Phong, signed in. */
  const person = async (username: string) => {
    const created = await admin.post('/api/users', { username, fullName: 'Người Xem Lịch', role: 'viewer', unitId: tanPhong, password: 'mat-khau-lich-1' });
    expect(created.statusCode, created.body).toBe(201);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'mat-khau-lich-1' }, remoteAddress: `10.3.0.${++address}` });
    expect(res.statusCode, res.body).toBe(200);
    const client = clientFor(t.app, `tt_session=${res.cookies.find((c) => c.name === 'tt_session')!.value}`, res.json().csrfToken);
    return { id: created.json().user.id as number, roleId: created.json().user.roles[0].id as number, client };
  };
  const linkOf = async (client: Client, unitId = tanPhong) => {
    const res = await client.get(`/api/units/${unitId}/calendar-feed`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { url: string; absoluteUrl: string };
  };
  const fetchFeed = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  it('builds the links from PUBLIC_URL, whatever Host the request names', async () => {
    const { client } = await person('lich.host');
    const link = await linkOf(client);
    const feed = await fetchFeed(link.url, { host: 'ke-gia-mao.example', 'x-forwarded-host': 'ke-gia-mao.example' });
    expect(feed.statusCode, feed.body).toBe(200);
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).not.toContain('ke-gia-mao');
    expect(feed.body).toContain(`URL;VALUE=URI:${PUBLIC_URL}/ke-hoach/${planId}`);

    expect(link.absoluteUrl).toBe(`${PUBLIC_URL}${link.url}`);
    expect(link.url).toMatch(new RegExp(`^/api/feeds/units/${tanPhong}/calendar\\.ics\\?token=`));
    const asked = await client.get(`/api/units/${tanPhong}/calendar-feed`);
    expect(asked.json()).toEqual(link);
  });

  it('gives each person their own link, refused once the person is deactivated', async () => {
    const a = await person('lich.nghi');
    const b = await person('lich.o.lai');
    const linkA = await linkOf(a.client);
    const linkB = await linkOf(b.client);
    expect((await fetchFeed(linkA.url)).statusCode).toBe(200);

    const off = await admin.patch(`/api/users/${a.id}`, { active: false });
    expect(off.statusCode, off.body).toBe(200);
    const refused = await fetchFeed(linkA.url);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('bad_feed_token');
    expect(refused.body).not.toContain('VCALENDAR');
    // A colleague's link is their own, and goes on.
    expect(linkA.url).not.toBe(linkB.url);
    expect((await fetchFeed(linkB.url)).statusCode).toBe(200);
  });

  it('refuses the link of a person who no longer holds a role over the unit', async () => {
    const p = await person('lich.chuyen');
    const link = await linkOf(p.client);
    expect((await admin.post(`/api/users/${p.id}/roles`, { unitId: doanKet, role: 'viewer' })).statusCode).toBe(200);
    expect((await admin.delete(`/api/users/${p.id}/roles/${p.roleId}`)).statusCode).toBe(200);
    expect((await fetchFeed(link.url)).statusCode).toBe(403);
  });

  it('refuses the old link after the password is reset', async () => {
    const p = await person('lich.quen');
    const link = await linkOf(p.client);
    expect((await admin.post(`/api/users/${p.id}/reset-password`)).statusCode).toBe(200);
    expect((await fetchFeed(link.url)).statusCode).toBe(403);
  });

  it('rotates a person’s link: a new one works, the old one stops at once, others are untouched', async () => {
    const p = await person('lich.doi');
    const other = await person('lich.ban');
    const old = await linkOf(p.client);
    const othersLink = await linkOf(other.client);
    const otherUnit = await linkOf(p.client, await t.unitId('LCU-TP-CB01'));
    const before = await auditCount(t.database);

    const rotated = await p.client.post(`/api/units/${tanPhong}/calendar-feed/rotate`);
    expect(rotated.statusCode, rotated.body).toBe(200);
    const fresh = rotated.json() as { url: string; absoluteUrl: string };
    expect(fresh.url).not.toBe(old.url);
    expect(fresh.absoluteUrl).toBe(`${PUBLIC_URL}${fresh.url}`);
    expect(await linkOf(p.client)).toEqual(fresh);
    expect((await fetchFeed(old.url)).statusCode).toBe(403);
    expect((await fetchFeed(fresh.url)).statusCode).toBe(200);
    expect((await fetchFeed(othersLink.url)).statusCode).toBe(200);
    expect((await fetchFeed(otherUnit.url)).statusCode).toBe(200);

    expect(await auditCount(t.database)).toBe(before + 1);
    const entry = await one<{ action: string; actor_id: number; summary: string }>(
      t.database.db,
      sql`SELECT action, actor_id, summary FROM audit_log ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toMatchObject({ action: 'calendar_feed.rotate', actor_id: p.id });
    expect(entry!.summary).toContain('Đảng ủy phường Tân Phong');

    // Again: the second link stops too.
    const again = (await p.client.post(`/api/units/${tanPhong}/calendar-feed/rotate`)).json();
    expect((await fetchFeed(fresh.url)).statusCode).toBe(403);
    expect((await fetchFeed(again.url)).statusCode).toBe(200);
  });

  it('refuses forged, altered and other units’ tokens alike', async () => {
    const p = await person('lich.gia');
    const link = await linkOf(p.client);
    const token = new URL(link.absoluteUrl).searchParams.get('token')!;
    const [userId, mac] = token.split('.');
    const tries = [
      link.url.replace(/token=.*/, 'token=abc'),
      link.url.replace(/token=.*/, `token=${Number(userId) + 1}.${mac}`),
      link.url.replace(/token=.*/, `token=${userId}.${mac!.slice(0, -1)}${mac!.endsWith('A') ? 'B' : 'A'}`),
      link.url.replace(`/units/${tanPhong}/`, `/units/${doanKet}/`),
      link.url.replace(`/units/${tanPhong}/`, '/units/999999/'),
    ];
    for (const url of tries) {
      const res = await fetchFeed(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().code, url).toBe('bad_feed_token');
    }
  });
});
