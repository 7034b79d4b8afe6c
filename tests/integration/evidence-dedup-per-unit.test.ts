/**
 * Files are stored once whoever uploads them (content-addressed), but `deduplicated` in the answer says
 * only whether the uploading record's unit already had the file — never that another unit holds it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../src/db/sql.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { issue, planBody } from '../support/plans.ts';

/** A PNG's signature and then bytes of its own: a file no other test has uploaded. */
const freshPng = () => Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), randomBytes(64)]);

describe.each(DATABASE_KINDS)('evidence deduplication answered per unit (%s)', (kind) => {
  let t: TestApp;
  let tp: Client;
  let dk: Client;
  let u: Record<string, number>;
  const activity: Record<string, number> = {};
  const report: Record<string, number> = {};

  const upload = (client: Client, url: string, data: Buffer) =>
    t.app.inject({ method: 'POST', url, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'image/png' }, payload: data });
  const evidence = (client: Client, unit: string, data: Buffer) => upload(client, `/api/activities/${activity[unit]}/evidence?filename=anh.png`, data);
  const attachment = (client: Client, unit: string, data: Buffer) => upload(client, `/api/reports/${report[unit]}/attachments?filename=anh.png`, data);
  const filesStored = async (data: Buffer) => {
    const sha = createHash('sha256').update(data).digest('hex');
    return (await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM evidence_files WHERE sha256 = ${sha}`))!.n;
  };

  beforeAll(async () => {
    t = await startTestApp(kind, { clock: () => new Date('2026-04-25T03:00:00Z') });
    const admin = await t.signIn('admin.tinh');
    u = {};
    for (const code of ['LCU', 'LCU-TP', 'LCU-DK']) u[code] = await t.unitId(code);
    for (const [username, unit] of [
      ['bt.tanphong', 'LCU-TP'],
      ['bt.doanket', 'LCU-DK'],
    ] as const) {
      const res = await admin.post('/api/users', { username, fullName: `Biên tập ${unit}`, unitId: u[unit], role: 'editor', password: 'matkhau123' });
      expect(res.statusCode, res.body).toBe(201);
    }
    tp = await t.signIn('bt.tanphong', 'matkhau123');
    dk = await t.signIn('bt.doanket', 'matkhau123');
    const body = planBody(u.LCU!, [
      { unitId: u['LCU-TP']!, label: 'Đảng ủy phường Tân Phong' },
      { unitId: u['LCU-DK']!, label: 'Đảng ủy phường Đoàn Kết' },
    ]);
    body.content.reporting = { cadence: 'monthly', deadlineDay: 20, formCode: 'Mẫu chuẩn' };
    const created = await admin.post('/api/plans', body);
    expect(created.statusCode, created.body).toBe(201);
    const planId = (await issue(admin, created.json().id)).id;
    for (const [unit, client] of [
      ['LCU-TP', tp],
      ['LCU-DK', dk],
    ] as const) {
      const ids = (await client.post(`/api/units/${u[unit]}/activities`, { items: [{ occurredOn: '2026-03-08', channel: 'visual', figures: { visual_banners: 2 } }] })).json().ids;
      activity[unit] = ids[0];
      const opened = await client.post(`/api/plans/${planId}/reports`, { unitId: u[unit], periodKey: '2026-03' });
      expect(opened.statusCode, opened.body).toBe(200);
      report[unit] = opened.json().id;
    }
  });
  afterAll(() => t.close());

  it('activity evidence: a file another unit holds is not "deduplicated" for this one, and is still stored once', async () => {
    const photo = freshPng();
    const first = await evidence(tp, 'LCU-TP', photo);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().deduplicated).toBe(false);
    // Đoàn Kết sends the same photo: nothing tells it Tân Phong has it.
    const other = await evidence(dk, 'LCU-DK', photo);
    expect(other.statusCode, other.body).toBe(201);
    expect(other.json()).toMatchObject({ sha256: first.json().sha256, deduplicated: false });
    // Within one unit, the second copy is what deduplication means.
    expect((await evidence(dk, 'LCU-DK', photo)).json().deduplicated).toBe(true);
    expect((await evidence(tp, 'LCU-TP', photo)).json().deduplicated).toBe(true);
    expect(await filesStored(photo)).toBe(1);
  });

  it('report attachments: the same, and a unit’s evidence and attachments count together', async () => {
    const scan = freshPng();
    const first = await attachment(tp, 'LCU-TP', scan);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().deduplicated).toBe(false);
    const other = await attachment(dk, 'LCU-DK', scan);
    expect(other.statusCode, other.body).toBe(201);
    expect(other.json().deduplicated).toBe(false);
    expect((await attachment(dk, 'LCU-DK', scan)).json().deduplicated).toBe(true);
    // Tân Phong attached it to its report: as evidence of one of its activities it is already held.
    expect((await evidence(tp, 'LCU-TP', scan)).json().deduplicated).toBe(true);
    expect(await filesStored(scan)).toBe(1);

    // And the other way round: evidence first, then the report.
    const banner = freshPng();
    expect((await evidence(dk, 'LCU-DK', banner)).json().deduplicated).toBe(false);
    expect((await attachment(tp, 'LCU-TP', banner)).json().deduplicated).toBe(false);
    expect((await attachment(dk, 'LCU-DK', banner)).json().deduplicated).toBe(true);
  });
});
