/**
 * How much of a spreadsheet is read, at most. An upload is at most a few megabytes, but a zip
 * inflates a thousandfold and one shared string can be referenced by every cell: these bounds are
 * checked before anything is inflated (the zip's declared sizes, the sheet's declared dimension)
 * and again while the parts are streamed, so memory stays bounded whatever the file claims.
 */

/** A spreadsheet that cannot be read, with a Vietnamese message for the user. */
export class UnreadableTableError extends Error {}

export const TABLE_LIMITS = {
  /** Cells of the table read (rows × columns, counting the empty ones up to the last filled). */
  maxCells: 200_000,
  maxRows: 100_000,
  maxColumns: 1_000,
  /** Characters of one cell (after trimming). */
  maxCellChars: 10_000,
  /** Characters of all cells together. */
  maxTotalChars: 10_000_000,
};

export const XLSX_LIMITS = {
  /** Parts (files) inside the .xlsx archive. */
  maxEntries: 2_000,
  /** One part, inflated, as declared in the central directory (and enforced while inflating). */
  maxEntryBytes: 20 * 1000 * 1000,
  /** All parts together, inflated. */
  maxTotalBytes: 50 * 1000 * 1000,
  /** Inflated / compressed, for a part over 1 MB: spreadsheet XML stays far below. */
  maxRatio: 200,
  /** One XML tag (with its attributes). */
  maxTagChars: 64 * 1024,
};

/** 200000 → "200.000" (Vietnamese grouping). */
export function formatCount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 204800000 → "204,8 MB" (decimal units, Vietnamese decimal comma). */
export function formatSize(n: number): string {
  const one = (x: number) => x.toFixed(1).replace('.', ',');
  if (n >= 1e9) return `${one(n / 1e9)} GB`;
  if (n >= 1e6) return `${one(n / 1e6)} MB`;
  if (n >= 1e3) return `${one(n / 1e3)} kB`;
  return `${n} byte`;
}
