/**
 * Every registered route, checked against people placed at the unit, an ancestor, a descendant,
 * a sibling and an unrelated unit. A new route gets checked without anyone writing a test for it;
 * a route that forgets its policy cannot even be registered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { one } from '../../src/db/sql.ts';
import { ACTIONS, ROLES, type Role } from '../../src/domain/access/roles.ts';
import { createSession } from '../../src/server/auth/sessions.ts';
import { EvidenceStore } from '../../src/documents/evidence.ts';
import type { RoutePolicy } from '../../src/server/policies/access.ts';
import { insertUnit } from '../../src/server/usecases/units/create-unit.ts';
import { auditCount, clientFor, startTestApp, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';

const PUBLIC_ROUTES = [
  'GET /api/health',
  'GET /api/openapi.json',
  'POST /api/auth/login',
  'POST /api/auth/accept-invite',
  // Calendar apps have no session; the link's signed token is checked instead (tests/integration/plans-calendar).
  'GET /api/feeds/units/:id/calendar.ics',
];
const SELF_ROUTES = [
  'GET /api/auth/me',
  'POST /api/auth/logout',
  'POST /api/auth/password',
  // Reads an uploaded file and answers; touches no unit's data.
  'POST /api/import/parse',
];

type Place = 'unit' | 'ancestor' | 'descendant' | 'sibling' | 'unrelated';
const PLACES: Place[] = ['unit', 'ancestor', 'descendant', 'sibling', 'unrelated'];
const ALLOWED: Record<Place, boolean> = { unit: true, descendant: true, ancestor: false, sibling: false, unrelated: false };

describe.each(DATABASE_KINDS)('access policy of every route (%s)', (kind) => {
  let t: TestApp;
  let rootId: number;
  let otherRootId: number;
  let counter = 0;

  beforeAll(async () => {
    t = await startTestApp(kind);
    rootId = await t.unitId('LCU');
    const other = await one<{ id: number }>(
      t.database.db,
      sql`INSERT INTO units (parent_id, path, depth, name, kind, search_key) VALUES (NULL, '', 0, 'Tỉnh ủy Điện Biên', 'committee', 'tinh uy dien bien') RETURNING id`,
    );
    otherRootId = other!.id;
    await t.database.db.execute(sql`UPDATE units SET path = ${`/${otherRootId}/`} WHERE id = ${otherRootId}`);
  });
  afterAll(() => t.close());

  const addUnit = (parentId: number) =>
    t.database.db.transaction((tx) => insertUnit(tx, { parentId, name: `Đơn vị thử ${++counter}`, kind: 'committee' }));

  const addUser = async (unitId: number, role: Role) => {
    const user = await one<{ id: number }>(
      t.database.db,
      sql`INSERT INTO users (username, full_name, unit_id, search_key) VALUES (${`u${++counter}`}, 'Người thử', ${unitId}, 'nguoi thu') RETURNING id`,
    );
    const grant = await one<{ id: number }>(
      t.database.db,
      sql`INSERT INTO role_assignments (user_id, unit_id, role) VALUES (${user!.id}, ${unitId}, ${role}) RETURNING id`,
    );
    return { userId: user!.id, roleId: grant!.id };
  };

  const addPlan = async (unitId: number) => {
    const plan = await one<{ id: number }>(
      t.database.db,
      sql`INSERT INTO plans (issuer_unit_id, kind, status, title, search_key, format, content)
          VALUES (${unitId}, 'KH', 'draft', 'Kế hoạch thử', 'ke hoach thu', 'party', '{}'::jsonb) RETURNING id`,
    );
    return plan!.id;
  };

  const addEvent = async (unitId: number) => {
    const event = await one<{ id: number }>(
      t.database.db,
      sql`INSERT INTO unit_events (unit_id, date, name) VALUES (${unitId}, '1950-10-12', 'Ngày thành lập') RETURNING id`,
    );
    return event!.id;
  };

  interface Resident {
    userId: number;
    roleId: number;
    planId: number;
    eventId: number;
    activityId: number;
    evidenceId: number;
    reportId: number;
    attachmentId: number;
  }

  const addActivity = async (unitId: number) => {
    const a = await one<{ id: number }>(
      t.database.db,
      sql`INSERT INTO activities (unit_id, occurred_on, channel, figures) VALUES (${unitId}, '2026-03-01', 'meeting', '{"meeting_sessions": 1}'::jsonb) RETURNING id`,
    );
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(`activity ${a!.id}`)]);
    const { sha256: hash } = await new EvidenceStore(t.filesDir).put(png);
    await t.database.db.execute(sql`INSERT INTO evidence_files (sha256, size, mime) VALUES (${hash}, ${png.length}, 'image/png') ON CONFLICT DO NOTHING`);
    const e = await one<{ id: number }>(
      t.database.db,
      sql`INSERT INTO activity_evidence (activity_id, sha256, filename) VALUES (${a!.id}, ${hash}, 'anh.png') RETURNING id`,
    );
    return { activityId: a!.id, evidenceId: e!.id };
  };

  /**
   * A report on the place's plan by a unit of its own just below it (a unit never reports to itself): the
   * place receives it, and the reporting unit lies inside the place's subtree and nobody else's.
   */
  const addReport = async (planId: number, unitId: number) => {
    const r = await one<{ id: number }>(
      t.database.db,
      sql`INSERT INTO reports (plan_id, unit_id, period_key, period_start, period_end, due_on, form_code, status, figures, items, narrative)
          VALUES (${planId}, ${unitId}, '2026-03', '2026-02-15', '2026-03-14', '2026-03-20', 'Mẫu chuẩn', 'draft', '{}'::jsonb, '[]'::jsonb, '{}'::jsonb)
          RETURNING id`,
    );
    return r!.id;
  };

  /** A file attached to the report (the activity's evidence file, stored once). */
  const addAttachment = async (reportId: number, evidenceId: number) => {
    const a = await one<{ id: number }>(
      t.database.db,
      sql`INSERT INTO report_attachments (report_id, sha256, filename) SELECT ${reportId}, sha256, 'bien-ban.png' FROM activity_evidence WHERE id = ${evidenceId} RETURNING id`,
    );
    return a!.id;
  };

  /** A fresh little tree per case: P ⊃ {U ⊃ D, S}, X elsewhere; an actor with `role` at U. */
  async function fixture(role: Role) {
    const p = await addUnit(rootId);
    const u = await addUnit(p);
    const d = await addUnit(u);
    const s = await addUnit(p);
    const x = await addUnit(otherRootId);
    const unitAt: Record<Place, number> = { unit: u, ancestor: p, descendant: d, sibling: s, unrelated: x };
    const residents = {} as Record<Place, Resident>;
    for (const place of PLACES) {
      const unitId = unitAt[place];
      const planId = await addPlan(unitId);
      const activity = await addActivity(unitId);
      residents[place] = {
        ...(await addUser(unitId, 'viewer')),
        planId,
        eventId: await addEvent(unitId),
        activityId: activity.activityId,
        evidenceId: activity.evidenceId,
        reportId: await addReport(planId, await addUnit(unitId)),
        attachmentId: 0,
      };
      residents[place].attachmentId = await addAttachment(residents[place].reportId, activity.evidenceId);
    }
    const actor = await addUser(u, role);
    const session = await createSession(t.database, actor.userId, 1);
    return { unitAt, residents, client: clientFor(t.app, `tt_session=${session.token}`, session.csrfToken) };
  }

  /** The route called on the records of `place` (or, with `missing`, on that id for every target). */
  function request(route: { method: string; url: string; policy: RoutePolicy }, f: Awaited<ReturnType<typeof fixture>>, place: Place, missing?: number) {
    if (route.policy.kind !== 'unit') throw new Error('not a unit route');
    let url = route.url;
    const query: string[] = [];
    const body: Record<string, number> = {};
    for (const target of route.policy.targets) {
      const resource = target.resource ?? 'unit';
      const r = f.residents[place];
      let id = {
        unit: f.unitAt[place],
        user: r.userId,
        roleAssignment: r.roleId,
        plan: r.planId,
        unitEvent: r.eventId,
        activity: r.activityId,
        evidence: r.evidenceId,
        report: r.reportId,
        reportReceiver: r.reportId,
        reportAttachment: r.attachmentId,
      }[resource];
      if (missing !== undefined) id = missing;
      if (target.in === 'params') url = url.replace(`:${target.key}`, String(id));
      else if (target.in === 'query') query.push(`${target.key}=${id}`);
      else body[target.key] = id;
    }
    expect(url, `every path parameter of ${route.url} is a policy target`).not.toContain(':');
    if (query.length) url += `?${query.join('&')}`;
    switch (route.method) {
      case 'GET':
        return f.client.get(url);
      case 'POST':
        return f.client.post(url, body);
      case 'PATCH':
        return f.client.patch(url, body);
      case 'PUT':
        return f.client.put(url, body);
      case 'DELETE':
        return f.client.delete(url);
      default:
        throw new Error(`method ${route.method} not covered by this test`);
    }
  }

  it('knows every public and self-service route by name', () => {
    const open = t.app.routePolicies.filter((r) => r.policy.kind === 'public').map((r) => `${r.method} ${r.url}`);
    const self = t.app.routePolicies.filter((r) => r.policy.kind === 'self').map((r) => `${r.method} ${r.url}`);
    expect(open.sort()).toEqual([...PUBLIC_ROUTES].sort());
    expect(self.sort()).toEqual([...SELF_ROUTES].sort());
    expect(t.app.routePolicies.filter((r) => r.policy.kind === 'unit').length).toBeGreaterThan(10);
  });

  it('refuses a route registered without a policy', async () => {
    const { buildApp } = await import('../../src/server/app.ts');
    const app = await buildApp({ database: t.database, config: { logLevel: 'silent' } });
    expect(() => app.get('/api/unprotected', async () => ({}))).toThrow(/no access policy/);
    await app.close();
  });

  it('asks for a session on every non-public route', async () => {
    for (const route of t.app.routePolicies.filter((r) => r.policy.kind !== 'public')) {
      const url = route.url.replace(/:(\w+)/g, '1');
      const res = await t.app.inject({ method: route.method as 'GET', url, payload: route.method === 'GET' ? undefined : {} });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('allows a unit route at the unit and below it, and refuses it above, beside and elsewhere', async () => {
    const unitRoutes = t.app.routePolicies.filter((r) => r.policy.kind === 'unit');
    for (const route of unitRoutes) {
      if (route.policy.kind !== 'unit') continue;
      const f = await fixture(ACTIONS[route.policy.action]);
      // Refusals first, so an allowed mutation does not change what they see.
      for (const place of PLACES.filter((p) => !ALLOWED[p])) {
        const before = await auditCount(t.database);
        const res = await request(route, f, place);
        // Out of the person's sight: answered exactly as a record that does not exist.
        expect(res.statusCode, `${route.method} ${route.url} at ${place}: ${res.body}`).toBe(404);
        expect(res.json().code, `${route.method} ${route.url} at ${place}`).toBe('not_found');
        expect(await auditCount(t.database), `${route.method} ${route.url} at ${place} changed nothing`).toBe(before);
      }
      // …and the answer is the same, word for word, as for ids that exist nowhere.
      const elsewhere = await request(route, f, 'unrelated');
      const nowhere = await request(route, f, 'unrelated', 2_000_000_000);
      expect(nowhere.statusCode, `${route.method} ${route.url} with missing ids: ${nowhere.body}`).toBe(404);
      expect(elsewhere.body, `${route.method} ${route.url}: an unrelated unit's record answers as a missing one`).toBe(nowhere.body);
      // Below the unit first: a retire or delete at the unit itself would take the subtree with it.
      for (const place of ['descendant', 'unit'] as const) {
        const res = await request(route, f, place);
        expect([401, 403, 404], `${route.method} ${route.url} at ${place}: ${res.statusCode} ${res.body}`).not.toContain(res.statusCode);
        expect(res.statusCode, `${route.method} ${route.url} at ${place}: ${res.body}`).toBeLessThan(500);
      }
    }
  });

  it('refuses a unit route to a role one step too weak, even at the unit itself', async () => {
    for (const route of t.app.routePolicies.filter((r) => r.policy.kind === 'unit')) {
      if (route.policy.kind !== 'unit' || route.policy.action === 'read') continue;
      const needed = ROLES.indexOf(ACTIONS[route.policy.action]);
      const f = await fixture(ROLES[needed - 1]!);
      const res = await request(route, f, 'unit');
      expect(res.statusCode, `${route.method} ${route.url}: ${res.body}`).toBe(403);
    }
  });

  it('refuses a change without the CSRF token', async () => {
    const f = await fixture('admin');
    for (const route of t.app.routePolicies.filter((r) => r.policy.kind !== 'public' && r.method !== 'GET')) {
      const url = route.url.replace(/:(\w+)/g, String(f.unitAt.unit));
      const res = await t.app.inject({ method: route.method as 'POST', url, headers: { cookie: f.client.cookie }, payload: {} });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(res.json().code).toBe('csrf');
    }
  });
});
