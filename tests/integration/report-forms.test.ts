import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { issue, planBody } from '../support/plans.ts';

const FORM = {
  code: 'Mẫu TP-01',
  title: 'Báo cáo tuyên truyền Đại hội (mẫu của tỉnh)',
  indicators: [
    { key: 'hoi_nghi', label: 'Hội nghị quán triệt', measure: 'buổi', channel: 'meeting' },
    { key: 'bang_ron', label: 'Băng rôn, khẩu hiệu', measure: 'cái', channel: 'visual' },
  ],
  listsItems: false,
  narrative: ['difficulties', 'recommendations'],
};

describe.each(DATABASE_KINDS)('a unit’s own report forms (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let tpAdmin: Client;
  let province: number;
  let tp: number;

  beforeAll(async () => {
    t = await startTestApp(kind, { clock: () => new Date('2026-03-01T03:00:00Z') });
    admin = await t.signIn('admin.tinh');
    tpAdmin = await t.signIn('admin.tanphong');
    province = await t.unitId('LCU');
    tp = await t.unitId('LCU-TP');
  });
  afterAll(() => t.close());

  it('defines a form that the unit and the units below it can use, and refuses bad ones', async () => {
    const res = await admin.post(`/api/units/${province}/report-forms`, FORM);
    expect(res.statusCode, res.body).toBe(201);
    expect((await admin.post(`/api/units/${province}/report-forms`, FORM)).json().code).toBe('form_code_taken');
    expect((await admin.post(`/api/units/${province}/report-forms`, { ...FORM, code: 'Mẫu số 01' })).json().code).toBe('form_code_taken');
    const dup = await admin.post(`/api/units/${province}/report-forms`, { ...FORM, code: 'X', indicators: [FORM.indicators[0], FORM.indicators[0]] });
    expect(dup.json().code).toBe('duplicate_indicator');
    const badKey = await admin.post(`/api/units/${province}/report-forms`, { ...FORM, code: 'Y', indicators: [{ ...FORM.indicators[0], key: 'Hội nghị' }] });
    expect(badKey.statusCode).toBe(400);
    const seenBelow = (await tpAdmin.get(`/api/report-forms?unitId=${tp}`)).json().items.map((f: { code: string }) => f.code);
    expect(seenBelow).toContain('Mẫu TP-01');
    expect(seenBelow).toContain('Mẫu chuẩn');
    const elsewhere = await t.signIn('xem.chibo');
    expect((await elsewhere.get(`/api/report-forms?unitId=${province}`)).statusCode).toBe(404);
  });

  it('a unit above sees, with below=true, the forms its units defined too (to name every figure of its subtree)', async () => {
    const own = { ...FORM, code: 'Mẫu phường TP', indicators: [{ key: 'chieu_phim', label: 'Chiếu phim lưu động', measure: 'buổi', channel: 'mobile' }] };
    expect((await tpAdmin.post(`/api/units/${tp}/report-forms`, own)).statusCode).toBe(201);
    const codes = async (q: string) => ((await admin.get(`/api/report-forms?unitId=${province}${q}`)).json().items as { code: string; ownerUnitId: number | null }[]);
    expect((await codes('')).map((f) => f.code)).not.toContain('Mẫu phường TP');
    const all = await codes('&below=true');
    expect(all.map((f) => f.code)).toEqual(expect.arrayContaining(['Mẫu chuẩn', 'Mẫu TP-01', 'Mẫu phường TP']));
    // The province's own forms come before those of the units below it.
    expect(all.findIndex((f) => f.code === 'Mẫu TP-01')).toBeLessThan(all.findIndex((f) => f.code === 'Mẫu phường TP'));
    expect(all.find((f) => f.code === 'Mẫu phường TP')!.ownerUnitId).toBe(tp);
    // Below a sibling's subtree nothing of Tân Phong's shows.
    const dk = await t.unitId('LCU-DK');
    expect((await admin.get(`/api/report-forms?unitId=${dk}&below=true`)).json().items.map((f: { code: string }) => f.code)).not.toContain('Mẫu phường TP');
  });

  it('reports on a plan that names the form use its indicators', async () => {
    const body = planBody(province, [{ unitId: tp, label: 'Đảng ủy phường Tân Phong' }]);
    body.content.reporting = { ...body.content.reporting, formCode: 'Mẫu TP-01' };
    const plan = await issue(admin, (await admin.post('/api/plans', body)).json().id, '2026-01-10');
    const report = (await tpAdmin.post(`/api/plans/${plan.id}/reports`, { unitId: tp, periodKey: '2026-02' })).json();
    expect(report.form.code).toBe('Mẫu TP-01');
    expect(report.form.indicators.map((i: { key: string }) => i.key)).toEqual(['hoi_nghi', 'bang_ron']);
    const saved = await tpAdmin.put(`/api/reports/${report.id}`, { version: report.version, figures: { hoi_nghi: 3, bang_ron: 12 }, items: [], narrative: {} });
    expect(saved.statusCode, saved.body).toBe(200);
    const wrong = await tpAdmin.put(`/api/reports/${report.id}`, { version: saved.json().version, figures: { news_items: 2 }, items: [], narrative: {} });
    expect(wrong.json().code).toBe('unknown_indicator');

    // The plan's readers learn its form by the plan: the issuer's definition, whoever asks.
    const asked = await tpAdmin.get(`/api/plans/${plan.id}/report-form`);
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json().form).toMatchObject({ code: 'Mẫu TP-01', title: FORM.title, ownerUnitId: province });
    expect((await admin.get(`/api/plans/${plan.id}/report-form`)).json().form.code).toBe('Mẫu TP-01');
    expect((await (await t.signIn('xem.chibo')).get(`/api/plans/${plan.id}/report-form`)).statusCode).toBe(404);
    const plain = planBody(province, [{ unitId: tp, label: 'Đảng ủy phường Tân Phong' }]);
    const quiet = await admin.post('/api/plans', { ...plain, content: { ...plain.content, reporting: null } });
    expect((await admin.get(`/api/plans/${quiet.json().id}/report-form`)).json()).toEqual({ form: null });
    const standard = planBody(province, [{ unitId: tp, label: 'Đảng ủy phường Tân Phong' }]);
    const std = await admin.post('/api/plans', { ...standard, content: { ...standard.content, reporting: { ...standard.content.reporting, formCode: null } } });
    expect((await admin.get(`/api/plans/${std.json().id}/report-form`)).json().form).toMatchObject({ code: 'Mẫu chuẩn', ownerUnitId: null });
  });
});
