/**
 * The one place that decides who may do what. Every route declares a policy in its config;
 * a route without one is refused at registration. A role held at a unit applies to that unit's
 * whole subtree and nowhere else; list queries are scoped with `scopeFor`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Action, effectiveRole, roleAllows, topGrants, type Role } from '../../domain/access/roles.ts';
import { escapeLike } from '../../domain/text/fold.ts';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../context.ts';
import { actorOf, loadActor, SESSION_COOKIE, SESSION_QUERY, tokenHash, type SessionRow } from '../auth/sessions.ts';
import { AppError, forbidden, invalid } from '../errors.ts';

/** Where a request names the unit it touches, and what kind of record the id is. */
export interface UnitTarget {
  in: 'params' | 'body' | 'query';
  key: string;
  /**
   * The id is of a unit (default), a user (their home unit), a role assignment (its unit) or a plan
   * (its issuer; for reading, also the units an issued plan was sent to).
   */
  resource?: 'unit' | 'user' | 'roleAssignment' | 'plan' | 'unitEvent' | 'activity' | 'evidence' | 'report' | 'reportReceiver' | 'reportAttachment';
  /** When absent, the route works on everything the actor may see (it must then use `scopeFor`). */
  optional?: boolean;
  /** What this target needs, when it differs from the route's action (e.g. read the plan, edit the unit). */
  action?: Action;
}

export type RoutePolicy =
  | { kind: 'public' }
  /** Any signed-in person, on their own account only. */
  | { kind: 'self' }
  | { kind: 'unit'; action: Action; targets: readonly UnitTarget[] };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyInstance {
    /** Every /api route with its policy, for the test that checks them all. */
    routePolicies: { method: string; url: string; policy: RoutePolicy }[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** Paths of the units the policy resolved, by target key: use cases reuse them. */
    targetPaths: Map<string, string>;
  }
}

/** Queries giving the unit paths a record belongs to; the first row is its owner. */
const RESOURCE_LOOKUP: Record<NonNullable<UnitTarget['resource']>, string> = {
  unit: 'SELECT path FROM units WHERE id = $1',
  /**
   * A person: their home unit, and (as `also`) every unit where they hold a role. Acting on a person
   * needs the right over all of them, or a ward's administrator could take over a province administrator
   * whose home is one of the ward's cells.
   */
  user: `SELECT un.path, ARRAY(SELECT ru.path FROM role_assignments r JOIN units ru ON ru.id = r.unit_id WHERE r.user_id = u.id) AS also
         FROM users u JOIN units un ON un.id = u.unit_id WHERE u.id = $1`,
  roleAssignment: 'SELECT un.path FROM role_assignments r JOIN units un ON un.id = r.unit_id WHERE r.id = $1',
  plan: 'SELECT un.path FROM plans p JOIN units un ON un.id = p.issuer_unit_id WHERE p.id = $1',
  unitEvent: 'SELECT un.path FROM unit_events e JOIN units un ON un.id = e.unit_id WHERE e.id = $1',
  activity: 'SELECT un.path FROM activities a JOIN units un ON un.id = a.unit_id WHERE a.id = $1',
  evidence: 'SELECT un.path FROM activity_evidence e JOIN activities a ON a.id = e.activity_id JOIN units un ON un.id = a.unit_id WHERE e.id = $1',
  /** The reporting unit. */
  report: 'SELECT un.path FROM reports r JOIN units un ON un.id = r.unit_id WHERE r.id = $1',
  /** A file attached to a report belongs to the reporting unit. */
  reportAttachment: 'SELECT un.path FROM report_attachments ra JOIN reports r ON r.id = ra.report_id JOIN units un ON un.id = r.unit_id WHERE ra.id = $1',
  /** The unit that receives the report: the plan's issuer. */
  reportReceiver: 'SELECT un.path FROM reports r JOIN plans p ON p.id = r.plan_id JOIN units un ON un.id = p.issuer_unit_id WHERE r.id = $1',
};

/**
 * The owner's path ($1: the record's id) and whether the person reads as a reader ($2::text[]: their
 * grant paths, taken from the session row when joined to it), in one query.
 * Recipients of an issued plan may read it (and start their own from it): is any recipient inside one
 * of the person's subtrees? Asked as one EXISTS, however long the list. Who receives a report (the
 * plan's issuer) may read it too.
 */
