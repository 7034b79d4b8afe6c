import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { one } from '../../../db/sql.ts';
import { dummyPasswordHash, hashPassword, MIN_PASSWORD_LENGTH, sha256, verifyPassword } from '../../auth/passwords.ts';
import { createSession } from '../../auth/sessions.ts';
import { recordAudit } from '../../audit.ts';
import type { Actor, ServerConfig } from '../../context.ts';
import { AppError, invalid } from '../../errors.ts';
import { normaliseUsername } from '../users/manage-users.ts';
import { attemptSucceeded, claimAttempt, forgetStaleAttempts, throttleAddress } from './login-throttle.ts';

interface Credentials {
  username: string;
  password: string;
  /** The client's address, for throttling. */
  address: string;
}

/**
 * Checks a password and opens a session. Each attempt is first claimed from the throttle
 * (login-throttle.ts: per username and address, decided in one statement in the database), so only
 * the allowed number of guesses ever reach the password check; a success clears the pair's count.
 */
export async function signIn(database: Database, config: ServerConfig, cred: Credentials) {
  const username = normaliseUsername(cred.username);
  // No account has an empty name (and '' is the throttle's address-wide row).
  if (username === '') throw badCredentials();
  const address = throttleAddress(cred.address);
  await claimAttempt(database, config, username, address);
  const user = await one<{ id: number; passwordHash: string | null; fullName: string; unitId: number; active: boolean; unitPath: string }>(
    database.db,
    sql`SELECT u.id, u.password_hash AS "passwordHash", u.full_name AS "fullName", u.unit_id AS "unitId", u.active, un.path AS "unitPath"
          FROM users u JOIN units un ON un.id = u.unit_id WHERE u.username = ${username}`,
  );
  const ok = user ? await verifyPassword(user.passwordHash, cred.password) : await verifyPassword(await dummyPasswordHash(), cred.password);
  if (!user || !ok || !user.active) {
    // Already counted by the claim.
    await forgetStaleAttempts(database);
    throw badCredentials();
  }
  const session = await createSession(database, user.id, config.sessionHours);
  await database.db.transaction(async (tx) => {
    await attemptSucceeded(tx, username, address);
    await tx.execute(sql`DELETE FROM sessions WHERE user_id = ${user.id} AND expires_at < now()`);
    await recordAudit(tx, { userId: user.id, fullName: user.fullName }, {
      unitId: user.unitId,
      unitPath: user.unitPath,
      action: 'auth.login',
      entity: 'session',
      entityId: user.id,
      summary: `"${user.fullName}" đăng nhập`,
    });
  });
  return { userId: user.id, ...session };
}

const badCredentials = () => new AppError('unauthenticated', 'bad_credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.');

export async function changePassword(database: Database, actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
  if (newPassword.length < MIN_PASSWORD_LENGTH) throw invalid('weak_password', `Mật khẩu mới phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  if (newPassword === currentPassword) throw invalid('same_password', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
  const user = await one<{ passwordHash: string | null; unitPath: string }>(
    database.db,
    sql`SELECT u.password_hash AS "passwordHash", un.path AS "unitPath" FROM users u JOIN units un ON un.id = u.unit_id WHERE u.id = ${actor.userId}`,
  );
  if (!(await verifyPassword(user?.passwordHash ?? null, currentPassword))) {
    throw invalid('wrong_password', 'Mật khẩu hiện tại không đúng.');
  }
  const hash = await hashPassword(newPassword);
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`UPDATE users SET password_hash = ${hash}, must_change_password = false WHERE id = ${actor.userId}`);
    // Other sessions of this person end; this one stays.
    await tx.execute(sql`DELETE FROM sessions WHERE user_id = ${actor.userId} AND id_hash <> ${actor.sessionIdHash}`);
    await recordAudit(tx, actor, {
      unitId: actor.unitId,
      unitPath: user!.unitPath,
      action: 'user.change_password',
      entity: 'user',
      entityId: actor.userId,
      summary: `"${actor.fullName}" đổi mật khẩu`,
    });
  });
}

export async function acceptInvite(database: Database, token: string, password: string): Promise<void> {
  if (password.length < MIN_PASSWORD_LENGTH) throw invalid('weak_password', `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  const hash = await hashPassword(password);
  await database.db.transaction(async (tx) => {
    const user = await one<{ id: number; fullName: string; unitId: number; unitPath: string }>(
      tx,
      sql`SELECT u.id, u.full_name AS "fullName", u.unit_id AS "unitId", un.path AS "unitPath"
            FROM users u JOIN units un ON un.id = u.unit_id
           WHERE u.invite_token_hash = ${sha256(token)} AND u.invite_expires_at > now() FOR UPDATE OF u`,
    );
    if (!user) throw invalid('invite_invalid', 'Lời mời không hợp lệ hoặc đã hết hạn. Hãy đề nghị quản trị viên gửi lại.');
    await tx.execute(
      sql`UPDATE users SET password_hash = ${hash}, invite_token_hash = NULL, invite_expires_at = NULL, must_change_password = false WHERE id = ${user.id}`,
    );
    await recordAudit(tx, { userId: user.id, fullName: user.fullName }, {
      unitId: user.unitId,
      unitPath: user.unitPath,
      action: 'user.accept_invite',
      entity: 'user',
      entityId: user.id,
      summary: `"${user.fullName}" nhận lời mời và đặt mật khẩu`,
    });
  });
}
