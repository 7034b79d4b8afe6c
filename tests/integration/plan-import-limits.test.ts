/**
 * Reading an uploaded plan never holds the server: it runs in worker threads with a time and a
 * memory limit (documents/import/parse-pool.ts). Through the HTTP layer: other requests are answered
 * while a large upload is read, an upload past the time limit gets a clear refusal, too many at once
 * are refused as busy, and the server reads the next upload as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { minimalDocx } from '../../src/documents/import/testing/zip.ts';
import { THANH_UY_TABS } from '../../src/domain/import/testing/plans.ts';
import { hardWrappedPlan } from '../../src/domain/import/testing/synthetic.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';

/** The limits this file's server runs with: two readers, none waiting, two seconds each. */
const LIMITS = { IMPORT_WORKERS: '2', IMPORT_QUEUE: '0', IMPORT_TIME_LIMIT_MS: '2000' };

/** A .docx that takes the reader many seconds (150,000 paragraphs), far past the limit above. */
const slowDocx = () => minimalDocx(Array.from({ length: 150_000 }, (_, i) => `Đoạn văn số ${i} của kế hoạch tuyên truyền Đại hội`));

describe.each(DATABASE_KINDS)('plan import within limits (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    for (const [name, value] of Object.entries(LIMITS)) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
    t = await startTestApp(kind);
    admin = await t.signIn('admin.tanphong');
  });
  afterAll(async () => {
    await t.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const upload = (name: string, data: Buffer | string, type = 'application/octet-stream') =>
    t.app.inject({
      method: 'POST',
      url: `/api/import/parse?filename=${encodeURIComponent(name)}`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': type },
      payload: data,
    });
  const health = () => t.app.inject({ method: 'GET', url: '/api/health' });
  /** An upload body that says when the server has read all of it (it is then being parsed). */
  const streamed = (data: Buffer) => {
    let received!: () => void;
    const bodyReceived = new Promise<void>((resolve) => (received = resolve));
    const body = new Readable({
      read() {
        this.push(data);
        this.push(null);
      },
    });
    body.once('end', () => received());
    return { body, bodyReceived };
  };

  it('answers other requests while a pathological upload is being read', async () => {
    // A 500 kB plan whose content is one hard-wrapped paragraph: parsing it on the main thread, when
    // it was quadratic, held every request for minutes.
    const { body, bodyReceived } = streamed(Buffer.from(hardWrappedPlan(500_000)));
    const done: string[] = [];
    const parse = t.app
      .inject({
        method: 'POST',
        url: '/api/import/parse?filename=ke-hoach.txt',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'text/plain' },
        payload: body,
      })
      .then((res) => {
        done.push('parse');
        return res;
      });
    // Once the server has the whole upload, it is reading it: health checks, one after the other.
    await bodyReceived;
    await new Promise((resolve) => setImmediate(resolve));
    for (let i = 0; i < 5; i++) {
      const res = await health();
      expect(res.statusCode).toBe(200);
      done.push('health');
    }
    const res = await parse;
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().plan.kind).toBe('KH');
    // Each of the five answered before the upload was read.
    expect(done).toEqual(['health', 'health', 'health', 'health', 'health', 'parse']);
  });

  it('refuses an upload past the time limit, and one more than it can read at once, then reads the next', async () => {
    const slow = slowDocx();
    const answers = await Promise.all([upload('lon-1.docx', slow), upload('lon-2.docx', slow), upload('lon-3.docx', slow)]);
    const byStatus = answers.map((res) => res.statusCode).sort();
    expect(byStatus, answers.map((res) => res.body).join('\n')).toEqual([422, 422, 503]);

    const tooComplex = answers.find((res) => res.statusCode === 422)!;
    expect(tooComplex.json()).toMatchObject({ code: 'import_too_complex', details: { reason: 'timeout', limitMs: 2000 } });
    expect(tooComplex.json().message).toMatch(/^Tệp quá phức tạp để đọc trong thời gian cho phép \(2 giây\)/);

    const busy = answers.find((res) => res.statusCode === 503)!;
    expect(busy.json()).toMatchObject({ code: 'import_busy' });
    expect(busy.json().message).toMatch(/[à-ỹ]/);
    expect(busy.headers['retry-after']).toBe('30');

    // The server goes on: health, and the next upload is read by a new worker.
    expect((await health()).statusCode).toBe(200);
    const next = await upload('ke-hoach.txt', THANH_UY_TABS, 'text/plain');
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json().plan.symbol).toBe('KH/ThU');
  });

  // Last: it closes the server.
  it('refuses an upload being read when the server stops, rather than waiting for it', async () => {
    // Over a real socket: the server waits for requests in flight on its connections before closing.
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const parse = fetch(`${address}/api/import/parse?filename=lon.docx`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(slowDocx()),
    });
    // Well inside the time the upload is being read (a worker's start, then two seconds).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await t.app.close();
    const res = await parse;
    // Refused when the server began to stop, not read on to its time limit (422) first.
    expect(res.status).toBe(503);
    expect((await res.json()).code).toBe('import_unavailable');
  });
});
