/**
 * Our own probe, over every route the server registers (new ones included without anyone writing a
 * test): a province administrator sends each route's body and query, as its OpenAPI schema describes
 * them, with one field at a time made hostile — a NUL byte, a lone surrogate, an impossible date, a
 * huge or fractional number, a record of 10,000 keys. No answer may be a 500 (which is what the
 * database's refusal of such text or dates used to become); a validation refusal names the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { one } from '../../src/db/sql.ts';
import type { RoutePolicy } from '../../src/server/policies/access.ts';
import { startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  minimum?: number;
  minItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
}

interface Operation {
  parameters?: { in: string; name: string; required?: boolean; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

const DATE = /\\d\{4\}/;
const typeOf = (s: Schema): string | undefined => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);
const pick = (s: Schema): Schema => s.anyOf?.find((x) => typeOf(x) !== 'null') ?? s.oneOf?.find((x) => typeOf(x) !== 'null') ?? s;

/** A plausible value for a schema: the route's base request. `ids` fills the fields a policy reads. */
function sample(raw: Schema, key: string, ids: Record<string, number>): unknown {
  const s = pick(raw);
  if (key in ids) return ids[key];
  if (s.enum) return s.enum[0];
  switch (typeOf(s)) {
    case 'string':
      if (s.pattern && DATE.test(s.pattern)) return '2026-03-01';
      if (s.format === 'email') return 'thu@example.vn';
      if (s.format === 'uri' || /link|url/i.test(key)) return 'https://example.vn/bai-viet';
      return 'Thử nghiệm'.padEnd(s.minLength ?? 0, 'x');
    case 'integer':
    case 'number':
      return Math.max(1, (s.minimum ?? 0) + 1);
    case 'boolean':
      return true;
    case 'array':
      return s.items && (s.minItems ?? 0) > 0 ? [sample(s.items, key, ids)] : [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = sample(v, k, ids);
      return out;
    }
    default:
      return null;
  }
}

interface Leaf {
  path: (string | number)[];
  schema: Schema;
}

/** The fields of a body, nested objects and the first item of arrays included (at most `max`). */
function leaves(raw: Schema, path: (string | number)[] = [], out: Leaf[] = [], max = 40): Leaf[] {
  const s = pick(raw);
  if (out.length >= max) return out;
  const type = typeOf(s);
  if (type === 'object' && s.properties) {
    for (const [k, v] of Object.entries(s.properties)) leaves(v, [...path, k], out, max);
    if (s.additionalProperties && typeof s.additionalProperties === 'object') out.push({ path, schema: s });
  } else if (type === 'object' && s.additionalProperties) {
    out.push({ path, schema: s });
  } else if (type === 'array' && s.items) {
    leaves(s.items, [...path, 0], out, max);
  } else if (path.length) {
    out.push({ path, schema: s });
  }
  return out;
}

/** The hostile values for a field of this kind. */
function hostile(leaf: Leaf): unknown[] {
  const s = pick(leaf.schema);
  const type = typeOf(s);
  if (type === 'object') return [Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, 'x']))];
  if (type === 'integer' || type === 'number') return [1e15, -5, 2.5];
  if (type !== 'string' || s.enum) return [];
  if (s.pattern && DATE.test(s.pattern)) return ['2026-02-31', '2026-13-01', '0000-01-01'];
  return ['Tên\u0000độc', 'Tên \uD800 lẻ', '\u200B\u200B\u200B'];
}

function withValue(base: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const [i, k] of path.entries()) {
    if (i === path.length - 1) at[k] = value;
    else {
      if (at[k] === undefined || at[k] === null || typeof at[k] !== 'object') at[k] = typeof path[i + 1] === 'number' ? [] : {};
      at = at[k] as Record<string | number, unknown>;
    }
  }
  return copy;
}

