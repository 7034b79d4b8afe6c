/**
 * Plan export: render a plan of about twenty pages to .docx, many times, and print the median and
 * 95th percentile (target: median under 300 ms).
 */
import { performance } from 'node:perf_hooks';
import { renderPlanDocx } from '../documents/docx/document.ts';
import { longPlan } from '../documents/docx/fixtures.ts';

const TARGET_MEDIAN_MS = 300;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export async function run(opts: { quick?: boolean }): Promise<void> {
  const plan = longPlan(20);
  const runs = opts.quick ? 10 : 50;
  const lines = plan.body?.reduce((n, s) => n + s.lines.length, 0) ?? 0;
  const words = plan.body?.reduce((n, s) => n + s.lines.join(' ').split(/\s+/).length, 0) ?? 0;
  // Warm up: module loading and the JIT are not what is measured.
  const first = await renderPlanDocx(plan);
  await renderPlanDocx(plan);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await renderPlanDocx(plan);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 50);
  console.log(`plan: ${plan.body?.length ?? 0} sections, ${lines} paragraphs, ${words} words, ${plan.reportTemplates.length} report forms (~20 A4 pages)`);
  console.log(`.docx size: ${(first.length / 1024).toFixed(1)} KiB`);
  console.log(`render to .docx, ${runs} runs: median ${median.toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, min ${(times[0] ?? 0).toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms`);
  console.log(`target median < ${TARGET_MEDIAN_MS} ms: ${median < TARGET_MEDIAN_MS ? 'met' : 'NOT met'}`);
}
