import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../client.ts';
import { one } from '../sql.ts';
import { cleanName, foldForSearch } from '../../domain/text/fold.ts';
import { childPath, rootPath } from '../../domain/units/tree.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import { DEMO_PASSWORD, DEMO_TREE, DEMO_USERS, type DemoUnit, type DemoUser } from './demo-data.ts';

export async function isEmpty(database: Database): Promise<boolean> {
  const row = await one<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM units`);
  return (row?.n ?? 0) === 0;
}

/** Seeds the demo province and its logins in one transaction. Refuses a database that has units. */
export async function seedDemo(database: Database): Promise<{ units: number; users: DemoUser[]; password: string }> {
  if (!(await isEmpty(database))) throw new Error('The database already has units; the demo data is only seeded into an empty database.');
  const hash = await hashPassword(DEMO_PASSWORD);
  let count = 0;
  await database.db.transaction(async (tx) => {
    const ids = new Map<string, number>();
    const insert = async (unit: DemoUnit, parent: { id: number; path: string; depth: number } | null) => {
      const name = cleanName(unit.name);
      const row = await one<{ id: number }>(
        tx,
        sql`INSERT INTO units (parent_id, path, depth, name, kind, code, search_key)
            VALUES (${parent?.id ?? null}, '', ${parent ? parent.depth + 1 : 0}, ${name}, ${unit.kind}, ${unit.code}, ${foldForSearch(name)})
            RETURNING id`,
      );
      const id = row!.id;
      const path = parent ? childPath(parent.path, id) : rootPath(id);
      await tx.execute(sql`UPDATE units SET path = ${path} WHERE id = ${id}`);
      ids.set(unit.code, id);
      count++;
      for (const child of unit.children ?? []) await insert(child, { id, path, depth: parent ? parent.depth + 1 : 0 });
    };
    await insert(DEMO_TREE, null);
    for (const u of DEMO_USERS) await insertDemoUser(tx, u, ids.get(u.unitCode)!, hash);
    await tx.execute(
      sql`INSERT INTO audit_log (unit_id, unit_path, action, entity, summary)
          VALUES (${ids.get(DEMO_TREE.code)!}, ${rootPath(ids.get(DEMO_TREE.code)!)}, 'system.seed', 'system', 'Khởi tạo dữ liệu mẫu')`,
    );
  });
  return { units: count, users: DEMO_USERS, password: DEMO_PASSWORD };
}

async function insertDemoUser(tx: Executor, u: DemoUser, unitId: number, hash: string): Promise<void> {
  const row = await one<{ id: number }>(
    tx,
    sql`INSERT INTO users (username, full_name, unit_id, password_hash, search_key)
        VALUES (${u.username}, ${u.fullName}, ${unitId}, ${hash}, ${foldForSearch(`${u.fullName} ${u.username}`)}) RETURNING id`,
  );
  await tx.execute(sql`INSERT INTO role_assignments (user_id, unit_id, role) VALUES (${row!.id}, ${unitId}, ${u.role})`);
}
