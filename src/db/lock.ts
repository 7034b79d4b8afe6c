import lockfile from 'proper-lockfile';
import { join } from 'node:path';

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

/**
 * Takes an exclusive lock on the PGlite data folder for the life of the process.
 * The lock is refreshed in the background; a crashed holder's lock goes stale after 10 s.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  try {
    const release = await lockfile.lock(dir, {
      lockfilePath: join(dir, 'tuyentruyen.lock'),
      stale: 10_000,
      update: 3_000,
      retries: 0,
      onCompromised: (err) => {
        // Someone removed or took over our lock: continuing could corrupt the database.
        console.error(`Lost the lock on ${dir}: ${err.message}. Stopping.`);
        process.exit(70);
      },
    });
    return async () => {
      await release().catch(() => undefined);
    };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(dir);
    throw err;
  }
}