const READER_LOOKUP = {
  // Most often the person's own unit is a recipient: that is looked up by its path first; the scan of
  // the recipients (thousands on a provincial plan) only when it is not.
  plan: `SELECT un.path, p.status IN ('issued', 'closed') AND (
           EXISTS (SELECT 1 FROM units gu JOIN plan_recipients r ON r.unit_id = gu.id WHERE gu.path = ANY ($2::text[]) AND r.plan_id = p.id)
           OR EXISTS (SELECT 1 FROM plan_recipients r JOIN units ru ON ru.id = r.unit_id
                       WHERE r.plan_id = p.id AND ru.path LIKE ANY (SELECT g || '%' FROM unnest($2::text[]) g))) AS reader
         FROM plans p JOIN units un ON un.id = p.issuer_unit_id WHERE p.id = $1`,
  report: `SELECT un.path, iu.path LIKE ANY (SELECT g || '%' FROM unnest($2::text[]) g) AS reader
           FROM reports r JOIN units un ON un.id = r.unit_id JOIN plans p ON p.id = r.plan_id JOIN units iu ON iu.id = p.issuer_unit_id WHERE r.id = $1`,
  /** The receiver acts on a report its sender may read too: for the sender a refusal is a 403, not a 404. */
  reportReceiver: `SELECT iu.path, un.path LIKE ANY (SELECT g || '%' FROM unnest($2::text[]) g) AS reader
           FROM reports r JOIN units un ON un.id = r.unit_id JOIN plans p ON p.id = r.plan_id JOIN units iu ON iu.id = p.issuer_unit_id WHERE r.id = $1`,
  reportAttachment: `SELECT un.path, iu.path LIKE ANY (SELECT g || '%' FROM unnest($2::text[]) g) AS reader
           FROM report_attachments ra JOIN reports r ON r.id = ra.report_id JOIN units un ON un.id = r.unit_id
           JOIN plans p ON p.id = r.plan_id JOIN units iu ON iu.id = p.issuer_unit_id WHERE ra.id = $1`,
} as const;

const RESOURCE_NAMES: Record<NonNullable<UnitTarget['resource']>, string> = {
  unit: 'đơn vị',
  user: 'người dùng',
  roleAssignment: 'vai trò',
  plan: 'kế hoạch',
  unitEvent: 'ngày kỷ niệm',
  activity: 'kết quả',
  evidence: 'tệp minh chứng',
  report: 'báo cáo',
  reportReceiver: 'báo cáo',
  reportAttachment: 'tệp đính kèm',
};

export function installAccessPolicy(app: FastifyInstance, database: Database): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('targetPaths', null as unknown as Map<string, string>);

  app.decorate('routePolicies', []);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const policy = route.config?.policy;
    if (!policy) throw new Error(`Route ${String(route.method)} ${route.url} has no access policy`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') app.routePolicies.push({ method, url: route.url, policy });
  });

  // Who is asking, and whether they may, is decided before the body is read wherever it can be: a
  // request without a session, or without the right over the units its address names, is refused before
  // an upload of 50 MB is taken in. Routes that name a unit only in their body are decided once it is parsed.
  app.addHook('onRequest', async (request) => {
    request.targetPaths = new Map();
    const policy = request.routeOptions.config.policy;
    const token = request.cookies[SESSION_COOKIE];
    if (!policy || policy.kind === 'public') {
      if (token) request.actor = await loadActor(database, token);
      return;
    }
    if (!token) requireActor(request);
    if (policy.kind === 'self') {
      request.actor = await loadActor(database, token!);
      checkCsrf(request, requireActor(request));
      return;
    }
    if (policy.targets.every((t) => t.in !== 'body')) {
      await decide(request, policy, token!);
      decided.add(request);
    }
  });

  app.addHook('preValidation', async (request) => {
    const policy = request.routeOptions.config.policy;
    if (request.is404) return; // the not-found handler answers unknown addresses
    if (!policy) {
      if (request.url.startsWith('/api/')) throw new AppError('forbidden', 'no_policy', 'Địa chỉ này chưa được phân quyền.');
      return;
    }
    if (policy.kind !== 'unit' || decided.has(request)) return;
    await decide(request, policy, request.cookies[SESSION_COOKIE]!);
  });

  /** Requests whose policy was decided on arrival (their targets are all in the address). */
  const decided = new WeakSet<FastifyRequest>();

  async function decide(request: FastifyRequest, policy: Extract<RoutePolicy, { kind: 'unit' }>, token: string): Promise<void> {
    const admit = (actor: Actor | null) => {
      request.actor = actor;
      checkCsrf(request, requireActor(request));
      if (actor!.mustChangePassword) throw new AppError('forbidden', 'must_change_password', 'Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục.');
      return actor!;
    };
    let lookups: Lookup[];
    try {
      lookups = policy.targets.flatMap((target) => {
        const raw = readTarget(request, target);
        if (raw === undefined && target.optional) return [];
        const resource = target.resource ?? 'unit';
        const action = target.action ?? policy.action;
        // Plans and reports have readers beyond the owner's subtree (recipients, the receiver): whether the
        // person is one comes in the same query, for every action, since it decides between 403 and 404.
        const readers = resource in READER_LOOKUP;
        return [{ key: target.key, id: parseId(raw, target.key), resource, action, readers }];
      });
    } catch (badId) {
      // Who is asking is answered before what they ask is checked.
      admit(await loadActor(database, token));
      throw badId;
    }
    // The session and every target in one round trip; then each target is decided in the policy's order.
    const { actor, found } = await sessionAndTargets(database, tokenHash(token), lookups);
    admit(actor);
    for (const [k, l] of lookups.entries()) {
      const { path, reader, also } = found[k] ?? {};
      // What the person may not even read answers exactly as what does not exist: a refusal must not
      // tell that a plan, a report or a unit is there (nor, for a plan, whether it is a draft).
      if (!path || (reader !== true && !allows(actor!, 'read', path))) throw hidden(l.resource);
      if (!allows(actor!, l.action, path) && !(l.action === 'read' && reader === true)) throw forbidden();
      if (also?.some((p) => !allows(actor!, l.action, p))) throw forbidden();
      request.targetPaths.set(l.key, path);
    }
  }
}

