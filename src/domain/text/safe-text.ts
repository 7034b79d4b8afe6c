/**
 * Text that can be stored: no NUL (PostgreSQL refuses it in text and jsonb) and no lone UTF-16
 * surrogate (it has no UTF-8 form: it would be stored as U+FFFD, or refused in jsonb).
 */

// Without the `u` flag a regex sees UTF-16 code units: a high surrogate not followed by a low one, or a
// low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type UnsafeText = 'nul' | 'lone_surrogate';

export function unsafeText(text: string): UnsafeText | null {
  if (text.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(text)) return 'lone_surrogate';
  return null;
}

export const UNSAFE_TEXT_MESSAGES: Record<UnsafeText, string> = {
  nul: 'chứa ký tự NUL (\\u0000)',
  lone_surrogate: 'chứa ký tự Unicode không hợp lệ (nửa cặp surrogate)',
};

export interface UnsafeTextIssue {
  /** Where, as the error handler names fields: `body.items.0.title`. */
  path: string;
  message: string;
}

/**
 * The first string (value or object key) in a parsed JSON value or a query object that cannot be
 * stored. Walks with its own stack, so any nesting depth the JSON parser accepted is fine.
 */
export function findUnsafeText(value: unknown, root: string): UnsafeTextIssue | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      const problem = unsafeText(v);
      if (problem) return { path, message: UNSAFE_TEXT_MESSAGES[problem] };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}.${i}`]);
    } else if (v !== null && typeof v === 'object' && !ArrayBuffer.isView(v)) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const problem = unsafeText(key);
        if (problem) return { path, message: `tên trường ${UNSAFE_TEXT_MESSAGES[problem]}` };
        stack.push([child, `${path}.${key}`]);
      }
    }
  }
  return null;
}
