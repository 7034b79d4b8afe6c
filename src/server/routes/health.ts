import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { migrationStatus, type Database } from '../../db/client.ts';

export function healthRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/health', {
      config: { policy: { kind: 'public' } },
      schema: {
        tags: ['system'],
        summary: 'Liveness, database kind and migration version',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgresql']),
            migrations: z.object({ applied: z.number().int(), latest: z.string().nullable(), pending: z.number().int() }),
          }),
        },
      },
      handler: async () => ({ status: 'ok' as const, database: database.kind, migrations: await migrationStatus(database) }),
    });

    app.get('/api/openapi.json', {
      config: { policy: { kind: 'public' } },
      schema: { hide: true },
      handler: async () => app.swagger(),
    });
  };
}
