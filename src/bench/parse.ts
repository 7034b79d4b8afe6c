/**
 * Plan import benchmark: parse time per document, median and p95, on the shared samples (when the
 * folder is there) and on synthetic plans of 10, 30 and 100 pages, with time per page to show that
 * the parser stays linear. Parsing only: the text is in memory, no file is read inside the timing.
 *
 *   node bin/tuyentruyen.mjs bench parse [--quick]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parsePlan } from '../domain/import/parse-plan.ts';
import { syntheticPlan, PAGE_CHARS } from '../domain/import/testing/synthetic.ts';

interface Figures {
  median: number;
  p95: number;
  cpuMedian: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

/** Times `runs` parses after `warmup` untimed ones: wall clock and this process's CPU time. */
function measure(text: string, runs: number, warmup: number): Figures {
  for (let i = 0; i < warmup; i++) parsePlan(text);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    parsePlan(text);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: percentile(wall, 50), p95: percentile(wall, 95), cpuMedian: percentile(cpu, 50) };
}

const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(10);

function samplesDir(): string | null {
  const candidates = [process.env.SAMPLES_DIR, resolve('../shared/samples'), resolve('shared/samples'), '/work/shared/samples'];
  for (const dir of candidates) if (dir && existsSync(dir)) return dir;
  return null;
}

export async function run(opts: { quick?: boolean }): Promise<void> {
  const runs = opts.quick ? 15 : 60;
  const warmup = opts.quick ? 5 : 20;
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`machine: ${availableParallelism()} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${load}`);
  console.log(`${runs} timed parses after ${warmup} warm-up parses per document; wall clock (median, p95) and CPU time (median)\n`);
  console.log(`${'document'.padEnd(44)}${'size'.padStart(10)}${'median'.padStart(10)}${'p95'.padStart(10)}${'cpu'.padStart(10)}`);

  const dir = samplesDir();
  if (dir) {
    for (const file of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
      const text = readFileSync(join(dir, file), 'utf8');
      const f = measure(text, runs, warmup);
      console.log(`${file.padEnd(44)}${`${(text.length / 1000).toFixed(1)} kB`.padStart(10)}${ms(f.median)}${ms(f.p95)}${ms(f.cpuMedian)}`);
    }
  } else {
    console.log('(shared samples not found: set SAMPLES_DIR to include them)');
  }

  const perPage: { pages: number; median: number }[] = [];
  for (const pages of opts.quick ? [10, 30, 100] : [10, 30, 100]) {
    const { text } = syntheticPlan(pages);
    const f = measure(text, pages >= 100 ? Math.max(10, Math.round(runs / 2)) : runs, warmup);
    perPage.push({ pages, median: f.median });
    console.log(`${`synthetic plan, ${pages} pages`.padEnd(44)}${`${(text.length / 1000).toFixed(1)} kB`.padStart(10)}${ms(f.median)}${ms(f.p95)}${ms(f.cpuMedian)}`);
  }
  console.log(`\nper page (${PAGE_CHARS} characters): ${perPage.map((p) => `${p.pages} pages ${(p.median / p.pages).toFixed(3)} ms`).join(' · ')}`);
  const thirty = perPage.find((p) => p.pages === 30);
  if (thirty) console.log(`target: under 20 ms for a 30-page plan: ${thirty.median < 20 ? 'met' : 'NOT met'} (${thirty.median.toFixed(2)} ms median)`);
}
