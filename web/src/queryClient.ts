import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/client';
import { meKey } from './api/auth';
import { notifyError } from './lib/notify';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { silent?: boolean };
    mutationMeta: { silent?: boolean };
  }
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (err, query) => {
        if (handleUnauthorized(err)) return;
        if (query.meta?.silent) return;
        notifyError(err, 'Không tải được dữ liệu');
      },
    }),
    mutationCache: new MutationCache({
      onError: (err, _vars, _ctx, mutation) => {
        if (handleUnauthorized(err)) return;
        if (mutation.meta?.silent) return;
        notifyError(err);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, err) => !(err instanceof ApiError && err.status > 0 && err.status < 500) && count < 2,
      },
      mutations: { retry: false },
    },
  });

  /** A 401 anywhere means the session is gone: forget the user, the router sends them to sign in. */
  function handleUnauthorized(err: unknown): boolean {
    if (err instanceof ApiError && err.status === 401) {
      if (client.getQueryData(meKey)) {
        client.setQueryData(meKey, null);
        notifyError(err, 'Phiên làm việc đã kết thúc');
      }
      return true;
    }
    return false;
  }

  return client;
}
