/**
 * PDF (and plain text) from a .docx through LibreOffice (`soffice --headless --convert-to`), when it
 * is installed. Each conversion runs with a profile of its own, so conversions may run side by side.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export class LibreOfficeMissingError extends Error {
  constructor() {
    super(
      'PDF export needs LibreOffice, and no "soffice" was found on PATH (or in SOFFICE). ' +
        'Install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui fonts-liberation2) or export as .docx.',
    );
    this.name = 'LibreOfficeMissingError';
  }
}

export class ConversionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConversionError';
  }
}

const CANDIDATES = ['soffice', 'libreoffice'];
const KNOWN_PATHS = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The LibreOffice executable: $SOFFICE, else soffice/libreoffice on PATH, else a usual place; null if none. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env, usualPlaces: readonly string[] = KNOWN_PATHS): string | null {
  if (env.SOFFICE) return executable(env.SOFFICE) ? env.SOFFICE : null;
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of CANDIDATES) {
      for (const ext of exts) {
        const path = join(dir, name + ext);
        if (executable(path)) return path;
      }
    }
  }
  return usualPlaces.find(executable) ?? null;
}

export type TargetFormat = 'pdf' | 'txt';

const FILTERS: Record<TargetFormat, string> = { pdf: 'pdf', txt: 'txt:Text (encoded):UTF8' };

export interface ConvertOptions {
  /** The executable; default: found with `findSoffice(env)`. */
  soffice?: string;
  /** Where to look for it (default: this process's environment). */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Converts a document (`inputExt`: docx, odt…) to PDF or UTF-8 text with LibreOffice. */
export async function convertWithLibreOffice(
  input: Buffer,
  inputExt: string,
  target: TargetFormat,
  options: ConvertOptions = {},
): Promise<Buffer> {
  const soffice = options.soffice ?? findSoffice(options.env);
  if (!soffice) throw new LibreOfficeMissingError();
  const work = await mkdtemp(join(tmpdir(), 'tuyentruyen-convert-'));
  try {
    const source = join(work, `document.${inputExt}`);
    await writeFile(source, input);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      FILTERS[target],
      '--outdir',
      work,
      source,
    ];
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, args, { timeout: options.timeoutMs ?? 120_000 }, (err, _stdout, stderr) => {
        if (err) reject(new ConversionError(`LibreOffice could not convert the document: ${(stderr || err.message).trim().split('\n')[0]}`));
        else resolve();
      });
    });
    try {
      return await readFile(join(work, `document.${target}`));
    } catch {
      throw new ConversionError('LibreOffice ran but wrote no output (is the document a valid .docx?)');
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The .docx as PDF; throws LibreOfficeMissingError, with what to install, when LibreOffice is absent. */
export function docxToPdf(docx: Buffer, options: ConvertOptions = {}): Promise<Buffer> {
  return convertWithLibreOffice(docx, 'docx', 'pdf', options);
}
