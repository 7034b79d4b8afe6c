import { afterAll, describe, expect, it } from 'vitest';
import { THANH_UY_TABS } from '../../domain/import/testing/plans.ts';
import { hardWrappedPlan, syntheticPlan } from '../../domain/import/testing/synthetic.ts';
import { PlanImportError } from './errors.ts';
import { DEFAULT_PARSE_POOL, ParsePool, ParseRefusedError, parsePoolOptionsFromEnv, type ParsePoolOptions } from './parse-pool.ts';
import { readUpload } from './read-upload.ts';
import { minimalDocx } from './testing/zip.ts';

const pools: ParsePool[] = [];
const poolOf = (options: Partial<ParsePoolOptions>) => {
  const pool = new ParsePool({ ...DEFAULT_PARSE_POOL, ...options });
  pools.push(pool);
  return pool;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

/** A .docx of `n` paragraphs: seconds of work for the .docx reader, and its heap grows with `n`. */
const largeDocx = (n: number) => minimalDocx(Array.from({ length: n }, (_, i) => `Đoạn văn số ${i} của kế hoạch tuyên truyền Đại hội`));

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (err: unknown) => err,
  );

/**
 * 250 kB of the shapes that once took the parser time quadratic in their length (a hard-wrapped
 * paragraph: 37 s; runs of blanks, dots and quotes: seconds each), and a megabyte of hard-wrapped text.
 */
function pathological(): [string, string][] {
  const plan = syntheticPlan(1).text.split('\n');
  const around = (line: string) => [...plan.slice(0, 7), line, ...plan.slice(7)].join('\n');
  return [
    ['hard-wrapped paragraph', hardWrappedPlan(250_000)],
    ['hard-wrapped paragraph, 1 MB', hardWrappedPlan(1_000_000)],
    ['a run of blanks', around(`${' '.repeat(250_000)}kết thúc`)],
    ['a run of dots', around(`${'.'.repeat(250_000)} kết thúc`)],
    ['a run of closing quotes', around(`${'”'.repeat(250_000)} kết thúc`)],
    ['a Markdown rule row with blanks', around(`${' '.repeat(250_000)}|--- x`)],
    ['many phases', around(Array.from({ length: 7000 }, (_, i) => `Đợt ${i}:\nThời gian: từ tháng 3 năm 2026`).join('\n'))],
  ];
}

describe('reading uploads in worker threads', () => {
  it('answers as reading in this thread does', async () => {
    const pool = poolOf({});
    const data = Buffer.from(THANH_UY_TABS);
    const [inWorker, here] = await Promise.all([pool.parse(data, 'ke-hoach.txt'), readUpload(data, 'ke-hoach.txt')]);
    expect(inWorker).toEqual(here);
    expect(inWorker.plan.symbol).toBe('KH/ThU');
  });

  it('passes the reader’s refusals on with their codes', async () => {
    const pool = poolOf({});
    const err = await refusal(pool.parse(Buffer.from('Xin chào, đây là một lá thư ngắn.\n'.repeat(3)), 'thu.txt'));
    expect(err).toBeInstanceOf(PlanImportError);
    expect((err as PlanImportError).code).toBe('not-a-plan');
    expect(((await refusal(pool.parse(Buffer.from('khong phai zip'), 'a.docx'))) as PlanImportError).code).toBe('docx-not-zip');
  });

  it('reads large pathological inputs well within the time limit (the parser is linear)', async () => {
    // Generous: each takes well under a second here; quadratic parsing took from seconds to minutes.
    const pool = poolOf({ timeoutMs: 15_000, workers: 1 });
    for (const [what, text] of pathological()) {
      const result = await pool.parse(Buffer.from(text), 'ke-hoach.txt').catch((err: Error) => err);
      expect(result instanceof ParseRefusedError ? `${what}: ${result.message}` : what).toBe(what);
      if (result instanceof Error) throw result;
      expect(result.plan.kind, what).toBe('KH');
      expect(result.text.length, what).toBeGreaterThan(250_000);
    }
  });

  it('stops a worker past the time limit, refuses that upload and reads the next one', async () => {
    const pool = poolOf({ timeoutMs: 300, workers: 1 });
    const err = await refusal(pool.parse(largeDocx(150_000), 'lon.docx'));
    expect(err).toBeInstanceOf(ParseRefusedError);
    expect((err as ParseRefusedError).reason).toBe('timeout');
    expect(pool.stats()).toEqual({ workers: 0, running: 0, queued: 0 });
    const next = await pool.parse(Buffer.from(THANH_UY_TABS), 'ke-hoach.txt');
    expect(next.plan.symbol).toBe('KH/ThU');
  });

  it('stops a worker past its memory limit, refuses that upload and reads the next one', async () => {
    const pool = poolOf({ memoryMb: 64, workers: 1, timeoutMs: 120_000 });
    const err = await refusal(pool.parse(largeDocx(150_000), 'lon.docx'));
    expect(err).toBeInstanceOf(ParseRefusedError);
    expect((err as ParseRefusedError).reason).toBe('memory');
    expect((await pool.parse(Buffer.from(THANH_UY_TABS), 'ke-hoach.txt')).plan.symbol).toBe('KH/ThU');
  });

  it('queues uploads up to its limit and refuses more as busy; closing refuses what is left', async () => {
    const pool = poolOf({ workers: 1, queue: 1, timeoutMs: 120_000 });
    const slow = largeDocx(150_000);
    const running = refusal(pool.parse(slow, 'a.docx'));
    const waiting = refusal(pool.parse(slow, 'b.docx'));
    const third = await refusal(pool.parse(slow, 'c.docx'));
    expect(third).toBeInstanceOf(ParseRefusedError);
    expect((third as ParseRefusedError).reason).toBe('busy');
    expect(pool.stats()).toMatchObject({ running: 1, queued: 1 });
    await pool.close();
    for (const err of await Promise.all([running, waiting])) expect((err as ParseRefusedError).reason).toBe('closed');
    expect(((await refusal(pool.parse(slow, 'd.docx'))) as ParseRefusedError).reason).toBe('closed');
  });

  it('takes its limits from the environment, refusing values out of range', () => {
    expect(parsePoolOptionsFromEnv({})).toEqual(DEFAULT_PARSE_POOL);
    expect(parsePoolOptionsFromEnv({ IMPORT_WORKERS: '1', IMPORT_QUEUE: '0', IMPORT_TIME_LIMIT_MS: '5000', IMPORT_MEMORY_MB: '256' })).toMatchObject({
      workers: 1,
      queue: 0,
      timeoutMs: 5000,
      memoryMb: 256,
    });
    expect(() => parsePoolOptionsFromEnv({ IMPORT_WORKERS: '8' })).toThrow(/IMPORT_WORKERS/);
    expect(() => parsePoolOptionsFromEnv({ IMPORT_TIME_LIMIT_MS: 'soon' })).toThrow(/IMPORT_TIME_LIMIT_MS/);
  });
});
