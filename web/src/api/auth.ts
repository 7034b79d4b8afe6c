// Session: who is signed in, sign in / out, passwords.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, post, setCsrfToken } from './client';
import type { LoginResponse, MeResponse } from './types';

export const meKey = ['me'] as const;

/** The signed-in user, or null when there is no session (401). */
export async function fetchMe(signal?: AbortSignal): Promise<MeResponse | null> {
  try {
    const me = await get<MeResponse>('/auth/me', undefined, signal);
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
    retry: (count, err) => !(err instanceof ApiError && err.status < 500) && count < 2,
    meta: { silent: true },
  });
}

/** The session, for components rendered inside the signed-in part of the app. */
export function useSession(): MeResponse {
  const { data } = useMe();
  if (!data) throw new Error('useSession outside of a signed-in route');
  return data;
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: { username: string; password: string }) => {
      const res = await post<LoginResponse>('/auth/login', input);
      setCsrfToken(res.csrfToken);
      return res;
    },
    onSuccess: async () => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      qc.setQueryData(meKey, await fetchMe());
    },
    meta: { silent: true },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => post<{ ok: true }>('/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(meKey, null);
    },
  });
}

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      post<{ ok: true }>('/auth/password', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: meKey }),
    meta: { silent: true },
  });
}

export function useAcceptInvite() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) => post<{ ok: true }>('/auth/accept-invite', input),
    meta: { silent: true },
  });
}
