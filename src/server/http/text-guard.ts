import type { FastifyInstance } from 'fastify';
import { findUnsafeText } from '../../domain/text/safe-text.ts';
import { invalid } from '../errors.ts';

/**
 * Every route at once: a string anywhere in the JSON body, the query or the path parameters that holds a
 * NUL or a lone UTF-16 surrogate is a 400 naming the field, in the shape of a schema error — before any
 * schema, use case or SQL sees it (PostgreSQL refuses NUL with a 500; a lone surrogate would be stored
 * as U+FFFD). Raw file bodies (Buffers) are not text and are left to their own checks.
 */
export function installTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const issue = findUnsafeText(request.params, 'params') ?? findUnsafeText(request.query, 'querystring') ?? findUnsafeText(request.body, 'body');
    if (issue) throw invalid('invalid_request', `Dữ liệu không hợp lệ: ${issue.path} — ${issue.message}`, { issues: [issue] });
  });
}
