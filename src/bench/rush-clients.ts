/**
 * The month-end rush's clients (bench/rush.ts): plain JavaScript run in a worker thread, so that fifty
 * HTTP clients do not share the server's event loop; and the shapes of what they are given and report.
 */

export type Kind = 'open' | 'save' | 'submit' | 'accept';
export interface Session {
  cookie: string;
  csrf: string;
}

export interface ClientJob {
  base: string;
  planId: number;
  tasks: { unitId: number; periodKey: string }[];
  sessions: Record<number, Session>;
  receiver: Session;
  clients: number;
  receiverConcurrency: number;
  baselineMs: number;
  rushMs: number;
  indicators: string[];
}
export interface PhaseResult {
  name: string;
  clients: number;
  took: number;
  sent: number;
  accepted: number;
  load: number;
  latency: Record<Kind, number[]>;
}
export interface ClientResult {
  acknowledged: [number, Record<string, number>][];
  failures: [string, number][];
  doubleClicks: number;
  waiting: number;
  drainMs: number;
  left: number;
  rushP99: number;
}

/**
 * The clients (plain JavaScript, run in a worker thread): submitters take the next (unit, period) and
 * open → save → submit it under that unit's session; the receiver accepts what was sent, one in 20 twice
 * at once. Latency is from the call to the last byte of the answer.
 */
export const CLIENT_CODE = `
const { parentPort, workerData: job } = require('node:worker_threads');
const { loadavg } = require('node:os');
const failures = new Map();
const fail = (what) => failures.set(what, (failures.get(what) || 0) + 1);
let latency = null;
// Each client has its own keep-alive connection, as fifty browsers would (a shared fetch pool opens
// its connections one at a time, which on a busy server turns into seconds of waiting for the first).
const http = require('node:http');
const agent = () => new http.Agent({ keepAlive: true, maxSockets: 1 });
function send(via, method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(job.base + path, { method, headers, agent: via }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
async function call(via, kind, s, method, path, body) {
  const start = performance.now();
  const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf };
  const data = body === undefined ? undefined : JSON.stringify(body);
  if (data !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
  const res = await send(via, method, path, headers, data);
  if (latency) latency[kind].push(performance.now() - start);
  return res;
}
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
// Mostly non-zero; now and then a zero (zeros are not written to the rollups).
const figuresFor = () => Object.fromEntries(job.indicators.map((k) => [k, rnd() < 0.1 ? 0 : 1 + Math.floor(rnd() * 500)]));
const submitted = [];
const acknowledged = new Map();
let next = 0, accepts = 0, doubleClicks = 0, submitting = true, drainDeadline = Infinity, clientAgents = [];

async function submitter(via, deadline, sent) {
  while (Date.now() < deadline && next < job.tasks.length) {
    const task = job.tasks[next++];
    const s = job.sessions[task.unitId];
    const opened = await call(via, 'open', s, 'POST', '/api/plans/' + job.planId + '/reports', task);
    if (opened.status !== 200) { fail('open ' + opened.status + ' ' + opened.body.slice(0, 120)); continue; }
    const report = JSON.parse(opened.body);
    const figures = figuresFor();
    const saved = await call(via, 'save', s, 'PUT', '/api/reports/' + report.id,
      { version: report.version, figures, items: [], narrative: { results: 'Tổ chức tuyên truyền đầy đủ các nội dung theo kế hoạch.' } });
    if (saved.status !== 200) { fail('save ' + saved.status + ' ' + saved.body.slice(0, 120)); continue; }
    const done = await call(via, 'submit', s, 'POST', '/api/reports/' + report.id + '/submit');
    if (done.status !== 200) { fail('submit ' + done.status + ' ' + done.body.slice(0, 120)); continue; }
    sent.n++;
    submitted.push({ id: report.id, figures });
  }
}
async function receiverLoop(vias) {
  for (;;) {
    const item = submitted.shift();
    if (!item) {
      if (!submitting || Date.now() > drainDeadline) return;
      await new Promise((r) => setTimeout(r, 2));
      continue;
    }
    const twice = ++accepts % 20 === 0;
    const answers = await Promise.all((twice ? [0, 1] : [0]).map((i) => call(vias[i], 'accept', job.receiver, 'POST', '/api/reports/' + item.id + '/accept')));
    if (twice) doubleClicks++;
    const ok = answers.filter((a) => a.status === 200).length;
    const refused = answers.filter((a) => a.status === 409 && a.body.includes('invalid_transition')).length;
    if (ok !== 1 || ok + refused !== answers.length) fail('accept ' + answers.map((a) => a.status + ' ' + a.body.slice(0, 80)).join(' | '));
    if (ok >= 1) {
      if (acknowledged.has(item.id)) fail('report ' + item.id + ' acknowledged twice');
      acknowledged.set(item.id, item.figures);
    }
  }
}
async function phase(name, clients, ms) {
  const lat = { open: [], save: [], submit: [], accept: [] };
  latency = lat;
  const sent = { n: 0 };
  const acceptedBefore = acknowledged.size;
  const load = loadavg()[0];
  const start = Date.now();
  await Promise.all(clientAgents.slice(0, clients).map((via) => submitter(via, start + ms, sent)));
  const took = Date.now() - start;
  latency = null;
  parentPort.postMessage({ phase: { name, clients, took, sent: sent.n, accepted: acknowledged.size - acceptedBefore, load, latency: lat } });
  return lat;
}
(async () => {
  // Warm-up (not counted): one report opened and saved, so first-request costs are not timed.
  const warm = job.tasks.pop();
  const ws = job.sessions[warm.unitId];
  const wv = agent();
  const wr = JSON.parse((await call(wv, 'open', ws, 'POST', '/api/plans/' + job.planId + '/reports', warm)).body);
  await call(wv, 'save', ws, 'PUT', '/api/reports/' + wr.id, { version: wr.version, figures: {}, items: [], narrative: {} });
  // Every client connects before the clock starts, as browsers with the application open already are
  // (fifty brand-new connections at the same instant would measure connection set-up on a busy server).
  clientAgents = Array.from({ length: job.clients }, agent);
  const receiverAgents = Array.from({ length: job.receiverConcurrency }, () => [agent(), agent()]);
  await Promise.all([...clientAgents, ...receiverAgents.flat()].map((via) => send(via, 'GET', '/api/health', {}, undefined)));
  const receivers = receiverAgents.map(receiverLoop);
  // One client first: what a request costs when nobody waits; then the rush.
  await phase('baseline', 1, job.baselineMs);
  const rush = await phase('rush', job.clients, job.rushMs);
  const all = Object.values(rush).flat().sort((a, b) => a - b);
  const rushP99 = all[Math.max(0, Math.ceil(0.99 * all.length) - 1)] ?? NaN;
  submitting = false;
  const waiting = submitted.length;
  const drainStart = Date.now();
  drainDeadline = Date.now() + 60000; // the receiver finishes the queue (bounded)
  await Promise.all(receivers);
  parentPort.postMessage({ done: { acknowledged: [...acknowledged], failures: [...failures], doubleClicks, waiting, drainMs: Date.now() - drainStart, left: submitted.length, rushP99 } });
})().catch((err) => { throw err; });
`;
