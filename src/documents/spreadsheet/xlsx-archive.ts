/**
 * The .xlsx archive, read with bounded memory: the zip's central directory checked before anything is
 * inflated (entry count, each part's and the total declared size, compression ratio), then one part at
 * a time inflated as a stream that may not pass its declared size, tokenized as it comes (`xml-scan.ts`),
 * and the relationships that say where the workbook's parts are.
 */
import { createInflateRaw } from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
import { readCentralDirectory, type ZipEntry } from '../import/zip.ts';
import { PlanImportError } from '../import/errors.ts';
import { formatCount, formatSize, UnreadableTableError, XLSX_LIMITS } from './limits.ts';
import { XmlScanError, XmlScanner, type XmlHandler } from './xml-scan.ts';

const LOCAL_HEADER = 0x04034b50;
const CHUNK = 64 * 1024;

export type Fail = (message: string) => never;

export interface Archive {
  data: Buffer;
  filename: string;
  entries: Map<string, ZipEntry>;
  fail: Fail;
  notXlsx: () => never;
}

export function openArchive(data: Buffer, filename: string, fail: Fail, notXlsx: () => never): Map<string, ZipEntry> {
  const bomb = (why: string) => fail(`Tệp "${filename}" bị từ chối: ${why}. Tệp Excel bình thường không như vậy (có thể là tệp "bom nén").`);
  let list: ZipEntry[];
  try {
    list = readCentralDirectory(data);
  } catch (err) {
    if (err instanceof PlanImportError && err.code === 'zip-bomb') bomb(`chứa quá ${formatCount(XLSX_LIMITS.maxEntries)} tệp thành phần`);
    if (err instanceof PlanImportError) notXlsx();
    throw err;
  }
  if (list.length > XLSX_LIMITS.maxEntries) bomb(`chứa ${formatCount(list.length)} tệp thành phần, quá giới hạn ${formatCount(XLSX_LIMITS.maxEntries)}`);
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  for (const e of list) {
    if (entries.has(e.name)) notXlsx();
    entries.set(e.name, e);
    if (e.uncompressedSize > XLSX_LIMITS.maxEntryBytes) {
      bomb(`phần ${e.name} giải nén ra ${formatSize(e.uncompressedSize)}, quá giới hạn ${formatSize(XLSX_LIMITS.maxEntryBytes)} mỗi phần`);
    }
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > 1_000_000 && ratio > XLSX_LIMITS.maxRatio) {
      bomb(`phần ${e.name} nén với tỉ lệ ${formatCount(ratio)}:1, quá giới hạn ${XLSX_LIMITS.maxRatio}:1`);
    }
    total += e.uncompressedSize;
  }
  if (total > XLSX_LIMITS.maxTotalBytes) bomb(`giải nén ra tổng cộng ${formatSize(total)}, quá giới hạn ${formatSize(XLSX_LIMITS.maxTotalBytes)}`);
  return entries;
}

/** A part's text, inflated in chunks; never more than its declared size. */
export async function* partText(archive: Archive, name: string): AsyncGenerator<string> {
  const { data, notXlsx, fail } = archive;
  const entry = archive.entries.get(name);
  if (!entry) return;
  const at = entry.localHeaderOffset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL_HEADER) notXlsx();
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const raw = data.subarray(start, start + entry.compressedSize);
  if (raw.length < entry.compressedSize) notXlsx();
  const decoder = new StringDecoder('utf8');
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) notXlsx();
    for (let i = 0; i < raw.length; i += CHUNK) yield decoder.write(raw.subarray(i, i + CHUNK));
  } else if (entry.method === 8) {
    const inflater = createInflateRaw({ chunkSize: CHUNK });
    inflater.end(raw);
    let produced = 0;
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) {
        produced += chunk.length;
        if (produced > entry.uncompressedSize) {
          fail(`Tệp "${archive.filename}" bị từ chối: phần ${entry.name} giải nén ra nhiều hơn kích thước khai báo (${formatSize(entry.uncompressedSize)}). Tệp Excel bình thường không như vậy (có thể là tệp "bom nén").`);
        }
        yield decoder.write(chunk);
      }
    } catch (err) {
      if (err instanceof UnreadableTableError) throw err;
      notXlsx(); // a zlib error: the part is damaged
    } finally {
      inflater.destroy();
    }
    if (produced !== entry.uncompressedSize) notXlsx();
  } else {
    notXlsx();
  }
  const tail = decoder.end();
  if (tail) yield tail;
}

/** Streams a part through a handler; stops early once `done()` says so. */
export async function scanPart(archive: Archive, name: string, handler: XmlHandler, done: () => boolean = () => false): Promise<void> {
  const scanner = new XmlScanner(handler, XLSX_LIMITS.maxTagChars);
  try {
    for await (const text of partText(archive, name)) {
      scanner.push(text);
      if (done()) return;
    }
    scanner.end();
  } catch (err) {
    if (err instanceof XmlScanError) archive.notXlsx();
    throw err;
  }
}

export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

export function relsPathOf(path: string): string {
  const folder = folderOf(path);
  return `${folder}_rels/${path.slice(folder.length)}.rels`;
}

/** A relationship's target, as a part name: relative to the source's folder unless absolute. */
export function resolveTarget(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

// ── Relationships, workbook, styles ────────────────────────────────────────────────────────────

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export async function readRelationships(archive: Archive, path: string, base: string): Promise<Relationship[]> {
  const found: Relationship[] = [];
  await scanPart(archive, path, {
    open(name, attrs) {
      if (name !== 'Relationship' || attrs.get('TargetMode') === 'External') return;
      const target = attrs.get('Target');
      if (target) found.push({ id: attrs.get('Id') ?? '', type: attrs.get('Type') ?? '', target: resolveTarget(base, target) });
    },
    close() {},
    text() {},
  });
  return found;
}
