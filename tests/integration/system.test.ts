/**
 * The system around the routes: health and migrations, the OpenAPI document, how malformed, wrongly
 * typed, oversized and unknown requests are answered, the web app beside the API, and backup →
 * restore on every database kind (and from PGlite to PostgreSQL when one is available).
 */
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { BACKUP_TABLES, backupTo, restoreFrom, RestoreError } from '../../src/db/backup.ts';
import { migrationJournal, openDatabase, type Database, type DatabaseKind } from '../../src/db/client.ts';
import { rows } from '../../src/db/sql.ts';
import { seedDemo } from '../../src/db/seed/seed-demo.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { buildApp } from '../../src/server/app.ts';
import { clientFor, startTestApp, type TestApp } from '../support/app.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../support/databases.ts';

const workDir = mkdtempSync(join(tmpdir(), 'tt-system-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Every row of every backed-up table, in key order, timestamps in UTC: what a round trip must keep. */
async function dump(database: Database): Promise<Record<string, unknown[]>> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL TIME ZONE 'UTC'`);
    const out: Record<string, unknown[]> = {};
    for (const table of BACKUP_TABLES) {
      // The key is a column name or an expression over the alias t.
      const key = /\bt\./.test(table.key) ? table.key : `t.${table.key}`;
      const found = await rows<{ r: string }>(tx, sql.raw(`SELECT row_to_json(t)::text AS r FROM ${table.name} t ORDER BY ${key}`));
      out[table.name] = found.map((row) => JSON.parse(row.r));
    }
    return out;
  });
}

async function maxIds(database: Database): Promise<{ units: number; users: number; audit: number }> {
  const found = await database.query<{ units: number; users: number; audit: string }>(
    'SELECT (SELECT max(id) FROM units) AS units, (SELECT max(id) FROM users) AS users, (SELECT max(id) FROM audit_log) AS audit',
  );
  return { units: Number(found[0]!.units), users: Number(found[0]!.users), audit: Number(found[0]!.audit) };
}

/** Some of everything: units, people, roles, sessions, log entries and a failed sign-in. */
async function addActivity(t: TestApp, tag: string): Promise<void> {
  const admin = await t.signIn('admin.tinh');
  const parentId = await t.unitId('LCU-TP');
  const unit = await admin.post('/api/units', { parentId, name: `Chi bộ sao lưu ${tag}`, kind: 'cell', code: `BK-${tag}` });
  expect(unit.statusCode, unit.body).toBe(201);
  expect((await admin.post(`/api/units/${unit.json().id}/retire`)).statusCode).toBe(200);
  const user = await admin.post('/api/users', { username: `sao.luu.${tag}`, fullName: 'Người Sao Lưu', unitId: parentId, role: 'leader' });
  expect(user.statusCode, user.body).toBe(201);
  const failed = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin.tinh', password: 'sai' }, remoteAddress: '10.7.7.7' });
  expect(failed.statusCode).toBe(401);
}

describe.each(DATABASE_KINDS)('system (%s)', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());

  it('reports health: database kind and migrations', async () => {
    const journal = migrationJournal();
    expect(journal.length).toBeGreaterThanOrEqual(2);
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: kind, migrations: { applied: journal.length, latest: journal.at(-1)!.tag, pending: 0 } });
  });

  it('reports pending migrations on a database that has not been migrated', async () => {
    const bare = await createTestDatabase(kind, { migrate: false });
    try {
      const app = await buildApp({ database: bare.database, config: { logLevel: 'silent' } });
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.json().migrations).toEqual({ applied: 0, latest: null, pending: migrationJournal().length });
      await app.close();
    } finally {
      await bare.dispose();
    }
  });

  it('serves an OpenAPI 3 document of the API', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/units/{id}', '/api/auth/login', '/api/users', '/api/units/{id}/audit']));
    expect(doc.paths['/api/auth/login'].post).toBeDefined();
  });

  it('answers malformed JSON with 400 malformed_json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "admin.tinh", "password": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('malformed_json');
  });

  it('answers wrong types with 400 invalid_request and the issues', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 42, password: ['x'] } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('invalid_request');
    expect(body.message).toMatch(/^Dữ liệu không hợp lệ/);
    const paths = (body.details.issues as { path: string; message: string }[]).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.username', 'body.password']));

    const admin = await t.signIn('admin.tinh');
    const patch = await admin.patch(`/api/units/${await t.unitId('LCU-TP')}`, { name: 7, kind: 'khong-co' });
    expect(patch.statusCode).toBe(400);
    expect((patch.json().details.issues as { path: string }[]).map((i) => i.path)).toEqual(expect.arrayContaining(['body.name', 'body.kind']));
    const query = await admin.get(`/api/units/${await t.unitId('LCU')}/audit?limit=0`);
    expect(query.statusCode).toBe(400);
    expect(query.json().details.issues[0].path).toBe('querystring.limit');
  });

  it('refuses a JSON body over 1 MB with 413', async () => {
    const payload = JSON.stringify({ username: 'admin.tinh', password: 'x'.repeat(1024 * 1024 + 10) });
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('body_too_large');
  });

  it('answers an unknown /api route with a 404 JSON error', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(anonymous.statusCode, anonymous.body).toBe(404);
    expect(anonymous.headers['content-type']).toMatch(/application\/json/);
    expect(anonymous.json().code).toBe('route_not_found');
    const admin = await t.signIn('admin.tinh');
    const post = await admin.post('/api/units/1/khong-co', {});
    expect(post.statusCode, post.body).toBe(404);
    expect(post.json().code).toBe('route_not_found');
  });

  it('round-trips a backup into a fresh database: same rows, and the sequences go on', async () => {
    await addActivity(t, `${kind}-a`);
    const admin = await t.signIn('admin.tinh');
    const file = join(workDir, `round-trip-${kind}.tt.gz`);
    const before = await dump(t.database);
    const written = await backupTo(t.database, file);
    for (const table of BACKUP_TABLES) expect(written.counts[table.name], table.name).toBe(before[table.name]!.length);
    expect(written.counts.login_throttle).toBeGreaterThan(0);

    const fresh = await createTestDatabase(kind);
    try {
      const restored = await restoreFrom(fresh.database, file);
      expect(restored.counts).toEqual(written.counts);
      expect(await dump(fresh.database)).toEqual(before);

      const max = await maxIds(fresh.database);
      const app = await buildApp({ database: fresh.database, config: { logLevel: 'silent' } });
      try {
        // The restored session still works; a new sign-in works with the restored password hash.
        expect((await clientFor(app, admin.cookie, admin.csrfToken).get('/api/auth/me')).statusCode).toBe(200);
        const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin.tinh', password: DEMO_PASSWORD } });
        expect(login.statusCode).toBe(200);
        const again = clientFor(app, `tt_session=${login.cookies.find((c) => c.name === 'tt_session')!.value}`, login.json().csrfToken);
        const unit = await again.post('/api/units', { parentId: await t.unitId('LCU'), name: 'Đơn vị sau khôi phục', kind: 'board' });
        expect(unit.statusCode, unit.body).toBe(201);
        expect(unit.json().id).toBeGreaterThan(max.units);
        const user = await again.post('/api/users', { username: `sau.khoi.phuc`, fullName: 'Sau Khôi Phục', unitId: unit.json().id, role: 'viewer' });
        expect(user.statusCode, user.body).toBe(201);
        expect(user.json().user.id).toBeGreaterThan(max.users);
        const after = await maxIds(fresh.database);
        expect(after.audit).toBeGreaterThan(max.audit);
      } finally {
        await app.close();
      }
    } finally {
      await fresh.dispose();
    }
  });

  it('refuses to restore into a database that has data, unless told to replace it', async () => {
    const file = join(workDir, `non-empty-${kind}.tt.gz`);
    const written = await backupTo(t.database, file);
    await expect(restoreFrom(t.database, file)).rejects.toThrow(RestoreError);
    await expect(restoreFrom(t.database, file)).rejects.toThrow(/not empty/);

    const other = await createTestDatabase(kind);
    try {
      await seedDemo(other.database);
      await expect(restoreFrom(other.database, file)).rejects.toThrow(/not empty/);
      const replaced = await restoreFrom(other.database, file, { replace: true });
      expect(replaced.counts).toEqual(written.counts);
      expect(await dump(other.database)).toEqual(await dump(t.database));
    } finally {
      await other.dispose();
    }
  });

  it('refuses a file that is not a complete backup, leaving the database empty', async () => {
    const fresh = await createTestDatabase(kind);
    try {
      const foreign = join(workDir, `foreign-${kind}.gz`);
      writeFileSync(foreign, gzipSync('{"hello":"world"}\n'));
      await expect(restoreFrom(fresh.database, foreign)).rejects.toThrow(/Not a tuyentruyen backup/);

      const full = join(workDir, `full-${kind}.tt.gz`);
      await backupTo(t.database, full);
      const lines = gunzipSync(readFileSync(full)).toString('utf8').trimEnd().split('\n');
      const truncated = join(workDir, `truncated-${kind}.tt.gz`);
      writeFileSync(truncated, gzipSync(`${lines.slice(0, -1).join('\n')}\n`));
      await expect(restoreFrom(fresh.database, truncated)).rejects.toThrow(/incomplete/);
      const left = await dump(fresh.database);
      for (const table of BACKUP_TABLES) expect(left[table.name], table.name).toEqual([]);
    } finally {
      await fresh.dispose();
    }
  });

  it('backs up every table of the public schema, each after the tables it refers to', async () => {
    const tables = await t.database.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    expect(BACKUP_TABLES.map((b) => b.name).sort()).toEqual(tables.map((r) => r.table_name).sort());

    const order = BACKUP_TABLES.map((b) => b.name);
    const references = await t.database.query<{ child: string; parent: string }>(
      `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint
        WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
    );
    expect(references.length).toBeGreaterThan(0);
    for (const { child, parent } of references) {
      expect(order.indexOf(parent), `${child} → ${parent}`).toBeLessThanOrEqual(order.indexOf(child));
    }
  });
});

