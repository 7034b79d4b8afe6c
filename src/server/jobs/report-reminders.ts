import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { expectedReports } from '../queries/expected-reports.ts';
import { notify } from '../usecases/reports/report-workflow.ts';

export interface Mailer {
  send(to: string[], subject: string, text: string): Promise<void>;
}

const vnDate = (iso: string) => iso.split('-').reverse().join('/');
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Reminders before and after report deadlines: in-app notices to the reporting unit (due within
 * `daysBefore` days, or overdue) and to the receiving unit (overdue reports). Each notice has a key,
 * so running the job twice a day sends nothing twice. E-mail goes out too when a mailer is given.
 */
export async function sendReportReminders(database: Database, today: string, opts: { daysBefore?: number; mailer?: Mailer } = {}) {
  const daysBefore = opts.daysBefore ?? 3;
  const expected = await expectedReports(database.db, '/', addDays(today, -92), addDays(today, daysBefore), today);
  let created = 0;
  const mails: { unitId: number; subject: string; text: string }[] = [];
  await database.db.transaction(async (tx) => {
    const remind = async (unitId: number, key: string, message: string, link: string | null) => {
      const before = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM notifications WHERE dedup_key = ${key}`);
      if (before[0]!.n > 0) return;
      await notify(tx, unitId, key, message, link);
      created++;
      mails.push({ unitId, subject: message, text: `${message}\n\nXem trong hệ thống: ${link ?? ''}` });
    };
    for (const e of expected) {
      const id = `${e.planId}:${e.unitId}:${e.period.key}`;
      const what = `báo cáo ${e.period.label} theo kế hoạch "${e.planTitle}"`;
      if (e.timeliness === 'not_due' || e.timeliness === 'in_progress') {
        if (e.period.dueOn <= addDays(today, daysBefore)) {
          await remind(e.unitId, `report-due-soon:${id}`, `Sắp đến hạn ${what} (hạn ${vnDate(e.period.dueOn)}).`, `/bao-cao?unit=${e.unitId}`);
        }
      } else if (e.timeliness === 'missing') {
        await remind(e.unitId, `report-overdue:${id}`, `Đã quá hạn ${what} (hạn ${vnDate(e.period.dueOn)}).`, `/bao-cao?unit=${e.unitId}`);
        await remind(e.receiverUnitId, `report-missing:${id}`, `${e.unitName} chưa nộp ${what} (hạn ${vnDate(e.period.dueOn)}).`, `/tong-quan?unit=${e.receiverUnitId}`);
      }
    }
  });
  if (opts.mailer) {
    for (const m of mails) {
      const to = await rows<{ email: string }>(
        database.db,
        sql`SELECT DISTINCT us.email FROM users us JOIN role_assignments r ON r.user_id = us.id
             WHERE r.unit_id = ${m.unitId} AND r.role IN ('editor', 'leader', 'admin') AND us.active AND us.email IS NOT NULL`,
      );
      if (to.length) await opts.mailer.send(to.map((t) => t.email), m.subject, m.text);
    }
  }
  return { created };
}
