import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const webDir = join(repoRoot, 'web');

export function webRoot(): string {
  return join(webDir, 'dist');
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web app with Vite when web/dist is missing or older than its sources. */
export async function ensureWebBuild(log: (line: string) => void): Promise<void> {
  const config = join(webDir, 'vite.config.ts');
  if (!existsSync(config)) return;
  const index = join(webRoot(), 'index.html');
  if (existsSync(index)) {
    const built = statSync(index).mtimeMs;
    const sources = Math.max(newestMtime(join(webDir, 'src')), statSync(join(webDir, 'index.html')).mtimeMs, statSync(config).mtimeMs);
    if (built >= sources) return;
  }
  log('Building the web app (first start or changed sources)…');
  const { build } = await import('vite');
  await build({ configFile: config, logLevel: 'warn' });
}
