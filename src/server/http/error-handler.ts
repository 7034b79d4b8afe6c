import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';

interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

/** Maps every failure to `{code, message, details}` with the right status; never leaks a stack. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const { status, body } = toResponse(err);
    if (status >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ code: body.code, status }, 'request refused');
    return reply.status(status).send(body);
  });
}

/** The answer for an address no route serves. */
export function routeNotFound(method: string, url: string) {
  return { code: 'route_not_found', message: `Không có địa chỉ ${method} ${url.split('?')[0]}.` };
}

function toResponse(err: FastifyError): { status: number; body: ErrorBody } {
  if (err instanceof AppError) {
    return { status: err.status, body: { code: err.code, message: err.message, details: err.details } };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation.map((v) => ({
      path: `${err.validationContext ?? ''}${v.instancePath.replace(/\//g, '.')}`,
      message: v.message ?? 'không hợp lệ',
    }));
    const first = issues[0];
    return {
      status: 400,
      body: {
        code: 'invalid_request',
        message: first ? `Dữ liệu không hợp lệ: ${first.path} — ${first.message}` : 'Dữ liệu không hợp lệ.',
        details: { issues },
      },
    };
  }
  if (isResponseSerializationError(err)) {
    return { status: 500, body: { code: 'internal', message: 'Lỗi hệ thống: phản hồi không đúng định dạng.' } };
  }
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, body: { code: 'malformed_json', message: 'Nội dung gửi lên không phải JSON hợp lệ.' } };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: { code: 'body_too_large', message: 'Nội dung gửi lên quá lớn.' } };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, body: { code: 'unsupported_media_type', message: 'Kiểu nội dung không được hỗ trợ.' } };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, body: { code: 'invalid_content_length', message: 'Độ dài nội dung không hợp lệ.' } };
    default:
      break;
  }
  if (err.statusCode === 429) {
    return { status: 429, body: { code: 'rate_limited', message: 'Quá nhiều yêu cầu, vui lòng thử lại sau.' } };
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return { status: err.statusCode, body: { code: 'bad_request', message: `Yêu cầu không hợp lệ: ${err.message}` } };
  }
  return { status: 500, body: { code: 'internal', message: 'Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.' } };
}
