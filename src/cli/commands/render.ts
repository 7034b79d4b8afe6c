import { z } from 'zod';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { planDocumentSchema, type PlanDocument } from '../../domain/plans/document.ts';
import { renderPlanDocx } from '../../documents/docx/document.ts';
import type { DocumentFormat } from '../../documents/docx/layout.ts';
import { docxToPdf, LibreOfficeMissingError, ConversionError } from '../../documents/docx/pdf.ts';
import { CliError } from '../main.ts';

type OutputFormat = 'docx' | 'pdf';

interface RenderOptions {
  format?: string;
  output?: string;
  layout?: string;
}

function systemReason(err: unknown, missing = 'no such file'): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return missing;
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}

/** Reads and checks a plan document (the JSON of import-format.md); one clear line when it is not one. */
export async function readPlanDocument(path: string): Promise<PlanDocument> {
  let text: string;
  try {
    text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
  } catch (err) {
    throw new CliError(`Cannot read ${path}: ${systemReason(err)}`);
  }
  if (!text.trim()) throw new CliError(`${path} is empty: expected a plan as JSON`);
  // Control characters JSON text never holds, or undecodable bytes: a binary file.
  if (/[\u0000-\u0008\u000e-\u001a]|\uFFFD/.test(text)) throw new CliError(`${path} is a binary file, not a plan as JSON`);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new CliError(`${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  // The command line speaks English whatever locale the web server set for Zod.
  const parsed = planDocumentSchema.safeParse(json, { error: z.locales.en().localeError });
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    const where = first?.path.length ? first.path.join('.') : 'the document';
    const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    throw new CliError(`${path} is not a plan document: ${where}: ${first?.message ?? 'invalid'}${more}`);
  }
  return parsed.data;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

function outputFormat(opts: RenderOptions): OutputFormat {
  const chosen = opts.format ?? (opts.output && extname(opts.output).toLowerCase() === '.pdf' ? 'pdf' : 'docx');
  if (chosen !== 'docx' && chosen !== 'pdf') throw new CliError(`Unknown format "${chosen}": use docx or pdf`);
  return chosen;
}

function layoutChoice(value: string | undefined): DocumentFormat | undefined {
  if (value === undefined) return undefined;
  if (value !== 'party' && value !== 'state') throw new CliError(`Unknown layout "${value}": use party or state`);
  return value;
}

function defaultOutput(planPath: string, format: OutputFormat): string {
  if (planPath === '-') return `plan.${format}`;
  return join(dirname(planPath), `${basename(planPath, extname(planPath))}.${format}`);
}

/** Writes next to the target and renames, so a failed run never leaves a half-written file. */
async function writeWhole(path: string, data: Buffer): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (err) {
    await rm(temporary, { force: true });
    throw new CliError(`Cannot write ${path}: ${systemReason(err, 'no such directory')}`);
  }
}

export function registerRender(program: Command): void {
  program
    .command('render')
    .description('render a plan (the JSON of `parse`) as an official document: .docx, or .pdf through LibreOffice')
    .argument('<plan>', 'plan document as JSON ("-" for standard input)')
    .option('-f, --format <format>', 'docx or pdf (default: from the output name, else docx)')
    .option('-o, --output <file>', 'where to write ("-" for standard output; default: beside the plan)')
    .option('--layout <layout>', "party (Hướng dẫn 36-HD/VPTW) or state (Nghị định 30/2020); default: the plan's format, else party")
    .action(async (planPath: string, opts: RenderOptions) => {
      const format = outputFormat(opts);
      const layout = layoutChoice(opts.layout);
      const plan = await readPlanDocument(planPath);
      let output = await renderPlanDocx(plan, { format: layout });
      if (format === 'pdf') {
        try {
          output = await docxToPdf(output);
        } catch (err) {
          if (err instanceof LibreOfficeMissingError || err instanceof ConversionError) throw new CliError(err.message);
          throw err;
        }
      }
      const target = opts.output ?? defaultOutput(planPath, format);
      if (target === '-') {
        process.stdout.write(output);
        return;
      }
      await writeWhole(target, output);
      process.stdout.write(`${target}\n`);
    });
}
