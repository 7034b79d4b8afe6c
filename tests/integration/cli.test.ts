/**
 * The real command line, run as a separate process the way an operator runs it: help, migrate,
 * seed, user add/reset, backup/restore (PGlite, PostgreSQL when TEST_DATABASE_URL is set, and from
 * one to the other), and the lock that keeps a second process off a data folder in use.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { BACKUP_TABLES } from '../../src/db/backup.ts';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { one } from '../../src/db/sql.ts';
import { verifyPassword } from '../../src/server/auth/passwords.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

// Each step starts a real process (tsx, migrations, seeding); on a busy 2-core machine that is slow, not wrong.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'bin', 'tuyentruyen.mjs');
const COMMANDS = ['serve', 'migrate', 'seed', 'user', 'backup', 'restore', 'parse', 'render', 'bench'];

/** The child's environment without anything that would point it at another database. */
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !['DATABASE_URL', 'DATA_DIR', 'FILES_DIR', 'PORT', 'TUYENTRUYEN_DEBUG'].includes(k)),
);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = start(args);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Runs a command that must succeed and returns its output. */
async function ok(...args: string[]): Promise<string> {
  const run = await cli(...args);
  expect(run.code, `${args.join(' ')}\n${run.stderr}`).toBe(0);
  return run.stdout;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** "Backup written to F: 123 rows (units 140, users 6, …)." → { units: 140, … } and the total. */
function backupCounts(stdout: string): { total: number; counts: Record<string, number> } {
  const match = /Backup written to .+: (\d+) rows \((.*)\), \d+ evidence files?\./.exec(stdout);
  expect(match, stdout).not.toBeNull();
  const counts = Object.fromEntries(match![2]!.split(', ').map((part) => [part.split(' ')[0]!, Number(part.split(' ')[1])]));
  return { total: Number(match![1]), counts };
}

function restoredTotal(stdout: string): number {
  const match = /Restored (\d+) rows and \d+ evidence files? from /.exec(stdout);
  expect(match, stdout).not.toBeNull();
  return Number(match![1]);
}

async function tableCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of BACKUP_TABLES) {
    counts[table.name] = Number((await database.query<{ n: string }>(`SELECT count(*) AS n FROM ${table.name}`))[0]!.n);
  }
  return counts;
}

const workDir = mkdtempSync(join(tmpdir(), 'tt-cli-'));
const dataDir = join(workDir, 'data');
const otherDir = join(workDir, 'other');
const backupFile = join(workDir, 'pglite.tt.gz');
let server: ChildProcess | undefined;
/** Row counts of the PGlite backup, for restoring it into PostgreSQL later. */
let pgliteBackup: { total: number; counts: Record<string, number> } | undefined;

async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

afterAll(async () => {
  await stopServer();
  rmSync(workDir, { recursive: true, force: true });
});

