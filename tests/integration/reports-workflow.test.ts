import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphTexts, unzipText } from '../../src/documents/docx/read-docx.ts';
import { totalsFromReports } from '../../src/server/queries/rollups.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { issue, planBody } from '../support/plans.ts';

type Figures = Record<string, number>;
interface Report {
  id: number;
  unitId: number;
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  status: string;
  figures: Figures;
  items: { title: string; link: string | null; publishedOn: string | null; channel: string }[];
  narrative: Record<string, string>;
  version: number;
  returnComment: string | null;
  submittedAt: string | null;
  acceptedAt: string | null;
  form: { code: string; indicators: { key: string }[] };
  permissions: { edit: boolean; decide: boolean };
}

/**
 * One plan of the province (15/01–31/03/2026, monthly reports 15th–14th due on the 20th, "Mẫu chuẩn")
 * sent to Tân Phong and Đoàn Kết. Period "2026-03" runs 15/02–14/03.
 */
describe.each(DATABASE_KINDS)('report workflow, locking, rollups and the consolidated report (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let tpEditor: Client;
  let tpEditor2: Client;
  let tpLeader: Client;
  let dkEditor: Client;
  let leader: Client;
  let u: Record<string, number>;
  let planId: number;
  let tpReport: Report;
  let dkReport: Report;

  const edit = (client: Client, r: Pick<Report, 'id' | 'version'>, figures: Figures, narrative: Record<string, string> = {}, items: Report['items'] = []) =>
    client.put(`/api/reports/${r.id}`, { version: r.version, figures, items, narrative });

  beforeAll(async () => {
    t = await startTestApp(kind, { clock: () => new Date('2026-04-25T03:00:00Z') });
    admin = await t.signIn('admin.tinh');
    u = {};
    for (const code of ['LCU', 'LCU-TP', 'LCU-DK', 'LCU-BL', 'LCU-TP-CB01']) u[code] = await t.unitId(code);
    const users: [string, string, string][] = [
      ['bt.tanphong', 'LCU-TP', 'editor'],
      ['bt2.tanphong', 'LCU-TP', 'editor'],
      ['bt.doanket', 'LCU-DK', 'editor'],
      ['ld.tinh', 'LCU', 'leader'],
    ];
    for (const [username, unit, role] of users) {
      const res = await admin.post('/api/users', { username, fullName: `Người dùng ${username}`, unitId: u[unit], role, password: 'matkhau123' });
      expect(res.statusCode, res.body).toBe(201);
    }
    tpEditor = await t.signIn('bt.tanphong', 'matkhau123');
    tpEditor2 = await t.signIn('bt2.tanphong', 'matkhau123');
    dkEditor = await t.signIn('bt.doanket', 'matkhau123');
    leader = await t.signIn('ld.tinh', 'matkhau123');
    tpLeader = await t.signIn('lanhdao.tanphong');
    const body = planBody(
      u.LCU!,
      [
        { unitId: u['LCU-TP']!, label: 'Đảng ủy phường Tân Phong' },
        { unitId: u['LCU-DK']!, label: 'Đảng ủy phường Đoàn Kết' },
      ],
      { title: 'Kế hoạch tuyên truyền Đại hội XIV' },
    );
    body.content.reporting = { cadence: 'monthly', deadlineDay: 20, formCode: 'Mẫu chuẩn' };
    const created = await admin.post('/api/plans', body);
    expect(created.statusCode, created.body).toBe(201);
    planId = (await issue(admin, created.json().id)).id;

    const recorded = await tpEditor.post(`/api/units/${u['LCU-TP']}/activities`, {
      items: [
        { occurredOn: '2026-02-20', channel: 'meeting', planId, figures: { meeting_sessions: 2, meeting_attendees: 1500 } },
        {
          occurredOn: '2026-03-10', channel: 'website', planId, figures: { news_items: 3, photos: 12 },
          title: 'Hội nghị học tập Nghị quyết Đại hội XIV', link: 'https://tanphong.laichau.gov.vn/tin/12', publishedOn: '2026-03-10',
        },
        { occurredOn: '2026-03-14', channel: 'visual', planId, figures: { visual_banners: 5 } },
        { occurredOn: '2026-02-15', channel: 'radio', planId, figures: { radio_minutes: 30 }, title: 'Bản tin phát thanh', publishedOn: '2026-02-15' },
        // Not in the period, or not under this plan: not pre-filled.
        { occurredOn: '2026-03-15', channel: 'visual', planId, figures: { visual_banners: 100 } },
        { occurredOn: '2026-02-14', channel: 'visual', planId, figures: { visual_banners: 200 } },
        { occurredOn: '2026-02-25', channel: 'meeting', figures: { meeting_sessions: 50 } },
      ],
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    await dkEditor.post(`/api/units/${u['LCU-DK']}/activities`, { items: [{ occurredOn: '2026-03-01', channel: 'meeting', planId, figures: { meeting_sessions: 7 } }] });
  });
  afterAll(() => t.close());

  it('opens the report pre-filled from the unit’s activities of that plan and period; opening again gives the same report', async () => {
    const res = await tpEditor.post(`/api/plans/${planId}/reports`, { unitId: u['LCU-TP'], periodKey: '2026-03' });
    expect(res.statusCode, res.body).toBe(200);
    tpReport = res.json();
    expect(tpReport).toMatchObject({
      unitId: u['LCU-TP'],
      periodKey: '2026-03',
      periodStart: '2026-02-15',
      periodEnd: '2026-03-14',
      dueOn: '2026-03-20',
      status: 'draft',
      version: 1,
      submittedAt: null,
      acceptedAt: null,
      returnComment: null,
      permissions: { edit: true, decide: false },
    });
    expect(tpReport.form.code).toBe('Mẫu chuẩn');
    expect(tpReport.form.indicators).toHaveLength(12);
    expect(tpReport.figures).toEqual({ meeting_sessions: 2, meeting_attendees: 1500, news_items: 3, photos: 12, visual_banners: 5, radio_minutes: 30 });
    expect(tpReport.items).toEqual([
      { title: 'Bản tin phát thanh', link: null, publishedOn: '2026-02-15', channel: 'radio' },
      { title: 'Hội nghị học tập Nghị quyết Đại hội XIV', link: 'https://tanphong.laichau.gov.vn/tin/12', publishedOn: '2026-03-10', channel: 'website' },
    ]);
    const again = await tpEditor2.post(`/api/plans/${planId}/reports`, { unitId: u['LCU-TP'], periodKey: '2026-03' });
    expect(again.json().id).toBe(tpReport.id);
    expect((await tpEditor.get(`/api/reports/${tpReport.id}`)).json()).toEqual(tpReport);
  });

  it('two people opening the same report for the first time at the same moment get one report, opened once in the log', async () => {
    const opened = await Promise.all([tpEditor, tpEditor2, tpEditor, tpEditor2].map((c) => c.post(`/api/plans/${planId}/reports`, { unitId: u['LCU-TP'], periodKey: '2026-02' })));
    expect(opened.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    const ids = new Set(opened.map((r) => r.json().id as number));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    const log = await admin.get(`/api/units/${u.LCU}/audit?entity=report&action=report.open&limit=100`);
    expect(log.statusCode, log.body).toBe(200);
    const openings = (log.json().items as { action: string; entityId: string | null }[]).filter((e) => e.action === 'report.open' && e.entityId === String(id));
    expect(openings).toHaveLength(1);
  });

  it('refuses a period the plan does not have, a unit it does not expect, and a unit the user does not work for', async () => {
    const period = await tpEditor.post(`/api/plans/${planId}/reports`, { unitId: u['LCU-TP'], periodKey: '2026-09' });
    expect(period.statusCode).toBe(400);
    expect(period.json()).toMatchObject({ code: 'unknown_period', message: 'Kế hoạch không có kỳ báo cáo "2026-09".' });
    const unit = await admin.post(`/api/plans/${planId}/reports`, { unitId: u['LCU-BL'], periodKey: '2026-03' });
    expect(unit.statusCode).toBe(400);
    expect(unit.json().code).toBe('not_expected');
    expect((await dkEditor.post(`/api/plans/${planId}/reports`, { unitId: u['LCU-TP'], periodKey: '2026-03' })).statusCode).toBe(404);
    expect((await tpEditor.post(`/api/plans/999999/reports`, { unitId: u['LCU-TP'], periodKey: '2026-03' })).statusCode).toBe(404);
  });

  it('saves with the version loaded; a save on a stale version is a 409 and never overwrites', async () => {
    const saved = await edit(tpEditor, tpReport, { ...tpReport.figures, radio_broadcasts: 4 }, { results: 'Tổ chức 2 hội nghị' }, tpReport.items);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, figures: { radio_broadcasts: 4 }, narrative: { results: 'Tổ chức 2 hội nghị' } });
    const stale = await edit(tpEditor2, tpReport, { meeting_sessions: 99 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
    expect(stale.json().message).toBe('Báo cáo vừa được người khác sửa. Hãy tải lại để xem thay đổi của họ rồi sửa tiếp.');
    const now = (await tpEditor.get(`/api/reports/${tpReport.id}`)).json();
    expect(now.figures.meeting_sessions).toBe(2);
    expect(now.version).toBe(2);

    const unknown = await edit(tpEditor, now, { other_activities: 3 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'unknown_indicator', message: 'Chỉ tiêu không có trong Mẫu chuẩn: other_activities.' });
    expect((await edit(tpEditor, now, { meeting_sessions: -1 })).statusCode).toBe(400);
    expect((await edit(tpEditor, now, { meeting_sessions: 1.5 })).statusCode).toBe(400);
    expect((await tpEditor.get(`/api/reports/${tpReport.id}`)).json().version).toBe(2);
    tpReport = now;
  });

  it('two people saving the same version at the same moment: exactly one wins, the other gets the conflict', async () => {
    const base = (await tpEditor.get(`/api/reports/${tpReport.id}`)).json() as Report;
    const first = { ...base.figures, culture_shows: 1 };
    const second = { ...base.figures, culture_shows: 2 };
    const [a, b] = await Promise.all([
      edit(tpEditor, base, first, { results: 'Bản của người thứ nhất' }, base.items),
      edit(tpEditor2, base, second, { results: 'Bản của người thứ hai' }, base.items),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().code).toBe('version_conflict');
    const winner = a.statusCode === 200 ? { res: a, figures: first, text: 'Bản của người thứ nhất' } : { res: b, figures: second, text: 'Bản của người thứ hai' };
    const stored = (await tpEditor.get(`/api/reports/${tpReport.id}`)).json() as Report;
    expect(stored.version).toBe(base.version + 1);
    expect(stored.figures).toEqual(winner.figures);
    expect(stored.narrative.results).toBe(winner.text);
    // The loser reloads and saves again on the new version: both edits are kept.
    const retried = await edit(a.statusCode === 409 ? tpEditor : tpEditor2, stored, { ...stored.figures, mobile_rounds: 3 }, { ...stored.narrative, difficulties: 'Thiếu kinh phí in pa nô' }, stored.items);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json().figures).toMatchObject({ culture_shows: winner.figures.culture_shows, mobile_rounds: 3 });
    tpReport = retried.json();
  });

  it('only the reporting unit’s people submit; the receiver’s leader returns and accepts; siblings and the unit’s own leader do not decide', async () => {
    // A sibling commune cannot read, edit, submit or decide.
    expect((await dkEditor.get(`/api/reports/${tpReport.id}`)).statusCode).toBe(404);
    expect((await edit(dkEditor, tpReport, { meeting_sessions: 1 })).statusCode).toBe(404);
    expect((await dkEditor.post(`/api/reports/${tpReport.id}/submit`)).statusCode).toBe(404);
    expect((await dkEditor.post(`/api/reports/${tpReport.id}/accept`)).statusCode).toBe(404);
    // A cell's viewer under Tân Phong does not see the ward's report.
    expect((await (await t.signIn('xem.chibo')).get(`/api/reports/${tpReport.id}`)).statusCode).toBe(404);
    // The receiver reads it but cannot decide on a draft.
    const read = await leader.get(`/api/reports/${tpReport.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().permissions).toEqual({ edit: true, decide: true });
    expect((await leader.post(`/api/reports/${tpReport.id}/accept`)).json().code).toBe('invalid_transition');

    const submitted = await tpEditor.post(`/api/reports/${tpReport.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', version: tpReport.version + 1 });
    expect(submitted.json().submittedAt).not.toBeNull();
    const locked = await edit(tpEditor, submitted.json(), { meeting_sessions: 1 });
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({ code: 'report_locked', message: 'Báo cáo đã gửi hoặc đã được tiếp nhận, không sửa được.' });
    expect((await tpEditor.post(`/api/reports/${tpReport.id}/submit`)).json().code).toBe('invalid_transition');

    // The reporting unit's editor and its own leader are not the receiver.
    expect((await tpEditor.post(`/api/reports/${tpReport.id}/accept`)).statusCode).toBe(403);
    expect((await tpLeader.post(`/api/reports/${tpReport.id}/accept`)).statusCode).toBe(403);
    expect((await tpLeader.post(`/api/reports/${tpReport.id}/return`, { comment: 'x' })).statusCode).toBe(403);

    const returned = await leader.post(`/api/reports/${tpReport.id}/return`, { comment: 'Bổ sung số liệu phát thanh' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned', returnComment: 'Bổ sung số liệu phát thanh' });
    const notices = (await tpEditor.get(`/api/units/${u['LCU-TP']}/notifications?unread=true`)).json().items;
    expect(notices[0]).toMatchObject({ kind: 'report-returned', message: 'Báo cáo 2026-03 bị trả lại: Bổ sung số liệu phát thanh', link: `/bao-cao/${tpReport.id}` });

    const fixed = await edit(tpEditor, returned.json(), { ...returned.json().figures, radio_broadcasts: 6 }, returned.json().narrative, returned.json().items);
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect((await tpEditor.post(`/api/reports/${tpReport.id}/submit`)).json().status).toBe('submitted');

    const accepted = await leader.post(`/api/reports/${tpReport.id}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('accepted');
    expect(accepted.json().acceptedAt).not.toBeNull();
    tpReport = accepted.json();
  });

  it('an accepted report is locked: no edit, no second acceptance, no return', async () => {
    const put = await edit(tpEditor, tpReport, { meeting_sessions: 1 });
    expect(put.statusCode).toBe(409);
    expect(put.json().code).toBe('report_locked');
    const twice = await leader.post(`/api/reports/${tpReport.id}/accept`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'invalid_transition', message: 'Không thể tiếp nhận báo cáo đang ở trạng thái "Đã tiếp nhận".' });
    expect((await leader.post(`/api/reports/${tpReport.id}/return`, { comment: 'muộn' })).json().code).toBe('invalid_transition');
    expect((await tpEditor.post(`/api/reports/${tpReport.id}/submit`)).json().code).toBe('invalid_transition');
    expect((await leader.get(`/api/reports/${tpReport.id}`)).json()).toEqual(tpReport); // unchanged (as the leader saw it)
  });

  it('two acceptances at the same moment: one succeeds, the figures are counted once', async () => {
    dkReport = (await dkEditor.post(`/api/plans/${planId}/reports`, { unitId: u['LCU-DK'], periodKey: '2026-03' })).json();
    expect(dkReport.figures).toEqual({ meeting_sessions: 7 });
    const saved = await edit(dkEditor, dkReport, { meeting_sessions: 7, meeting_attendees: 420, social_posts: 9, visual_banners: 3 }, { difficulties: 'Địa bàn rộng', recommendations: 'Cấp thêm loa' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await dkEditor.post(`/api/reports/${dkReport.id}/submit`)).statusCode).toBe(200);
    const results = await Promise.all([leader.post(`/api/reports/${dkReport.id}/accept`), admin.post(`/api/reports/${dkReport.id}/accept`)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    dkReport = (await dkEditor.get(`/api/reports/${dkReport.id}`)).json();
    expect(dkReport.status).toBe('accepted');
    // Submitted but not accepted: not in the rollups.
    const april = (await tpEditor.post(`/api/plans/${planId}/reports`, { unitId: u['LCU-TP'], periodKey: '2026-04' })).json();
    expect(april.figures).toEqual({ visual_banners: 100 });
    expect((await tpEditor.post(`/api/reports/${april.id}/submit`)).statusCode).toBe(200);
  });

  const range = () => `from=2026-01-01&to=2026-12-31&planId=${planId}`;
  const sum = (...fs: Figures[]) => {
    const out: Figures = {};
    for (const f of fs) for (const [k, v] of Object.entries(f)) if (v) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  const asMap = (rows: { indicator: string; value: number }[]) => Object.fromEntries(rows.map((r) => [r.indicator, r.value]));

  it('rollups of the province equal the accepted figures, attributed to the right child, in the right period', async () => {
    const res = await leader.get(`/api/units/${u.LCU}/rollups?${range()}`);
    expect(res.statusCode, res.body).toBe(200);
    const { totals, byPeriod, byChild } = res.json();
    expect(asMap(totals)).toEqual(sum(tpReport.figures, dkReport.figures));
    expect(totals.find((r: { indicator: string }) => r.indicator === 'meeting_sessions').reports).toBe(2);
    expect(totals.find((r: { indicator: string }) => r.indicator === 'news_items').reports).toBe(1);
    const child = (id: number) => asMap(byChild.filter((r: { childId: number }) => r.childId === id));
    expect(child(u['LCU-TP']!)).toEqual(sum(tpReport.figures));
    expect(child(u['LCU-DK']!)).toEqual(sum(dkReport.figures));
    expect(new Set(byChild.map((r: { childName: string }) => r.childName))).toEqual(new Set(['Đảng ủy phường Tân Phong', 'Đảng ủy phường Đoàn Kết']));
    expect(new Set(byPeriod.map((r: { periodKey: string; periodStart: string }) => `${r.periodKey} ${r.periodStart}`))).toEqual(new Set(['2026-03 2026-02-15']));
    expect(asMap(byPeriod)).toEqual(sum(tpReport.figures, dkReport.figures));
    // The same totals recomputed from the raw accepted reports.
    const path = `/${u.LCU}/`;
    const raw = await totalsFromReports(t.database.db, { unitId: u.LCU!, from: '2026-01-01', to: '2026-12-31', planId }, path);
    expect(asMap(raw)).toEqual(asMap(totals));
  });

  it('figures and completeness take the same periods for a range: those ending in it', async () => {
    // "2026-03" runs 15/02–14/03: it is March's, not February's, in the figures and in the list alike.
    for (const [from, to, expected] of [
      ['2026-02-01', '2026-02-28', []],
      ['2026-03-01', '2026-03-31', ['2026-03']],
      ['2026-03-10', '2026-03-14', ['2026-03']],
      ['2026-03-15', '2026-04-30', []],
    ] as const) {
      const q = `from=${from}&to=${to}&planId=${planId}`;
      const figures = (await leader.get(`/api/units/${u.LCU}/rollups?${q}`)).json() as { byPeriod: { periodKey: string }[] };
      const expectedReports = (await leader.get(`/api/units/${u.LCU}/completeness?${q}`)).json() as { items: { periodKey: string; status: string | null }[] };
      expect([...new Set(figures.byPeriod.map((r) => r.periodKey))], `${from}..${to}`).toEqual(expected);
      const acceptedPeriods = expectedReports.items.filter((i) => i.status === 'accepted').map((i) => i.periodKey);
      expect([...new Set(acceptedPeriods)], `${from}..${to}`).toEqual(expected);
    }
  });

  it('rollups of a commune hold only its own accepted figures, attributed to itself', async () => {
    const { totals, byChild } = (await tpEditor.get(`/api/units/${u['LCU-TP']}/rollups?${range()}`)).json();
    expect(asMap(totals)).toEqual(sum(tpReport.figures));
    expect(new Set(byChild.map((r: { childId: number }) => r.childId))).toEqual(new Set([u['LCU-TP']]));
    expect(asMap(byChild)).toEqual(sum(tpReport.figures));
    expect((await dkEditor.get(`/api/units/${u['LCU-TP']}/rollups?${range()}`)).statusCode).toBe(404);
    const empty = (await admin.get(`/api/units/${u['LCU-BL']}/rollups?${range()}`)).json();
    expect(empty).toEqual({ totals: [], byPeriod: [], byChild: [] });
    // Outside the period, nothing.
    expect((await admin.get(`/api/units/${u.LCU}/rollups?from=2026-04-01&to=2026-12-31&planId=${planId}`)).json().totals).toEqual([]);
  });

  it('the consolidated report: JSON equals the rollups; the .docx and .xlsx carry the same numbers', async () => {
    const total = sum(tpReport.figures, dkReport.figures);
    const json = await leader.get(`/api/units/${u.LCU}/consolidated?${range()}`);
    expect(json.statusCode, json.body).toBe(200);
    const c = json.json();
    expect(c.unit).toEqual({ id: u.LCU, name: 'Tỉnh ủy Lai Châu' });
    expect(Object.fromEntries(c.indicators.map((i: { key: string; total: number }) => [i.key, i.total]))).toEqual(total);
    expect(c.indicators.find((i: { key: string }) => i.key === 'meeting_attendees')).toMatchObject({ label: 'Tuyên truyền miệng, hội nghị: số người dự', measure: 'lượt người' });
    const byChild = (await leader.get(`/api/units/${u.LCU}/rollups?${range()}`)).json().byChild as { childId: number; indicator: string; value: number }[];
    for (const ch of c.children) {
      expect(ch.values).toEqual(Object.fromEntries(byChild.filter((r) => r.childId === ch.unitId).map((r) => [r.indicator, r.value])));
    }
    expect(c.children.map((ch: { unitId: number }) => ch.unitId).sort()).toEqual([u['LCU-TP'], u['LCU-DK']].sort());
    expect(c.reportsCounted).toBe(2);
    expect(c.notes).toContainEqual({ unitName: 'Đảng ủy phường Đoàn Kết', periodKey: '2026-03', difficulties: 'Địa bàn rộng', recommendations: 'Cấp thêm loa', results: '' });

    const docx = await leader.get(`/api/units/${u.LCU}/consolidated?${range()}&format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const xml = unzipText(docx.rawPayload).get('word/document.xml')!;
    const text = paragraphTexts(xml).join('\n');
    expect(text).toContain('BÁO CÁO');
    expect(text.toLocaleUpperCase('vi')).toContain('TỈNH ỦY LAI CHÂU');
    expect(text).toContain('Đảng ủy phường Tân Phong');
    expect(text).toContain('Đảng ủy phường Đoàn Kết');
    // Totals and per-unit values as written in Vietnamese (1.920 = 1,920).
    expect(total.meeting_attendees).toBe(1920);
    expect(text).toContain('1.920');
    expect(text).toContain(String(tpReport.figures.photos));
    expect(text).toContain('Địa bàn rộng');

    const xlsx = await leader.get(`/api/units/${u.LCU}/consolidated?${range()}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Theo đơn vị', 'Khó khăn, kiến nghị']);
    const totalsSheet = wb.getWorksheet('Tổng hợp')!;
    const fromSheet: Figures = {};
    totalsSheet.eachRow((row, n) => {
      if (n <= 4) return;
      const label = String(row.getCell(1).value);
      const key = c.indicators.find((i: { label: string }) => i.label === label)?.key;
      if (key) fromSheet[key] = Number(row.getCell(4).value);
    });
    expect(fromSheet).toEqual(total);
    const unitsSheet = wb.getWorksheet('Theo đơn vị')!;
    const rows: unknown[][] = [];
    unitsSheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const tpRow = rows.find((r) => r[0] === 'Đảng ủy phường Tân Phong')!;
    const totalRow = rows.find((r) => r[0] === 'Tổng cộng')!;
    c.indicators.forEach((i: { key: string }, col: number) => {
      expect(Number(tpRow[col + 1])).toBe(tpReport.figures[i.key] ?? 0);
      expect(Number(totalRow[col + 1])).toBe(total[i.key]);
    });
    const notes: unknown[][] = [];
    wb.getWorksheet('Khó khăn, kiến nghị')!.eachRow((row) => notes.push((row.values as unknown[]).slice(1)));
    expect(notes).toContainEqual(['Đảng ủy phường Đoàn Kết', '2026-03', '', 'Địa bàn rộng', 'Cấp thêm loa']);

    // A commune's consolidated report, for a commune user.
    const tp = (await tpEditor.get(`/api/units/${u['LCU-TP']}/consolidated?${range()}`)).json();
    expect(Object.fromEntries(tp.indicators.map((i: { key: string; total: number }) => [i.key, i.total]))).toEqual(sum(tpReport.figures));
    const tpDocx = await tpEditor.get(`/api/units/${u['LCU-TP']}/consolidated?${range()}&format=docx`);
    expect(paragraphTexts(unzipText(tpDocx.rawPayload).get('word/document.xml')!).join('\n').toLocaleUpperCase('vi')).toContain('PHƯỜNG TÂN PHONG');
    expect((await dkEditor.get(`/api/units/${u['LCU-TP']}/consolidated?${range()}&format=docx`)).statusCode).toBe(404);
  });
});
