import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { issue, planBody } from '../support/plans.ts';

describe.each(DATABASE_KINDS)('plan lifecycle and register (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let editor: Client;
  let leader: Client;
  let province: number;
  let tp: number;
  let dk: number;

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.signIn('admin.tinh');
    province = await t.unitId('LCU');
    tp = await t.unitId('LCU-TP');
    dk = await t.unitId('LCU-DK');
    await admin.post('/api/users', { username: 'bt.tinh', fullName: 'Lò Văn Biên', unitId: province, role: 'editor', password: 'matkhau123' });
    await admin.post('/api/users', { username: 'ld.tinh', fullName: 'Giàng A Lãnh', unitId: province, role: 'leader', password: 'matkhau123' });
    editor = await t.signIn('bt.tinh', 'matkhau123');
    leader = await t.signIn('ld.tinh', 'matkhau123');
    const settings = await admin.put(`/api/units/${province}/document-settings`, {
      issuerName: 'TỈNH ỦY LAI CHÂU',
      parentBody: 'ĐẢNG BỘ TỈNH LAI CHÂU',
      symbolCode: 'TU',
      place: 'Lai Châu',
      format: 'party',
      register: { mode: 'year', term: null },
    });
    expect(settings.statusCode, settings.body).toBe(200);
  });
  afterAll(() => t.close());

  const recipients = () => [
    { unitId: tp, label: 'Đảng ủy phường Tân Phong' },
    { unitId: dk, label: 'Đảng ủy phường Đoàn Kết' },
  ];

  it('moves draft → submitted → issued → closed, each step by the right role, and refuses the rest', async () => {
    const created = await editor.post('/api/plans', planBody(province, recipients()));
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json();
    expect(plan.status).toBe('draft');
    expect(plan.number).toBeNull();

    expect((await editor.post(`/api/plans/${plan.id}/issue`, {})).statusCode).toBe(403); // an editor does not approve
    const early = await leader.post(`/api/plans/${plan.id}/issue`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('invalid_transition');

    expect((await editor.post(`/api/plans/${plan.id}/submit`)).json().status).toBe('submitted');
    const editWhileSubmitted = await editor.put(`/api/plans/${plan.id}`, { ...planBody(province, recipients()), version: plan.version + 1 });
    expect(editWhileSubmitted.json().code).toBe('plan_not_editable');

    const returned = await leader.post(`/api/plans/${plan.id}/return`, { comment: 'Bổ sung chỉ tiêu pa nô' });
    expect(returned.json().status).toBe('draft');
    expect(returned.json().returnComment).toBe('Bổ sung chỉ tiêu pa nô');

    const issued = await issue(leader, plan.id, '2026-01-10');
    expect(issued.status).toBe('issued');
    expect(issued.number).toBe('1-KH/TU');
    expect(issued.issuedOn).toBe('2026-01-10');

    const frozen = await editor.put(`/api/plans/${plan.id}`, { ...planBody(province, recipients()), version: issued.version });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().code).toBe('plan_not_editable');
    expect((await editor.delete(`/api/plans/${plan.id}`)).json().code).toBe('plan_not_editable');

    const amendment = await editor.post(`/api/plans/${plan.id}/amend`);
    expect(amendment.statusCode).toBe(201);
    expect(amendment.json().amendsPlanId).toBe(plan.id);
    expect(amendment.json().status).toBe('draft');
    expect(amendment.json().content.themes).toEqual(issued.content.themes);

    expect((await leader.post(`/api/plans/${plan.id}/close`)).json().status).toBe('closed');
    expect((await leader.post(`/api/plans/${plan.id}/close`)).json().code).toBe('invalid_transition');
  });

  it('refuses to submit without a signer, or issue without recipients', async () => {
    const noSigner = (await editor.post('/api/plans', planBody(province, recipients(), {}))).json();
    const body = planBody(province, recipients());
    await editor.put(`/api/plans/${noSigner.id}`, { ...body, version: noSigner.version, content: { ...body.content, signer: null } });
    const res = await editor.post(`/api/plans/${noSigner.id}/submit`);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('signer_required');
    const noRecipients = (await editor.post('/api/plans', planBody(province, []))).json();
    await editor.post(`/api/plans/${noRecipients.id}/submit`);
    const refused = await leader.post(`/api/plans/${noRecipients.id}/issue`, {});
    expect(refused.json().code).toBe('recipients_required');
    expect((await leader.get(`/api/plans/${noRecipients.id}`)).json().number).toBeNull();
  });

  it('keeps both people’s work: a save on a stale version is a conflict, not an overwrite', async () => {
    const plan = (await editor.post('/api/plans', planBody(province, recipients()))).json();
    const body = planBody(province, recipients());
    const first = await editor.put(`/api/plans/${plan.id}`, { ...body, title: 'Bản của người thứ nhất', version: plan.version });
    expect(first.statusCode).toBe(200);
    const second = await admin.put(`/api/plans/${plan.id}`, { ...body, title: 'Bản của người thứ hai', version: plan.version });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('version_conflict');
    expect((await editor.get(`/api/plans/${plan.id}`)).json().title).toBe('Bản của người thứ nhất');
  });

  it('numbers per kind and per year without gaps or duplicates under concurrent issuing', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 8; i++) {
      const p = (await editor.post('/api/plans', planBody(province, recipients(), { title: `Kế hoạch đồng thời ${i}` }))).json();
      await editor.post(`/api/plans/${p.id}/submit`);
      ids.push(p.id);
    }
    const results = await Promise.all(ids.map((id) => leader.post(`/api/plans/${id}/issue`, { issuedOn: '2026-02-01' })));
    for (const r of results) expect(r.statusCode, r.body).toBe(200);
    const serials = results.map((r) => r.json().serial as number).sort((a, b) => a - b);
    // Serial 1 went to the first test's plan in 2026.
    expect(serials).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);

    const guidance = (await editor.post('/api/plans', planBody(province, recipients(), { kind: 'HD', title: 'Hướng dẫn tuyên truyền' }))).json();
    expect((await issue(leader, guidance.id, '2026-02-02')).number).toBe('1-HD/TU');
    const nextYear = (await editor.post('/api/plans', planBody(province, recipients(), { title: 'Kế hoạch năm sau' }))).json();
    expect((await issue(leader, nextYear.id, '2027-01-05')).number).toBe('1-KH/TU');
  });

  it('lists plans with filters and diacritic-insensitive search', async () => {
    const all = (await admin.get(`/api/plans?unitId=${province}&limit=100`)).json().items;
    expect(all.length).toBeGreaterThan(10);
    const guidance = (await admin.get('/api/plans?kind=HD')).json().items;
    expect(guidance.map((p: { number: string }) => p.number)).toEqual(['1-HD/TU']);
    const found = (await admin.get(`/api/plans?q=${encodeURIComponent('huong dan tuyen truyen')}`)).json().items;
    expect(found.map((p: { title: string }) => p.title)).toContain('Hướng dẫn tuyên truyền');
    const byNumber = (await admin.get(`/api/plans?q=${encodeURIComponent('1-HD/TU')}`)).json().items;
    expect(byNumber).toHaveLength(1);
    const drafts = (await admin.get('/api/plans?status=draft')).json().items;
    expect(drafts.every((p: { status: string }) => p.status === 'draft')).toBe(true);
    const inPeriod = (await admin.get('/api/plans?from=2027-06-01&to=2027-12-31')).json().items;
    expect(inPeriod).toEqual([]);
  });
});