describe('command line (pglite)', () => {
  it('lists every command in --help', async () => {
    const help = await ok('--help');
    const listed = [...help.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]);
    for (const command of COMMANDS) expect(listed, command).toContain(command);
  });

  it('migrates and seeds a new data folder, once', async () => {
    expect(await ok('migrate', '--data', dataDir)).toMatch(/Database \(pglite\) is at migration \S+ \(\d+ applied\)/);
    expect(await ok('seed', '--data', dataDir)).toMatch(/^Seeded \d+ units\. Demo logins/);
    const again = await cli('seed', '--data', dataDir);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already has units/);
  });

  it('adds a user, refusing a taken username and an unknown role', async () => {
    const added = await ok('user', 'add', '-u', 'x.test', '-n', 'Nguyễn Thị Thử', '--unit', 'LCU-TP', '-r', 'editor', '-p', 'secret123', '--data', dataDir);
    expect(added).toMatch(/^Created user #\d+ "x\.test" \(editor\)\.\n$/);
    const taken = await cli('user', 'add', '-u', 'x.test', '-n', 'Người Khác', '--unit', 'LCU-TP', '--data', dataDir);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/^tuyentruyen: username_taken: /);
    const badRole = await cli('user', 'add', '-u', 'y.test', '-n', 'Người Khác', '--unit', 'LCU-TP', '-r', 'boss', '--data', dataDir);
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toMatch(/Unknown role "boss"/);
  });

  it('resets a password to a temporary one the person must change', async () => {
    const reset = await ok('user', 'reset', 'x.test', '--data', dataDir);
    const temporary = /Temporary password for "x\.test": (\S+) \(to be changed at next sign-in\)/.exec(reset)?.[1];
    expect(temporary, reset).toMatch(/^[A-Za-z0-9]{12}$/);

    const database = await openDatabase({ dataDir });
    try {
      const user = await one<{ fullName: string; hash: string; mustChange: boolean; code: string; role: string }>(
        database.db,
        sql`SELECT u.full_name AS "fullName", u.password_hash AS hash, u.must_change_password AS "mustChange", un.code, r.role
              FROM users u JOIN units un ON un.id = u.unit_id JOIN role_assignments r ON r.user_id = u.id AND r.unit_id = un.id
             WHERE u.username = 'x.test'`,
      );
      expect(user).toMatchObject({ fullName: 'Nguyễn Thị Thử', mustChange: true, code: 'LCU-TP', role: 'editor' });
      expect(await verifyPassword(user!.hash, temporary!)).toBe(true);
      expect(await verifyPassword(user!.hash, 'secret123')).toBe(false);
      const logged = await one<{ n: number }>(
        database.db,
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action IN ('user.create', 'user.reset_password') AND actor_id IS NULL`,
      );
      expect(logged!.n).toBe(2);
    } finally {
      await database.close();
    }
  });

  it('backs up and restores into another folder with the same counts', async () => {
    const written = backupCounts(await ok('backup', backupFile, '--data', dataDir));
    pgliteBackup = written;
    expect(Object.keys(written.counts).sort()).toEqual(BACKUP_TABLES.map((t) => t.name).sort());
    expect(written.counts.users).toBeGreaterThan(5);
    expect(restoredTotal(await ok('restore', backupFile, '--data', otherDir))).toBe(written.total);

    const twice = await cli('restore', backupFile, '--data', otherDir);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/not empty/);
    const missing = await cli('restore', join(workDir, 'khong-co.tt.gz'), '--data', otherDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No such file/);

    const original = await openDatabase({ dataDir });
    const copy = await openDatabase({ dataDir: otherDir });
    try {
      const counts = await tableCounts(copy);
      expect(counts).toEqual(written.counts);
      expect(counts).toEqual(await tableCounts(original));
    } finally {
      await copy.close();
      await original.close();
    }
  });

  it('keeps a second process off a data folder that a server holds', async () => {
    const port = await freePort();
    server = start(['serve', '--port', String(port), '--data', dataDir, '--no-build']);
    let serverErr = '';
    server.stderr!.on('data', (d) => (serverErr += d));
    server.stdout!.resume();
    const deadline = Date.now() + 45_000;
    let health: { status: string; database: string } | undefined;
    while (!health) {
      expect(server.exitCode, `server exited early: ${serverErr}`).toBeNull();
      expect(Date.now(), `server did not answer on port ${port}: ${serverErr}`).toBeLessThan(deadline);
      health = await fetch(`http://127.0.0.1:${port}/api/health`)
        .then((res) => (res.ok ? (res.json() as Promise<{ status: string; database: string }>) : undefined))
        .catch(() => undefined);
      if (!health) await new Promise((done) => setTimeout(done, 200));
    }
    expect(health).toMatchObject({ status: 'ok', database: 'pglite' });

    const second = await cli('migrate', '--data', dataDir);
    expect(second.code).not.toBe(0);
    const lines = second.stderr.trim().split('\n');
    expect(lines, second.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/already in use/);
    expect(second.stdout).toBe('');

    await stopServer();
    // Once the server has stopped, the folder is free again.
    expect(await ok('migrate', '--data', dataDir)).toMatch(/is at migration/);
  });

  it('fails a backup, exit code 1, when a registered evidence file is missing from the files folder', async () => {
    const folder = join(workDir, 'lost-files');
    await ok('migrate', '--data', folder);
    const sha256 = 'ab'.repeat(32);
    const database = await openDatabase({ dataDir: folder });
    try {
      await database.db.execute(sql`INSERT INTO evidence_files (sha256, size, mime) VALUES (${sha256}, 10, 'image/png')`);
    } finally {
      await database.close();
    }
    const file = join(workDir, 'lost-files.tt.gz');
    const run = await cli('backup', file, '--data', folder);
    expect(run.code, run.stdout).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(`^tuyentruyen: Backup failed: 1 evidence file registered in the database is missing from .*lost-files/files: ${sha256}\\. No backup was written\\.\n$`),
    );
    expect(run.stdout).toBe('');
    expect(existsSync(file)).toBe(false);
  });
});

if (process.env.TEST_DATABASE_URL) {
  describe('command line (postgresql)', () => {
    const fresh: TestDatabase[] = [];
    const newDatabase = async () => {
      const created = await createTestDatabase('postgresql');
      fresh.push(created);
      return created;
    };
    let source: TestDatabase;

    beforeAll(async () => {
      source = await newDatabase();
    });
    afterAll(async () => {
      for (const database of fresh) await database.dispose();
    });

    it('seeds, backs up and restores into a fresh PostgreSQL database', async () => {
      expect(await ok('migrate', '--database-url', source.url!)).toMatch(/Database \(postgresql\) is at migration/);
      expect(await ok('seed', '--database-url', source.url!)).toMatch(/^Seeded \d+ units/);
      await ok('user', 'add', '-u', 'pg.test', '-n', 'Người Thử PostgreSQL', '--unit', 'LCU-DK', '-r', 'admin', '-p', 'secret123', '--database-url', source.url!);
      const file = join(workDir, 'postgresql.tt.gz');
      const written = backupCounts(await ok('backup', file, '--database-url', source.url!));
      expect(written.counts).toEqual(await tableCounts(source.database));

      const target = await newDatabase();
      expect(restoredTotal(await ok('restore', file, '--database-url', target.url!))).toBe(written.total);
      expect(await tableCounts(target.database)).toEqual(written.counts);
      const twice = await cli('restore', file, '--database-url', target.url!);
      expect(twice.code).toBe(1);
      expect(twice.stderr).toMatch(/not empty/);
    });

    it('restores the PGlite backup into PostgreSQL', async () => {
      expect(pgliteBackup, 'the PGlite backup was made above').toBeDefined();
      const target = await newDatabase();
      expect(restoredTotal(await ok('restore', backupFile, '--database-url', target.url!))).toBe(pgliteBackup!.total);
      expect(await tableCounts(target.database)).toEqual(pgliteBackup!.counts);
      const user = await one<{ username: string }>(target.database.db, sql`SELECT username FROM users WHERE username = 'x.test'`);
      expect(user?.username).toBe('x.test');
    });
  });
}
