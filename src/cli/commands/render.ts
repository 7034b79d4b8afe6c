import type { Command } from 'commander';

// Placeholder: replaced by the render command implementation.
export function registerRender(program: Command): void {
  program.command('render').description('(not yet available)').action(() => {
    throw new Error('render is not implemented yet');
  });
}