describe('the web app beside the API', () => {
  it('serves index.html for client routes and JSON for unknown API routes', async () => {
    const webRoot = join(workDir, 'web');
    mkdirSync(webRoot, { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>tuyên truyền</title>');
    mkdirSync(join(webRoot, 'assets'), { recursive: true });
    const js = `console.log(${JSON.stringify('x'.repeat(2000))});`;
    writeFileSync(join(webRoot, 'assets', 'app-1a2b.js'), js);
    writeFileSync(join(webRoot, 'assets', 'app-1a2b.js.br'), brotliCompressSync(js));
    const database = await openDatabase({ dataDir: 'memory://' });
    try {
      const app = await buildApp({ database, config: { logLevel: 'silent', webRoot } });
      try {
        const page = await app.inject({ method: 'GET', url: '/don-vi/12' });
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain('tuyên truyền');
        const api = await app.inject({ method: 'GET', url: '/api/khong-co' });
        expect(api.statusCode).toBe(404);
        expect(api.json().code).toBe('route_not_found');
        expect(page.headers['cache-control']).toBe('no-cache');
        // A script of the build: its Brotli copy to a browser that takes it, cached for good; a script
        // that is not there (an old page after a new release) is a 404, never the page.
        const script = await app.inject({ method: 'GET', url: '/assets/app-1a2b.js', headers: { 'accept-encoding': 'br, gzip' } });
        expect(script.statusCode).toBe(200);
        expect(script.headers['content-encoding']).toBe('br');
        expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(brotliDecompressSync(script.rawPayload).toString()).toBe(js);
        const plain = await app.inject({ method: 'GET', url: '/assets/app-1a2b.js' });
        expect(plain.headers['content-encoding']).toBeUndefined();
        expect(plain.body).toBe(js);
        const gone = await app.inject({ method: 'GET', url: '/assets/app-old.js' });
        expect(gone.statusCode).toBe(404);
        expect(gone.body).not.toContain('tuyên truyền');
      } finally {
        await app.close();
      }
    } finally {
      await database.close();
    }
  });
});

if (process.env.TEST_DATABASE_URL) {
  describe('backup across database kinds', () => {
    const across = async (from: DatabaseKind, to: DatabaseKind) => {
      const source = await startTestApp(from);
      let target: TestDatabase | undefined;
      try {
        await addActivity(source, `${from}-to-${to}`);
        const file = join(workDir, `${from}-to-${to}.tt.gz`);
        const written = await backupTo(source.database, file);
        target = await createTestDatabase(to);
        const restored = await restoreFrom(target.database, file);
        expect(restored.counts).toEqual(written.counts);
        expect(await dump(target.database)).toEqual(await dump(source.database));
        const max = await maxIds(target.database);
        const added = await target.database.query<{ id: number }>(
          `INSERT INTO units (parent_id, path, depth, name, kind, search_key) VALUES (NULL, '/', 0, 'Sau chuyển', 'committee', 'sau chuyen') RETURNING id`,
        );
        expect(added[0]!.id).toBeGreaterThan(max.units);
      } finally {
        await target?.dispose();
        await source.close();
      }
    };

    it('restores a PGlite backup into PostgreSQL', () => across('pglite', 'postgresql'));
    it('restores a PostgreSQL backup into PGlite', () => across('postgresql', 'pglite'));
  });
}
