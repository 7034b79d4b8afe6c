// The one HTTP client: JSON in and out, cookies, CSRF header, errors as ApiError.
import type { ApiErrorBody } from './types';

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
  }

  /** Validation issues `[{path, message}]` of a 400, if any. */
  get issues(): { path: string; message: string }[] {
    const d = this.details as { issues?: unknown } | null | undefined;
    if (!d || !Array.isArray(d.issues)) return [];
    return d.issues.map((i: { path?: unknown; message?: unknown }) => ({
      path: Array.isArray(i.path) ? i.path.join('.') : String(i.path ?? ''),
      message: String(i.message ?? ''),
    }));
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  /** JSON body (objects) or raw bytes (Blob/ArrayBuffer, sent as application/octet-stream). */
  body?: unknown;
  signal?: AbortSignal;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  400: 'Dữ liệu không hợp lệ.',
  401: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy dữ liệu.',
  409: 'Dữ liệu đang được sử dụng hoặc bị trùng.',
  413: 'Tệp quá lớn.',
  415: 'Định dạng dữ liệu không được hỗ trợ.',
  429: 'Thao tác quá nhiều lần, vui lòng thử lại sau.',
};

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  try {
    return await request<T>(path, opts);
  } catch (err) {
    // A stale CSRF token (e.g. signed in again in another tab): take the current one and try once more.
    if (err instanceof ApiError && err.code === 'csrf' && (opts.method ?? 'GET') !== 'GET') {
      const me = await request<{ csrfToken?: string }>('/auth/me', {}).catch(() => null);
      if (me?.csrfToken && me.csrfToken !== csrfToken) {
        csrfToken = me.csrfToken;
        return request<T>(path, opts);
      }
    }
    throw err;
  }
}

async function request<T>(path: string, opts: RequestOptions): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.body instanceof Blob || opts.body instanceof ArrayBuffer) {
    headers['content-type'] = 'application/octet-stream';
    body = opts.body;
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, { code: 'network', message: 'Không kết nối được tới máy chủ. Vui lòng thử lại.' });
  }

  const text = await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    const b = (data ?? {}) as Partial<ApiErrorBody>;
    throw new ApiError(res.status, {
      code: typeof b.code === 'string' ? b.code : `http_${res.status}`,
      message:
        typeof b.message === 'string' && b.message
          ? b.message
          : (FALLBACK_MESSAGES[res.status] ?? `Lỗi máy chủ (${res.status}).`),
      details: b.details,
    });
  }
  return data as T;
}

export const get = <T>(path: string, query?: Query, signal?: AbortSignal) =>
  api<T>(path, { query, signal });
export const post = <T>(path: string, body?: unknown, query?: Query) =>
  api<T>(path, { method: 'POST', body: body ?? {}, query });
export const patch = <T>(path: string, body: unknown) => api<T>(path, { method: 'PATCH', body });
export const del = <T>(path: string) => api<T>(path, { method: 'DELETE' });
