import { sql } from 'drizzle-orm';
import { one } from '../../../db/sql.ts';
import type { Role } from '../../../domain/access/roles.ts';
import { cleanName } from '../../../domain/text/fold.ts';
import { hashPassword, MIN_PASSWORD_LENGTH, randomToken, sha256, temporaryPassword } from '../../auth/passwords.ts';
import { recordAudit } from '../../audit.ts';
import type { UseCaseContext } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { findUnit } from '../../queries/units.ts';
import { findUser, userSearchKey } from '../../queries/users.ts';
import { ROLE_LABELS } from '../../../domain/access/roles.ts';

export interface NewUser {
  username: string;
  fullName: string;
  email?: string | null;
  unitId: number;
  role: Role;
  password?: string;
}

const INVITE_DAYS = 7;

export function normaliseUsername(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}

/** Creates a person in a unit with a role there: with a password, or with an invitation token. */
export async function createUser(ctx: UseCaseContext, input: NewUser): Promise<{ id: number; inviteToken?: string }> {
  const username = normaliseUsername(input.username);
  if (!/^[a-z0-9._-]{3,50}$/.test(username)) {
    throw invalid('invalid_username', 'Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.');
  }
  const fullName = cleanName(input.fullName);
  if (!fullName) throw invalid('name_required', 'Họ tên không được để trống.');
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw invalid('weak_password', `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  }
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  const inviteToken = input.password === undefined ? randomToken() : undefined;
  return ctx.database.db.transaction(async (tx) => {
    const unit = await findUnit(tx, input.unitId);
    if (!unit) throw notFound('đơn vị');
    if (unit.retiredAt) throw invalid('unit_retired', `Đơn vị "${unit.name}" đã giải thể.`);
    const taken = await one<{ id: number }>(tx, sql`SELECT id FROM users WHERE username = ${username}`);
    if (taken) throw conflict('username_taken', `Tên đăng nhập "${username}" đã được dùng.`);
    const row = await one<{ id: number }>(
      tx,
      sql`INSERT INTO users (username, full_name, email, unit_id, password_hash, invite_token_hash, invite_expires_at, search_key)
          VALUES (${username}, ${fullName}, ${input.email?.trim() || null}, ${unit.id}, ${passwordHash},
                  ${inviteToken ? sha256(inviteToken) : null},
                  ${inviteToken ? new Date(Date.now() + INVITE_DAYS * 86_400_000) : null}, ${userSearchKey(fullName, username)})
          RETURNING id`,
    );
    const id = row!.id;
    await tx.execute(sql`INSERT INTO role_assignments (user_id, unit_id, role) VALUES (${id}, ${unit.id}, ${input.role})`);
    await recordAudit(tx, ctx.actor, {
      unitId: unit.id,
      unitPath: unit.path,
      action: inviteToken ? 'user.invite' : 'user.create',
      entity: 'user',
      entityId: id,
      summary: `${inviteToken ? 'Mời' : 'Tạo'} người dùng "${fullName}" (${username}), vai trò ${ROLE_LABELS[input.role]} tại "${unit.name}"`,
      details: { username, role: input.role },
    });
    return { id, inviteToken };
  });
}

export async function updateUser(ctx: UseCaseContext, id: number, changes: { fullName?: string; email?: string | null; active?: boolean }): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const user = await findUser(tx, id);
    if (!user) throw notFound('người dùng');
    if (changes.active === false && id === ctx.actor.userId) throw invalid('deactivate_self', 'Không thể tự khóa tài khoản của chính mình.');
    const fullName = changes.fullName !== undefined ? cleanName(changes.fullName) : user.fullName;
    if (!fullName) throw invalid('name_required', 'Họ tên không được để trống.');
    const email = changes.email !== undefined ? changes.email?.trim() || null : user.email;
    const active = changes.active ?? user.active;
    await tx.execute(
      sql`UPDATE users SET full_name = ${fullName}, email = ${email}, active = ${active},
             search_key = ${userSearchKey(fullName, user.username)} WHERE id = ${id}`,
    );
    if (!active) await tx.execute(sql`DELETE FROM sessions WHERE user_id = ${id}`);
    const unit = await findUnit(tx, user.unitId);
    await recordAudit(tx, ctx.actor, {
      unitId: user.unitId,
      unitPath: unit!.path,
      action: active !== user.active ? (active ? 'user.activate' : 'user.deactivate') : 'user.update',
      entity: 'user',
      entityId: id,
      summary: active !== user.active ? `${active ? 'Mở khóa' : 'Khóa'} tài khoản "${fullName}"` : `Cập nhật người dùng "${fullName}"`,
      details: { before: { fullName: user.fullName, email: user.email, active: user.active }, after: { fullName, email, active } },
    });
  });
}

export async function resetPassword(ctx: UseCaseContext, id: number): Promise<string> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await ctx.database.db.transaction(async (tx) => {
    const user = await findUser(tx, id);
    if (!user) throw notFound('người dùng');
    await tx.execute(sql`UPDATE users SET password_hash = ${passwordHash}, must_change_password = true WHERE id = ${id}`);
    await tx.execute(sql`DELETE FROM sessions WHERE user_id = ${id}`);
    const unit = await findUnit(tx, user.unitId);
    await recordAudit(tx, ctx.actor, {
      unitId: user.unitId,
      unitPath: unit!.path,
      action: 'user.reset_password',
      entity: 'user',
      entityId: id,
      summary: `Đặt lại mật khẩu cho "${user.fullName}"`,
    });
  });
  return password;
}

/** Gives a person a role at a unit (or changes the role they hold there). */
export async function assignRole(ctx: UseCaseContext, userId: number, unitId: number, role: Role): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const user = await findUser(tx, userId);
    const unit = await findUnit(tx, unitId);
    if (!user) throw notFound('người dùng');
    if (!unit) throw notFound('đơn vị');
    if (unit.retiredAt) throw invalid('unit_retired', `Đơn vị "${unit.name}" đã giải thể.`);
    await tx.execute(
      sql`INSERT INTO role_assignments (user_id, unit_id, role) VALUES (${userId}, ${unitId}, ${role})
          ON CONFLICT (user_id, unit_id) DO UPDATE SET role = EXCLUDED.role`,
    );
    await recordAudit(tx, ctx.actor, {
      unitId,
      unitPath: unit.path,
      action: 'role.assign',
      entity: 'user',
      entityId: userId,
      summary: `Giao vai trò ${ROLE_LABELS[role]} tại "${unit.name}" cho "${user.fullName}"`,
      details: { role },
    });
  });
}

export async function removeRole(ctx: UseCaseContext, userId: number, roleId: number): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const found = await one<{ unitId: number; role: Role; userId: number }>(
      tx,
      sql`SELECT unit_id AS "unitId", role, user_id AS "userId" FROM role_assignments WHERE id = ${roleId}`,
    );
    if (!found || found.userId !== userId) throw notFound('vai trò');
    if (userId === ctx.actor.userId && found.role === 'admin') {
      throw invalid('remove_own_admin', 'Không thể tự gỡ quyền quản trị của chính mình.');
    }
    const user = await findUser(tx, userId);
    const unit = await findUnit(tx, found.unitId);
    await tx.execute(sql`DELETE FROM role_assignments WHERE id = ${roleId}`);
    await recordAudit(tx, ctx.actor, {
      unitId: found.unitId,
      unitPath: unit!.path,
      action: 'role.remove',
      entity: 'user',
      entityId: userId,
      summary: `Gỡ vai trò ${ROLE_LABELS[found.role]} tại "${unit!.name}" của "${user!.fullName}"`,
      details: { role: found.role },
    });
  });
}
