/**
 * One error type for the whole server. `code` is stable (clients and tests match on it);
 * `message` is Vietnamese, shown to the user as is; the HTTP status comes from the code's kind.
 */
export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'too_large' | 'unsupported' | 'rate_limited';

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  rate_limited: 429,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS[kind];
  }
}

export const notFound = (what: string, code = 'not_found') => new AppError('not_found', code, `Không tìm thấy ${what}.`);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này ở đơn vị này.', code = 'forbidden') =>
  new AppError('forbidden', code, message);
export const invalid = (code: string, message: string, details?: unknown) => new AppError('invalid', code, message, details);
export const conflict = (code: string, message: string, details?: unknown) => new AppError('conflict', code, message, details);