describe.each(DATABASE_KINDS)('a probe of every route with hostile fields (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.signIn('admin.tinh');
    const first = async (q: ReturnType<typeof sql>) => (await one<{ id: number | null }>(t.database.db, q))?.id ?? 1;
    const resources: Record<string, number> = {
      unit: await t.unitId('LCU'),
      user: await first(sql`SELECT id FROM users WHERE username = 'bientap.tinh'`),
      roleAssignment: await first(sql`SELECT r.id FROM role_assignments r JOIN users u ON u.id = r.user_id WHERE u.username = 'bientap.tinh'`),
      plan: await first(sql`SELECT min(id) AS id FROM plans`),
      unitEvent: await first(sql`SELECT min(id) AS id FROM unit_events`),
      activity: await first(sql`SELECT min(id) AS id FROM activities`),
      evidence: await first(sql`SELECT min(id) AS id FROM activity_evidence`),
      report: await first(sql`SELECT min(id) AS id FROM reports`),
      reportReceiver: await first(sql`SELECT min(id) AS id FROM reports`),
      reportAttachment: await first(sql`SELECT min(id) AS id FROM report_attachments`),
    };
    Object.assign(ids, resources);
  });
  afterAll(() => t?.close());

  it('never answers 500, and a refused field is named', async () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
    const failures: string[] = [];
    const unnamed: string[] = [];
    let sent = 0;
    for (const route of t.app.routePolicies) {
      if (route.policy.kind === 'public' && route.url !== '/api/auth/login') continue;
      const op = spec.paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      if (!op) continue;
      // The ids the policy reads, by their key, from records the administrator may act on.
      const targetIds: Record<string, number> = {};
      const policy = route.policy as RoutePolicy;
      if (policy.kind === 'unit') for (const target of policy.targets) targetIds[target.key] = ids[target.resource ?? 'unit']!;
      let url = route.url;
      for (const [key, id] of Object.entries(targetIds)) url = url.replace(`:${key}`, String(id));
      const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
      const baseQuery = Object.fromEntries(queryParams.filter((p) => p.required || p.name in targetIds).map((p) => [p.name, sample(p.schema, p.name, targetIds)]));
      const json = op.requestBody?.content['application/json']?.schema;
      const baseBody = json ? sample(json, '', targetIds) : undefined;

      const send = async (query: Record<string, unknown>, body: unknown, what: string, field: string | number | undefined, strict: boolean) => {
        const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: qs ? `${url}?${qs}` : url,
          headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
          ...(body === undefined || route.method === 'GET' ? {} : { payload: body as object }),
        });
        sent++;
        if (res.statusCode >= 500) failures.push(`${route.method} ${route.url} ${what}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        const answer = res.statusCode === 400 ? (res.json() as { code?: string; details?: { issues?: { path: string }[] } }) : undefined;
        if (strict && field !== undefined && answer?.code === 'invalid_request' && !answer.details?.issues?.some((i) => i.path.includes(String(field)))) {
          unnamed.push(`${route.method} ${route.url} ${what}: ${JSON.stringify(answer.details?.issues?.slice(0, 3))}`);
        }
      };

      for (const p of queryParams) {
        const values = p.name === 'cursor' ? ['%%%', 'eyJ4Ijox', 'AAAA'] : hostile({ path: [p.name], schema: p.schema });
        for (const v of values) await send({ ...baseQuery, [p.name]: v }, baseBody, `?${p.name}=${JSON.stringify(v).slice(0, 30)}`, p.name, true);
      }
      if (json && route.method !== 'GET') {
        for (const leaf of leaves(json)) {
          if (leaf.path.length === 1 && String(leaf.path[0]) in targetIds) continue; // the policy's own ids: checked by every-route
          for (const v of hostile(leaf)) {
            const value = typeof v === 'string' && v.startsWith('\u200B') ? v : v;
            await send(baseQuery, withValue(baseBody, leaf.path, value), `${leaf.path.join('.')}=${JSON.stringify(v).slice(0, 30)}`, leaf.path.at(-1), typeof v === 'string' && !v.startsWith('\u200B'));
          }
        }
      }
    }
    if (process.env.PROBE_VERBOSE) console.log(`probe: ${sent} requests over ${t.app.routePolicies.length} routes`);
    expect(sent).toBeGreaterThan(300);
    expect(failures).toEqual([]);
    expect(unnamed).toEqual([]);
  });
});
