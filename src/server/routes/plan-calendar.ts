import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { ServerConfig } from '../context.ts';
import { rows } from '../../db/sql.ts';
import { anniversariesBetween, toPlanAnniversary } from '../../domain/anniversaries/index.ts';
import { planEvents, type CalendarEvent } from '../../domain/plans/calendar.ts';
import { renderCalendar } from '../../documents/ical.ts';
import { AppError, invalid } from '../errors.ts';
import { idParam, idParams, isoDate, okSchema } from '../http/schemas.ts';
import { isCalendarDate, MAX_YEAR } from '../../domain/text/iso-date.ts';
import { useCaseContext } from '../http/context.ts';
import { addUnitEvent, removeUnitEvent } from '../usecases/plans/unit-events.ts';
import { requireActor, scopeFor } from '../policies/access.ts';
import { listPlans } from '../queries/plans.ts';
import { checkFeedToken, feedLink, feedToken, rotateFeedToken } from '../usecases/plans/feed-token.ts';

const eventSchema = z.object({
  type: z.enum(['phase', 'anniversary', 'deadline']),
  planId: z.number().int(),
  planTitle: z.string(),
  title: z.string(),
  start: z.string(),
  end: z.string(),
});
// A term of office (5 years) and a little more: plans for a whole term ask for their anniversaries.
const MAX_RANGE_DAYS = 6 * 366;

function checkRange(from: string, to: string): void {
  if (from > to) throw invalid('invalid_period', 'Ngày bắt đầu phải trước ngày kết thúc.');
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_RANGE_DAYS) throw invalid('range_too_long', 'Khoảng thời gian tối đa là 6 năm.');
}

async function eventsFor(database: Database, scope: readonly string[], from: string, to: string): Promise<CalendarEvent[]> {
  const events: CalendarEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPlans(database.db, { issuerScope: scope, recipientScope: scope, from, to, limit: 200, cursor });
    // Plans in force only: drafts and plans awaiting approval bind no one yet.
    for (const p of page.items) if (p.status === 'issued' || p.status === 'closed') events.push(...planEvents(p, from, to));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return events.sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
}

