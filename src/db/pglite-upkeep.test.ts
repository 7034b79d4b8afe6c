import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUpkeep, upkeepStatements, type Upkeep } from './pglite-upkeep.ts';

describe('upkeep of the embedded database (what autovacuum does for a server)', () => {
  it('analyses a table that changed enough, vacuums one with enough dead rows, leaves quiet ones', () => {
    expect(
      upkeepStatements([
        { schema: 'public', name: 'units', live: 1000, dead: 0, modified: 151 },
        { schema: 'public', name: 'reports', live: 1000, dead: 251, modified: 400 },
        { schema: 'public', name: 'quiet', live: 1000, dead: 249, modified: 149 },
        { schema: 'pgboss', name: 'job"x', live: 0, dead: 0, modified: 51 },
      ]),
    ).toEqual(['ANALYZE "public"."units"', 'VACUUM (ANALYZE) "public"."reports"', 'ANALYZE "pgboss"."job""x"']);
  });

  describe('on a real PGlite', () => {
    let pg: PGlite;
    let upkeep: Upkeep;
    beforeAll(async () => {
      pg = await PGlite.create();
      upkeep = startUpkeep(pg);
    });
    afterAll(async () => {
      upkeep.stop();
      await pg.close();
    });

    it('gives the planner real row counts once a table has filled, and cleans after updates', async () => {
      await pg.exec(`CREATE TABLE units (id int PRIMARY KEY, path text); CREATE INDEX ON units (path)`);
      expect(await upkeep.runNow()).toEqual([]); // nothing changed yet: an empty table is not analysed as empty
      await pg.exec(`INSERT INTO units SELECT g, '/1/' || g || '/' FROM generate_series(1, 5000) g`);
      expect(await upkeep.runNow()).toEqual(['ANALYZE "public"."units"']);
      const estimate = await pg.query<{ reltuples: number }>(`SELECT reltuples FROM pg_class WHERE relname = 'units'`);
      expect(estimate.rows[0]!.reltuples).toBe(5000);
      await pg.exec(`UPDATE units SET path = path || 'x' WHERE id <= 2000`);
      expect(await upkeep.runNow()).toEqual(['VACUUM (ANALYZE) "public"."units"']);
      const after = await pg.query<{ dead: number }>(`SELECT pg_stat_force_next_flush(), n_dead_tup::int AS dead FROM pg_stat_user_tables WHERE relname = 'units'`);
      expect(after.rows[0]!.dead).toBe(0);
      expect(await upkeep.runNow()).toEqual([]);
    });
  });
});
