import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../../src/db/sql.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { issue, planBody } from '../support/plans.ts';

/** A tiny but real PNG (1×1, red) and PDF: the server checks the first bytes, not the name. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082',
  'hex',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const EXE = Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(510, 0x90)]);

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (entry.isDirectory()) out.push(...(await filesUnder(join(dir, entry.name))));
    else out.push(entry.name);
  }
  return out;
}

describe.each(DATABASE_KINDS)('activities and evidence (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let tpEditor: Client;
  let dkEditor: Client;
  let u: Record<string, number>;
  let planId: number;
  let otherPlanId: number;

  const send = (client: Client, url: string, body: Buffer, contentType: string) =>
    t.app.inject({ method: 'POST', url, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': contentType }, payload: body });

  beforeAll(async () => {
    t = await startTestApp(kind, { clock: () => new Date('2026-04-25T03:00:00Z') });
    admin = await t.signIn('admin.tinh');
    u = {};
    for (const code of ['LCU', 'LCU-TP', 'LCU-DK', 'LCU-BL', 'LCU-TP-CB01']) u[code] = await t.unitId(code);
    for (const [username, unit] of [
      ['bt.tanphong', 'LCU-TP'],
      ['bt.doanket', 'LCU-DK'],
    ] as const) {
      const res = await admin.post('/api/users', { username, fullName: `Biên tập ${unit}`, unitId: u[unit], role: 'editor', password: 'matkhau123' });
      expect(res.statusCode, res.body).toBe(201);
    }
    tpEditor = await t.signIn('bt.tanphong', 'matkhau123');
    dkEditor = await t.signIn('bt.doanket', 'matkhau123');
    const body = planBody(u.LCU!, [{ unitId: u['LCU-TP']!, label: 'Đảng ủy phường Tân Phong' }], { title: 'Kế hoạch có báo cáo tháng' });
    body.content.reporting = { cadence: 'monthly', deadlineDay: 20, formCode: 'Mẫu chuẩn' };
    const created = await admin.post('/api/plans', body);
    expect(created.statusCode, created.body).toBe(201);
    planId = (await issue(admin, created.json().id)).id;
    // A plan of Đoàn Kết for its own cells: not one Tân Phong works under.
    const other = await admin.post('/api/plans', planBody(u['LCU-DK']!, [], { title: 'Kế hoạch riêng của phường Đoàn Kết' }));
    otherPlanId = other.json().id;
  });
  afterAll(() => t.close());

  it('records one activity and lists it back, newest first, filtered by plan, channel and dates', async () => {
    const res = await tpEditor.post(`/api/units/${u['LCU-TP']}/activities`, {
      items: [
        { occurredOn: '2026-02-20', channel: 'meeting', planId, theme: 'Truyền thống của Đảng', figures: { meeting_sessions: 2, meeting_attendees: 150 } },
        { occurredOn: '2026-03-02', channel: 'website', planId, figures: { news_items: 1 }, title: '  Tin:  Hội nghị  học tập ', link: 'https://tanphong.laichau.gov.vn/tin/1', publishedOn: '2026-03-02' },
        { occurredOn: '2026-03-05', channel: 'visual', figures: { visual_banners: 4 }, note: 'Không theo kế hoạch nào' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().ids).toHaveLength(3);
    const page = (await tpEditor.get(`/api/units/${u['LCU-TP']}/activities?limit=2`)).json();
    expect(page.items.map((a: { occurredOn: string }) => a.occurredOn)).toEqual(['2026-03-05', '2026-03-02']);
    expect(page.nextCursor).not.toBeNull();
    const rest = (await tpEditor.get(`/api/units/${u['LCU-TP']}/activities?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`)).json();
    expect(rest.items.map((a: { occurredOn: string }) => a.occurredOn)).toEqual(['2026-02-20']);
    expect(rest.nextCursor).toBeNull();
    const news = (await tpEditor.get(`/api/units/${u['LCU-TP']}/activities?planId=${planId}&channel=website`)).json().items;
    expect(news).toHaveLength(1);
    expect(news[0]).toMatchObject({ title: 'Tin: Hội nghị học tập', planId, publishedOn: '2026-03-02', figures: { news_items: 1 }, evidence: [] });
    const inMarch = (await tpEditor.get(`/api/units/${u['LCU-TP']}/activities?from=2026-03-01&to=2026-03-31`)).json().items;
    expect(inMarch).toHaveLength(2);
    // A parent reads what the commune did; a sibling commune does not.
    expect((await admin.get(`/api/units/${u['LCU-TP']}/activities`)).statusCode).toBe(200);
    expect((await dkEditor.get(`/api/units/${u['LCU-TP']}/activities`)).statusCode).toBe(404);
    expect((await dkEditor.post(`/api/units/${u['LCU-TP']}/activities`, { items: [{ occurredOn: '2026-03-01', channel: 'radio', figures: { radio_minutes: 5 } }] })).statusCode).toBe(404);
  });

  it('bulk entry is all or none, and names the row that is wrong', async () => {
    const count = async () => (await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM activities WHERE unit_id = ${u['LCU-TP']!}`))!.n;
    const before = await count();
    const good = { occurredOn: '2026-03-03', channel: 'radio', planId, figures: { radio_broadcasts: 3, radio_minutes: 45 } };

    const empty = await tpEditor.post(`/api/units/${u['LCU-TP']}/activities`, { items: [good, good, { occurredOn: '2026-03-04', channel: 'radio', figures: {} }] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('activity_empty');
    expect(empty.json().message).toBe('Dòng 3: Hãy ghi số liệu hoặc tiêu đề tin, bài.');

    const foreign = await tpEditor.post(`/api/units/${u['LCU-TP']}/activities`, { items: [good, { ...good, planId: otherPlanId }, good] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ code: 'plan_not_applicable', message: 'Dòng 2: Kế hoạch được chọn không áp dụng cho đơn vị này.' });

    // Shape errors come from the schema, with the row's index in the path (items.1 = the second row).
    const shapes = await tpEditor.post(`/api/units/${u['LCU-TP']}/activities`, {
      items: [good, { ...good, occurredOn: '03/03/2026' }, { ...good, figures: { radio_minutes: -5 } }, { ...good, link: 'ftp://x.vn/a' }, { ...good, channel: 'tv' }],
    });
    expect(shapes.statusCode).toBe(400);
    expect(shapes.json().code).toBe('invalid_request');
    expect(shapes.json().message).toMatch(/^Dữ liệu không hợp lệ/);
    const paths = shapes.json().details.issues.map((i: { path: string }) => i.path).join(' ');
    for (const row of [1, 2, 3, 4]) expect(paths).toMatch(new RegExp(`items\\.${row}\\.`));
    expect(paths).not.toMatch(/items\.0\./);

    const tooMany = await tpEditor.post(`/api/units/${u['LCU-TP']}/activities`, { items: Array.from({ length: 501 }, () => good) });
    expect(tooMany.statusCode).toBe(400);
    expect((await tpEditor.post(`/api/units/${u['LCU-TP']}/activities`, { items: [] })).statusCode).toBe(400);
    expect(await count()).toBe(before);

    const ok = await tpEditor.post(`/api/units/${u['LCU-TP']}/activities`, { items: Array.from({ length: 500 }, (_, i) => ({ ...good, figures: { radio_minutes: i } , title: `Bản tin ${i}` })) });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await count()).toBe(before + 500);
    // A single row is not numbered.
    const single = await tpEditor.post(`/api/units/${u['LCU-TP']}/activities`, { items: [{ occurredOn: '2026-03-04', channel: 'radio' }] });
    expect(single.json().message).toBe('Hãy ghi số liệu hoặc tiêu đề tin, bài.');
  });

  it('corrects and deletes an activity; a sibling cannot', async () => {
    const id = (await tpEditor.post(`/api/units/${u['LCU-TP']}/activities`, { items: [{ occurredOn: '2026-03-06', channel: 'culture', figures: { culture_shows: 1 } }] })).json().ids[0];
    const fixed = await tpEditor.put(`/api/activities/${id}`, { occurredOn: '2026-03-07', channel: 'culture', planId, figures: { culture_shows: 2 } });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const listed = (await tpEditor.get(`/api/units/${u['LCU-TP']}/activities?channel=culture`)).json().items;
    expect(listed[0]).toMatchObject({ id, occurredOn: '2026-03-07', planId, figures: { culture_shows: 2 } });
    expect((await tpEditor.put(`/api/activities/${id}`, { occurredOn: '2026-03-07', channel: 'culture', planId: otherPlanId, figures: { culture_shows: 2 } })).json().code).toBe(
      'plan_not_applicable',
    );
    expect((await dkEditor.put(`/api/activities/${id}`, { occurredOn: '2026-03-07', channel: 'culture', figures: { culture_shows: 9 } })).statusCode).toBe(404);
    expect((await dkEditor.delete(`/api/activities/${id}`)).statusCode).toBe(404);
    expect((await tpEditor.delete(`/api/activities/${id}`)).statusCode).toBe(200);
    expect((await tpEditor.delete(`/api/activities/${id}`)).statusCode).toBe(404);
  });

  it('accepts a PNG photo and a PDF scan, stores the same file once, and serves it back', async () => {
    const [a, b] = (
      await tpEditor.post(`/api/units/${u['LCU-TP']}/activities`, {
        items: [
          { occurredOn: '2026-03-08', channel: 'visual', planId, figures: { visual_banners: 6 } },
          { occurredOn: '2026-03-09', channel: 'visual', planId, figures: { visual_flags: 40 } },
        ],
      })
    ).json().ids as number[];
    const sha = createHash('sha256').update(PNG).digest('hex');

    const first = await send(tpEditor, `/api/activities/${a}/evidence?filename=${encodeURIComponent('pa-nô ngã tư.png')}`, PNG, 'image/png');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ sha256: sha, deduplicated: false });
    const again = await send(tpEditor, `/api/activities/${b}/evidence?filename=anh-trung.png`, PNG, 'image/png');
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ sha256: sha, deduplicated: true });
    const pdf = await send(tpEditor, `/api/activities/${a}/evidence?filename=bien-ban.pdf`, PDF, 'application/pdf');
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json().deduplicated).toBe(false);

    const stored = await filesUnder(t.filesDir);
    expect(stored.filter((f) => f === sha)).toHaveLength(1);
    expect(stored.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM evidence_files WHERE sha256 = ${sha}`))!.n).toBe(1);

    const listed = (await tpEditor.get(`/api/units/${u['LCU-TP']}/activities?from=2026-03-08&to=2026-03-09`)).json().items;
    const ofA = listed.find((x: { id: number }) => x.id === a).evidence;
    expect(ofA.map((e: { filename: string; mime: string }) => `${e.filename} ${e.mime}`)).toEqual(['pa-nô ngã tư.png image/png', 'bien-ban.pdf application/pdf']);
    expect(ofA[0].size).toBe(PNG.length);

    const download = await tpEditor.get(`/api/evidence/${first.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('pa-nô ngã tư.png'));
    expect(download.rawPayload.equals(PNG)).toBe(true);
    const scan = await admin.get(`/api/evidence/${pdf.json().id}`);
    expect(scan.headers['content-type']).toBe('application/pdf');
    expect(scan.rawPayload.equals(PDF)).toBe(true);
    expect((await dkEditor.get(`/api/evidence/${first.json().id}`)).statusCode).toBe(404);
    expect((await dkEditor.post(`/api/activities/${a}/evidence?filename=x.png`)).statusCode).toBe(404);
  });

  it('refuses programs, empty files and files over 10 MB, in Vietnamese', async () => {
    const id = (await tpEditor.post(`/api/units/${u['LCU-TP']}/activities`, { items: [{ occurredOn: '2026-03-10', channel: 'visual', figures: { visual_banners: 1 } }] })).json().ids[0];
    const before = await filesUnder(t.filesDir);

    // Sent as what it is: whatever the declared type, the content is read and refused.
    const exe = await send(tpEditor, `/api/activities/${id}/evidence?filename=setup.exe`, EXE, 'application/octet-stream');
    expect(exe.statusCode).toBe(400);
    expect(exe.json()).toMatchObject({ code: 'evidence_rejected', message: 'Chỉ nhận ảnh (JPEG, PNG, WebP, GIF) hoặc bản quét PDF.' });
    // Disguised as a photo: the content decides.
    const disguised = await send(tpEditor, `/api/activities/${id}/evidence?filename=anh.png`, EXE, 'image/png');
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json()).toMatchObject({ code: 'evidence_rejected', message: 'Chỉ nhận ảnh (JPEG, PNG, WebP, GIF) hoặc bản quét PDF.' });

    const empty = await send(tpEditor, `/api/activities/${id}/evidence?filename=rong.png`, Buffer.alloc(0), 'image/png');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toMatch(/rỗng|Hãy gửi nội dung tệp/);

    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
    const oversize = await send(tpEditor, `/api/activities/${id}/evidence?filename=lon.png`, big, 'image/png');
    expect(oversize.statusCode).toBe(413);
    expect(oversize.json()).toEqual({ code: 'body_too_large', message: 'Nội dung gửi lên quá lớn.' });

    const noName = await send(tpEditor, `/api/activities/${id}/evidence`, PNG, 'image/png');
    expect(noName.statusCode).toBe(400);

    expect(await filesUnder(t.filesDir)).toEqual(before);
    const attached = (await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM activity_evidence WHERE activity_id = ${id}`))!.n;
    expect(attached).toBe(0);
    expect((await send(tpEditor, `/api/activities/999999/evidence?filename=a.png`, PNG, 'image/png')).statusCode).toBe(404);
  });
});
