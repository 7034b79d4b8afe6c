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

interface Attachment {
  id: number;
  filename: string;
  size: number;
  mime: string;
}

/**
 * A report of Tân Phong to the province: files attached while it is written, listed with it, readable by
 * the unit and the receiver only, locked with the report once it is sent.
 */
describe.each(DATABASE_KINDS)('report attachments (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let tpEditor: Client;
  let dkEditor: Client;
  let leader: Client;
  let reportId: number;
  let u: Record<string, number>;

  const attach = (client: Client, id: number, body: Buffer, filename: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/reports/${id}/attachments?filename=${encodeURIComponent(filename)}`,
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'application/octet-stream' },
      payload: body,
    });
  const attachmentsOf = async (client: Client, id: number) => ((await client.get(`/api/reports/${id}`)).json() as { attachments: Attachment[] }).attachments;

  beforeAll(async () => {
    t = await startTestApp(kind, { clock: () => new Date('2026-04-25T03:00:00Z') });
    admin = await t.signIn('admin.tinh');
    u = {};
    for (const code of ['LCU', 'LCU-TP', 'LCU-DK']) u[code] = await t.unitId(code);
    for (const [username, unit, role] of [
      ['bt.tanphong', 'LCU-TP', 'editor'],
      ['bt.doanket', 'LCU-DK', 'editor'],
      ['ld.tinh', 'LCU', 'leader'],
    ] as const) {
      const res = await admin.post('/api/users', { username, fullName: `Người dùng ${username}`, unitId: u[unit], role, password: 'matkhau123' });
      expect(res.statusCode, res.body).toBe(201);
    }
    tpEditor = await t.signIn('bt.tanphong', 'matkhau123');
    dkEditor = await t.signIn('bt.doanket', 'matkhau123');
    leader = await t.signIn('ld.tinh', 'matkhau123');
    const body = planBody(u.LCU!, [
      { unitId: u['LCU-TP']!, label: 'Đảng ủy phường Tân Phong' },
      { unitId: u['LCU-DK']!, label: 'Đảng ủy phường Đoàn Kết' },
    ]);
    body.content.reporting = { cadence: 'monthly', deadlineDay: 20, formCode: 'Mẫu chuẩn' };
    const created = await admin.post('/api/plans', body);
    expect(created.statusCode, created.body).toBe(201);
    const planId = (await issue(admin, created.json().id)).id;
    const opened = await tpEditor.post(`/api/plans/${planId}/reports`, { unitId: u['LCU-TP'], periodKey: '2026-03' });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().attachments).toEqual([]);
    reportId = opened.json().id;
  });
  afterAll(() => t.close());

  it('attaches photos and scans to a report being written, lists them with it, keeps equal files once', async () => {
    const scan = await attach(tpEditor, reportId, PDF, 'Biên bản hội nghị.pdf');
    expect(scan.statusCode, scan.body).toBe(201);
    expect(scan.json()).toMatchObject({ filename: 'Biên bản hội nghị.pdf', size: PDF.length, mime: 'application/pdf', deduplicated: false });
    const photo = await attach(tpEditor, reportId, PNG, 'ảnh pa-nô.png');
    const again = await attach(tpEditor, reportId, PNG, 'ảnh pa-nô (bản sao).png');
    expect(again.json()).toMatchObject({ mime: 'image/png', deduplicated: true });
    expect(await attachmentsOf(tpEditor, reportId)).toEqual([
      { id: scan.json().id, filename: 'Biên bản hội nghị.pdf', size: PDF.length, mime: 'application/pdf' },
      { id: photo.json().id, filename: 'ảnh pa-nô.png', size: PNG.length, mime: 'image/png' },
      { id: again.json().id, filename: 'ảnh pa-nô (bản sao).png', size: PNG.length, mime: 'image/png' },
    ]);
    const stored = await one<{ n: number }>(t.database.db, sql`SELECT count(DISTINCT sha256)::int AS n FROM report_attachments WHERE report_id = ${reportId}`);
    expect(stored!.n).toBe(2);
    // The change is in the audit log, with the file's name.
    const log = await admin.get(`/api/units/${u['LCU-TP']}/audit?action=report.attach`);
    expect(log.json().items.map((e: { summary: string }) => e.summary)).toContain('Đính kèm tệp "ảnh pa-nô.png" vào báo cáo 2026-03 của "Đảng ủy phường Tân Phong"');
  });

  it('refuses a file that is neither an image nor a PDF, in Vietnamese, and keeps nothing', async () => {
    const before = (await attachmentsOf(tpEditor, reportId)).length;
    const text = await attach(tpEditor, reportId, Buffer.from('không phải ảnh'), 'ghi-chu.txt');
    expect(text.statusCode).toBe(400);
    expect(text.json().code).toBe('evidence_rejected');
    expect(text.json().message).toMatch(/ảnh|PDF/);
    expect(await attachmentsOf(tpEditor, reportId)).toHaveLength(before);
  });

  it('the unit and the receiver download a file; a sibling unit neither reads nor attaches', async () => {
    const [first] = await attachmentsOf(tpEditor, reportId);
    const mine = await tpEditor.get(`/api/report-attachments/${first!.id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-type']).toBe('application/pdf');
    expect(mine.rawPayload.equals(PDF)).toBe(true);
    expect((await leader.get(`/api/report-attachments/${first!.id}`)).statusCode).toBe(200);
    expect((await dkEditor.get(`/api/report-attachments/${first!.id}`)).statusCode).toBe(404);
    expect((await attach(dkEditor, reportId, PNG, 'x.png')).statusCode).toBe(404);
    expect((await dkEditor.delete(`/api/report-attachments/${first!.id}`)).statusCode).toBe(404);
  });

  it('removes a file while the report is written; once sent, files can be neither added nor removed', async () => {
    const list = await attachmentsOf(tpEditor, reportId);
    const removed = await tpEditor.delete(`/api/report-attachments/${list.at(-1)!.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await attachmentsOf(tpEditor, reportId)).toHaveLength(list.length - 1);
    expect((await tpEditor.get(`/api/report-attachments/${list.at(-1)!.id}`)).statusCode).toBe(404);

    const sent = await tpEditor.post(`/api/reports/${reportId}/submit`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().attachments).toHaveLength(list.length - 1);
    const late = await attach(tpEditor, reportId, PNG, 'muộn.png');
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'report_locked', message: 'Báo cáo đã gửi hoặc đã được tiếp nhận, không sửa được.' });
    expect((await tpEditor.delete(`/api/report-attachments/${list[0]!.id}`)).statusCode).toBe(409);
    expect(await attachmentsOf(leader, reportId)).toHaveLength(list.length - 1);

    // Returned for corrections: files can change again.
    expect((await leader.post(`/api/reports/${reportId}/return`, { comment: 'Bổ sung ảnh' })).statusCode).toBe(200);
    expect((await attach(tpEditor, reportId, PNG, 'bổ sung.png')).statusCode).toBe(201);
  });
});
