import type { Command } from 'commander';
import { MAX_FILE_BYTES, PlanImportError, importPlanBytes, importPlanFile, type ImportErrorCode } from '../../documents/import/index.ts';
import { planDocumentSchema } from '../../domain/plans/document.ts';

/** Exit codes: the file cannot be opened · the file is refused · the text is not a plan · a bug. */
const EXIT_CODES: Record<ImportErrorCode, number> = {
  'not-found': 2,
  'not-a-file': 2,
  unreadable: 2,
  'unsupported-type': 3,
  empty: 3,
  'too-large': 3,
  binary: 3,
  'unknown-encoding': 3,
  'docx-not-zip': 3,
  'docx-corrupt': 3,
  'docx-no-body': 3,
  'zip-bomb': 3,
  'legacy-doc': 3,
  'not-a-plan': 4,
};
const EXIT_INTERNAL = 70;

interface ParseFlags {
  name?: string;
  warnings?: boolean;
  compact?: boolean;
  body?: boolean;
  source?: boolean;
}

/** Standard input, up to the size a file may have. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size >= MAX_FILE_BYTES) throw new PlanImportError('too-large', 'the input is 50 MB or more; plans are read up to 50 MB');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** One line on stderr, nothing on stdout: the person sees why, a script sees the exit code. */
function fail(message: string, code: number): void {
  process.stderr.write(`tuyentruyen parse: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exitCode = code;
}

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('read a plan (.txt, .md or .docx) and print it as JSON (the fields of import-format.md)')
    .argument('<file>', 'the plan: plain text, Markdown or Word .docx; "-" reads standard input')
    .option('--name <name>', 'file name to assume for standard input (its extension sets the format)', 'stdin.txt')
    .option('--warnings', 'also print what the parser noticed (encoding converted, fields not found) on stderr')
    .option('--compact', 'print the JSON on one line')
    .option('--no-body', 'leave out the preamble and the sections’ text')
    .option('--no-source', 'leave out how the file was read (format, encoding)')
    .addHelpText(
      'after',
      '\nExit codes: 0 parsed · 2 file not found or unreadable · 3 file refused (empty, binary, too large,\n' +
        'unknown encoding, damaged .docx, zip bomb) · 4 not a plan · 70 internal error.',
    )
    .action(async (file: string, flags: ParseFlags) => {
      let output: string;
      let warnings: string[] = [];
      try {
        const { plan, source } = file === '-' ? await importPlanBytes(await readStdin(), flags.name ?? 'stdin.txt') : await importPlanFile(file);
        const checked = planDocumentSchema.safeParse(plan);
        if (!checked.success) {
          fail(`internal error: the parsed plan does not match the schema (${checked.error.issues[0]?.message ?? 'invalid'})`, EXIT_INTERNAL);
          return;
        }
        warnings = plan.warnings ?? [];
        const out: Record<string, unknown> = { ...plan };
        if (flags.body === false) {
          delete out.preamble;
          delete out.body;
        }
        if (flags.source !== false) out.source = { file, ...source };
        output = JSON.stringify(out, null, flags.compact ? 0 : 2);
      } catch (err) {
        if (err instanceof PlanImportError) fail(err.message, EXIT_CODES[err.code]);
        else fail(`internal error: ${err instanceof Error ? err.message : String(err)}`, EXIT_INTERNAL);
        return;
      }
      // The whole document is written at once, only once it is complete.
      process.stdout.write(`${output}\n`);
      if (flags.warnings) for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
    });
}
