// Evidence upload. The shared client sends raw bodies as application/octet-stream only, while the
// evidence route wants the file's own type (image/…, application/pdf): a small fetch of its own here.
// Report attachments go into the same file store, so the accepted types and the size limit below apply
// to them too (their route takes octet-stream, so they use the shared client: api/attachments.ts).
import { ApiError, buildUrl } from '../../api/client';
import type { MeResponse } from '../../api/types';

export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'];
export const EVIDENCE_ACCEPT = EVIDENCE_TYPES.join(',');
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export function evidenceUrl(id: number): string {
  return buildUrl(`/evidence/${id}`);
}

async function freshToken(): Promise<string | null> {
  const res = await fetch(buildUrl('/auth/me'), { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!res.ok) return null;
  return ((await res.json()) as MeResponse).csrfToken;
}

async function send(activityId: number, file: File, token: string | null): Promise<Response> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    // Unknown types go as they are: the server answers with its own Vietnamese refusal.
    'content-type': file.type || 'application/octet-stream',
  };
  if (token) headers['x-csrf-token'] = token;
  return fetch(buildUrl(`/activities/${activityId}/evidence`, { filename: file.name }), {
    method: 'POST',
    headers,
    body: file,
    credentials: 'same-origin',
  });
}

export async function uploadEvidence(
  activityId: number,
  file: File,
  token: string | null,
): Promise<{ id: number; sha256: string; deduplicated: boolean }> {
  let res: Response;
  try {
    res = await send(activityId, file, token);
    if (res.status === 403) {
      const body = (await res.clone().json().catch(() => null)) as { code?: string } | null;
      if (body?.code === 'csrf') res = await send(activityId, file, await freshToken());
    }
  } catch {
    throw new ApiError(0, { code: 'network', message: 'Không kết nối được tới máy chủ. Vui lòng thử lại.' });
  }
  const data = (await res.json().catch(() => null)) as { code?: string; message?: string; details?: unknown } | null;
  if (!res.ok) {
    throw new ApiError(res.status, {
      code: data?.code ?? `http_${res.status}`,
      message:
        data?.message ||
        (res.status === 413 ? 'Tệp lớn hơn 10 MB.' : res.status === 415 ? 'Định dạng tệp không được hỗ trợ.' : `Lỗi máy chủ (${res.status}).`),
      details: data?.details,
    });
  }
  return data as { id: number; sha256: string; deduplicated: boolean };
}
