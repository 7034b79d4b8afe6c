/**
 * Reading uploaded plans off the main thread. A .docx of a few megabytes takes seconds of CPU and
 * hundreds of megabytes of memory to read (mammoth builds the whole XML tree), and no request may
 * hold the server's event loop that long: uploads are read in worker threads (parse-worker.ts), at
 * most `workers` at a time, with a queue of at most `queue` waiting. Each upload has a time limit and
 * each worker a heap limit; a worker past either is terminated (a thread running JavaScript stops at
 * once, even in a loop or a regular expression) and a new one takes its place for the next upload.
 * The answer is then a ParseRefusedError, which the route turns into a clear refusal.
 */
import { Worker } from 'node:worker_threads';
import { PlanImportError, type ImportErrorCode } from './errors.ts';
import type { ReadUpload } from './read-upload.ts';

export interface ParsePoolOptions {
  /** Worker threads at most (each reads one upload at a time). */
  workers: number;
  /** Uploads waiting for a worker at most; one more is refused as busy. */
  queue: number;
  /** Time one upload may take in its worker, in milliseconds (waiting in the queue not counted). */
  timeoutMs: number;
  /** Heap a worker may use (V8's old generation), in MB. */
  memoryMb: number;
  /** Time a new worker may take to load its code, in milliseconds. */
  startupMs: number;
}

export const DEFAULT_PARSE_POOL: ParsePoolOptions = { workers: 2, queue: 4, timeoutMs: 20_000, memoryMb: 512, startupMs: 60_000 };

/**
 * The pool's limits from the environment: IMPORT_WORKERS (1–2), IMPORT_QUEUE, IMPORT_TIME_LIMIT_MS,
 * IMPORT_MEMORY_MB; unset ones take the defaults. Throws on a value that is not a whole number in range.
 */
