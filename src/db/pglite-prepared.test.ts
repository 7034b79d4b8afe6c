import { PGlite, types } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPreparedStatements, type PGliteClient } from './pglite-prepared.ts';

describe('PGlite with prepared statements', () => {
  let pg: PGlite;
  let client: PGliteClient;
  const prepared = async () => (await pg.query<{ name: string }>(`SELECT name FROM pg_prepared_statements ORDER BY name`)).rows.map((r) => r.name);

  beforeAll(async () => {
    pg = await PGlite.create();
    client = withPreparedStatements(pg);
    await pg.exec(`CREATE TABLE t (id int PRIMARY KEY, name text, at timestamptz, doc jsonb, tags text[]);
                   INSERT INTO t VALUES (1, 'Hòa Bình', '2026-03-14 08:00+07', '{"a": [1, 2]}', '{x,y}'), (2, NULL, NULL, NULL, NULL);`);
  });
  afterAll(() => pg.close());

  it('answers as PGlite.query does: objects or arrays, types parsed, nulls kept, affected rows counted', async () => {
    const text = 'SELECT id, name, at, doc, tags FROM t WHERE id = ANY($1::int[]) ORDER BY id';
    const mine = await client.query(text, [[1, 2]]);
    const theirs = await pg.query(text, [[1, 2]]);
    expect(mine.rows).toEqual(theirs.rows);
    expect(mine.rows[0]).toEqual({ id: 1, name: 'Hòa Bình', at: new Date('2026-03-14T01:00:00Z'), doc: { a: [1, 2] }, tags: ['x', 'y'] });
    expect(mine.fields.map((f) => f.name)).toEqual(['id', 'name', 'at', 'doc', 'tags']);
    const asArrays = await client.query(text, [[1]], { rowMode: 'array', parsers: { [types.TIMESTAMPTZ]: (v) => v } });
    expect(asArrays.rows).toEqual([[1, 'Hòa Bình', '2026-03-14 01:00:00+00', { a: [1, 2] }, ['x', 'y']]]);
    const updated = await client.query('UPDATE t SET name = $1 WHERE id > $2', ['Tân Phong', 0]);
    expect(updated.affectedRows).toBe(2);
    expect((await client.query<{ name: string | null }>('SELECT name FROM t WHERE id = $1', [null])).rows).toEqual([]);
  });

  it('prepares a text once and reuses it', async () => {
    const before = (await prepared()).length;
    for (let i = 0; i < 5; i++) await client.query('SELECT $1::int + 1 AS n', [i]);
    expect((await prepared()).length).toBe(before + 1);
    expect((await client.query<{ n: number }>('SELECT $1::int + 1 AS n', [41])).rows).toEqual([{ n: 42 }]);
  });

  it('keeps at most 500 statements, closing the least recently used', async () => {
    const hot = 'SELECT $1::text AS hot';
    await client.query(hot, ['x']);
    for (let i = 0; i < 520; i++) {
      await client.query(`SELECT $1::int AS n${i}`, [i]);
      if (i % 100 === 0) await client.query(hot, ['x']); // used recently: kept
    }
    const names = await prepared();
    expect(names.length).toBeLessThanOrEqual(500);
    const statements = (await pg.query<{ statement: string }>(`SELECT statement FROM pg_prepared_statements`)).rows.map((r) => r.statement);
    expect(statements).toContain(hot);
    expect(statements).not.toContain('SELECT $1::int AS n0');
    expect((await client.query('SELECT $1::int AS n0', [7])).rows).toEqual([{ n0: 7 }]);
  });

  it('a table changed under a prepared statement: prepared again, the answer has the new columns', async () => {
    await pg.exec(`CREATE TABLE changing (id int, a text); INSERT INTO changing VALUES (1, 'a')`);
    const text = 'SELECT * FROM changing WHERE id = $1';
    expect((await client.query(text, [1])).rows).toEqual([{ id: 1, a: 'a' }]);
    await pg.exec(`ALTER TABLE changing ADD COLUMN b text DEFAULT 'b'`);
    expect((await client.query(text, [1])).rows).toEqual([{ id: 1, a: 'a', b: 'b' }]);
  });

  it('inside a transaction, a statement whose table changed fails with its own error; outside, it is prepared again', async () => {
    await pg.exec(`CREATE TABLE shifting (id int, a text); INSERT INTO shifting VALUES (1, 'a')`);
    const text = 'SELECT * FROM shifting WHERE id = $1';
    expect((await client.query(text, [1])).rows).toEqual([{ id: 1, a: 'a' }]);
    await pg.exec(`ALTER TABLE shifting ADD COLUMN b text DEFAULT 'b'`);
    await expect(client.transaction((tx) => tx.query(text, [1]))).rejects.toMatchObject({ code: '0A000', query: text });
    expect((await client.query(text, [1])).rows).toEqual([{ id: 1, a: 'a', b: 'b' }]);
  });

  it('a statement that does not parse says so, with the statement', async () => {
    await expect(client.query('SELEC 1 WHERE $1', [1])).rejects.toMatchObject({ code: '42601', query: 'SELEC 1 WHERE $1' });
    expect((await client.query<{ n: number }>('SELECT $1::int AS n', [3])).rows).toEqual([{ n: 3 }]);
  });

  it('errors carry PostgreSQL’s code and the statement; the session goes on', async () => {
    await expect(client.query('INSERT INTO t (id) VALUES ($1)', [1])).rejects.toMatchObject({ code: '23505', query: 'INSERT INTO t (id) VALUES ($1)' });
    await expect(client.query('SELECT * FROM nowhere WHERE id = $1', [1])).rejects.toMatchObject({ code: '42P01' });
    expect((await client.query('SELECT count(*)::int AS n FROM t WHERE id > $1', [0])).rows).toEqual([{ n: 2 }]);
  });

  it('transactions commit or roll back as a whole, and queries outside wait for them', async () => {
    await client.transaction(async (tx) => {
      await tx.query('INSERT INTO t (id, name) VALUES ($1, $2)', [10, 'mười']);
      await tx.query('INSERT INTO t (id, name) VALUES ($1, $2)', [11, 'mười một']);
    });
    await expect(
      client.transaction(async (tx) => {
        await tx.query('INSERT INTO t (id, name) VALUES ($1, $2)', [12, 'mười hai']);
        await tx.query('INSERT INTO t (id, name) VALUES ($1, $2)', [10, 'trùng']);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect((await client.query<{ id: number }>('SELECT id FROM t WHERE id >= $1 ORDER BY id', [10])).rows).toEqual([{ id: 10 }, { id: 11 }]);

    // A query issued while a transaction is open waits for it, and then sees what it committed.
    let outside!: Promise<{ rows: { n: number }[] }>;
    await client.transaction(async (tx) => {
      await tx.query('INSERT INTO t (id, name) VALUES ($1, $2)', [20, 'hai mươi']);
      outside = client.query<{ n: number }>('SELECT count(*)::int AS n FROM t WHERE id >= $1', [20]);
      await new Promise((r) => setTimeout(r, 20));
      await tx.query('INSERT INTO t (id, name) VALUES ($1, $2)', [21, 'hai mốt']);
    });
    expect((await outside).rows).toEqual([{ n: 2 }]);
  });
});
