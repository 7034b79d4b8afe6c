import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/client.ts';
import { SESSION_COOKIE } from './auth/sessions.ts';
import { defaultServerConfig, type ServerConfig } from './context.ts';
import { installErrorHandler, routeNotFound } from './http/error-handler.ts';
import { installTextGuard } from './http/text-guard.ts';
import { installAccessPolicy } from './policies/access.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { healthRoutes } from './routes/health.ts';
import { unitImportRoutes } from './routes/unit-import.ts';
import { unitRoutes } from './routes/units.ts';
import { userRoutes } from './routes/users.ts';
import { planRoutes } from './routes/plans.ts';
import { planCascadeRoutes } from './routes/plan-cascade.ts';
import { planCalendarRoutes } from './routes/plan-calendar.ts';
import { issuerSettingsRoutes } from './routes/issuer-settings.ts';
import { activityRoutes } from './routes/activities.ts';
import { reportRoutes } from './routes/reports.ts';
import { reportAttachmentRoutes } from './routes/report-attachments.ts';
import { reportViewRoutes } from './routes/report-views.ts';
import { planImportRoutes } from './routes/plan-import.ts';

/**
 * Sent with every response, API and web files alike. Mantine puts its styles in <style> elements at run
 * time, hence 'unsafe-inline' for styles only; scripts come from our own files. The camera stays allowed
 * for this origin (evidence photos).
 */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  [
    'content-security-policy',
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  ],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  ['permissions-policy', 'camera=(self), microphone=(), geolocation=()'],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
];

export interface AppOptions {
  database: Database;
  config?: Partial<ServerConfig>;
}

/** Builds the HTTP application: hooks (session → policy), routes, OpenAPI and the web app. */
// Validation messages reach the person in the web app: Zod's Vietnamese locale.
z.config(z.locales.vi());

export async function buildApp({ database, config: overrides }: AppOptions): Promise<FastifyInstance> {
  const config: ServerConfig = { ...defaultServerConfig, ...overrides };
  const app = Fastify({
    logger: { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: process.env.TRUST_PROXY === '1',
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'tuyentruyen API', description: 'Kế hoạch, kết quả và báo cáo công tác tuyên truyền', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
  });

  // Who is asking and what they may do: the session and the route's policy (policies/access.ts).
  installAccessPolicy(app, database);
  // Text no column can hold (NUL, lone surrogates) is a 400 naming the field, on every route.
  installTextGuard(app);
  app.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of SECURITY_HEADERS) reply.header(name, value);
  });

  await app.register(healthRoutes(database));
  await app.register(authRoutes(database, config));
  await app.register(unitRoutes(database));
  await app.register(unitImportRoutes(database));
  await app.register(userRoutes(database));
  await app.register(auditRoutes(database));
  await app.register(planRoutes(database, config));
  await app.register(planCascadeRoutes(database, config));
  await app.register(planCalendarRoutes(database, config));
  await app.register(issuerSettingsRoutes(database));
  await app.register(activityRoutes(database, config));
  await app.register(reportRoutes(database, config));
  await app.register(reportAttachmentRoutes(database, config));
  await app.register(reportViewRoutes(database, config));
  await app.register(planImportRoutes(database));

  const serveWeb = !!config.webRoot && existsSync(config.webRoot);
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: config.webRoot!,
      wildcard: false,
      // Brotli/gzip copies made at build time (scripts/compress-web.mjs), sent to browsers that take them.
      preCompressed: true,
      // File names under /assets carry a hash of their content: cached for good. The page itself is
      // checked on every visit, so a new version is picked up at once.
      setHeaders: (reply, path) => {
        reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  // Client-side routes: any non-API GET that is not a file gets the web app's index.html — but a
  // missing script or stylesheet (an old page after a new release) is a 404, not a page.
  app.setNotFoundHandler((request, reply) => {
    const isAsset = request.url.startsWith('/assets/');
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api/') && !isAsset) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send(routeNotFound(request.method, request.url));
  });
  return app;
}
