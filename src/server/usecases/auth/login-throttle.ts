/**
 * Sign-in throttling, decided in the database so parallel requests and several server processes agree.
 *
 * Per (username, address): an attempt is counted as a failure *before* its password is checked, by
 * one INSERT … ON CONFLICT DO UPDATE that also decides whether it may go ahead, so however many arrive
 * at once, only the allowed number reach the password check. After n ≥ `loginFreeFailures` failures
 * the pair's next attempt is refused until 2^(n − free) seconds have passed (capped at
 * `loginMaxDelaySeconds`). A success clears the pair. Nothing is keyed by the account alone: someone
 * guessing from one address does not stop the owner signing in from another.
 *
 * Per address (the row with username ''): failures over every account in the current minute, capped
 * at `loginAddressFailuresPerMinute` — generous, for an office behind one proxy; it stops spraying.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../../../db/client.ts';
import { one } from '../../../db/sql.ts';
import type { ServerConfig } from '../../context.ts';
import { AppError } from '../../errors.ts';

type ThrottleConfig = Pick<ServerConfig, 'loginFreeFailures' | 'loginMaxDelaySeconds' | 'loginAddressFailuresPerMinute'>;

/** The address-wide row's username (a normalised username is never empty: sign-in refuses those first). */
const ADDRESS_ROW = '';

/** Seconds the pair waits after `failures` failures. */
function delaySql(failures: SQL, config: ThrottleConfig): SQL {
  return sql`make_interval(secs => CASE WHEN ${failures} < ${config.loginFreeFailures} THEN 0
               ELSE least(${config.loginMaxDelaySeconds}::float8, power(2::float8, least(${failures} - ${config.loginFreeFailures}, 30))) END)`;
}

/**
 * The address as throttled: IPv4 as is; IPv6 by its /64 (one subscriber gets a whole /64, so single
 * IPv6 addresses cost an attacker nothing); an IPv4-mapped IPv6 address as the IPv4 one.
 */
export function throttleAddress(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('%')[0]!.split('::') as [string?, string?];
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') && tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * Claims an attempt for (username, address), counted as a failure until `attemptSucceeded` clears it.
 * Throws 429 `rate_limited` (details.retryAfterSeconds) when the pair or the address must wait.
 */
export async function claimAttempt(database: Database, config: ThrottleConfig, username: string, address: string): Promise<void> {
  // A series of failures older than a day starts again from one.
  const pairFailures = sql`CASE WHEN t.updated_at <= now() - interval '1 day' THEN 1 ELSE t.failures + 1 END`;
  const newMinute = sql`t.window_start <= now() - interval '1 minute'`;
  const claimed = await one<{ addressOk: boolean; failures: number | null }>(
    database.db,
    sql`WITH addr AS (
          INSERT INTO login_throttle AS t (username, address, failures, window_start, blocked_until, updated_at)
          VALUES (${ADDRESS_ROW}, ${address}, 1, now(), now(), now())
          ON CONFLICT (username, address) DO UPDATE SET
            failures = CASE WHEN ${newMinute} THEN 1 ELSE t.failures + 1 END,
            window_start = CASE WHEN ${newMinute} THEN now() ELSE t.window_start END,
            updated_at = now()
          WHERE ${newMinute} OR t.failures < ${config.loginAddressFailuresPerMinute}
          RETURNING 1
        ), pair AS (
          INSERT INTO login_throttle AS t (username, address, failures, window_start, blocked_until, updated_at)
          SELECT ${username}, ${address}, 1, now(), now() + ${delaySql(sql`1`, config)}, now() WHERE EXISTS (SELECT 1 FROM addr)
          ON CONFLICT (username, address) DO UPDATE SET
            failures = ${pairFailures},
            blocked_until = now() + ${delaySql(pairFailures, config)},
            updated_at = now()
          WHERE t.blocked_until <= now()
          RETURNING failures
        )
        SELECT EXISTS (SELECT 1 FROM addr) AS "addressOk", (SELECT failures FROM pair) AS failures`,
  );
  if (claimed?.failures != null) return;
  if (!claimed?.addressOk) {
    const wait = await one<{ seconds: number }>(
      database.db,
      sql`SELECT greatest(1, ceil(extract(epoch FROM window_start + interval '1 minute' - now())))::int AS seconds
            FROM login_throttle WHERE username = ${ADDRESS_ROW} AND address = ${address}`,
    );
    throw refused(wait?.seconds ?? 60, 'Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này.');
  }
  // The pair must wait: this attempt was no failure, so the address does not count it.
  const wait = await one<{ seconds: number }>(
    database.db,
    sql`WITH undo AS (
          UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE username = ${ADDRESS_ROW} AND address = ${address}
        )
        SELECT greatest(1, ceil(extract(epoch FROM blocked_until - now())))::int AS seconds
          FROM login_throttle WHERE username = ${username} AND address = ${address}`,
  );
  throw refused(wait?.seconds ?? 1, 'Đăng nhập sai nhiều lần.');
}

/** A successful sign-in: the pair starts afresh and the address's count loses this attempt. */
export async function attemptSucceeded(ex: Executor, username: string, address: string): Promise<void> {
  await ex.execute(
    sql`WITH pair AS (DELETE FROM login_throttle WHERE username = ${username} AND address = ${address})
        UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE username = ${ADDRESS_ROW} AND address = ${address}`,
  );
}

/** After a failure: rows quiet for a day are dropped (the counts they held have expired). */
export async function forgetStaleAttempts(database: Database): Promise<void> {
  await database.db.execute(sql`DELETE FROM login_throttle WHERE updated_at < now() - interval '1 day' AND blocked_until < now()`);
}

function refused(seconds: number, why: string): AppError {
  return new AppError('rate_limited', 'rate_limited', `${why} Vui lòng thử lại sau ${waitInVietnamese(seconds)}.`, { retryAfterSeconds: seconds });
}

/** "12 giây", "3 phút", "2 phút 30 giây". */
export function waitInVietnamese(seconds: number): string {
  if (seconds < 60) return `${seconds} giây`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} phút` : `${minutes} phút ${rest} giây`;
}
