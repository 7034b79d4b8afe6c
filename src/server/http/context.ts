import type { FastifyRequest } from 'fastify';
import type { Database } from '../../db/client.ts';
import type { UseCaseContext } from '../context.ts';
import { requireActor } from '../policies/access.ts';

export function useCaseContext(database: Database, request: FastifyRequest): UseCaseContext {
  return { database, actor: requireActor(request) };
}