interface Lookup {
  key: string;
  id: number;
  resource: NonNullable<UnitTarget['resource']>;
  action: Action;
  /** Also ask whether the person reads it as a reader (plans' recipients, reports' receivers). */
  readers: boolean;
}

/**
 * The session (SESSION_QUERY, $1 its token hash) and, joined laterally to it, each target's owning path
 * and, where asked, whether the person reads it as a reader — their grant paths taken from the session
 * row. Each lookup's parameter is renumbered after the token's.
 */
interface FoundTarget {
  path?: string;
  reader?: boolean | null;
  /** Other units the record belongs to, over each of which the action is needed too (a person's roles). */
  also?: string[] | null;
}

async function sessionAndTargets(database: Database, hash: string, lookups: Lookup[]): Promise<{ actor: Actor | null; found: FoundTarget[] }> {
  const grants = `ARRAY(SELECT g->>'path' FROM json_array_elements(a.grants) g)`;
  const columns: string[] = ['a.*'];
  const joins: string[] = [];
  for (const [k, l] of lookups.entries()) {
    const text = (l.readers ? READER_LOOKUP[l.resource as keyof typeof READER_LOOKUP] : RESOURCE_LOOKUP[l.resource])
      .replaceAll('$2::text[]', grants)
      .replaceAll('$1', `$${k + 2}`);
    joins.push(`LEFT JOIN LATERAL (SELECT * FROM (${text}) q LIMIT 1) t${k} ON true`);
    columns.push(
      `t${k}.path AS tt_path_${k}`,
      l.readers ? `t${k}.reader AS tt_reader_${k}` : `NULL::boolean AS tt_reader_${k}`,
      l.resource === 'user' ? `t${k}.also AS tt_also_${k}` : `NULL::text[] AS tt_also_${k}`,
    );
  }
  const [row] = await database.query<SessionRow & Record<string, unknown>>(
    `WITH a AS (${SESSION_QUERY}) SELECT ${columns.join(', ')} FROM a ${joins.join(' ')}`,
    [hash, ...lookups.map((l) => l.id)],
  );
  if (!row) return { actor: null, found: [] };
  return {
    actor: actorOf(row),
    found: lookups.map((_, k) => ({
      path: (row[`tt_path_${k}`] as string | null) ?? undefined,
      reader: row[`tt_reader_${k}`] as boolean | null,
      also: row[`tt_also_${k}`] as string[] | null,
    })),
  };
}

/** The one answer for a record that is missing or out of the person's sight. */
export function hidden(resource: NonNullable<UnitTarget['resource']>): AppError {
  return new AppError('not_found', 'not_found', `Không tìm thấy ${RESOURCE_NAMES[resource]} (hoặc bạn không có quyền xem).`);
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'unauthenticated', 'Bạn cần đăng nhập.');
  return request.actor;
}

function checkCsrf(request: FastifyRequest, actor: Actor): void {
  if (request.method === 'GET' || request.method === 'HEAD') return;
  const sent = request.headers['x-csrf-token'];
  if (sent !== actor.csrfToken) {
    throw new AppError('forbidden', 'csrf', 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.');
  }
}

function readTarget(request: FastifyRequest, target: UnitTarget): unknown {
  const source = request[target.in] as Record<string, unknown> | undefined | null;
  if (!source || typeof source !== 'object') return undefined;
  const value = source[target.key];
  return value === '' || value === null ? undefined : value;
}

function parseId(raw: unknown, key: string): number {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0 || n > 2_147_483_647) {
    throw invalid('invalid_request', `Dữ liệu không hợp lệ: ${key} phải là một mã số.`, { issues: [{ path: key, message: 'expected a positive integer id' }] });
  }
  return n;
}

export function roleAt(actor: Actor, path: string): Role | null {
  return effectiveRole(actor.grants, path);
}

export function allows(actor: Actor, action: Action, path: string): boolean {
  const role = roleAt(actor, path);
  return role !== null && roleAllows(role, action);
}

/** The subtrees (path prefixes) in which the actor may perform `action`. */
export function scopeFor(actor: Actor, action: Action): string[] {
  return topGrants(actor.grants.filter((g) => roleAllows(g.role, action))).map((g) => g.unitPath);
}

/**
 * SQL condition: `column` (a units.path-like column) lies inside one of the scope's subtrees.
 * Every list query of the server goes through this; an empty scope matches nothing.
 */
export function inScope(column: AnyPgColumn | SQL, scope: readonly string[]): SQL {
  if (scope.length === 0) return sql`false`;
  const parts = scope.map((p) => sql`${column} LIKE ${escapeLike(p) + '%'}`);
  return sql`(${sql.join(parts, sql` OR `)})`;
}
