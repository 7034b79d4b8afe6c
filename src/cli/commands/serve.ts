import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { openDatabase, redact } from '../../db/client.ts';
import { isEmpty, seedDemo } from '../../db/seed/seed-demo.ts';
import { seedDemoPlans } from '../../server/demo/seed-plans.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../../db/seed/demo-data.ts';
import { buildApp } from '../../server/app.ts';
import { startJobs } from '../../server/jobs/boss.ts';
import { ensureWebBuild, webRoot } from '../web-build.ts';
import { defaultServerConfig, publicUrlFrom } from '../../server/context.ts';
import { resolveDatabase, withDatabaseOptions, type DatabaseOptions } from '../options.ts';
import { CliError } from '../main.ts';

interface ServeOptions extends DatabaseOptions {
  port?: string;
  host?: string;
  seed: boolean;
  build: boolean;
  jobs: boolean;
}

export function registerServe(program: Command): void {
  withDatabaseOptions(
    program
      .command('serve')
      .description('run the web application (migrates the database; seeds demo data into an empty one)')
      .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)')
      .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1; 0.0.0.0 for the whole network)')
      .option('--no-seed', 'do not seed demo data into an empty database')
      .option('--no-build', 'do not build the web app when it is missing or stale')
      .option('--no-jobs', 'do not run background jobs (report reminders) in this process'),
  ).action(async (opts: ServeOptions) => {
    const port = Number(opts.port ?? process.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`Invalid port "${opts.port ?? process.env.PORT}"`);
    const host = opts.host ?? process.env.HOST ?? '127.0.0.1';
    let publicUrl: string;
    try {
      publicUrl = publicUrlFrom(process.env.PUBLIC_URL, port);
    } catch (err) {
      throw new CliError((err as Error).message);
    }
    if (opts.build) await ensureWebBuild((line) => console.log(line));
    const target = resolveDatabase(opts);
    const database = await openDatabase(target);
    const where = database.kind === 'postgresql' ? `PostgreSQL ${redact(target.url!)}` : `PGlite in ${resolve(target.dataDir)}`;
    let seeded = false;
    if (opts.seed && (await isEmpty(database))) {
      const result = await seedDemo(database);
      await seedDemoPlans(database);
      console.log(`Seeded the demo province: ${result.units} units, ${result.users.length} logins.`);
      seeded = true;
    }
    const filesDir = process.env.FILES_DIR ?? join(database.dataDir ?? resolve(target.dataDir), 'files');
    const app = await buildApp({
      database,
      config: { webRoot: webRoot(), logLevel: process.env.LOG_LEVEL ?? 'warn', secureCookies: process.env.SECURE_COOKIES === '1', filesDir, publicUrl },
    });
    const stopJobs = opts.jobs ? await startJobs(database, { ...defaultServerConfig }, (m) => app.log.warn(m)) : async () => undefined;
    const stop = async (signal: string) => {
      console.log(`\n${signal}: stopping…`);
      await stopJobs();
      await app.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
    try {
      await app.listen({ port, host });
    } catch (err) {
      await database.close();
      throw new CliError(`Cannot listen on ${host}:${port}: ${(err as Error).message}`);
    }
    const url = `http://${host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host}:${port}`;
    console.log(`tuyentruyen is running on ${url} (database: ${where})`);
    if (seeded || process.env.SHOW_DEMO_LOGINS !== '0') {
      console.log(`Demo logins (password "${DEMO_PASSWORD}"), if the demo data is present:`);
      for (const u of DEMO_USERS) console.log(`  ${u.username.padEnd(18)} ${u.role.padEnd(7)} ${u.fullName}`);
    }
  });
}
