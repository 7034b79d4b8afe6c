import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { THANH_UY_TABS } from '../../src/domain/import/testing/plans.ts';
import { auditCount, startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { issue, planBody } from '../support/plans.ts';

/** An invented ward plan (tests/fixtures): a placeholder number, three bases, slogans, a signer. */
const WARD_PLAN = join(import.meta.dirname, '..', 'fixtures', 'ke-hoach-dang-uy-phuong.txt');

describe.each(DATABASE_KINDS)('plan import in the web app (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let tp: number;

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.signIn('admin.tanphong');
    tp = await t.unitId('LCU-TP');
  });
  afterAll(() => t.close());

  const upload = (c: Client, name: string, data: Buffer, type = 'application/octet-stream') =>
    t.app.inject({
      method: 'POST',
      url: `/api/import/parse?filename=${encodeURIComponent(name)}`,
      headers: { cookie: c.cookie, 'x-csrf-token': c.csrfToken, 'content-type': type },
      payload: data,
    });

  it('parses an uploaded plan and says where each field came from', async () => {
    const text = readFileSync(WARD_PLAN);
    const res = await upload(admin, 'ke-hoach.txt', text, 'text/plain');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.plan.kind).toBe('KH');
    expect(body.plan.symbol).toBe('KH/ĐU');
    expect(body.text.length).toBeGreaterThan(1000);
    const title = body.spans.find((s: { field: string }) => s.field === 'title');
    expect(body.text.slice(title.start, title.end).toLowerCase()).toContain('tuyên truyền');
    expect(body.uncertain).toContain('serial'); // "Số …-KH/ĐU": the number is a placeholder
  });

  it('refuses bad files with a specific Vietnamese message and writes nothing', async () => {
    const before = await auditCount(t.database);
    const cases: [string, Buffer, number, string][] = [
      ['rong.txt', Buffer.alloc(0), 400, 'import_empty'],
      ['nhi-phan.txt', Buffer.from([0, 1, 2, 3, 0, 0, 0, 9, 200, 0, 1]), 400, 'import_binary'],
      ['hong.docx', Buffer.from('day khong phai tep zip'), 400, 'import_docx_not_zip'],
      ['thu.txt', Buffer.from('Xin chào, đây là một lá thư ngắn, không phải kế hoạch.\n'.repeat(3)), 400, 'import_not_a_plan'],
      ['anh.pdf', Buffer.from('%PDF-1.4'), 415, 'import_unsupported_type'],
    ];
    for (const [name, data, status, code] of cases) {
      const res = await upload(admin, name, data);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
      expect(res.json().code, name).toBe(code);
      expect(res.json().message, name).toMatch(/[à-ỹ]/);
    }
    expect(await auditCount(t.database)).toBe(before);
  });

  it('saves the corrected plan as a draft, linking recipients to units of the tree', async () => {
    const parsed = (await upload(admin, 'kh.txt', readFileSync(WARD_PLAN), 'text/plain')).json();
    const corrected = { ...parsed.plan, title: 'Tuyên truyền Đại hội Đảng các cấp (bản nhập)', recipients: [...parsed.plan.recipients, 'Chi bộ Tổ dân phố số 1'] };
    const res = await admin.post('/api/import/save', { unitId: tp, as: 'draft', plan: corrected });
    expect(res.statusCode, res.body).toBe(201);
    const plan = (await admin.get(`/api/plans/${res.json().planId}`)).json();
    expect(plan.status).toBe('draft');
    expect(plan.title).toBe('Tuyên truyền Đại hội Đảng các cấp (bản nhập)');
    expect(plan.content.slogans).toEqual(parsed.plan.slogans);
    expect(plan.content.externalBases.map((b: { serial: number }) => b.serial)).toEqual([142, 187, 35]);
    const cell = plan.content.recipients.find((r: { label: string }) => r.label === 'Chi bộ Tổ dân phố số 1');
    expect(cell.unitId).toBe(await t.unitId('LCU-TP-CB01'));
    expect(plan.content.themes.length + plan.content.purposes.length).toBeGreaterThan(0);
  });

  it('registers a parent’s plan as an external document to cite', async () => {
    const parsed = (await upload(admin, 'kh.txt', Buffer.from(THANH_UY_TABS), 'text/plain')).json();
    const res = await admin.post('/api/import/save', { unitId: tp, as: 'external', plan: parsed.plan });
    expect(res.statusCode, res.body).toBe(201);
    const list = (await admin.get(`/api/units/${tp}/external-documents`)).json().items;
    expect(list[0]).toMatchObject({ id: res.json().externalDocumentId, serial: 30, title: parsed.plan.title });
  });

  it('reads back a plan the system exported as .docx with the same fields', async () => {
    const province = await t.unitId('LCU');
    const provinceAdmin = await t.signIn('admin.tinh');
    const draft = (await provinceAdmin.post('/api/plans', planBody(province, [{ unitId: tp, label: 'Đảng ủy phường Tân Phong' }]))).json();
    const issued = await issue(provinceAdmin, draft.id, '2026-01-10');
    const docx = (await provinceAdmin.get(`/api/plans/${issued.id}/export?format=docx`)).rawPayload;
    const back = (await upload(admin, 'xuat.docx', docx)).json().plan;
    expect(back.kind).toBe('KH');
    expect(back.serial).toBe(issued.serial);
    expect(back.title).toBe(issued.title);
    expect(back.date).toBe('2026-01-10');
    expect(back.signer.name).toBe('Nguyễn Văn Hùng');
    expect(back.slogans).toEqual(issued.content.slogans);
    expect(back.channels).toEqual(expect.arrayContaining(['visual', 'meeting', 'radio']));
  });
});
