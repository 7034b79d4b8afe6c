import PgBoss from 'pg-boss';
import nodemailer from 'nodemailer';
import type { Database } from '../../db/client.ts';
import type { ServerConfig } from '../context.ts';
import { todayInVietnam } from '../routes/plans.ts';
import { sendReportReminders, type Mailer } from './report-reminders.ts';

const REMINDERS = 'report-reminders';

/**
 * Background jobs on pg-boss, in the same database (PGlite or PostgreSQL): the daily report reminders,
 * at 07:00 Vietnam time and once at start. pg-boss schedules each run once however many servers run.
 */
export async function startJobs(database: Database, config: ServerConfig, log: (msg: string) => void): Promise<() => Promise<void>> {
  const boss =
    database.kind === 'postgresql'
      ? new PgBoss({ db: { executeSql: async (text: string, values: unknown[]) => ({ rows: await database.query(text, values) }) } })
      : new PgBoss({
          db: {
            // pg-boss sends its schema as one multi-statement text without parameters: PGlite runs those with exec.
            executeSql: async (text: string, values: unknown[]) => {
              if (!values || values.length === 0) return { rows: (await database.pglite!.exec(text)).at(-1)?.rows ?? [] };
              return { rows: await database.query(text, values) };
            },
          },
        });
  boss.on('error', (err) => log(`jobs: ${err.message}`));
  await boss.start();
  await boss.createQueue(REMINDERS);
  const mailer = smtpMailer();
  await boss.work(REMINDERS, async () => {
    const result = await sendReportReminders(database, todayInVietnam(config.clock()), { mailer });
    if (result.created) log(`jobs: ${result.created} report reminders`);
  });
  await boss.schedule(REMINDERS, '0 7 * * *', {}, { tz: 'Asia/Ho_Chi_Minh' });
  await boss.send(REMINDERS, {});
  return async () => {
    await boss.stop({ graceful: true, wait: true, timeout: 5000 });
  };
}

/** E-mail through SMTP_URL (smtp://user:pass@host:587) when it is set; SMTP_FROM names the sender. */
function smtpMailer(): Mailer | undefined {
  const url = process.env.SMTP_URL;
  if (!url) return undefined;
  const transport = nodemailer.createTransport(url);
  const from = process.env.SMTP_FROM ?? 'tuyentruyen <no-reply@localhost>';
  return {
    async send(to, subject, text) {
      await transport.sendMail({ from, to, subject, text });
    },
  };
}
