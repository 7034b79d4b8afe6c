import { Session } from 'node:inspector/promises';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A CPU profile of this thread (the server's event loop) while `until` runs, written to
 * DIR/NAME.cpuprofile (open it in Chrome DevTools → Performance, or VS Code). No profile without a dir.
 */
export async function profiled<T>(dir: string | undefined, name: string, until: () => Promise<T>): Promise<T> {
  if (!dir) return until();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await until();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${name}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    console.log(`[${name}] CPU profile of the server thread during the run: ${file}`);
  }
}
