/**
 * A .docx is a zip. Before anything is inflated, its central directory is read: the declared sizes
 * must stay within bounds (a zip bomb declares gigabytes, or compresses a thousandfold), and the
 * parts the reader will inflate are then inflated here with an output cap equal to their declared
 * size, so a directory that lies is caught too.
 */
import { inflateRawSync } from 'node:zlib';
import { PlanImportError, formatBytes } from './errors.ts';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export const ZIP_LIMITS = {
  /** All entries together, inflated. */
  maxTotalUncompressed: 300 * 1000 * 1000,
  /** One XML part, inflated (a 1,000-page document.xml is about 20 MB). */
  maxPartUncompressed: 100 * 1000 * 1000,
  /** Inflated / compressed for a part over 1 MB: text XML stays well under 100. */
  maxRatio: 200,
  maxEntries: 10_000,
};

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function corrupt(detail: string): PlanImportError {
  return new PlanImportError('docx-corrupt', `the .docx is damaged: ${detail}`);
}

function u16(buf: Buffer, at: number): number {
  if (at + 2 > buf.length) throw corrupt('truncated zip structure');
  return buf.readUInt16LE(at);
}
function u32(buf: Buffer, at: number): number {
  if (at + 4 > buf.length) throw corrupt('truncated zip structure');
  return buf.readUInt32LE(at);
}
function u64(buf: Buffer, at: number): number {
  if (at + 8 > buf.length) throw corrupt('truncated zip structure');
  const value = buf.readBigUInt64LE(at);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

export function isZip(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 0x03 || buf[2] === 0x05) && (buf[3] === 0x04 || buf[3] === 0x06);
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const floor = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= floor; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  throw corrupt('no zip central directory (truncated download?)');
}

/** Reads the central directory: every entry with its declared sizes. */
export function readCentralDirectory(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw corrupt('too short to be a zip');
  const eocd = findEndOfCentralDirectory(buf);
  let count = u16(buf, eocd + 10);
  let size = u32(buf, eocd + 12);
  let offset = u32(buf, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(buf, locator) !== ZIP64_LOCATOR) throw corrupt('zip64 locator missing');
    const record = u64(buf, locator + 8);
    if (u32(buf, record) !== ZIP64_EOCD) throw corrupt('zip64 directory missing');
    count = u64(buf, record + 32);
    size = u64(buf, record + 40);
    offset = u64(buf, record + 48);
  }
  if (count > ZIP_LIMITS.maxEntries) {
    throw new PlanImportError('zip-bomb', `the .docx holds ${count} files; a document holds a few dozen`);
  }
  if (offset + size > buf.length) throw corrupt('central directory outside the file');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(buf, at) !== CENTRAL) throw corrupt('bad central directory entry');
    const method = u16(buf, at + 10);
    let compressedSize = u32(buf, at + 20);
    let uncompressedSize = u32(buf, at + 24);
    const nameLength = u16(buf, at + 28);
    const extraLength = u16(buf, at + 30);
    const commentLength = u16(buf, at + 32);
    let localHeaderOffset = u32(buf, at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    // ZIP64 extra field: the 64-bit values, in order, for each field set to 0xFFFFFFFF.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(buf, extra);
      const length = u16(buf, extra + 2);
      if (id === 0x0001) {
        let p = extra + 4;
        if (uncompressedSize === 0xffffffff) (uncompressedSize = u64(buf, p)), (p += 8);
        if (compressedSize === 0xffffffff) (compressedSize = u64(buf, p)), (p += 8);
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(buf, p);
      }
      extra += 4 + length;
    }
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    at = extraEnd + commentLength;
  }
  return entries;
}

/** Refuses archives whose declared sizes are those of a zip bomb. */
export function checkDeclaredSizes(entries: readonly ZipEntry[]): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.uncompressedSize > ZIP_LIMITS.maxPartUncompressed && /\.(xml|rels)$/i.test(e.name)) {
      throw new PlanImportError('zip-bomb', `the .docx part ${e.name} would inflate to ${formatBytes(e.uncompressedSize)}: refused as a zip bomb`);
    }
    if (e.uncompressedSize > 1_000_000 && e.uncompressedSize / Math.max(1, e.compressedSize) > ZIP_LIMITS.maxRatio) {
      throw new PlanImportError(
        'zip-bomb',
        `the .docx part ${e.name} is compressed ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))} to 1: refused as a zip bomb`,
      );
    }
  }
  if (total > ZIP_LIMITS.maxTotalUncompressed) {
    throw new PlanImportError('zip-bomb', `the .docx would inflate to ${formatBytes(total)}: refused as a zip bomb`);
  }
}

/** Inflates one entry, never past its declared size. */
export function inflateEntry(buf: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (u32(buf, at) !== LOCAL) throw corrupt(`bad local header for ${entry.name}`);
  const start = at + 30 + u16(buf, at + 26) + u16(buf, at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw corrupt(`${entry.name} is cut short`);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw corrupt(`${entry.name} uses an unsupported compression method (${entry.method})`);
  try {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    if (out.length !== entry.uncompressedSize) throw corrupt(`${entry.name} does not match its declared size`);
    return out;
  } catch (err) {
    if (err instanceof PlanImportError) throw err;
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new PlanImportError('zip-bomb', `the .docx part ${entry.name} inflates past its declared size: refused as a zip bomb`);
    }
    throw corrupt(`${entry.name} cannot be inflated`);
  }
}

/** Checks a .docx archive before it is handed to the reader; returns its entries. */
export function inspectDocx(buf: Buffer): ZipEntry[] {
  if (!isZip(buf)) throw new PlanImportError('docx-not-zip', 'the file is named .docx but is not a Word document (not a zip archive)');
  const entries = readCentralDirectory(buf);
  checkDeclaredSizes(entries);
  const body = entries.find((e) => e.name === 'word/document.xml');
  if (!body) {
    throw new PlanImportError('docx-no-body', 'the .docx has no document body (word/document.xml is missing)');
  }
  // The reader inflates the XML parts: verify that each stays within its declared size.
  for (const e of entries) if (/\.(xml|rels)$/i.test(e.name)) inflateEntry(buf, e);
  return entries;
}
