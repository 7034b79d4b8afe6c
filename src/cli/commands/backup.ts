import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { BackupError, backupTo, restoreFrom, RestoreError } from '../../db/backup.ts';
import { openDatabase, type Database } from '../../db/client.ts';
import { join, resolve } from 'node:path';
import { CliError } from '../main.ts';
import { resolveDatabase, withDatabaseOptions, type DatabaseOptions } from '../options.ts';

/** Evidence files: FILES_DIR, else `files/` in the data folder (as `serve` keeps them). */
function filesDirOf(database: Database, opts: DatabaseOptions): string {
  return process.env.FILES_DIR ?? join(database.dataDir ?? resolve(resolveDatabase(opts).dataDir), 'files');
}

export function registerBackupCommands(program: Command): void {
  withDatabaseOptions(program.command('backup').description('write the whole database to one file (.tt.gz)').argument('<file>')).action(
    async (file: string, opts: DatabaseOptions) => {
      const database = await openDatabase(resolveDatabase(opts));
      try {
        const result = await backupTo(database, file, { filesDir: filesDirOf(database, opts) });
        const { files = 0, ...tables } = result.counts;
        const total = Object.values(tables).reduce((a, b) => a + b, 0);
        console.log(
          `Backup written to ${file}: ${total} rows (${Object.entries(tables).map(([t, n]) => `${t} ${n}`).join(', ')}), ${files} evidence file${files === 1 ? '' : 's'}.`,
        );
      } catch (err) {
        if (err instanceof BackupError) throw new CliError(err.message);
        throw err;
      } finally {
        await database.close();
      }
    },
  );

  withDatabaseOptions(
    program
      .command('restore')
      .description('restore a backup file into an empty database (or replace its data with --replace)')
      .argument('<file>')
      .option('--replace', 'replace the data of a non-empty database'),
  ).action(async (file: string, opts: DatabaseOptions & { replace?: boolean }) => {
    if (!existsSync(file)) throw new CliError(`No such file: ${file}`);
    const database = await openDatabase(resolveDatabase(opts));
    try {
      const result = await restoreFrom(database, file, { replace: opts.replace, filesDir: filesDirOf(database, opts) });
      const { files = 0, ...tables } = result.counts;
      const total = Object.values(tables).reduce((a, b) => a + b, 0);
      console.log(`Restored ${total} rows and ${files} evidence file${files === 1 ? '' : 's'} from ${file}.`);
    } catch (err) {
      if (err instanceof RestoreError) throw new CliError(err.message);
      throw err;
    } finally {
      await database.close();
    }
  });
}
