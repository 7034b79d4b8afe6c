import { mkdir, rmdir, stat } from 'node:fs/promises';
import { rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export class DataDirLockedError extends Error {
  constructor(dir: string) {
    super(
      `The data folder ${dir} is already in use by another tuyentruyen process. ` +
        `Stop that process first, or start this one with another folder (--data DIR). ` +
        `Two processes on one embedded database would silently lose data.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface LockOptions {
  /** A lock not refreshed for this long is a crashed holder's, and is taken over. */
  staleMs?: number;
  /** How often the holder refreshes its lock. */
  updateMs?: number;
  /** Called when the lock is lost (removed or taken over). By default the process stops (exit 70). */
  onCompromised?: (err: Error) => void;
}

/**
 * The heartbeat, in a worker thread of its own: it refreshes the lock's mtime every `updateMs`
 * whatever the main thread is doing (a long computation, a debugger, a garbage collection of a large
 * heap), so only a process that is gone, or frozen whole, lets its lock go stale. It reports a lock
 * that another process removed or re-created (the mtime is not the one it set last).
 */
const HEARTBEAT = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { path, updateMs, staleMs } = workerData;
let ours = fs.statSync(path).mtimeMs;
let lastUpdate = Date.now();
const lost = (why) => {
  clearInterval(timer);
  parentPort.postMessage({ compromised: why });
};
const timer = setInterval(() => {
  try {
    if (fs.statSync(path).mtimeMs !== ours) return lost('the lock was taken over by another process');
    const now = new Date();
    fs.utimesSync(path, now, now);
    ours = fs.statSync(path).mtimeMs;
    lastUpdate = Date.now();
  } catch (err) {
    if (err.code === 'ENOENT') return lost('the lock was removed');
    if (Date.now() - lastUpdate > staleMs) return lost('the lock could not be refreshed: ' + err.message);
  }
}, updateMs);
parentPort.on('message', () => {
  clearInterval(timer);
  parentPort.close();
});
`;

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Lock folders this process holds, removed at exit (and on a signal that would end it). */
const heldLocks = new Set<string>();

function removeHeldLocks(): void {
  for (const path of heldLocks) {
    try {
      rmdirSync(path);
    } catch {
      // Already gone.
    }
  }
  heldLocks.clear();
  unhookExit();
}

/**
 * A signal that would end the process (no one else listens for it): the locks are removed, then the
 * process ends as the signal would have ended it. When someone else listens (the server's orderly
 * stop), they end the process, and the locks go on release or at exit.
 */
function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return;
  removeHeldLocks();
  process.kill(process.pid, signal);
}

function hookExit(): void {
  if (process.listeners('exit').includes(removeHeldLocks)) return;
  process.on('exit', removeHeldLocks);
  for (const s of SIGNALS) process.on(s, onSignal);
}

function unhookExit(): void {
  process.removeListener('exit', removeHeldLocks);
  for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/**
 * Takes the lock: creates the lock folder (mkdir is atomic), or takes over one whose holder stopped
 * refreshing it `staleMs` ago. The same protocol as proper-lockfile, which earlier versions used.
 */
async function acquire(dir: string, lockPath: string, staleMs: number, mayTakeOver = true): Promise<void> {
  try {
    await mkdir(lockPath);
    return;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  let mtimeMs: number;
  try {
    mtimeMs = (await stat(lockPath)).mtimeMs;
  } catch (err) {
    // Released in between: try once more, without taking over.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return acquire(dir, lockPath, staleMs, false);
    throw err;
  }
  if (!mayTakeOver || mtimeMs >= Date.now() - staleMs) throw new DataDirLockedError(dir);
  await rmdir(lockPath).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
  return acquire(dir, lockPath, staleMs, false);
}

/**
 * Takes an exclusive lock on the PGlite data folder for the life of the process.
 * The lock is refreshed every 3 s from a worker thread; a crashed holder's lock goes stale after 10 s.
 * It is removed on release, when the process exits, and on a signal that ends it.
 */
export async function lockDataDir(dir: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const staleMs = options.staleMs ?? 10_000;
  const updateMs = options.updateMs ?? 3_000;
  const onCompromised =
    options.onCompromised ??
    ((err: Error) => {
      // Someone removed or took over our lock: continuing could corrupt the database.
      console.error(`Lost the lock on ${dir}: ${err.message}. Stopping.`);
      process.exit(70);
    });
  const lockPath = join(dir, 'tuyentruyen.lock');
  await acquire(dir, lockPath, staleMs);

  heldLocks.add(lockPath);
  hookExit();
  const unhold = () => {
    heldLocks.delete(lockPath);
    if (heldLocks.size === 0) unhookExit();
  };

  let heartbeat: Worker;
  try {
    heartbeat = new Worker(HEARTBEAT, { eval: true, workerData: { path: lockPath, updateMs, staleMs } });
  } catch (err) {
    unhold();
    await rmdir(lockPath).catch(() => undefined);
    throw err;
  }
  heartbeat.unref();
  let released = false;
  const lost = (err: Error) => {
    if (released) return;
    released = true;
    // Not ours any more: never removed by us.
    unhold();
    onCompromised(err);
  };
  heartbeat.on('message', (m: { compromised?: string }) => {
    if (m.compromised) lost(new Error(m.compromised));
  });
  // Without its heartbeat the lock would go stale under a running server.
  heartbeat.on('error', (err) => lost(new Error(`the lock's heartbeat stopped: ${err.message}`)));
  heartbeat.on('exit', () => {
    if (!released) lost(new Error("the lock's heartbeat stopped"));
  });

  return async () => {
    if (released) return;
    released = true;
    heartbeat.postMessage('stop');
    await heartbeat.terminate().catch(() => undefined);
    unhold();
    await rmdir(lockPath).catch(() => undefined);
  };
}
