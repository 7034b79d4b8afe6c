import { z } from 'zod';
import { isCalendarDate, isoDate } from '../../domain/text/iso-date.ts';
import { unsafeText } from '../../domain/text/safe-text.ts';
import { invalid } from '../errors.ts';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** A sort key the server wrote (a folded name, a full name). */
const text = z
  .string()
  .max(1000)
  .refine((s) => unsafeText(s) === null);
/** A timestamp as `Date#toISOString` writes it. */
const instant = z.iso.datetime().refine((s) => isCalendarDate(s.slice(0, 10)));

/** What cursors hold, checked on the way back in: a cursor is the client's to send, so anything may come. */
export const cursorShapes = {
  id,
  /** A unit's materialised path, `/1/26/31/`. */
  path: z.string().max(2000).regex(/^(\/\d{1,10})+\/$/),
  textId: z.tuple([text, id]),
  dayId: z.tuple([isoDate, id]),
  instantId: z.tuple([instant, id]),
};

const refused = () =>
  invalid('invalid_cursor', 'Con trỏ phân trang không hợp lệ.', { issues: [{ path: 'querystring.cursor', message: 'con trỏ phân trang không hợp lệ' }] });

/** The position a cursor holds, in the shape `schema` says; anything else (not base64url JSON, wrong shape) is a 400. */
export function decodeCursor<T>(cursor: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (!cursor) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refused();
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw refused();
  return parsed.data;
}

/** Cuts a `limit + 1` fetch to a page; the extra row only tells that another page exists. */
export function pageOf<T>(items: T[], limit: number, key: (item: T) => unknown): Page<T> {
  const hasMore = items.length > limit;
  const page = hasMore ? items.slice(0, limit) : items;
  const last = page[page.length - 1];
  return { items: page, nextCursor: hasMore && last !== undefined ? encodeCursor(key(last)) : null };
}
