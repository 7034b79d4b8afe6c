import { Command, CommanderError } from 'commander';
import { registerServe } from './commands/serve.ts';
import { registerDatabaseCommands } from './commands/database.ts';
import { registerUserCommands } from './commands/user.ts';
import { registerBackupCommands } from './commands/backup.ts';
import { registerParse } from './commands/parse.ts';
import { registerRender } from './commands/render.ts';
import { registerBench } from './commands/bench.ts';

/** An error meant for the person at the terminal: printed as one line, exit code given. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function buildProgram(): Command {
  const program = new Command('tuyentruyen')
    .description('Plan, coordinate and report communication campaigns across a unit hierarchy.')
    .version('0.1.0')
    .showHelpAfterError();
  registerServe(program);
  registerDatabaseCommands(program);
  registerUserCommands(program);
  registerBackupCommands(program);
  registerParse(program);
  registerRender(program);
  registerBench(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return;
    }
    const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
    const message = err instanceof Error ? `${err.message.split('\n')[0]}${cause}` : String(err);
    process.stderr.write(`tuyentruyen: ${message.split('\n')[0]}\n`);
    if (process.env.TUYENTRUYEN_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = err instanceof CliError ? err.exitCode : 1;
  }
}
