import type { Command } from 'commander';
import { migrationStatus, openDatabase } from '../../db/client.ts';
import { seedDemo } from '../../db/seed/seed-demo.ts';
import { seedDemoPlans } from '../../server/demo/seed-plans.ts';
import { resolveDatabase, withDatabaseOptions, type DatabaseOptions } from '../options.ts';

export function registerDatabaseCommands(program: Command): void {
  withDatabaseOptions(program.command('migrate').description('apply pending database migrations')).action(async (opts: DatabaseOptions) => {
    const database = await openDatabase({ ...resolveDatabase(opts), migrate: true });
    try {
      const status = await migrationStatus(database);
      console.log(`Database (${database.kind}) is at migration ${status.latest} (${status.applied} applied).`);
    } finally {
      await database.close();
    }
  });

  withDatabaseOptions(program.command('seed').description('seed the demo province and demo logins into an empty database')).action(
    async (opts: DatabaseOptions) => {
      const database = await openDatabase(resolveDatabase(opts));
      try {
        const result = await seedDemo(database);
        await seedDemoPlans(database);
        console.log(`Seeded ${result.units} units. Demo logins (password "${result.password}"):`);
        for (const u of result.users) console.log(`  ${u.username.padEnd(18)} ${u.role.padEnd(7)} ${u.fullName}`);
      } finally {
        await database.close();
      }
    },
  );
}
