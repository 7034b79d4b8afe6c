import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupTo, restoreFrom } from '../../src/db/backup.ts';
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
});
