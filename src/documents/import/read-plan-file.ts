/**
 * Reading a plan from a file: .txt, .md or .docx, up to 50 MB. The bytes are checked before they are
 * parsed (empty, binary, not a zip, zip bomb, unknown encoding) and the result is checked after
 * (not a plan); every refusal is a PlanImportError with a one-line message.
 */
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { importPlanText } from '../../domain/import/index.ts';
import type { PlanDocument } from '../../domain/plans/document.ts';
import { readDocxText } from './docx.ts';
import { decodeText, convertLegacyText, type EncodingInfo } from './encoding.ts';
import { MAX_FILE_BYTES, PlanImportError, formatBytes } from './errors.ts';
import { isZip } from './zip.ts';

export type SourceFormat = 'text' | 'markdown' | 'docx';

export interface PlanSource {
  format: SourceFormat;
  bytes: number;
  /** For text files: the encoding found. For .docx: the legacy font encoding converted, if any. */
  encoding: EncodingInfo | { charset: 'docx'; legacy: 'tcvn3' | 'vni' | null };
  /** What was detected and done, in words ("encoding: TCVN3 (ABC) detected and converted…"). */
  notes: string[];
}

export interface ReadText {
  text: string;
  source: PlanSource;
}

const TEXT_EXTENSIONS: Record<string, SourceFormat> = { '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown' };

const NOT_READ = /^\.(?:pdf|xlsx?|xlsm|pptx?|odt|ods|rtf|png|jpe?g|gif|zip|rar|7z|exe|html?)$/;

function formatOf(name: string, head: Uint8Array): SourceFormat {
  const ext = extname(name).toLowerCase();
  if (ext === '.docx') return 'docx';
  const known = TEXT_EXTENSIONS[ext];
  if (known) return known;
  if (ext === '.doc') throw new PlanImportError('legacy-doc', 'old Word .doc files are not read: save the file as .docx');
  if (NOT_READ.test(ext)) throw new PlanImportError('unsupported-type', `${ext} files are not read: give a .txt, .md or .docx file`);
  // No or another extension: a zip is taken as a .docx, anything else as text.
  return isZip(head) ? 'docx' : 'text';
}

/** Reads bytes already in memory (an upload) as text for the parser. */
export async function readPlanBytes(buf: Buffer, name: string): Promise<ReadText> {
  if (buf.length === 0) throw new PlanImportError('empty', 'the file is empty');
  if (buf.length >= MAX_FILE_BYTES) {
    throw new PlanImportError('too-large', `the file is ${formatBytes(buf.length)}; plans are read up to ${formatBytes(MAX_FILE_BYTES)}`);
  }
  const format = formatOf(name, buf.subarray(0, 8));
  if (format === 'docx') {
    const { text: raw, notes } = await readDocxText(buf);
    const converted = convertLegacyText(raw.normalize('NFC'));
    return {
      text: converted.text,
      source: { format, bytes: buf.length, encoding: { charset: 'docx', legacy: converted.legacy }, notes: [...notes, ...converted.notes] },
    };
  }
  const decoded = decodeText(buf);
  return { text: decoded.text, source: { format, bytes: buf.length, encoding: decoded.encoding, notes: decoded.notes } };
}

/** Reads a file from disk as text for the parser. */
export async function readPlanFile(path: string): Promise<ReadText> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new PlanImportError('not-a-file', `${path} is not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof PlanImportError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT') throw new PlanImportError('not-found', `no such file: ${path}`);
    throw new PlanImportError('unreadable', `cannot read ${path} (${code ?? 'error'})`);
  }
  if (size >= MAX_FILE_BYTES) {
    throw new PlanImportError('too-large', `the file is ${formatBytes(size)}; plans are read up to ${formatBytes(MAX_FILE_BYTES)}`);
  }
  if (size === 0) throw new PlanImportError('empty', 'the file is empty');
  let buf: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      buf = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new PlanImportError('unreadable', `cannot read ${path} (${code ?? 'error'})`);
  }
  return readPlanBytes(buf, path);
}

export interface ImportedPlan {
  plan: PlanDocument;
  source: PlanSource;
}

/** Reads and parses a plan; refuses a file that is not a plan. */
export async function importPlanFile(path: string): Promise<ImportedPlan> {
  const { text, source } = await readPlanFile(path);
  return toPlan(text, source);
}

/** Parses bytes already in memory (an upload). */
export async function importPlanBytes(buf: Buffer, name: string): Promise<ImportedPlan> {
  const { text, source } = await readPlanBytes(buf, name);
  return toPlan(text, source);
}

function toPlan(text: string, source: PlanSource): ImportedPlan {
  const result = importPlanText(text, { notes: source.notes });
  if (!result.ok) throw new PlanImportError('not-a-plan', result.message);
  return { plan: result.plan, source };
}
