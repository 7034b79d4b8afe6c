import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphTexts, unzipText } from '../../src/documents/docx/read-docx.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { issue, planBody } from '../support/plans.ts';

describe.each(DATABASE_KINDS)('plan cascade, recipients, export and calendar (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let tpAdmin: Client;
  let cellViewer: Client;
  let u: Record<string, number>;
  let parent: { id: number; number: string; version: number };

  beforeAll(async () => {
    // A fixed "today" inside the plans' period: deadlines and the feed's window do not drift.
    t = await startTestApp(kind, { clock: () => new Date('2026-03-01T03:00:00Z') });
    admin = await t.signIn('admin.tinh');
    tpAdmin = await t.signIn('admin.tanphong');
    cellViewer = await t.signIn('xem.chibo');
    u = {};
    for (const code of ['LCU', 'LCU-TP', 'LCU-DK', 'LCU-BL', 'LCU-TP-CB01', 'LCU-TP-CB02']) u[code] = await t.unitId(code);
    const body = planBody(u.LCU!, [
      { unitId: u['LCU-TP']!, label: 'Đảng ủy phường Tân Phong' },
      { unitId: u['LCU-DK']!, label: 'Đảng ủy phường Đoàn Kết' },
      { unitId: u['LCU-BL']!, label: 'Đảng ủy xã Bình Lư' },
    ]);
    const draft = (await admin.post('/api/plans', body)).json();
    parent = await issue(admin, draft.id, '2026-01-10');
  });
  afterAll(() => t.close());

  it('lets a recipient read the issued plan but not change it; others see nothing', async () => {
    expect((await tpAdmin.get(`/api/plans/${parent.id}`)).statusCode).toBe(200);
    expect((await tpAdmin.post(`/api/plans/${parent.id}/close`)).statusCode).toBe(403);
    expect((await cellViewer.get(`/api/plans/${parent.id}`)).statusCode).toBe(404);
    const listed = (await tpAdmin.get('/api/plans')).json().items.map((p: { id: number }) => p.id);
    expect(listed).toContain(parent.id);
    // A province draft is not sent to anyone: the commune does not see it.
    const draft = (await admin.post('/api/plans', planBody(u.LCU!, [{ unitId: u['LCU-TP']!, label: 'Tân Phong' }], { title: 'Dự thảo nội bộ' }))).json();
    expect((await tpAdmin.get(`/api/plans/${draft.id}`)).statusCode).toBe(404);
  });

  it('creates the implementing plan in one step, citing the parent and starting from its content', async () => {
    const res = await tpAdmin.post(`/api/plans/${parent.id}/implement`, { unitId: u['LCU-TP'] });
    expect(res.statusCode, res.body).toBe(201);
    const child = res.json();
    expect(child.parentPlanId).toBe(parent.id);
    expect(child.issuerUnitId).toBe(u['LCU-TP']);
    expect(child.title).toContain(`số ${parent.number}`);
    expect(child.content.themes.map((x: { title: string }) => x.title)).toEqual([
      'Tuyên truyền truyền thống vẻ vang của Đảng',
      'Tuyên truyền kết quả Đại hội XIV của Đảng',
    ]);
    expect(child.content.slogans).toHaveLength(1);
    expect(child.content.recipients).toEqual([]);
    const again = await tpAdmin.post(`/api/plans/${parent.id}/implement`, { unitId: u['LCU-TP'] });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already_implementing');
    const notRecipient = await admin.post(`/api/plans/${parent.id}/implement`, { unitId: u['LCU-TP-CB01'] });
    expect(notRecipient.json().code).toBe('not_a_recipient');

    const full = (await tpAdmin.get(`/api/plans/${child.id}/coverage`)).json();
    expect(full.complete).toBe(true);
    const body = planBody(u['LCU-TP']!, []);
    const trimmed = {
      ...child.content,
      themes: child.content.themes.slice(0, 1),
      channels: child.content.channels.map((c: { code: string; target: { quantity: number } | null }) =>
        c.code === 'visual' ? { ...c, target: { quantity: 5, measure: 'băng rôn', per: 'plan' } } : c,
      ),
      slogans: [],
    };
    const saved = await tpAdmin.put(`/api/plans/${child.id}`, { kind: 'KH', title: child.title, periodStart: body.periodStart, periodEnd: body.periodEnd, content: trimmed, version: child.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const gaps = (await tpAdmin.get(`/api/plans/${child.id}/coverage`)).json();
    expect(gaps.complete).toBe(false);
    expect(gaps.missing.themes).toEqual(['Tuyên truyền kết quả Đại hội XIV của Đảng']);
    expect(gaps.missing.slogans).toHaveLength(1);
    expect(gaps.missing.targets).toEqual([{ channel: 'visual', parent: 20, child: 5, measure: 'băng rôn' }]);
    expect(gaps.missing.channels).toEqual([]);
  });

  it('shows for every recipient: opened, its own plan with number and date, or late — rolled up below', async () => {
    await tpAdmin.post(`/api/plans/${parent.id}/open`);
    const child = (await tpAdmin.get(`/api/plans?unitId=${u['LCU-TP']}&status=draft`)).json().items[0];
    const full = (await tpAdmin.get(`/api/plans/${child.id}`)).json();
    const withCells = {
      ...full.content,
      recipients: [
        { unitId: u['LCU-TP-CB01'], label: 'Chi bộ Tổ dân phố số 1', mustImplement: true },
        { unitId: u['LCU-TP-CB02'], label: 'Chi bộ Tổ dân phố số 2', mustImplement: true },
      ],
      signer: { authority: 'T/M ĐẢNG ỦY', position: 'BÍ THƯ', name: 'Trần Minh Đức' },
      implementBy: '2026-01-30',
    };
    await tpAdmin.put(`/api/plans/${child.id}`, { kind: 'KH', title: full.title, periodStart: full.periodStart, periodEnd: full.periodEnd, content: withCells, version: full.version });
    const issuedChild = await issue(tpAdmin, child.id, '2026-01-20');
    expect(issuedChild.number).toMatch(/^1-KH\//);
    // A cell of Tân Phong implements the ward's plan; the other does not.
    const cellAdmin = tpAdmin;
    const cellPlan = (await cellAdmin.post(`/api/plans/${child.id}/implement`, { unitId: u['LCU-TP-CB01'] })).json();
    const cellFull = (await cellAdmin.get(`/api/plans/${cellPlan.id}`)).json();
    await cellAdmin.put(`/api/plans/${cellPlan.id}`, {
      kind: 'KH', title: cellFull.title, periodStart: null, periodEnd: null, version: cellFull.version,
      content: { ...cellFull.content, recipients: [{ unitId: null, label: 'Các đảng viên trong chi bộ' }], signer: { authority: 'T/M CHI BỘ', position: 'BÍ THƯ', name: 'Phạm Thị Thủy' } },
    });
    await issue(cellAdmin, cellPlan.id, '2026-01-25');

    const view = (await admin.get(`/api/plans/${parent.id}/recipients`)).json();
    const byLabel = Object.fromEntries(view.items.map((r: { label: string }) => [r.label, r]));
    const tp = byLabel['Đảng ủy phường Tân Phong'];
    expect(tp.openedAt).not.toBeNull();
    expect(tp.implementingPlan).toMatchObject({ number: issuedChild.number, issuedOn: '2026-01-20', status: 'issued' });
    expect(tp.late).toBe(false);
    // Chi bộ 2 has not issued its plan and the ward set 30/01/2026 as the deadline.
    expect(tp.subtree).toEqual({ expected: 2, opened: 0, issued: 1, late: 1 });
    const dk = byLabel['Đảng ủy phường Đoàn Kết'];
    expect(dk.openedAt).toBeNull();
    expect(dk.implementingPlan).toBeNull();
    expect(dk.late).toBe(true); // implementBy 2026-01-25 had passed on 2026-03-01
    expect(view.totals).toEqual({ expected: 3, opened: 1, issued: 1, late: 2 });
  });

  it('exports the official .docx with header, number, title, sections and signer', async () => {
    const res = await admin.get(`/api/plans/${parent.id}/export?format=docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const texts = paragraphTexts(unzipText(res.rawPayload).get('word/document.xml')!).join('\n');
    expect(texts).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(texts).toContain(`Số ${parent.number}`);
    expect(texts).toContain('KẾ HOẠCH');
    expect(texts).toContain('Tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam');
    expect(texts).toMatch(/NỘI DUNG TUYÊN TRUYỀN/);
    expect(texts).toMatch(/TỔ CHỨC THỰC HIỆN/);
    expect(texts).toContain('Nguyễn Văn Hùng');
    expect(texts).toContain('Đảng ủy phường Tân Phong');
  });

  it('puts phases, anniversaries and deadlines on the calendar and in the iCalendar feed', async () => {
    const cal = (await tpAdmin.get('/api/calendar?from=2026-01-01&to=2026-03-31')).json().events;
    const titles = cal.map((e: { type: string; title: string }) => `${e.type}:${e.title}`);
    expect(titles).toContain('phase:Đợt 1');
    expect(titles.some((x: string) => x.startsWith('anniversary:Kỷ niệm 96 năm'))).toBe(true);
    expect(titles).toContain('deadline:Hạn gửi báo cáo tháng 2/2026');
    expect((await tpAdmin.get('/api/calendar?from=2026-03-01&to=2026-01-01')).json().code).toBe('invalid_period');

    const link = (await tpAdmin.get(`/api/units/${u['LCU-TP']}/calendar-feed`)).json().url as string;
    const feed = await t.app.inject({ method: 'GET', url: link });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).toContain('Đợt 1');
    const forged = await t.app.inject({ method: 'GET', url: link.replace(/token=.*/, 'token=abc') });
    expect(forged.statusCode).toBe(403);
    const other = await t.app.inject({ method: 'GET', url: link.replace(`/units/${u['LCU-TP']}/`, `/units/${u['LCU-DK']}/`) });
    expect(other.statusCode).toBe(403);
  });

  it('proposes the anniversaries of a period, national and the unit’s own, with round marks', async () => {
    const added = await tpAdmin.post(`/api/units/${u['LCU-TP']}/events`, { date: '1986-04-15', name: 'Ngày thành lập phường Tân Phong' });
    expect(added.statusCode, added.body).toBe(201);
    const items = (await tpAdmin.get(`/api/anniversaries?from=2026-01-01&to=2026-12-31&unitId=${u['LCU-TP']}`)).json().items;
    const party = items.find((a: { name: string }) => a.name === 'Ngày thành lập Đảng Cộng sản Việt Nam');
    expect(party).toMatchObject({ years: 96, anniversaryDate: '2026-02-03', round: false, halfRound: false });
    const local = items.find((a: { local: boolean }) => a.local);
    expect(local).toMatchObject({ years: 40, round: true, anniversaryDate: '2026-04-15' });
    const hungKings = items.find((a: { name: string }) => a.name === 'Giỗ Tổ Hùng Vương');
    expect(hungKings.anniversaryDate).toBe('2026-04-26');
  });
});
