/**
 * The audit log: one entry per change, written in the change's own transaction, with who did it and
 * a Vietnamese sentence; the log's filters and paging; who may read which entries; and nothing
 * written when a change is refused. Runs on every database kind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { one, rows } from '../../src/db/sql.ts';
import { escapeLike } from '../../src/domain/text/fold.ts';
import { auditCount, clientFor, startTestApp, type Client, type TestApp } from '../support/app.ts';
import { DATABASE_KINDS } from '../support/databases.ts';

interface Entry {
  id: number;
  actorId: number | null;
  actorName: string | null;
  unitId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string;
}

describe.each(DATABASE_KINDS)('audit log (%s)', (kind) => {
  let t: TestApp;
  let admin: Client;
  let communeAdmin: Client;
  let adminId: number;
  let root: number;
  let tanPhong: number;
  let doanKet: number;
  let counter = 0;

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.signIn('admin.tinh');
    communeAdmin = await t.signIn('admin.tanphong');
    adminId = (await admin.get('/api/auth/me')).json().user.id;
    root = await t.unitId('LCU');
    tanPhong = await t.unitId('LCU-TP');
    doanKet = await t.unitId('LCU-DK');
  });
  afterAll(() => t?.close());

  const lastId = async () => Number((await one<{ id: string | null }>(t.database.db, sql`SELECT max(id) AS id FROM audit_log`))!.id ?? 0);
  const entriesAfter = (id: number) =>
    rows<Entry>(
      t.database.db,
      sql`SELECT id::int AS id, actor_id AS "actorId", actor_name AS "actorName", unit_id AS "unitId", action, entity,
                 entity_id AS "entityId", summary FROM audit_log WHERE id > ${id} ORDER BY id`,
    );

  /** Runs a change and checks it wrote exactly one entry, as expected. */
  async function oneEntry(change: () => Promise<LightMyRequestResponse>, expected: Partial<Entry>): Promise<{ res: LightMyRequestResponse; entry: Entry }> {
    const before = await lastId();
    const res = await change();
    expect(res.statusCode, res.body).toBeLessThan(300);
    const written = await entriesAfter(before);
    expect(written, `${expected.action}: ${JSON.stringify(written)}`).toHaveLength(1);
    expect(written[0]).toMatchObject(expected);
    return { res, entry: written[0]! };
  }

  const newUnit = async (parentId: number, name: string, by: Client = admin) => {
    const res = await by.post('/api/units', { parentId, name, kind: 'cell', code: `AUD-${kind}-${++counter}` });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };

  const ids = (page: { items: Entry[] }) => page.items.map((e) => e.id);

  const audit = async (by: Client, unitId: number, query = '') => {
    const res = await by.get(`/api/units/${unitId}/audit?limit=500${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Entry[]; nextCursor: string | null };
  };

  it('writes exactly one entry per change, with the actor and a Vietnamese summary', async () => {
    const by = { actorId: adminId, actorName: 'Nguyễn Văn Hùng' };
    const created = await oneEntry(() => admin.post('/api/units', { parentId: tanPhong, name: 'Chi bộ Tổ dân phố số 9', kind: 'cell' }), {
      ...by,
      action: 'unit.create',
      entity: 'unit',
      unitId: tanPhong,
      summary: 'Thêm đơn vị "Chi bộ Tổ dân phố số 9" trực thuộc "Đảng ủy phường Tân Phong"',
    });
    const id = created.res.json().id as number;
    const unit = { ...by, entity: 'unit', entityId: String(id), unitId: id };
    await oneEntry(() => admin.patch(`/api/units/${id}`, { name: 'Chi bộ Tổ dân phố số 10' }), {
      ...unit,
      action: 'unit.rename',
      summary: 'Đổi tên đơn vị "Chi bộ Tổ dân phố số 9" thành "Chi bộ Tổ dân phố số 10"',
    });
    await oneEntry(() => admin.patch(`/api/units/${id}`, { shortName: 'TDP10' }), {
      ...unit,
      action: 'unit.update',
      summary: 'Cập nhật thông tin đơn vị "Chi bộ Tổ dân phố số 10"',
    });
    await oneEntry(() => admin.post(`/api/units/${id}/move`, { newParentId: doanKet }), {
      ...unit,
      action: 'unit.move',
      summary: 'Chuyển đơn vị "Chi bộ Tổ dân phố số 10" từ "Đảng ủy phường Tân Phong" sang "Đảng ủy phường Đoàn Kết"',
    });
    await oneEntry(() => admin.post(`/api/units/${id}/retire`), { ...unit, action: 'unit.retire', summary: 'Giải thể đơn vị "Chi bộ Tổ dân phố số 10"' });
    await oneEntry(() => admin.post(`/api/units/${id}/restore`), { ...unit, action: 'unit.restore', summary: 'Khôi phục đơn vị "Chi bộ Tổ dân phố số 10"' });

    const user = await oneEntry(
      () => admin.post('/api/users', { username: 'nhat.ky', fullName: 'Đỗ Văn Ký', unitId: tanPhong, role: 'editor', password: 'mat-khau-ky-1' }),
      { ...by, action: 'user.create', entity: 'user', unitId: tanPhong, summary: 'Tạo người dùng "Đỗ Văn Ký" (nhat.ky), vai trò Biên tập tại "Đảng ủy phường Tân Phong"' },
    );
    const userId = user.res.json().user.id as number;
    const person = { ...by, entity: 'user', entityId: String(userId) };
    await oneEntry(() => admin.post(`/api/users/${userId}/reset-password`), {
      ...person,
      unitId: tanPhong,
      action: 'user.reset_password',
      summary: 'Đặt lại mật khẩu cho "Đỗ Văn Ký"',
    });
    const assigned = await oneEntry(() => admin.post(`/api/users/${userId}/roles`, { unitId: id, role: 'admin' }), {
      ...person,
      unitId: id,
      action: 'role.assign',
      summary: 'Giao vai trò Quản trị tại "Chi bộ Tổ dân phố số 10" cho "Đỗ Văn Ký"',
    });
    const roleId = (assigned.res.json().roles as { id: number; unitId: number }[]).find((r) => r.unitId === id)!.id;
    await oneEntry(() => admin.delete(`/api/users/${userId}/roles/${roleId}`), {
      ...person,
      unitId: id,
      action: 'role.remove',
      summary: 'Gỡ vai trò Quản trị tại "Chi bộ Tổ dân phố số 10" của "Đỗ Văn Ký"',
    });
    await oneEntry(() => admin.patch(`/api/users/${userId}`, { active: false }), {
      ...person,
      unitId: tanPhong,
      action: 'user.deactivate',
      summary: 'Khóa tài khoản "Đỗ Văn Ký"',
    });

    const spare = await newUnit(tanPhong, 'Chi bộ nhập nhầm');
    await oneEntry(() => admin.delete(`/api/units/${spare}`), {
      ...by,
      action: 'unit.delete',
      entity: 'unit',
      entityId: String(spare),
      unitId: tanPhong,
      summary: 'Xóa đơn vị "Chi bộ nhập nhầm" (chưa có dữ liệu liên quan)',
    });
  });

  it('writes the entry in the transaction of the change: when the entry fails, the change is undone', async () => {
    const refuse = async (action: string, change: () => Promise<LightMyRequestResponse>) => {
      await t.database.db.execute(sql.raw(`ALTER TABLE audit_log ADD CONSTRAINT test_refuse CHECK (action <> '${action}') NOT VALID`));
      try {
        const before = await auditCount(t.database);
        const res = await change();
        expect(res.statusCode, `${action}: ${res.body}`).toBe(500);
        expect(await auditCount(t.database)).toBe(before);
      } finally {
        await t.database.db.execute(sql.raw('ALTER TABLE audit_log DROP CONSTRAINT test_refuse'));
      }
    };
    const unitCount = async () => (await one<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM units`))!.n;

    const units = await unitCount();
    await refuse('unit.create', () => admin.post('/api/units', { parentId: tanPhong, name: 'Chi bộ không thành', kind: 'cell' }));
    expect(await unitCount()).toBe(units);

    const id = await newUnit(tanPhong, 'Chi bộ giữ tên');
    await refuse('unit.rename', () => admin.patch(`/api/units/${id}`, { name: 'Chi bộ đổi tên không thành' }));
    expect((await admin.get(`/api/units/${id}`)).json().name).toBe('Chi bộ giữ tên');

    await refuse('unit.retire', () => admin.post(`/api/units/${id}/retire`));
    expect((await admin.get(`/api/units/${id}`)).json().retiredAt).toBeNull();

    await refuse('user.create', () => admin.post('/api/users', { username: 'khong.thanh', fullName: 'Không Thành', unitId: tanPhong, role: 'viewer', password: 'mat-khau-kt-1' }));
    expect(await one(t.database.db, sql`SELECT id FROM users WHERE username = 'khong.thanh'`)).toBeUndefined();

    const userId = (await admin.post('/api/users', { username: 'giu.vai.tro', fullName: 'Giữ Vai Trò', unitId: tanPhong, role: 'viewer', password: 'mat-khau-gv-1' })).json().user.id;
    await refuse('role.assign', () => admin.post(`/api/users/${userId}/roles`, { unitId: id, role: 'admin' }));
    const roles = await rows(t.database.db, sql`SELECT id FROM role_assignments WHERE user_id = ${userId} AND unit_id = ${id}`);
    expect(roles).toHaveLength(0);

    const hash = () => one<{ h: string }>(t.database.db, sql`SELECT password_hash AS h FROM users WHERE id = ${userId}`);
    const before = await hash();
    await refuse('user.reset_password', () => admin.post(`/api/users/${userId}/reset-password`));
    expect(await hash()).toEqual(before);
  });

  describe('filters and paging', () => {
    let sub: number;
    let renames: number[];
    let otherActorEntry: number;

    beforeAll(async () => {
      sub = await newUnit(root, 'Đảng ủy thử nghiệm nhật ký');
      const a = await newUnit(sub, 'Chi bộ Hòa Bình');
      const b = await newUnit(sub, 'Chi bộ Suối Thầu');
      await newUnit(sub, 'Chi bộ Bản Hon');
      renames = [];
      for (const [id, name] of [[a, 'Chi bộ Hoà Bình mới'], [b, 'Chi bộ Suối Thầu mới']] as const) {
        renames.push((await oneEntry(() => admin.patch(`/api/units/${id}`, { name }), { action: 'unit.rename' })).entry.id);
      }
      const created = await admin.post('/api/users', { username: 'kiem.tra', fullName: 'Đinh Thị Kiểm', unitId: sub, role: 'admin', password: 'mat-khau-kt-2' });
      expect(created.statusCode).toBe(201);
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'kiem.tra', password: 'mat-khau-kt-2' } });
      const other = clientFor(t.app, `tt_session=${login.cookies.find((c) => c.name === 'tt_session')!.value}`, login.json().csrfToken);
      otherActorEntry = (await oneEntry(() => other.patch(`/api/units/${a}`, { shortName: 'HB' }), { actorName: 'Đinh Thị Kiểm' })).entry.id;
    });

    it('lists the subtree newest first, and filters by action and entity', async () => {
      const all = await audit(admin, sub);
      const path = (await one<{ path: string }>(t.database.db, sql`SELECT path FROM units WHERE id = ${sub}`))!.path;
      const expected = await rows<{ id: number }>(
        t.database.db,
        sql`SELECT id::int AS id FROM audit_log WHERE unit_path LIKE ${escapeLike(path) + '%'} ORDER BY id DESC`,
      );
      expect(ids(all)).toEqual(expected.map((r) => r.id));
      expect(all.items.length).toBe(8); // 3 units, 2 renames, 1 user, 1 sign-in, 1 update
      expect(all.nextCursor).toBeNull();

      expect(ids(await audit(admin, sub, '&action=unit.rename'))).toEqual([...renames].reverse());
      const units = await audit(admin, sub, '&action=unit.create');
      expect(units.items.map((e) => e.action)).toEqual(['unit.create', 'unit.create', 'unit.create']);
      const people = await audit(admin, sub, '&entity=user');
      expect(people.items.map((e) => e.action)).toEqual(['user.create']);
      expect((await audit(admin, sub, '&action=khong.co')).items).toEqual([]);
    });

    it('filters by actor name, ignoring case', async () => {
      const byOther = await audit(admin, sub, `&actor=${encodeURIComponent('ĐINH THỊ')}`);
      expect(ids(byOther)).toContain(otherActorEntry);
      expect(byOther.items.every((e) => e.actorName === 'Đinh Thị Kiểm')).toBe(true);
      const byAdmin = await audit(admin, sub, `&actor=${encodeURIComponent('nguyễn văn hùng')}`);
      expect(byAdmin.items).toHaveLength(6);
      expect(ids(byAdmin)).not.toContain(otherActorEntry);
      expect(ids(await audit(admin, sub, `&actor=${encodeURIComponent('Đinh')}&action=unit.update`))).toEqual([otherActorEntry]);
    });

    it('finds free text ignoring diacritics and case', async () => {
      for (const q of ['doi ten', 'ĐỔI TÊN', 'Đổi tên']) {
        expect(ids(await audit(admin, sub, `&q=${encodeURIComponent(q)}`)), q).toEqual([...renames].reverse());
      }
      // Stored as "Hoà" (old tone placement), searched as "hòa": the rename and the later update match.
      const hoa = await audit(admin, sub, `&q=${encodeURIComponent('hòa bình mới')}`);
      expect(ids(hoa)).toEqual([otherActorEntry, renames[0]]);
      expect((await audit(admin, sub, '&q=khong%20co%20dau%20vet')).items).toEqual([]);
    });

    it('filters by date range', async () => {
      const [first] = renames;
      await t.database.db.execute(sql`UPDATE audit_log SET at = '2020-01-15T10:00:00Z' WHERE id = ${first!}`);
      expect(ids(await audit(admin, sub, '&from=2020-01-01&to=2020-02-01'))).toEqual([first]);
      expect(ids(await audit(admin, sub, '&from=2020-02-01'))).not.toContain(first);
      expect(ids(await audit(admin, sub, '&to=2020-01-14'))).toEqual([]);
      expect((await audit(admin, sub, '&to=2020-02-01&action=unit.rename')).items).toHaveLength(1);
      expect((await admin.get(`/api/units/${sub}/audit?from=khong-phai-ngay`)).statusCode).toBe(400);
    });

    it('pages with nextCursor, without and with a text filter', async () => {
      const walk = async (limit: number, query = '') => {
        const seen: number[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const res = await admin.get(`/api/units/${sub}/audit?limit=${limit}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
          expect(res.statusCode, res.body).toBe(200);
          const page = res.json() as { items: Entry[]; nextCursor: string | null };
          expect(page.items.length).toBeLessThanOrEqual(limit);
          seen.push(...ids(page));
          cursor = page.nextCursor;
          expect(++pages).toBeLessThan(20);
        } while (cursor);
        return { seen, pages };
      };
      const all = ids(await audit(admin, sub));
      const plain = await walk(3);
      expect(plain.seen).toEqual(all);
      expect(plain.pages).toBe(Math.ceil(all.length / 3));

      const created = ids(await audit(admin, sub, '&action=unit.create'));
      const text = await walk(1, `&q=${encodeURIComponent('them don vi')}`);
      expect(text.seen).toEqual(created);
      expect(text.pages).toBe(3);
      expect((await admin.get(`/api/units/${sub}/audit?cursor=%25%25khong-hop-le`)).statusCode).toBe(400);
    });
  });

  it('shows a commune admin the entries of their subtree only', async () => {
    const board = await t.unitId('LCU-BTC');
    const provincial = (await oneEntry(() => admin.patch(`/api/units/${board}`, { shortName: 'BTC' }), { action: 'unit.update', unitId: board })).entry.id;
    const inCommune = (
      await oneEntry(() => admin.post('/api/units', { parentId: tanPhong, name: 'Chi bộ do tỉnh thêm', kind: 'cell' }), { unitId: tanPhong })
    ).entry.id;

    const mine = await audit(communeAdmin, tanPhong);
    expect(ids(mine)).toContain(inCommune);
    expect(ids(mine)).not.toContain(provincial);
    // Each entry belongs to the subtree the change was made in (a unit moved away later keeps its history here).
    const path = (await one<{ path: string }>(t.database.db, sql`SELECT path FROM units WHERE id = ${tanPhong}`))!.path;
    const inside = await rows<{ id: number }>(t.database.db, sql`SELECT id::int AS id FROM audit_log WHERE unit_path LIKE ${escapeLike(path) + '%'} ORDER BY id DESC`);
    expect(ids(mine)).toEqual(inside.map((r) => r.id));
    expect(mine.items.some((e) => e.action === 'system.seed')).toBe(false);

    expect(ids(await audit(admin, root))).toEqual(expect.arrayContaining([provincial, inCommune]));
    expect((await communeAdmin.get(`/api/units/${root}/audit`)).statusCode).toBe(404);
    expect((await communeAdmin.get(`/api/units/${doanKet}/audit`)).statusCode).toBe(404);
    expect((await communeAdmin.get(`/api/units/${root}/audit?q=doi%20ten`)).statusCode).toBe(404);
  });

  it('writes nothing when a change is refused', async () => {
    const retired = await newUnit(tanPhong, 'Chi bộ đã giải thể');
    expect((await admin.post(`/api/units/${retired}/retire`)).statusCode).toBe(200);
    const active = await newUnit(tanPhong, 'Chi bộ đang hoạt động');
    const child = await newUnit(active, 'Tổ đảng trực thuộc');
    const attempts: [string, number, () => Promise<LightMyRequestResponse>][] = [
      ['code taken', 409, () => admin.post('/api/units', { parentId: tanPhong, name: 'Trùng mã', kind: 'cell', code: 'LCU-DK' })],
      ['rename to a taken code', 409, () => admin.patch(`/api/units/${active}`, { code: 'LCU-DK' })],
      ['username taken', 409, () => admin.post('/api/users', { username: 'admin.tinh', fullName: 'Trùng Tên', unitId: tanPhong, role: 'viewer' })],
      ['empty name', 400, () => admin.patch(`/api/units/${active}`, { name: '   ' })],
      ['wrong kind', 400, () => admin.post('/api/units', { parentId: tanPhong, name: 'Sai loại', kind: 'khong-co' })],
      ['move into own descendant', 400, () => admin.post(`/api/units/${active}/move`, { newParentId: child })],
      ['retire twice', 409, () => admin.post(`/api/units/${retired}/retire`)],
      ['restore an active unit', 409, () => admin.post(`/api/units/${active}/restore`)],
      ['user in a retired unit', 400, () => admin.post('/api/users', { username: 'o.don.vi.cu', fullName: 'Ở Đơn Vị Cũ', unitId: retired, role: 'viewer' })],
      ['delete a unit in use', 409, () => admin.delete(`/api/units/${active}`)],
      ['outside the commune', 404, () => communeAdmin.patch(`/api/units/${doanKet}`, { name: 'Không được đổi' })],
      ['no such unit', 404, () => admin.patch('/api/units/999999', { name: 'Không có' })],
    ];
    for (const [what, status, attempt] of attempts) {
      const before = await lastId();
      const res = await attempt();
      expect(res.statusCode, `${what}: ${res.body}`).toBe(status);
      expect(await entriesAfter(before), what).toEqual([]);
    }
  });

  it('finds a matching entry older than the newest 5000 entries of the subtree', async () => {
    const unit = await newUnit(tanPhong, 'Chi bộ mới lập');
    await oneEntry(() => admin.patch(`/api/units/${unit}`, { name: 'Chi bộ Pú Đao xa xưa' }), { action: 'unit.rename', unitId: unit });
    const path = (await one<{ path: string }>(t.database.db, sql`SELECT path FROM units WHERE id = ${unit}`))!.path;
    await t.database.db.execute(
      sql`INSERT INTO audit_log (unit_id, unit_path, action, entity, summary)
          SELECT ${unit}, ${path}, 'test.filler', 'test', 'Bản ghi đệm số ' || g FROM generate_series(1, 5000) g`,
    );
    const found = await audit(admin, unit, `&q=${encodeURIComponent('pu dao xa xua')}`);
    expect(found.items.map((e) => e.action)).toEqual(['unit.rename']);
  });
});
