import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { consolidatedDocx, consolidatedXlsx } from '../../documents/consolidated.ts';
import type { ServerConfig } from '../context.ts';
import { invalid } from '../errors.ts';
import { recordAudit } from '../audit.ts';
import { useCaseContext } from '../http/context.ts';
import { idParam, idParams, isoDate } from '../http/schemas.ts';
import { expectedReports, type Timeliness } from '../queries/expected-reports.ts';
import { findPlan, issuerInfo } from '../queries/plans.ts';
import { totalsByChild, totalsByIndicator, totalsByPeriod } from '../queries/rollups.ts';
import { consolidate } from '../usecases/reports/consolidate.ts';
import { todayInVietnam } from './plans.ts';

const range = z.object({ from: isoDate, to: isoDate, planId: idParam.optional() });
const onUnit = { policy: { kind: 'unit', action: 'read', targets: [{ in: 'params', key: 'id' }] } } as const;
/** A view of a unit's figures that may name a plan: the plan must be one the person may read. */
const onUnitForPlan = {
  policy: { kind: 'unit', action: 'read', targets: [{ in: 'params', key: 'id' }, { in: 'query', key: 'planId', resource: 'plan', optional: true }] },
} as const;
const TIMELINESS = ['not_due', 'on_time', 'late', 'missing', 'returned', 'in_progress'] as const;

function checkRange(from: string, to: string) {
  if (from > to) throw invalid('invalid_period', 'Ngày bắt đầu phải trước ngày kết thúc.');
}

