/**
 * Sign-in throttling through the HTTP layer, on every database kind: parallel guesses reach the
 * password check only as often as allowed (counted at the argon2 verify), the throttle is per
 * (username, address) so the owner signs in from elsewhere, delays grow and are capped, a success
 * clears the count, and an address may fail a generous number of times a minute over all accounts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { one } from '../../src/db/sql.ts';
import { throttleAddress } from '../../src/server/usecases/auth/login-throttle.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';

/** Every password the server checks, in order: how many guesses got through. */
const checked = vi.hoisted(() => [] as string[]);
vi.mock('../../src/server/auth/passwords.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/server/auth/passwords.ts')>();
  return {
    ...original,
    verifyPassword: (stored: string | null, password: string) => {
      checked.push(password);
      return original.verifyPassword(stored, password);
    },
  };
});

describe('the address a sign-in is throttled by', () => {
  it('is an IPv4 address itself, the /64 of an IPv6 one', () => {
    expect(throttleAddress('10.0.0.1')).toBe('10.0.0.1');
    expect(throttleAddress('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(throttleAddress('2001:db8:85a3:0:1:2:3:4')).toBe('2001:db8:85a3:0::/64');
    expect(throttleAddress('2001:DB8:85A3::1')).toBe('2001:db8:85a3:0::/64');
    expect(throttleAddress('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(throttleAddress('::1')).toBe('0:0:0:0::/64');
    expect(throttleAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});

const ADDRESS_CAP = 40;
const PASSWORD = 'mat-khau-dung-1';

describe.each(DATABASE_KINDS)('sign-in throttling (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let unitId: number;
  let address = 0;

  beforeAll(async () => {
    t = await startTestApp(kind, { loginAddressFailuresPerMinute: ADDRESS_CAP });
    admin = await t.signIn('admin.tinh');
    unitId = await t.unitId('LCU-TP');
  });
  afterAll(() => t?.close());

  const freshAddress = () => `10.2.${kind === 'pglite' ? 1 : 2}.${++address}`;
  const login = (username: string, password: string, from: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: from });
  const createUser = async (username: string) => {
    const res = await admin.post('/api/users', { username, fullName: 'Người Thử Nghiệm', role: 'viewer', unitId, password: PASSWORD });
    expect(res.statusCode, res.body).toBe(201);
  };
  /** Time passes for a pair: its wait is over. */
  const waitOver = (username: string, from: string) =>
    t.database.db.execute(sql`UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE username = ${username} AND address = ${from}`);
  const failuresOf = async (username: string, from: string) =>
    (await one<{ failures: number }>(t.database.db, sql`SELECT failures FROM login_throttle WHERE username = ${username} AND address = ${from}`))?.failures ?? 0;

  it('lets 5 of 60 parallel wrong passwords reach the password check; the owner still signs in from another address', async () => {
    await createUser('song.song');
    const attacker = freshAddress();
    checked.length = 0;
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => login('song.song', `doan-sai-${i}`, attacker)));
    const guesses = checked.filter((p) => p.startsWith('doan-sai-'));
    expect(guesses.length).toBe(5);
    expect(answers.filter((r) => r.statusCode === 401).length).toBe(5);
    const refused = answers.filter((r) => r.statusCode === 429);
    expect(refused.length).toBe(55);
    expect(refused[0]!.json().code).toBe('rate_limited');
    expect(Number(refused[0]!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(await failuresOf('song.song', attacker)).toBe(5);

    // The owner, from their own address, is not stopped by the attacker.
    expect((await login('Song.Song', PASSWORD, freshAddress())).statusCode).toBe(200);
  });

  it('makes each failure after the fifth wait twice as long, at most 15 minutes, and says so in Vietnamese', async () => {
    await createUser('cham.dan');
    const from = freshAddress();
    for (let i = 1; i <= 4; i++) expect((await login('cham.dan', `sai-${i}`, from)).statusCode, `attempt ${i}`).toBe(401);
    const expected = [1, 2, 4, 8, 16];
    for (const [i, seconds] of expected.entries()) {
      expect((await login('cham.dan', `sai-tiep-${i}`, from)).statusCode).toBe(401);
      // Even the right password waits, and is not checked.
      checked.length = 0;
      const refused = await login('cham.dan', PASSWORD, from);
      expect(refused.statusCode).toBe(429);
      expect(checked).toEqual([]);
      expect(refused.headers['retry-after']).toBe(String(seconds));
      expect(refused.json().message).toBe(`Đăng nhập sai nhiều lần. Vui lòng thử lại sau ${seconds} giây.`);
      expect(refused.json().details).toEqual({ retryAfterSeconds: seconds });
      await waitOver('cham.dan', from);
    }
    // Long after: the wait stops growing at 15 minutes.
    await t.database.db.execute(sql`UPDATE login_throttle SET failures = 40 WHERE username = 'cham.dan' AND address = ${from}`);
    expect((await login('cham.dan', 'sai-nua', from)).statusCode).toBe(401);
    const capped = await login('cham.dan', PASSWORD, from);
    expect(capped.headers['retry-after']).toBe('900');
    expect(capped.json().message).toBe('Đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.');
  });

  it('clears the count of the address and account on a successful sign-in', async () => {
    await createUser('quen.roi');
    const from = freshAddress();
    for (let i = 1; i <= 5; i++) expect((await login('quen.roi', `sai-${i}`, from)).statusCode).toBe(401);
    expect((await login('quen.roi', PASSWORD, from)).statusCode).toBe(429);
    await waitOver('quen.roi', from);
    expect((await login('quen.roi', PASSWORD, from)).statusCode).toBe(200);
    expect(await failuresOf('quen.roi', from)).toBe(0);
    // Five free failures again.
    for (let i = 1; i <= 5; i++) expect((await login('quen.roi', `lai-sai-${i}`, from)).statusCode, `attempt ${i}`).toBe(401);
    expect((await login('quen.roi', PASSWORD, from)).statusCode).toBe(429);
  });

  it('lets many people sign in behind one address, and stops only an address failing too often a minute', async () => {
    const proxy = freshAddress();
    // A whole office signs in through one proxy: successes do not count against the address.
    for (let i = 0; i < ADDRESS_CAP + 5; i++) {
      expect((await login(i % 2 ? 'admin.tanphong' : 'lanhdao.tanphong', 'tuyentruyen2026', proxy)).statusCode).toBe(200);
    }
    // Everyone mistypes now and then: different accounts, few failures each.
    for (let i = 0; i < ADDRESS_CAP; i++) expect((await login(`nguoi.${i % 10}`, `sai-${i}`, proxy)).statusCode, `failure ${i}`).toBe(401);
    const sprayed = await login('admin.tanphong', 'tuyentruyen2026', proxy);
    expect(sprayed.statusCode).toBe(429);
    expect(sprayed.json().message).toMatch(/^Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này\. Vui lòng thử lại sau \d+ giây\.$/);
    expect(Number(sprayed.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Other addresses are not affected; and after the minute the proxy may try again.
    expect((await login('admin.tanphong', 'tuyentruyen2026', freshAddress())).statusCode).toBe(200);
    await t.database.db.execute(sql`UPDATE login_throttle SET window_start = now() - interval '61 seconds' WHERE username = '' AND address = ${proxy}`);
    expect((await login('admin.tanphong', 'tuyentruyen2026', proxy)).statusCode).toBe(200);
  });

  it('counts IPv6 addresses by their /64, and an IPv4-mapped address as the IPv4 one', async () => {
    await createUser('dia.chi.sau');
    for (let i = 1; i <= 5; i++) expect((await login('dia.chi.sau', `sai-${i}`, `2001:db8:1:2::${i}`)).statusCode, `attempt ${i}`).toBe(401);
    expect((await login('dia.chi.sau', PASSWORD, '2001:db8:1:2:ffff::9')).statusCode).toBe(429);
    expect((await login('dia.chi.sau', PASSWORD, '2001:db8:1:3::1')).statusCode).toBe(200);

    const v4 = freshAddress();
    for (let i = 1; i <= 5; i++) expect((await login('dia.chi.sau', `lai-sai-${i}`, i % 2 ? v4 : `::ffff:${v4}`)).statusCode).toBe(401);
    expect((await login('dia.chi.sau', PASSWORD, v4)).statusCode).toBe(429);
  });

  it('does not count an attempt refused for its pair against the address', async () => {
    const from = freshAddress();
    for (let i = 1; i <= 5; i++) await login('ai.do', `sai-${i}`, from);
    for (let i = 0; i < ADDRESS_CAP; i++) expect((await login('ai.do', 'sai', from)).statusCode).toBe(429);
    // The address has failed 5 times, far from its cap: someone else behind it signs in.
    expect((await login('admin.tanphong', 'tuyentruyen2026', from)).statusCode).toBe(200);
  });
});
