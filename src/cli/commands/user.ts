import type { Command } from 'commander';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../db/client.ts';
import { one } from '../../db/sql.ts';
import { ROLES, type Role } from '../../domain/access/roles.ts';
import { SYSTEM_ACTOR } from '../../server/context.ts';
import { AppError } from '../../server/errors.ts';
import { createUser, resetPassword } from '../../server/usecases/users/manage-users.ts';
import { CliError } from '../main.ts';
import { resolveDatabase, withDatabaseOptions, type DatabaseOptions } from '../options.ts';


async function withDatabase<T>(opts: DatabaseOptions, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(resolveDatabase(opts));
  try {
    return await work(database);
  } catch (err) {
    // Use-case errors carry Vietnamese messages for the UI; the CLI says what failed by its code.
    if (err instanceof AppError) throw new CliError(`${err.code}: ${err.message}`);
    throw err;
  } finally {
    await database.close();
  }
}

interface AddOptions extends DatabaseOptions {
  username: string;
  name: string;
  unit: string;
  role: string;
  password?: string;
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('manage user accounts');
  withDatabaseOptions(
    user
      .command('add')
      .description('create a user with a role in a unit')
      .requiredOption('-u, --username <username>', 'login name')
      .requiredOption('-n, --name <full name>', 'full name')
      .requiredOption('--unit <id or code>', 'home unit (id or unit code), where the role applies')
      .option('-r, --role <role>', `one of ${ROLES.join(', ')}`, 'viewer')
      .option('-p, --password <password>', 'initial password (default: a generated one, printed)'),
  ).action(async (opts: AddOptions) => {
    if (!(ROLES as readonly string[]).includes(opts.role)) throw new CliError(`Unknown role "${opts.role}"; use one of ${ROLES.join(', ')}`);
    await withDatabase(opts, async (database) => {
      const unit = await one<{ id: number }>(
        database.db,
        /^\d+$/.test(opts.unit) ? sql`SELECT id FROM units WHERE id = ${Number(opts.unit)}` : sql`SELECT id FROM units WHERE code = ${opts.unit}`,
      );
      if (!unit) throw new CliError(`No unit with id or code "${opts.unit}"`);
      const password = opts.password ?? (await import('../../server/auth/passwords.ts')).temporaryPassword();
      const { id } = await createUser({ database, actor: SYSTEM_ACTOR }, {
        username: opts.username,
        fullName: opts.name,
        unitId: unit.id,
        role: opts.role as Role,
        password,
      });
      console.log(`Created user #${id} "${opts.username}" (${opts.role}).${opts.password ? '' : ` Password: ${password}`}`);
    });
  });

  withDatabaseOptions(user.command('reset').description('set a temporary password for a user').argument('<username>')).action(
    async (username: string, opts: DatabaseOptions) => {
      await withDatabase(opts, async (database) => {
        const found = await one<{ id: number }>(database.db, sql`SELECT id FROM users WHERE username = ${username.trim().toLowerCase()}`);
        if (!found) throw new CliError(`No user "${username}"`);
        const password = await resetPassword({ database, actor: SYSTEM_ACTOR }, found.id);
        console.log(`Temporary password for "${username}": ${password} (to be changed at next sign-in)`);
      });
    },
  );
}
