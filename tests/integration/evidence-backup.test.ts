import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { BackupError, backupTo, restoreFrom } from '../../src/db/backup.ts';
import type { Database } from '../../src/db/client.ts';
import { one, rows } from '../../src/db/sql.ts';
import { buildApp } from '../../src/server/app.ts';
import { clientFor, startTestApp, type Client, type TestApp } from '../support/app.ts';
import { createTestDatabase, DATABASE_KINDS } from '../support/databases.ts';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('ảnh hội nghị học tập Nghị quyết')]);

describe.each(DATABASE_KINDS)('backup carries evidence files (%s)', (kind) => {
  let t: TestApp;
  let editor: Client;
  let dir: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    editor = await t.signIn('admin.tanphong');
    dir = await mkdtemp(join(tmpdir(), 'tt-backup-'));
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('restores the files with the rows, into another database and folder', async () => {
    const tp = await t.unitId('LCU-TP');
    const ids = (await editor.post(`/api/units/${tp}/activities`, { items: [{ occurredOn: '2026-03-02', channel: 'meeting', figures: { meeting_sessions: 1 } }] })).json().ids;
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/activities/${ids[0]}/evidence?filename=${encodeURIComponent('hội nghị.png')}`,
      headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrfToken, 'content-type': 'image/png' },
      payload: PNG,
    });
    expect(up.statusCode, up.body).toBe(201);
    const file = join(dir, 'backup.tt.gz');
    const written = await backupTo(t.database, file, { filesDir: t.filesDir });
    expect(written.counts.files).toBe(1);

    const fresh = await createTestDatabase(kind);
    const filesDir = join(dir, 'restored-files');
    try {
      await restoreFrom(fresh.database, file, { filesDir });
      const app = await buildApp({ database: fresh.database, config: { logLevel: 'silent', filesDir } });
      // The session rows came along, so the same cookie works on the restored copy.
      const res = await clientFor(app, editor.cookie, editor.csrfToken).get(`/api/evidence/${up.json().id}`);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(PNG)).toBe(true);
      await app.close();
    } finally {
      await fresh.dispose();
    }
  });

  it('fails, naming the file, when a registered evidence file is missing from the files folder, and writes no backup', async () => {
    const tp = await t.unitId('LCU-TP');
    const ids = (await editor.post(`/api/units/${tp}/activities`, { items: [{ occurredOn: '2026-03-09', channel: 'meeting', figures: { meeting_sessions: 1 } }] })).json().ids;
    const scan = Buffer.concat([PNG, Buffer.from(' biên bản')]);
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/activities/${ids[0]}/evidence?filename=${encodeURIComponent('biên bản.png')}`,
      headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrfToken, 'content-type': 'image/png' },
      payload: scan,
    });
    expect(up.statusCode, up.body).toBe(201);
    const { sha256 } = (await one<{ sha256: string }>(t.database.db, sql`SELECT sha256 FROM activity_evidence WHERE activity_id = ${ids[0]}`))!;
    const stored = join(t.filesDir, sha256.slice(0, 2), sha256);
    const aside = `${stored}.aside`;
    await rename(stored, aside);
    const file = join(dir, 'missing.tt.gz');
    try {
      const failed = backupTo(t.database, file, { filesDir: t.filesDir });
      await expect(failed).rejects.toBeInstanceOf(BackupError);
      await expect(failed).rejects.toThrow(
        new RegExp(`^Backup failed: 1 evidence file registered in the database is missing from .+: ${sha256} \\("biên bản\\.png", activity ${ids[0]}\\)\\. No backup was written\\.$`),
      );
      expect(existsSync(file)).toBe(false);
      expect((await readdir(dir)).filter((f) => f.startsWith('missing'))).toEqual([]);
    } finally {
      await rename(aside, stored);
    }
    const registered = await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM evidence_files`);
    expect((await backupTo(t.database, file, { filesDir: t.filesDir })).counts.files).toBe(registered!.n);
  });
});

/** Inserts users, each with a role assignment in the same transaction, until stopped. */
function userWriters(database: Database, loops: number, tag: string) {
  let stop = false;
  let inserted = 0;
  const loop = async (w: number) => {
    for (let i = 0; !stop; i++) {
      await database.db.transaction(async (tx) => {
        const user = await one<{ id: number; unitId: number }>(
          tx,
          sql`INSERT INTO users (username, full_name, unit_id, search_key)
              SELECT ${`${tag}.${w}.${i}`}, 'Người Ghi Đồng Thời', id, 'nguoi ghi dong thoi' FROM units WHERE code = 'LCU-TP'
              RETURNING id, unit_id AS "unitId"`,
        );
        await tx.execute(sql`INSERT INTO role_assignments (user_id, unit_id, role) VALUES (${user!.id}, ${user!.unitId}, 'editor')`);
      });
      inserted++;
      // PGlite answers without I/O: let timers and the backup take their turn between transactions.
      await new Promise((done) => setImmediate(done));
    }
  };
  let failure: unknown;
  const running = Promise.all(
    Array.from({ length: loops }, (_, w) =>
      loop(w).catch((err: unknown) => {
        failure ??= err;
        stop = true;
      }),
    ),
  );
  return {
    /** How many users were written so far (throws what stopped a writer). */
    inserted: () => {
      if (failure !== undefined) throw failure;
      return inserted;
    },
    async stop() {
      stop = true;
      await running;
      if (failure !== undefined) throw failure;
    },
  };
}

describe.each(DATABASE_KINDS)('backup taken during writes (%s)', (kind) => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    dir = await mkdtemp(join(tmpdir(), 'tt-backup-'));
    // Enough users that users and role assignments are each read in several pages.
    await t.database.db.execute(
      sql`INSERT INTO users (username, full_name, unit_id, search_key)
          SELECT 'bulk.' || n, 'Người Số ' || n, u.id, 'nguoi so ' || n FROM generate_series(1, 6000) n, units u WHERE u.code = 'LCU-TP'`,
    );
    await t.database.db.execute(sql`INSERT INTO role_assignments (user_id, unit_id, role) SELECT id, unit_id, 'viewer' FROM users WHERE username LIKE 'bulk.%'`);
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('holds one instant of the database: it restores into a fresh one with every reference whole', async () => {
    // A real pool on PostgreSQL writes beside the backup; PGlite has one connection, which the backup's transaction holds.
    const writers = userWriters(t.database, kind === 'postgresql' ? 4 : 1, 'w');
    const file = join(dir, 'during-writes.tt.gz');
    let written;
    let duringBackup: number;
    try {
      while (writers.inserted() < 5) await new Promise((done) => setTimeout(done, 5));
      const startedAt = writers.inserted();
      written = await backupTo(t.database, file, { filesDir: t.filesDir });
      duringBackup = writers.inserted() - startedAt;
    } finally {
      await writers.stop();
    }
    if (kind === 'postgresql') expect(duringBackup, 'users written while the backup ran').toBeGreaterThan(0);
    expect(written.counts.role_assignments).toBeGreaterThan(6000);

    const fresh = await createTestDatabase(kind);
    try {
      const restored = await restoreFrom(fresh.database, file);
      expect(restored.counts.users).toBe(written.counts.users);
      expect(restored.counts.role_assignments).toBe(written.counts.role_assignments);
      const broken = await rows<{ what: string; n: number }>(
        fresh.database.db,
        sql`SELECT 'role assignment without its user' AS what, count(*)::int AS n FROM role_assignments r WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = r.user_id)
            UNION ALL
            SELECT 'written user without its role', count(*)::int FROM users u WHERE u.username LIKE 'w.%' AND NOT EXISTS (SELECT 1 FROM role_assignments r WHERE r.user_id = u.id)`,
      );
      expect(broken).toEqual([
        { what: 'role assignment without its user', n: 0 },
        { what: 'written user without its role', n: 0 },
      ]);
    } finally {
      await fresh.dispose();
    }
  });
});
