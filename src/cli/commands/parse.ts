import type { Command } from 'commander';

// Placeholder: replaced by the parse command implementation.
export function registerParse(program: Command): void {
  program.command('parse').description('(not yet available)').action(() => {
    throw new Error('parse is not implemented yet');
  });
}
