// Queries and mutations for user accounts.
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post } from './client';
import type { CreateUserResponse, Page, Role, User } from './types';

export const userKeys = {
  all: ['users'] as const,
  list: (unitId: number, q: string) => ['users', 'list', unitId, q] as const,
};

export function useUnitUsers(unitId: number, q: string) {
  return useInfiniteQuery({
    queryKey: userKeys.list(unitId, q.trim()),
    queryFn: ({ pageParam, signal }) =>
      get<Page<User>>(`/units/${unitId}/users`, { q: q.trim(), limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: (prev) => prev,
  });
}

export interface CreateUserInput {
  username: string;
  fullName: string;
  email?: string | null;
  unitId: number;
  role: Role;
  password?: string;
}

function useInvalidateUsers() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: userKeys.all }),
      qc.invalidateQueries({ queryKey: ['units', 'detail'] }),
    ]);
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (input: CreateUserInput) => post<CreateUserResponse>('/users', input),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, ...input }: { id: number; fullName?: string; email?: string | null; active?: boolean }) =>
      patch<User>(`/users/${id}`, input),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (id: number) => post<{ temporaryPassword: string }>(`/users/${id}/reset-password`),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export function useAddRole() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ userId, unitId, role }: { userId: number; unitId: number; role: Role }) =>
      post<User>(`/users/${userId}/roles`, { unitId, role }),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}

export function useRemoveRole() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ userId, roleId }: { userId: number; roleId: number }) =>
      del<User>(`/users/${userId}/roles/${roleId}`),
    onSuccess: invalidate,
    meta: { silent: true },
  });
}