export function reportViewRoutes(database: Database, config: ServerConfig): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/units/:id/completeness', {
      config: onUnitForPlan,
      schema: {
        tags: ['reports'],
        summary: 'Every report expected from the subtree in a period: submitted on time, late, missing, returned',
        params: idParams,
        querystring: range,
        response: {
          200: z.object({
            summary: z.record(z.enum(TIMELINESS), z.number().int()),
            byChild: z.array(z.object({ unitId: z.number().int(), name: z.string(), counts: z.record(z.enum(TIMELINESS), z.number().int()) })),
            items: z.array(
              z.object({
                planId: z.number().int(),
                planTitle: z.string(),
                unitId: z.number().int(),
                unitName: z.string(),
                periodKey: z.string(),
                periodLabel: z.string(),
                dueOn: z.string(),
                reportId: z.number().int().nullable(),
                status: z.string().nullable(),
                timeliness: z.enum(TIMELINESS),
              }),
            ),
          }),
        },
      },
      handler: async (request) => {
        const { from, to, planId } = request.query;
        checkRange(from, to);
        const path = request.targetPaths.get('id')!;
        const today = todayInVietnam(config.clock());
        // The periods that end in the range: the same rule as the rollups and the consolidated report.
        const expected = (await expectedReports(database.db, path, from, to, today)).filter(
          (e) => (!planId || e.planId === planId) && e.period.end >= from && e.period.end <= to,
        );
        const zero = () => Object.fromEntries(TIMELINESS.map((t) => [t, 0])) as Record<Timeliness, number>;
        const summary = zero();
        const childIds = path.split('/').filter(Boolean).length; // depth of the unit's own id in paths
        const byChild = new Map<number, { unitId: number; name: string; counts: Record<Timeliness, number> }>();
        const names = new Map(
          (await rows<{ id: number; name: string }>(database.db, sql`SELECT id, name FROM units WHERE parent_id = ${request.params.id}`)).map((u) => [u.id, u.name]),
        );
        for (const e of expected) {
          summary[e.timeliness]++;
          const childId = Number(e.unitPath.split('/').filter(Boolean)[childIds]);
          if (!names.has(childId)) continue;
          const c = byChild.get(childId) ?? { unitId: childId, name: names.get(childId)!, counts: zero() };
          c.counts[e.timeliness]++;
          byChild.set(childId, c);
        }
        return {
          summary,
          byChild: [...byChild.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
          items: expected.map((e) => ({
            planId: e.planId,
            planTitle: e.planTitle,
            unitId: e.unitId,
            unitName: e.unitName,
            periodKey: e.period.key,
            periodLabel: e.period.label,
            dueOn: e.period.dueOn,
            reportId: e.reportId,
            status: e.status,
            timeliness: e.timeliness,
          })),
        };
      },
    });

    app.get('/api/units/:id/rollups', {
      config: onUnitForPlan,
      schema: {
        tags: ['reports'],
        summary: 'Accepted figures of the subtree: totals by indicator, by period and by child unit',
        params: idParams,
        querystring: range,
        response: {
          200: z.object({
            totals: z.array(z.object({ indicator: z.string(), value: z.number(), reports: z.number().int() })),
            byPeriod: z.array(z.object({ periodKey: z.string(), periodStart: z.string(), indicator: z.string(), value: z.number() })),
            byChild: z.array(z.object({ childId: z.number().int(), childName: z.string(), indicator: z.string(), value: z.number() })),
          }),
        },
      },
      handler: async (request) => {
        const f = { unitId: request.params.id, ...request.query };
        checkRange(f.from, f.to);
        const [totals, byPeriod, byChild] = [await totalsByIndicator(database.db, f), await totalsByPeriod(database.db, f), await totalsByChild(database.db, f)];
        return { totals, byPeriod, byChild };
      },
    });

    app.get('/api/units/:id/consolidated', {
      config: onUnitForPlan,
      schema: {
        tags: ['reports'],
        summary: 'The consolidated report of the subtree (JSON, or the official .docx, or .xlsx)',
        params: idParams,
        querystring: range.extend({ format: z.enum(['json', 'docx', 'xlsx']).default('json') }),
      },
      handler: async (request, reply) => {
        const { from, to, planId, format } = request.query;
        checkRange(from, to);
        const c = await consolidate(database.db, { unitId: request.params.id, from, to, planId });
        if (format === 'json') return c;
        const plan = planId ? await findPlan(database.db, planId) : undefined;
        const planTitle = plan ? `${plan.kind === 'HD' ? 'Hướng dẫn' : 'Kế hoạch'}${plan.serial ? ` số ${plan.serial}-${plan.symbol}` : ''} ${plan.title}` : null;
        const name = `bao-cao-tong-hop-${request.params.id}-${from}-${to}`;
        if (format === 'xlsx') {
          const data = await consolidatedXlsx(c, `Báo cáo tổng hợp kết quả công tác tuyên truyền${planTitle ? ` thực hiện ${planTitle}` : ''}`);
          return reply
            .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
            .header('content-disposition', `attachment; filename="${name}.xlsx"`)
            .send(data);
        }
        const issuer = await issuerInfo(database.db, request.params.id);
        const data = await consolidatedDocx(c, issuer!.settings, todayInVietnam(config.clock()), planTitle);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
          .header('content-disposition', `attachment; filename="${name}.docx"`)
          .send(data);
      },
    });

    app.post('/api/units/:id/notifications/read', {
      config: onUnit,
      schema: {
        tags: ['reports'],
        summary: 'Mark a unit’s notices read (the given ones, or all)',
        params: idParams,
        body: z.object({ ids: z.array(idParam).max(500).optional() }),
        response: { 200: z.object({ marked: z.number().int() }) },
      },
      handler: async (request) => {
        const ctx = useCaseContext(database, request);
        const ids = request.body.ids;
        return database.db.transaction(async (tx) => {
          const marked = await rows<{ id: number }>(
            tx,
            sql`UPDATE notifications SET read_at = now() WHERE unit_id = ${request.params.id} AND read_at IS NULL
                 ${ids?.length ? sql`AND id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})` : sql``} RETURNING id`,
          );
          if (marked.length) {
            await recordAudit(tx, ctx.actor, {
              unitId: request.params.id,
              unitPath: request.targetPaths.get('id')!,
              action: 'notification.read',
              entity: 'notification',
              entityId: request.params.id,
              summary: `${ctx.actor.fullName} đánh dấu đã đọc ${marked.length} thông báo`,
            });
          }
          return { marked: marked.length };
        });
      },
    });

    app.get('/api/units/:id/notifications', {
      config: onUnit,
      schema: {
        tags: ['reports'],
        summary: 'Notices for a unit (reminders, returned reports), newest first',
        params: idParams,
        querystring: z.object({ unread: z.enum(['true', 'false']).optional() }),
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.number().int(), kind: z.string(), message: z.string(), link: z.string().nullable(), createdAt: z.string(), readAt: z.string().nullable() })),
          }),
        },
      },
      handler: async (request) => {
        const found = await rows<{ id: number; kind: string; message: string; link: string | null; createdAt: Date; readAt: Date | null }>(
          database.db,
          sql`SELECT id, kind, message, link, created_at AS "createdAt", read_at AS "readAt" FROM notifications
               WHERE unit_id = ${request.params.id} ${request.query.unread === 'true' ? sql`AND read_at IS NULL` : sql``}
               ORDER BY id DESC LIMIT 200`,
        );
        return { items: found.map((n) => ({ ...n, createdAt: new Date(n.createdAt).toISOString(), readAt: n.readAt ? new Date(n.readAt).toISOString() : null })) };
      },
    });
  };
}