export function planCalendarRoutes(database: Database, config: ServerConfig): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/calendar', {
      config: { policy: { kind: 'unit', action: 'read', targets: [{ in: 'query', key: 'unitId', optional: true }] } },
      schema: {
        tags: ['plans'],
        summary: 'Phases, anniversaries and deadlines of the plans the caller may see',
        querystring: z.object({ from: isoDate, to: isoDate, unitId: idParam.optional() }),
        response: { 200: z.object({ events: z.array(eventSchema) }) },
      },
      handler: async (request) => {
        const { from, to } = request.query;
        checkRange(from, to);
        const under = request.targetPaths.get('unitId');
        return { events: await eventsFor(database, under ? [under] : scopeFor(requireActor(request), 'read'), from, to) };
      },
    });

    app.get('/api/anniversaries', {
      config: { policy: { kind: 'unit', action: 'read', targets: [{ in: 'query', key: 'unitId', optional: true }] } },
      schema: {
        tags: ['plans'],
        summary: 'Anniversaries falling in a period: the national list plus the unit’s own events',
        querystring: z.object({ from: isoDate, to: isoDate, unitId: idParam.optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                title: z.string(),
                name: z.string(),
                eventDate: z.string().nullable(),
                anniversaryDate: z.string(),
                years: z.number().int().nullable(),
                round: z.boolean(),
                halfRound: z.boolean(),
                major: z.boolean(),
                local: z.boolean(),
              }),
            ),
          }),
        },
      },
      handler: async (request) => {
        const { from, to, unitId } = request.query;
        checkRange(from, to);
        const local = unitId
          ? await rows<{ date: string; name: string; lunar: boolean }>(
              database.db,
              sql`SELECT e.date, e.name, e.lunar FROM unit_events e JOIN units u ON u.id = e.unit_id
                   WHERE ${request.targetPaths.get('unitId')!} LIKE u.path || '%'`,
            )
          : [];
        const found = anniversariesBetween(from, to, local.map((e) => ({ date: e.date, name: e.name, lunar: e.lunar })));
        return {
          items: found.map((o) => ({
            ...toPlanAnniversary(o),
            title: o.title,
            name: o.name,
            anniversaryDate: o.anniversaryDate,
            round: o.round,
            halfRound: o.halfRound,
            major: o.major,
            local: o.local,
          })),
        };
      },
    });

    app.get('/api/units/:id/events', {
      config: { policy: { kind: 'unit', action: 'read', targets: [{ in: 'params', key: 'id' }] } },
      schema: {
        tags: ['plans'],
        summary: 'A unit’s own commemorations',
        params: idParams,
        response: { 200: z.object({ items: z.array(z.object({ id: z.number().int(), date: z.string(), lunar: z.boolean(), name: z.string() })) }) },
      },
      handler: async (request) => ({
        items: await rows<{ id: number; date: string; lunar: boolean; name: string }>(database.db, sql`SELECT id, date, lunar, name FROM unit_events WHERE unit_id = ${request.params.id} ORDER BY date`),
      }),
    });

    app.post('/api/units/:id/events', {
      config: { policy: { kind: 'unit', action: 'edit', targets: [{ in: 'params', key: 'id' }] } },
      schema: {
        tags: ['plans'],
        summary: 'Add a unit’s own commemoration (its founding, a local liberation day)',
        params: idParams,
        body: z
          .object({
            date: z.string().regex(/^(\d{4}-)?\d{2}-\d{2}$/, 'ngày có dạng YYYY-MM-DD (hoặc MM-DD cho ngày âm lịch)'),
            lunar: z.boolean().default(false),
            name: z.string().trim().min(1).max(300),
          })
          // A solar day with its year must exist (founding years may be before 1900).
          .refine((e) => e.lunar === true || typeof e.date !== 'string' || e.date.length !== 10 || isCalendarDate(e.date, 1000, MAX_YEAR), { path: ['date'], message: 'ngày không có thật' }),
        response: { 201: z.object({ id: z.number().int() }) },
      },
      handler: async (request, reply) => {
        const id = await addUnitEvent(useCaseContext(database, request), request.params.id, request.body);
        return reply.status(201).send({ id });
      },
    });

    app.delete('/api/units/:id/events/:eventId', {
      config: {
        policy: {
          kind: 'unit',
          action: 'edit',
          targets: [
            { in: 'params', key: 'id' },
            { in: 'params', key: 'eventId', resource: 'unitEvent' },
          ],
        },
      },
      schema: { tags: ['plans'], summary: 'Remove a unit’s own commemoration', params: z.object({ id: idParam, eventId: idParam }), response: { 200: okSchema } },
      handler: async (request) => {
        await removeUnitEvent(useCaseContext(database, request), request.params.id, request.params.eventId);
        return { ok: true as const };
      },
    });

    const feedLinkSchema = z.object({
      url: z.string().describe('path of the link, under the address the app is reached at'),
      absoluteUrl: z.string().describe('the whole link, from the configured PUBLIC_URL'),
    });

    app.get('/api/units/:id/calendar-feed', {
      config: { policy: { kind: 'unit', action: 'read', targets: [{ in: 'params', key: 'id' }] } },
      schema: { tags: ['plans'], summary: 'The caller’s own iCalendar feed link of a unit', params: idParams, response: { 200: feedLinkSchema } },
      handler: async (request) => feedLink(config, request.params.id, await feedToken(database, requireActor(request).userId, request.params.id)),
    });

    app.post('/api/units/:id/calendar-feed/rotate', {
      config: { policy: { kind: 'unit', action: 'read', targets: [{ in: 'params', key: 'id' }] } },
      schema: {
        tags: ['plans'],
        summary: 'A new iCalendar feed link of a unit for the caller; their previous link stops working',
        params: idParams,
        response: { 200: feedLinkSchema },
      },
      handler: async (request) => feedLink(config, request.params.id, await rotateFeedToken(useCaseContext(database, request), request.params.id)),
    });

    app.get('/api/feeds/units/:id/calendar.ics', {
      // Calendar apps carry no session: the person's token in the link is the credential, checked
      // on every fetch against the person as they are now (active, still holding a role there).
      config: { policy: { kind: 'public' } },
      schema: { tags: ['plans'], summary: 'iCalendar feed of a unit (link from calendar-feed)', params: idParams, querystring: z.object({ token: z.string().max(100) }) },
      handler: async (request, reply) => {
        const unit = await checkFeedToken(database, request.params.id, request.query.token);
        if (!unit) throw new AppError('forbidden', 'bad_feed_token', 'Liên kết lịch không hợp lệ hoặc đã bị thu hồi.');
        const today = config.clock();
        const from = new Date(today.getTime() - 366 * 86_400_000).toISOString().slice(0, 10);
        const to = new Date(today.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
        const events = await eventsFor(database, [unit.path], from, to);
        // Links back into the app come from the configured address, never from the request's Host header.
        return reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .send(renderCalendar(`Kế hoạch tuyên truyền — ${unit.name}`, events, config.publicUrl));
      },
    });
  };
}
