import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../db/client.ts';
import { SESSION_COOKIE, deleteSession } from '../auth/sessions.ts';
import type { ServerConfig } from '../context.ts';
import { okSchema } from '../http/schemas.ts';
import { requireActor, scopeFor } from '../policies/access.ts';
import { presentUnitSummary, unitSummarySchema } from '../presenters/units.ts';
import { userSchema } from '../presenters/users.ts';
import { findUnit } from '../queries/units.ts';
import { findUser } from '../queries/users.ts';
import { acceptInvite, changePassword, signIn } from '../usecases/auth/sign-in.ts';
import { AppError, notFound } from '../errors.ts';

export function authRoutes(database: Database, config: ServerConfig): FastifyPluginAsyncZod {
  return async (app) => {
    const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies };

    app.post('/api/auth/login', {
      config: { policy: { kind: 'public' } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in',
        description:
          `Throttled per (username, client address): after ${config.loginFreeFailures} failures each further attempt waits ` +
          `2^(n-${config.loginFreeFailures}) s (at most ${config.loginMaxDelaySeconds} s); an address may fail ` +
          `${config.loginAddressFailuresPerMinute} times a minute over all accounts. Refusals are 429 with Retry-After.`,
        body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
        response: { 200: z.object({ user: userSchema, csrfToken: z.string() }) },
      },
      handler: async (request, reply) => {
        const session = await signIn(database, config, { ...request.body, address: request.ip }).catch((err: unknown) => {
          // A refusal says when to come back (its message says it in words too).
          const wait = err instanceof AppError && err.code === 'rate_limited' ? (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds : undefined;
          if (wait) reply.header('retry-after', String(wait));
          throw err;
        });
        reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions, expires: session.expiresAt });
        const user = await findUser(database.db, session.userId);
        if (!user) throw notFound('người dùng');
        return { user, csrfToken: session.csrfToken };
      },
    });

    app.post('/api/auth/logout', {
      config: { policy: { kind: 'self' } },
      schema: { tags: ['auth'], summary: 'Sign out', response: { 200: okSchema } },
      handler: async (request, reply) => {
        await deleteSession(database, requireActor(request).sessionIdHash);
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return { ok: true as const };
      },
    });

    app.get('/api/auth/me', {
      config: { policy: { kind: 'self' } },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in person, their CSRF token and the top units they have a role at',
        response: { 200: z.object({ user: userSchema, csrfToken: z.string(), roots: z.array(unitSummarySchema) }) },
      },
      handler: async (request) => {
        const actor = requireActor(request);
        const user = await findUser(database.db, actor.userId);
        if (!user) throw notFound('người dùng');
        const rootIds = actor.grants.filter((g) => scopeFor(actor, 'read').includes(g.unitPath)).map((g) => g.unitId);
        const roots = [];
        for (const id of [...new Set(rootIds)]) {
          const unit = await findUnit(database.db, id);
          if (unit) roots.push(presentUnitSummary(unit));
        }
        return { user, csrfToken: actor.csrfToken, roots };
      },
    });

    app.post('/api/auth/password', {
      config: { policy: { kind: 'self' } },
      schema: {
        tags: ['auth'],
        summary: 'Change one’s own password',
        body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) }),
        response: { 200: okSchema },
      },
      handler: async (request) => {
        await changePassword(database, requireActor(request), request.body.currentPassword, request.body.newPassword);
        return { ok: true as const };
      },
    });

    app.post('/api/auth/accept-invite', {
      config: { policy: { kind: 'public' } },
      schema: {
        tags: ['auth'],
        summary: 'Set a password from an invitation',
        body: z.object({ token: z.string().min(10).max(200), password: z.string().min(1).max(200) }),
        response: { 200: okSchema },
      },
      handler: async (request) => {
        await acceptInvite(database, request.body.token, request.body.password);
        return { ok: true as const };
      },
    });
  };
}
