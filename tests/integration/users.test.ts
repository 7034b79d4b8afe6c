/**
 * People and sign-in through the HTTP layer: creating accounts (with a password or an invitation),
 * resetting and changing passwords, roles that widen and narrow what a person may do, locking an
 * account, validation and cross-commune refusals. Runs on every database kind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { one, rows } from '../../src/db/sql.ts';
import { escapeLike } from '../../src/domain/text/fold.ts';
import { auditCount, clientFor, startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';

describe.each(DATABASE_KINDS)('users and sign-in (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let tanPhong: number;
  let doanKet: number;
  let cell1: number;
  let cell2: number;
  let address = 0;

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.signIn('admin.tinh');
    tanPhong = await t.unitId('LCU-TP');
    doanKet = await t.unitId('LCU-DK');
    cell1 = await t.unitId('LCU-TP-CB01');
    cell2 = await t.unitId('LCU-TP-CB02');
  });
  afterAll(() => t?.close());

  /** Each login comes from its own address unless told, so failures do not throttle other tests by address. */
  const login = (username: string, password: string, from = `10.1.0.${++address}`) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: from });

  const clientOf = (res: LightMyRequestResponse): Client => {
    expect(res.statusCode, res.body).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'tt_session');
    return clientFor(t.app, `tt_session=${cookie!.value}`, res.json().csrfToken as string);
  };

  const createUser = async (body: Record<string, unknown>, by: Client = admin) => {
    const res = await by.post('/api/users', { fullName: 'Người Thử Nghiệm', role: 'viewer', unitId: tanPhong, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { user: { id: number; username: string; roles: { id: number; unitId: number; role: string }[] }; inviteToken?: string };
  };

  const subtreeIds = async (unitId: number) => {
    const top = await one<{ path: string }>(t.database.db, sql`SELECT path FROM units WHERE id = ${unitId}`);
    const found = await rows<{ id: number }>(t.database.db, sql`SELECT id FROM units WHERE path LIKE ${escapeLike(top!.path) + '%'}`);
    return new Set(found.map((r) => r.id));
  };

  it('creates a user with a password who signs in and sees only their own subtree', async () => {
    const { user, inviteToken } = await createUser({ username: 'Nguyen.Thu', fullName: '  Nguyễn   Thị Thu ', role: 'editor', password: 'matkhau-thu-1' });
    expect(inviteToken).toBeUndefined();
    expect(user).toMatchObject({ username: 'nguyen.thu', fullName: 'Nguyễn Thị Thu', unitId: tanPhong, active: true, mustChangePassword: false });
    expect(user.roles).toEqual([expect.objectContaining({ unitId: tanPhong, role: 'editor' })]);

    const thu = clientOf(await login('nguyen.thu', 'matkhau-thu-1'));
    const me = await thu.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
    expect(me.json().roots.map((r: { id: number }) => r.id)).toEqual([tanPhong]);

    expect((await thu.get(`/api/units/${tanPhong}`)).json().myRole).toBe('editor');
    expect((await thu.get(`/api/units/${cell1}`)).statusCode).toBe(200);
    expect((await thu.get(`/api/units/${await t.unitId('LCU')}`)).statusCode).toBe(404);
    expect((await thu.get(`/api/units/${doanKet}`)).statusCode).toBe(404);

    const search = await thu.get('/api/units/search?q=chi%20bo&limit=100');
    expect(search.statusCode).toBe(200);
    const inside = await subtreeIds(tanPhong);
    const found = search.json().items as { id: number }[];
    expect(found.length).toBeGreaterThan(0);
    for (const unit of found) expect(inside.has(unit.id), `unit ${unit.id} lies in Tân Phong`).toBe(true);
  });

  it('invites a user who sets a password once; the invitation cannot be used again', async () => {
    const { user, inviteToken } = await createUser({ username: 'moi.nguoi', fullName: 'Lò Văn Mời' });
    expect(inviteToken).toEqual(expect.any(String));
    expect(inviteToken!.length).toBeGreaterThanOrEqual(32);
    // No password yet: nothing signs in.
    expect((await login('moi.nguoi', 'bat-ky-mat-khau')).json().code).toBe('bad_credentials');

    const weak = await t.app.inject({ method: 'POST', url: '/api/auth/accept-invite', payload: { token: inviteToken, password: 'ngan' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('weak_password');

    const accept = await t.app.inject({ method: 'POST', url: '/api/auth/accept-invite', payload: { token: inviteToken, password: 'mat-khau-moi-1' } });
    expect(accept.statusCode, accept.body).toBe(200);
    expect(accept.json()).toEqual({ ok: true });

    const signedIn = await login('moi.nguoi', 'mat-khau-moi-1');
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user).toMatchObject({ id: user.id, mustChangePassword: false });

    const again = await t.app.inject({ method: 'POST', url: '/api/auth/accept-invite', payload: { token: inviteToken, password: 'mat-khau-khac-2' } });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('invite_invalid');
    expect((await login('moi.nguoi', 'mat-khau-khac-2')).statusCode).toBe(401);
    expect((await login('moi.nguoi', 'mat-khau-moi-1')).statusCode).toBe(200);
  });

  it('resets a password: the old one and open sessions end, the temporary one must be changed', async () => {
    const { user } = await createUser({ username: 'quen.matkhau', password: 'mat-khau-cu-1' });
    const before = clientOf(await login('quen.matkhau', 'mat-khau-cu-1'));

    const reset = await admin.post(`/api/users/${user.id}/reset-password`);
    expect(reset.statusCode, reset.body).toBe(200);
    const temporary = reset.json().temporaryPassword as string;
    expect(temporary).toMatch(/^[A-Za-z0-9]{12}$/);

    expect((await before.get('/api/auth/me')).statusCode).toBe(401);
    const old = await login('quen.matkhau', 'mat-khau-cu-1');
    expect(old.statusCode).toBe(401);
    expect(old.json().code).toBe('bad_credentials');

    const withTemporary = await login('quen.matkhau', temporary);
    expect(withTemporary.json().user.mustChangePassword).toBe(true);
    const person = clientOf(withTemporary);
    expect((await person.get('/api/auth/me')).json().user.mustChangePassword).toBe(true);

    const wrongCurrent = await person.post('/api/auth/password', { currentPassword: 'khong-dung-1', newPassword: 'mat-khau-moi-9' });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().code).toBe('wrong_password');

    const change = await person.post('/api/auth/password', { currentPassword: temporary, newPassword: 'mat-khau-moi-9' });
    expect(change.statusCode, change.body).toBe(200);
    expect((await person.get('/api/auth/me')).json().user.mustChangePassword).toBe(false);
    expect((await login('quen.matkhau', temporary)).statusCode).toBe(401);
    expect((await login('quen.matkhau', 'mat-khau-moi-9')).statusCode).toBe(200);
  });

  it('widens and narrows what a person may do as roles are given and taken away', async () => {
    const { user } = await createUser({ username: 'xem.tp', fullName: 'Hà Thị Xem', role: 'viewer', password: 'mat-khau-xem-1' });
    const viewer = clientOf(await login('xem.tp', 'mat-khau-xem-1'));
    expect((await viewer.get(`/api/units/${cell2}/users`)).statusCode).toBe(403);
    expect((await viewer.patch(`/api/units/${cell2}`, { shortName: 'CB2' })).statusCode).toBe(403);

    const grant = await admin.post(`/api/users/${user.id}/roles`, { unitId: cell2, role: 'admin' });
    expect(grant.statusCode, grant.body).toBe(200);
    const adminRole = (grant.json().roles as { id: number; unitId: number; role: string }[]).find((r) => r.unitId === cell2);
    expect(adminRole?.role).toBe('admin');

    // The same session sees the new rights at once, over that subtree only.
    const users = await viewer.get(`/api/units/${cell2}/users`);
    expect(users.statusCode, users.body).toBe(200);
    expect((await viewer.get(`/api/units/${cell2}`)).json()).toMatchObject({ myRole: 'admin', canAdminister: true });
    expect((await viewer.patch(`/api/units/${cell2}`, { shortName: 'CB2' })).statusCode).toBe(200);
    expect((await viewer.get(`/api/units/${tanPhong}/users`)).statusCode).toBe(403);
    expect((await viewer.get(`/api/units/${cell1}/users`)).statusCode).toBe(403);

    // Giving a role at a unit where the person already has one changes it rather than adding another.
    const raised = await admin.post(`/api/users/${user.id}/roles`, { unitId: tanPhong, role: 'editor' });
    expect((raised.json().roles as { unitId: number }[]).filter((r) => r.unitId === tanPhong)).toEqual([
      expect.objectContaining({ role: 'editor' }),
    ]);

    const removed = await admin.delete(`/api/users/${user.id}/roles/${adminRole!.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((removed.json().roles as { unitId: number }[]).map((r) => r.unitId)).toEqual([tanPhong]);
    expect((await viewer.get(`/api/units/${cell2}/users`)).statusCode).toBe(403);
    expect((await viewer.get(`/api/units/${cell2}`)).json().myRole).toBe('editor');
  });

  it('ends the sessions of a deactivated person and refuses their sign-in until reactivated', async () => {
    const { user } = await createUser({ username: 'tam.khoa', password: 'mat-khau-khoa-1' });
    const person = clientOf(await login('tam.khoa', 'mat-khau-khoa-1'));
    expect((await person.get('/api/auth/me')).statusCode).toBe(200);

    const off = await admin.patch(`/api/users/${user.id}`, { active: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().active).toBe(false);
    expect((await person.get('/api/auth/me')).statusCode).toBe(401);
    expect((await person.get(`/api/units/${tanPhong}`)).statusCode).toBe(401);
    const sessions = await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM sessions WHERE user_id = ${user.id}`);
    expect(sessions!.n).toBe(0);
    const refused = await login('tam.khoa', 'mat-khau-khoa-1');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('bad_credentials');

    expect((await admin.patch(`/api/users/${user.id}`, { active: true })).json().active).toBe(true);
    expect((await login('tam.khoa', 'mat-khau-khoa-1')).statusCode).toBe(200);
  });

  it('refuses a taken username, a bad username and a weak password, writing nothing', async () => {
    const users = async () => (await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM users`))!.n;
    const beforeAudit = await auditCount(t.database);
    const beforeUsers = await users();
    const attempt = (body: Record<string, unknown>) =>
      admin.post('/api/users', { fullName: 'Người Thử', unitId: tanPhong, role: 'viewer', password: 'mat-khau-du-dai', ...body });

    const taken = await attempt({ username: 'Admin.Tinh' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('username_taken');

    for (const username of ['có.dấu', 'có khoảng trắng', 'dau/gach']) {
      const bad = await attempt({ username });
      expect(bad.statusCode, username).toBe(400);
      expect(bad.json().code, username).toBe('invalid_username');
    }
    const short = await attempt({ username: 'ab' });
    expect(short.statusCode).toBe(400);
    expect(short.json().code).toBe('invalid_request');

    const weak = await attempt({ username: 'mat.khau.yeu', password: '1234567' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('invalid_request');
    expect(weak.json().details.issues.map((i: { path: string }) => i.path)).toContain('body.password');

    expect(await users()).toBe(beforeUsers);
    expect(await auditCount(t.database)).toBe(beforeAudit);
  });

  it('lets a commune admin create people in their commune only', async () => {
    const communeAdmin = await t.signIn('admin.tanphong');
    const beforeAudit = await auditCount(t.database);
    const refused = await communeAdmin.post('/api/users', { username: 'nguoi.doanket', fullName: 'Người Đoàn Kết', unitId: doanKet, role: 'viewer', password: 'mat-khau-dk-1' });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().code).toBe('not_found');
    expect(await auditCount(t.database)).toBe(beforeAudit);
    expect(await one(t.database.db, sql`SELECT id FROM users WHERE username = 'nguoi.doanket'`)).toBeUndefined();

    // Nor can they give roles outside their commune to one of their own people.
    const { user } = await createUser({ username: 'nguoi.tanphong', password: 'mat-khau-tp-1' }, communeAdmin);
    const elsewhere = await communeAdmin.post(`/api/users/${user.id}/roles`, { unitId: doanKet, role: 'admin' });
    expect(elsewhere.statusCode).toBe(404);
    expect(await auditCount(t.database)).toBe(beforeAudit + 1);
  });

  it('says bad_credentials for a wrong password or an unknown username alike', async () => {
    const wrong = await login('admin.tinh', 'sai-mat-khau');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('bad_credentials');
    expect(wrong.cookies.find((c) => c.name === 'tt_session')).toBeUndefined();
    const unknown = await login('khong.ton.tai', 'sai-mat-khau');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  // Sign-in throttling (per username and address, growing delays): tests/integration/login-throttle.test.ts.

  it('ends only the session that logs out', async () => {
    const first = clientOf(await login('lanhdao.tanphong', 'tuyentruyen2026'));
    const second = clientOf(await login('lanhdao.tanphong', 'tuyentruyen2026'));
    const out = await first.post('/api/auth/logout');
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ ok: true });
    const cleared = out.cookies.find((c) => c.name === 'tt_session');
    expect(cleared?.value).toBe('');
    expect((await first.get('/api/auth/me')).statusCode).toBe(401);
    expect((await first.post('/api/auth/logout')).statusCode).toBe(401);
    expect((await second.get('/api/auth/me')).statusCode).toBe(200);
  });
});
