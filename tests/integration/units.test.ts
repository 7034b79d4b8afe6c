import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCount, startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';

interface UnitJson {
  id: number;
  name: string;
  parentId: number | null;
  path: number[];
  depth: number;
  retiredAt: string | null;
  childCount: number;
  canAdminister: boolean;
}

describe.each(DATABASE_KINDS)('units (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let communeAdmin: Client;
  let viewer: Client;
  let ids: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.signIn('admin.tinh');
    communeAdmin = await t.signIn('admin.tanphong');
    viewer = await t.signIn('xem.chibo');
    ids = {};
    for (const code of ['LCU', 'LCU-TP', 'LCU-TP-CB01', 'LCU-TP-CB02', 'LCU-DK', 'LCU-BL']) ids[code] = await t.unitId(code);
  });
  afterAll(() => t.close());

  const search = async (c: Client, q: string) => {
    const res = await c.get(`/api/units/search?q=${encodeURIComponent(q)}`);
    expect(res.statusCode).toBe(200);
    return (res.json().items as { name: string; trail: string }[]).map((u) => u.name);
  };

  it('shows each person the tree from their own units down', async () => {
    const me = (await viewer.get('/api/auth/me')).json();
    expect(me.roots.map((r: { id: number }) => r.id)).toEqual([ids['LCU-TP-CB01']]);
    expect((await viewer.get(`/api/units/${ids['LCU-TP-CB01']}`)).statusCode).toBe(200);
    expect((await viewer.get(`/api/units/${ids['LCU-TP']}`)).statusCode).toBe(404);
    expect((await viewer.get(`/api/units/${ids['LCU-TP-CB02']}`)).statusCode).toBe(404);
    const children = (await admin.get(`/api/units/${ids.LCU}/children?limit=500`)).json();
    expect(children.items.length).toBeGreaterThanOrEqual(12 + 4);
    expect(children.items.map((u: UnitJson) => u.name)).toContain('Đảng ủy phường Tân Phong');
    const detail = (await communeAdmin.get(`/api/units/${ids['LCU-TP-CB01']}`)).json();
    // The breadcrumb stops at what the person may see.
    expect(detail.ancestors.map((a: { name: string }) => a.name)).toEqual(['Đảng ủy phường Tân Phong']);
    expect(detail.canAdminister).toBe(true);
  });

  it('pages the children and the subtree without gaps or repeats', async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: UnitJson[]; nextCursor: string | null } = (
        await admin.get(`/api/units/${ids.LCU}/subtree?limit=25${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      all.push(...page.items.map((u) => String(u.id)));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(130);
    expect(all[0]).toBe(String(ids.LCU));
  });

  it('searches ignoring diacritics, đ/d and tone placement, within the person’s subtree', async () => {
    expect((await search(admin, 'uy ban')).some((n) => n.startsWith('Ủy ban'))).toBe(true);
    expect((await search(admin, 'UỶ BAN')).some((n) => n.startsWith('Ủy ban'))).toBe(true);
    const hoa = await search(admin, 'hoa');
    expect(hoa).toContain('Chi bộ Tổ dân phố Hoà Bình');
    expect(hoa).toContain('Chi bộ bản Thuận Hòa');
    expect(hoa.some((n) => n.includes('Khoa học'))).toBe(false);
    expect(await search(admin, 'hòa')).toEqual(expect.arrayContaining(['Chi bộ Tổ dân phố Hoà Bình', 'Chi bộ bản Thuận Hòa']));
    expect(await search(admin, 'dang uy phuong tan phong')).toContain('Đảng ủy phường Tân Phong');
    expect(await search(admin, 'doan ket')).toContain('Đảng ủy phường Đoàn Kết');
    // Scope: the commune admin does not find other communes; the cell viewer not even its parent.
    expect(await search(communeAdmin, 'doan ket')).toEqual([]);
    expect(await search(viewer, 'tan phong')).toEqual([]);
    expect(await search(admin, '%')).toEqual([]);
  });

  it('adds, renames, moves, retires, restores and deletes units, logging each change', async () => {
    const before = await auditCount(t.database);
    const created = await communeAdmin.post('/api/units', { parentId: ids['LCU-TP'], name: '  Chi bộ   Khu phố mới ', kind: 'cell', code: 'TP-MOI' });
    expect(created.statusCode).toBe(201);
    const unit: UnitJson = created.json();
    expect(unit.name).toBe('Chi bộ Khu phố mới');
    expect(unit.path).toEqual([ids.LCU, ids['LCU-TP'], unit.id]);

    const renamed = await communeAdmin.patch(`/api/units/${unit.id}`, { name: 'Chi bộ Khu phố Hòa Sơn' });
    expect(renamed.json().name).toBe('Chi bộ Khu phố Hòa Sơn');
    expect(await search(communeAdmin, 'hoa son')).toContain('Chi bộ Khu phố Hòa Sơn');

    const child = (await communeAdmin.post('/api/units', { parentId: unit.id, name: 'Tổ đảng số 1', kind: 'cell' })).json() as UnitJson;
    // A move carries the subtree: the grandchild's path and depth follow.
    const moved = await admin.post(`/api/units/${unit.id}/move`, { newParentId: ids['LCU-DK'] });
    expect(moved.statusCode).toBe(200);
    const movedChild: UnitJson = (await admin.get(`/api/units/${child.id}`)).json();
    expect(movedChild.path).toEqual([ids.LCU, ids['LCU-DK'], unit.id, child.id]);
    expect(movedChild.depth).toBe(3);
    // The commune admin of Tân Phong no longer reaches it.
    expect((await communeAdmin.get(`/api/units/${unit.id}`)).statusCode).toBe(404);

    const intoOwnChild = await admin.post(`/api/units/${unit.id}/move`, { newParentId: child.id });
    expect(intoOwnChild.statusCode).toBe(400);
    expect(intoOwnChild.json().code).toBe('move_into_descendant');
    expect((await admin.get(`/api/units/${unit.id}`)).json().parentId).toBe(ids['LCU-DK']);

    const retired = await admin.post(`/api/units/${unit.id}/retire`);
    expect(retired.json().retiredAt).not.toBeNull();
    expect((await admin.get(`/api/units/${child.id}`)).json().retiredAt).not.toBeNull();
    const visible = (await admin.get(`/api/units/${ids['LCU-DK']}/children?limit=500`)).json().items as UnitJson[];
    expect(visible.map((u) => u.id)).not.toContain(unit.id);
    const withRetired = (await admin.get(`/api/units/${ids['LCU-DK']}/children?limit=500&includeRetired=true`)).json().items as UnitJson[];
    expect(withRetired.map((u) => u.id)).toContain(unit.id);
    const cannotAdd = await admin.post('/api/units', { parentId: unit.id, name: 'X', kind: 'cell' });
    expect(cannotAdd.json().code).toBe('parent_retired');

    expect((await admin.post(`/api/units/${unit.id}/restore`)).json().retiredAt).toBeNull();
    expect((await admin.get(`/api/units/${child.id}`)).json().retiredAt).toBeNull();

    // History refers to it: it cannot be deleted, only retired.
    const refused = await admin.delete(`/api/units/${unit.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('unit_in_use');

    const actions = (await admin.get(`/api/units/${ids.LCU}/audit?limit=50`)).json().items.map((e: { action: string }) => e.action);
    // Newest first; the refused move and the refused add left no trace.
    expect(actions.slice(0, 6)).toEqual(['unit.restore', 'unit.retire', 'unit.move', 'unit.create', 'unit.rename', 'unit.create']);
    expect(await auditCount(t.database)).toBe(before + 6);
  });

  it('deletes a unit nothing refers to', async () => {
    const tmp = (await admin.post('/api/units', { parentId: ids['LCU-BL'], name: 'Đơn vị nhập nhầm', kind: 'cell' })).json() as UnitJson;
    const res = await admin.delete(`/api/units/${tmp.id}`);
    expect(res.statusCode).toBe(200);
    expect((await admin.get(`/api/units/${tmp.id}`)).statusCode).toBe(404);
  });

  it('refuses bad input with a specific error and writes nothing', async () => {
    const before = await auditCount(t.database);
    const cases: [string, unknown, number, string][] = [
      ['missing name', { parentId: ids['LCU-TP'], kind: 'cell' }, 400, 'invalid_request'],
      ['wrong kind', { parentId: ids['LCU-TP'], name: 'A', kind: 'club' }, 400, 'invalid_request'],
      ['parent as text', { parentId: 'abc', name: 'A', kind: 'cell' }, 400, 'invalid_request'],
      ['blank name', { parentId: ids['LCU-TP'], name: '   ', kind: 'cell' }, 400, 'invalid_request'],
      ['taken code', { parentId: ids['LCU-TP'], name: 'A', kind: 'cell', code: 'LCU-DK' }, 409, 'code_taken'],
      ['unknown parent', { parentId: 999999, name: 'A', kind: 'cell' }, 404, 'not_found'],
    ];
    for (const [label, body, status, code] of cases) {
      const res = await admin.post('/api/units', body);
      expect(res.statusCode, label).toBe(status);
      expect(res.json().code, label).toBe(code);
      expect(typeof res.json().message, label).toBe('string');
    }
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json' },
      payload: '{"parentId": 1,',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('malformed_json');
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json' },
      payload: JSON.stringify({ parentId: ids.LCU, name: 'x'.repeat(2 * 1024 * 1024), kind: 'cell' }),
    });
    expect(huge.statusCode).toBe(413);
    expect(await auditCount(t.database)).toBe(before);
  });
});
