import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataDirLockedError, lockDataDir } from './lock.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tt-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A second server on the same folder, in a process of its own: at `at` (epoch ms) it tries to take
 * the lock with the same stale time, and writes what happened to `out`.
 */
const SECOND_SERVER = `
import { writeFileSync } from 'node:fs';
const { lockDataDir } = await import(${JSON.stringify(join(ROOT, 'src', 'db', 'lock.ts'))});
const [dir, at, out, stale] = process.argv.slice(-4);
await new Promise((done) => setTimeout(done, Math.max(0, Number(at) - Date.now())));
try {
  const release = await lockDataDir(dir, { staleMs: Number(stale), updateMs: 500, onCompromised: () => undefined });
  writeFileSync(out, JSON.stringify({ taken: true, when: Date.now() }));
  await release();
} catch (err) {
  writeFileSync(out, JSON.stringify({ taken: false, error: err.name, when: Date.now() }));
}
`;

describe('the data folder lock', () => {
  it('refuses a second holder and is free again once released', async () => {
    const dir = freshDir();
    const release = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    await release();
    expect(existsSync(join(dir, 'tuyentruyen.lock'))).toBe(false);
    const again = await lockDataDir(dir);
    await again();
  });

  it('takes over the lock of a holder that stopped refreshing it (a crashed process)', async () => {
    const dir = freshDir();
    const lock = join(dir, 'tuyentruyen.lock');
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const release = await lockDataDir(dir);
    expect(statSync(lock).mtimeMs).toBeGreaterThan(old.getTime());
    await release();
  });

  it('stays fresh while the main thread is blocked longer than the stale time', async () => {
    const dir = freshDir();
    const stale = 2000;
    const release = await lockDataDir(dir, { staleMs: stale, updateMs: 400 });
    try {
      const out = join(dir, 'second.json');
      // The second server tries once this process has been blocked for well past the stale time.
      const at = Date.now() + stale * 2;
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SECOND_SERVER, dir, String(at), out, String(stale)], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      // Blocked: no timer, no I/O callback of this thread runs until the second server has answered
      // (a child that starts slowly only makes the block longer).
      const started = Date.now();
      while (!existsSync(out) && Date.now() - started < 90_000) {
        // busy
      }
      const blockedMs = Date.now() - started;
      await new Promise((done) => child.once('exit', done));
      expect(existsSync(out), stderr).toBe(true);
      const second = JSON.parse(readFileSync(out, 'utf8')) as { taken: boolean; error?: string; when: number };
      expect(blockedMs).toBeGreaterThan(stale);
      expect(second.when - started).toBeGreaterThan(stale);
      expect(second).toMatchObject({ taken: false, error: 'DataDirLockedError' });
    } finally {
      await release();
    }
  });
});
