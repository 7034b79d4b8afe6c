/**
 * Why a file cannot be imported. Each refusal has a stable code (for the web app and scripts) and a
 * message meant for the person who chose the file, in one line.
 */
export type ImportErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'unreadable'
  | 'unsupported-type'
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'unknown-encoding'
  | 'docx-not-zip'
  | 'docx-corrupt'
  | 'docx-no-body'
  | 'zip-bomb'
  | 'legacy-doc'
  | 'not-a-plan';

export class PlanImportError extends Error {
  override readonly name = 'PlanImportError';
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Largest file accepted: 50 MB. A plan with its forms is a few hundred kilobytes. */
export const MAX_FILE_BYTES = 50 * 1000 * 1000;

export function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} MB`;
  if (n >= 1000) return `${(n / 1000).toFixed(1)} kB`;
  return `${n} bytes`;
}