export function parsePoolOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ParsePoolOptions {
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const value = env[name];
    if (value === undefined || value.trim() === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name}="${value}" must be a whole number from ${min} to ${max}`);
    return n;
  };
  return {
    workers: int('IMPORT_WORKERS', DEFAULT_PARSE_POOL.workers, 1, 2),
    queue: int('IMPORT_QUEUE', DEFAULT_PARSE_POOL.queue, 0, 100),
    timeoutMs: int('IMPORT_TIME_LIMIT_MS', DEFAULT_PARSE_POOL.timeoutMs, 10, 600_000),
    memoryMb: int('IMPORT_MEMORY_MB', DEFAULT_PARSE_POOL.memoryMb, 32, 16_384),
    startupMs: DEFAULT_PARSE_POOL.startupMs,
  };
}

/**
 * Why an upload was not read: past its time limit, past the worker's memory, too many uploads
 * already waiting, the pool closed (server stopping), or the worker died some other way.
 */
export type RefusalReason = 'timeout' | 'memory' | 'busy' | 'closed' | 'crashed';

export class ParseRefusedError extends Error {
  override readonly name = 'ParseRefusedError';
  constructor(
    readonly reason: RefusalReason,
    message: string,
    readonly limits: Pick<ParsePoolOptions, 'timeoutMs' | 'memoryMb'>,
  ) {
    super(message);
  }
}

/** What the pool sends a worker. */
export interface WorkerJob {
  id: number;
  data: Uint8Array;
  filename: string;
}

/** What a worker sends back: that it has loaded, or one job's outcome. */
export type WorkerAnswer =
  | { ready: true }
  | { id: number; ok: true; result: ReadUpload }
  | { id: number; ok: false; refusal: { code: ImportErrorCode; message: string } }
  | { id: number; ok: false; failure: string };

interface Job {
  id: number;
  data: Buffer;
  filename: string;
  resolve(result: ReadUpload): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its code: a job's time starts then. */
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  startup: NodeJS.Timeout | null;
  /** Terminated or dead: its late events are ignored. */
  gone: boolean;
}

const WORKER_ENTRY = new URL('./parse-worker.mjs', import.meta.url);

export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly options: ParsePoolOptions = DEFAULT_PARSE_POOL) {}

  /** Reads an upload in a worker. Rejects with PlanImportError (the file is refused) or ParseRefusedError. */
  parse(data: Buffer, filename: string): Promise<ReadUpload> {
    if (this.closed) return Promise.reject(this.refusal('closed'));
    const capacity = this.slots.some((s) => !s.job) || this.slots.length < this.options.workers;
    if (!capacity && this.queue.length >= this.options.queue) return Promise.reject(this.refusal('busy'));
    return new Promise<ReadUpload>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, data, filename, resolve, reject });
      this.dispatch();
    });
  }

  /** Workers running, uploads being read, uploads waiting. */
  stats(): { workers: number; running: number; queued: number } {
    return { workers: this.slots.length, running: this.slots.filter((s) => s.job).length, queued: this.queue.length };
  }

  /** Stops every worker; uploads being read or waiting are refused as 'closed'. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(this.refusal('closed'));
    const slots = this.slots.splice(0);
    await Promise.all(
      slots.map(async (slot) => {
        const job = this.retire(slot);
        job?.reject(this.refusal('closed'));
        await slot.worker.terminate().catch(() => undefined);
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot) {
        if (this.slots.length >= this.options.workers) return;
        slot = this.spawn();
      }
      const job = this.queue.shift() as Job;
      slot.job = job;
      // A worker is referenced only while it reads: an idle pool never keeps the process alive.
      slot.worker.ref();
      const data = new Uint8Array(job.data);
      slot.worker.postMessage({ id: job.id, data, filename: job.filename } satisfies WorkerJob, [data.buffer]);
      if (slot.ready) this.arm(slot);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_ENTRY, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null, startup: null, gone: false };
    slot.startup = setTimeout(() => this.fail(slot, 'crashed', 'the worker did not start in time'), this.options.startupMs);
    slot.startup.unref();
    worker.on('message', (answer: WorkerAnswer) => this.answer(slot, answer));
    worker.on('error', (err: Error & { code?: string }) => this.fail(slot, err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crashed', err.message));
    worker.on('exit', (code) => this.fail(slot, 'crashed', `the worker stopped (exit code ${code})`));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  /** Starts the running job's clock. */
  private arm(slot: Slot): void {
    slot.timer = setTimeout(() => this.fail(slot, 'timeout', `not read within ${this.options.timeoutMs} ms`), this.options.timeoutMs);
  }

  private answer(slot: Slot, answer: WorkerAnswer): void {
    if (slot.gone) return;
    if ('ready' in answer) {
      slot.ready = true;
      if (slot.startup) clearTimeout(slot.startup);
      slot.startup = null;
      if (slot.job) this.arm(slot);
      return;
    }
    const job = slot.job;
    if (!job || job.id !== answer.id) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
    if (answer.ok) job.resolve(answer.result);
    else if ('refusal' in answer) job.reject(new PlanImportError(answer.refusal.code, answer.refusal.message));
    else job.reject(new Error(`reading the upload failed: ${answer.failure}`));
    this.dispatch();
  }

  /** A worker past its limits, or dead: it is terminated, its job refused, and the queue goes on. */
  private fail(slot: Slot, reason: RefusalReason, detail: string): void {
    if (slot.gone) return;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    const job = this.retire(slot);
    void slot.worker.terminate().catch(() => undefined);
    job?.reject(this.refusal(reason, detail));
    this.dispatch();
  }

  /** Marks a slot gone and clears its timers; returns the job it was reading. */
  private retire(slot: Slot): Job | null {
    slot.gone = true;
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.startup) clearTimeout(slot.startup);
    slot.timer = slot.startup = null;
    const job = slot.job;
    slot.job = null;
    return job;
  }

  private refusal(reason: RefusalReason, detail?: string): ParseRefusedError {
    const limits = { timeoutMs: this.options.timeoutMs, memoryMb: this.options.memoryMb };
    const what: Record<RefusalReason, string> = {
      timeout: `the file was not read within the time limit (${this.options.timeoutMs} ms)`,
      memory: `reading the file needed more than the memory limit (${this.options.memoryMb} MB)`,
      busy: `too many files are being read (${this.options.workers} at a time, ${this.options.queue} waiting)`,
      closed: 'the server is stopping',
      crashed: 'the file reader stopped unexpectedly',
    };
    return new ParseRefusedError(reason, detail ? `${what[reason]}: ${detail}` : what[reason], limits);
  }
}
