import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/db/sql.ts';
import { startJobs } from '../../src/server/jobs/boss.ts';
import { sendReportReminders } from '../../src/server/jobs/report-reminders.ts';
import { defaultServerConfig } from '../../src/server/context.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { issue, planBody } from '../support/plans.ts';

describe.each(DATABASE_KINDS)('report reminders (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let tp: number;
  let province: number;

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.signIn('admin.tinh');
    province = await t.unitId('LCU');
    tp = await t.unitId('LCU-TP');
    // Monthly reports (15th–14th, due the 20th) from Tân Phong, 15/01–31/03/2026.
    const draft = (await admin.post('/api/plans', planBody(province, [{ unitId: tp, label: 'Đảng ủy phường Tân Phong' }]))).json();
    await issue(admin, draft.id, '2026-01-10');
  });
  afterAll(() => t.close());

  const notices = (unitId: number) =>
    rows<{ kind: string; message: string }>(t.database.db, sql`SELECT kind, message FROM notifications WHERE unit_id = ${unitId} ORDER BY id`);

  it('warns before the deadline and after it, the reporting unit and the receiver, once', async () => {
    // On 18/02/2026 the February report (15/01–14/02) is due on the 20th: a warning, nothing overdue.
    const first = await sendReportReminders(t.database, '2026-02-18');
    expect(first.created).toBe(1);
    expect((await notices(tp)).map((n) => n.kind)).toEqual(['report-due-soon']);
    expect((await notices(tp))[0]!.message).toContain('hạn 20/02/2026');
    // On 25/02 it is overdue: the ward is reminded and the province told; the warning is not repeated.
    const second = await sendReportReminders(t.database, '2026-02-25');
    expect(second.created).toBe(2);
    expect((await notices(tp)).map((n) => n.kind)).toEqual(['report-due-soon', 'report-overdue']);
    expect((await notices(province)).map((n) => n.message)).toEqual([expect.stringContaining('Đảng ủy phường Tân Phong chưa nộp báo cáo Tháng 2/2026')]);
    expect((await sendReportReminders(t.database, '2026-02-25')).created).toBe(0);
  });

  it('sends nothing for a report already submitted', async () => {
    const tpAdmin = await t.signIn('admin.tanphong');
    const plan = (await tpAdmin.get('/api/plans?status=issued')).json().items.find((p: { issuerUnitId: number }) => p.issuerUnitId === province);
    const report = (await tpAdmin.post(`/api/plans/${plan.id}/reports`, { unitId: tp, periodKey: '2026-03' })).json();
    expect((await tpAdmin.post(`/api/reports/${report.id}/submit`)).statusCode).toBe(200);
    const before = (await notices(tp)).length;
    await sendReportReminders(t.database, '2026-03-19');
    expect((await notices(tp)).length).toBe(before);
  });

  it('runs as a pg-boss job in the same database', async () => {
    const stop = await startJobs(t.database, { ...defaultServerConfig, clock: () => new Date('2026-04-25T03:00:00Z') }, () => undefined);
    try {
      const deadline = Date.now() + 30_000;
      let overdueApril: { kind: string }[] = [];
      while (Date.now() < deadline) {
        overdueApril = (await notices(tp)).filter((n) => n.kind === 'report-overdue');
        if (overdueApril.length >= 2) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      // February was already reminded; the job adds the overdue April report (March was submitted).
      expect(overdueApril.length).toBe(2);
    } finally {
      await stop();
    }
  });
});
