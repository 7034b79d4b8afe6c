/**
 * Plan import benchmark: parse time per document, median and p95, on the shared samples (when the
 * folder is there) and on synthetic plans of 10, 30 and 100 pages, with time per page to show that
 * the parser stays linear. Parsing only: the text is in memory, no file is read inside the timing.
 * Then linearity: 25 kB, 250 kB and 2.5 MB of the shapes that once took quadratic time (a hard-wrapped
 * paragraph, long runs of blanks, dots and quotes), and of a .docx read as an upload is, with the
 * ratio of each size's time to the one ten times smaller (10 when linear).
 *
 *   node bin/tuyentruyen.mjs bench parse [--quick]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { readPlanBytes } from '../documents/import/read-plan-file.ts';
import { minimalDocx } from '../documents/import/testing/zip.ts';
import { parsePlan } from '../domain/import/parse-plan.ts';
import { hardWrappedPlan, syntheticPlan, PAGE_CHARS } from '../domain/import/testing/synthetic.ts';

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
  await linearity(opts);
}

/** A plan with four lines of long runs (blanks, dots, closing quotes, underscores) after its title, `chars` in all. */
function runsPlan(chars: number): string {
  const lines = syntheticPlan(1).text.split('\n');
  const run = Math.max(1, Math.round((chars - lines.join('\n').length) / 4));
  const runs = [' '.repeat(run) + 'a', '.'.repeat(run) + ' a', '”'.repeat(run) + ' a', '_'.repeat(run) + ' a'];
  return [...lines.slice(0, 7), ...runs, ...lines.slice(7)].join('\n');
}

/** Median wall-clock time of `runs` calls of `work` (after one untimed call). */
async function medianMs(work: () => unknown, runs: number): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return percentile(times, 50);
}

/** 25 kB, 250 kB, 2.5 MB of each shape: time and the ratio to the size ten times smaller. */
export async function linearity(opts: { quick?: boolean } = {}): Promise<void> {
  const sizes = opts.quick ? [25_000, 250_000] : [25_000, 250_000, 2_500_000];
  const docxOf = (text: string) => minimalDocx(text.split('\n'));
  const shapes: { name: string; make: (chars: number) => unknown; work: (input: unknown) => unknown }[] = [
    { name: 'synthetic plan (text)', make: (n) => syntheticPlan(n / PAGE_CHARS).text, work: (t) => parsePlan(t as string) },
    { name: 'hard-wrapped paragraph (text)', make: hardWrappedPlan, work: (t) => parsePlan(t as string) },
    { name: 'long runs of blanks, dots, quotes (text)', make: runsPlan, work: (t) => parsePlan(t as string) },
    {
      name: 'synthetic plan (.docx, read and parsed)',
      make: (n) => docxOf(syntheticPlan(n / PAGE_CHARS).text),
      work: async (b) => parsePlan((await readPlanBytes(b as Buffer, 'plan.docx')).text),
    },
  ];
  console.log(`\nlinearity: median time by input size (text characters), and the ratio to the size ten times smaller (10 when linear)`);
  console.log(`${'shape'.padEnd(44)}${sizes.map((n) => `${n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} kB`}`.padStart(12)).join('')}   ratios`);
  for (const shape of shapes) {
    const times: number[] = [];
    for (const n of sizes) {
      const input = shape.make(n);
      times.push(await medianMs(() => shape.work(input), n >= 2_000_000 ? 3 : n >= 200_000 ? 5 : 9));
    }
    const ratios = times.slice(1).map((t, i) => (t / Math.max(0.01, times[i] as number)).toFixed(1));
    console.log(`${shape.name.padEnd(44)}${times.map((t) => ms(t).padStart(12)).join('')}   ${ratios.join(' · ')}`);
  }
}
