import { z } from 'zod';

/** The one date schema: a real calendar day `YYYY-MM-DD`, year 1900–2200 (domain/text/iso-date.ts). */
export { isoDate } from '../../domain/text/iso-date.ts';
/** Links people click: http or https only (domain/text/web-link.ts). */
export { webLink } from '../../domain/text/web-link.ts';

/** Shared request/response pieces. */
export const idParam = z.coerce.number().int().positive().max(2_147_483_647);
export const idParams = z.object({ id: idParam });
export const limitQuery = z.coerce.number().int().min(1).max(500).default(100);
/** A paging cursor as the server hands it out (base64url); its content is checked where it is read (queries/paging.ts). */
export const cursorQuery = z.string().max(500).regex(/^[A-Za-z0-9_-]*$/, 'con trỏ phân trang không hợp lệ').optional();
export const okSchema = z.object({ ok: z.literal(true) });
export const booleanQuery = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');
export const errorSchema = z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() });

export function pageSchema<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Names with a sane length; the use cases clean and NFC-normalise them. */
export const nameField = z.string().trim().min(1, 'không được để trống').max(300, 'dài quá 300 ký tự');
export const codeField = z.string().trim().max(50, 'dài quá 50 ký tự').nullable().optional();
