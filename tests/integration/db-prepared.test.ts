import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../support/databases.ts';

/**
 * Raw queries are prepared once per connection (PostgreSQL) or once per database (PGlite). A table
 * changed under them — a migration while a server runs — must not break them.
 */
describe.each(DATABASE_KINDS)('prepared raw queries (%s)', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { migrate: false });
  });
  afterAll(() => t.dispose());

  it('answer again, with the new columns, after the table changed', async () => {
    const db = t.database;
    await db.query('CREATE TABLE changing (id int PRIMARY KEY, a text)');
    await db.query("INSERT INTO changing VALUES (1, 'một'), (2, 'hai')");
    const text = 'SELECT * FROM changing WHERE id = $1';
    for (let i = 0; i < 5; i++) expect(await db.query(text, [1])).toEqual([{ id: 1, a: 'một' }]);
    await db.query("ALTER TABLE changing ADD COLUMN b text DEFAULT 'mới'");
    for (let i = 0; i < 5; i++) expect(await db.query(text, [2])).toEqual([{ id: 2, a: 'hai', b: 'mới' }]);
  });
});
