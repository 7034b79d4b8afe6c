import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database, DatabaseKind } from '../../src/db/client.ts';
import { one } from '../../src/db/sql.ts';
import { seedDemo } from '../../src/db/seed/seed-demo.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { buildApp } from '../../src/server/app.ts';
import type { ServerConfig } from '../../src/server/context.ts';
import { createTestDatabase, type TestDatabase } from './databases.ts';

/** A fresh database with the demo province, and the app on it. */
export interface TestApp {
  app: FastifyInstance;
  database: Database;
  testDb: TestDatabase;
  /** Where this app keeps evidence files (a fresh temporary folder). */
  filesDir: string;
  unitId(code: string): Promise<number>;
  /** Signs in through the API and returns a client that sends the cookie and CSRF token. */
  signIn(username: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  cookie: string;
  csrfToken: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  upload(url: string, data: Buffer): Promise<LightMyRequestResponse>;
}

export async function startTestApp(kind: DatabaseKind, config: Partial<ServerConfig> = {}): Promise<TestApp> {
  const testDb = await createTestDatabase(kind);
  const database = testDb.database;
  await seedDemo(database);
  const filesDir = await mkdtemp(join(tmpdir(), 'tt-files-'));
  const app = await buildApp({ database, config: { logLevel: 'silent', filesDir, ...config } });
  await app.ready();
  return {
    app,
    database,
    testDb,
    async unitId(code) {
      const row = await one<{ id: number }>(database.db, sql`SELECT id FROM units WHERE code = ${code}`);
      if (!row) throw new Error(`no unit ${code}`);
      return row.id;
    },
    async signIn(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'tt_session');
      return clientFor(app, `tt_session=${cookie!.value}`, res.json().csrfToken as string);
    },
    filesDir,
    async close() {
      await app.close();
      await testDb.dispose();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}

export function clientFor(app: FastifyInstance, cookie: string, csrfToken: string): Client {
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }) },
      ...(body === undefined ? {} : { payload: body as object }),
    });
  return {
    cookie,
    csrfToken,
    get: (url) => send('GET', url),
    post: (url, body) => send('POST', url, body ?? {}),
    patch: (url, body) => send('PATCH', url, body ?? {}),
    put: (url, body) => send('PUT', url, body ?? {}),
    delete: (url) => send('DELETE', url),
    upload: (url, data) =>
      app.inject({ method: 'POST', url, headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/octet-stream' }, payload: data }),
  };
}

export async function auditCount(database: Database): Promise<number> {
  const row = await one<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM audit_log`);
  return row!.n;
}
