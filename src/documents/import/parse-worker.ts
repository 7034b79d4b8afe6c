/**
 * A plan-reading worker thread: reads each upload it is sent (readUpload) and answers with the result
 * or the refusal. Started by parse-pool.ts through parse-worker.mjs; it holds no state between jobs.
 */
import { parentPort } from 'node:worker_threads';
import { PlanImportError } from './errors.ts';
import type { WorkerAnswer, WorkerJob } from './parse-pool.ts';
import { readUpload } from './read-upload.ts';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs in a worker thread (see parse-pool.ts)');

port.on('message', (job: WorkerJob) => {
  void (async () => {
    let answer: WorkerAnswer;
    try {
      const data = Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
      answer = { id: job.id, ok: true, result: await readUpload(data, job.filename) };
    } catch (err) {
      answer =
        err instanceof PlanImportError
          ? { id: job.id, ok: false, refusal: { code: err.code, message: err.message } }
          : { id: job.id, ok: false, failure: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
    }
    port.postMessage(answer);
  })();
});
port.postMessage({ ready: true } satisfies WorkerAnswer);
