import { z } from 'zod';

/**
 * A link to something published: http or https only, so a stored link can never run script
 * (`javascript:`) or carry a page of its own (`data:`) when someone clicks it.
 */
export const webLink = z.url({ protocol: /^https?$/, message: 'đường dẫn phải bắt đầu bằng http:// hoặc https://' }).max(1000);
