import { invalid } from '../errors.ts';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined): T | undefined {
  if (!cursor) return undefined;
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as T;
  } catch {
    throw invalid('invalid_cursor', 'Con trỏ phân trang không hợp lệ.');
  }
}

/** Cuts a `limit + 1` fetch to a page; the extra row only tells that another page exists. */
export function pageOf<T>(items: T[], limit: number, key: (item: T) => unknown): Page<T> {
  const hasMore = items.length > limit;
  const page = hasMore ? items.slice(0, limit) : items;
  const last = page[page.length - 1];
  return { items: page, nextCursor: hasMore && last !== undefined ? encodeCursor(key(last)) : null };
}
