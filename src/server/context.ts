import type { Database } from '../db/client.ts';
import type { Grant } from '../domain/access/roles.ts';

/** The signed-in person making a request, with every role they hold (unit paths resolved). */
export interface Actor {
  userId: number;
  username: string;
  fullName: string;
  unitId: number;
  mustChangePassword: boolean;
  grants: Grant[];
  sessionIdHash: string;
  csrfToken: string;
}

/** What use cases receive: the database and who acts. No HTTP in here. */
export interface UseCaseContext {
  database: Database;
  actor: Actor;
}

export interface ServerConfig {
  /** Secure cookies when served over HTTPS. */
  secureCookies: boolean;
  sessionHours: number;
  /**
   * Sign-in throttling (usecases/auth/sign-in.ts). Per (username, address): this many failures are
   * free; after n ≥ loginFreeFailures failures the next attempt waits 2^(n − loginFreeFailures) seconds,
   * at most loginMaxDelaySeconds. Per address over all accounts: at most loginAddressFailuresPerMinute
   * failures a minute (generous: a whole office behind one proxy signs in from one address).
   */
  loginFreeFailures: number;
  loginMaxDelaySeconds: number;
  loginAddressFailuresPerMinute: number;
  /**
   * Where people reach the installation (PUBLIC_URL, e.g. https://tuyentruyen.tinh.gov.vn): links
   * handed out of the app (calendar feeds) are built from it, never from a request's Host header.
   */
  publicUrl: string;
  /** Folder with the built web app (index.html); undefined to serve the API only. */
  webRoot?: string;
  logLevel: string;
  /** The time; tests fix it so date-dependent answers (late, feeds) do not drift with the calendar. */
  clock: () => Date;
  /** Where evidence files are kept (content-addressed), outside the database rows. */
  filesDir: string;
}

export const defaultServerConfig: ServerConfig = {
  secureCookies: false,
  sessionHours: 12,
  loginFreeFailures: 5,
  loginMaxDelaySeconds: 15 * 60,
  loginAddressFailuresPerMinute: 200,
  publicUrl: 'http://localhost:3000',
  logLevel: 'warn',
  clock: () => new Date(),
  filesDir: './data/files',
};

/**
 * The public address from PUBLIC_URL (an http(s) URL, no trailing slash), or http://localhost:PORT
 * when unset. Throws on a value that is not an http(s) URL.
 */
export function publicUrlFrom(value: string | undefined, port: number): string {
  if (value === undefined || value.trim() === '') return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`PUBLIC_URL "${value}" is not a URL (e.g. https://tuyentruyen.example.gov.vn)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`PUBLIC_URL "${value}" must start with http:// or https://`);
  if (url.search || url.hash) throw new Error(`PUBLIC_URL "${value}" must not carry a query or fragment`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The system itself (command line, demo seed): no person, recorded without an actor id in the audit log. */
export const SYSTEM_ACTOR: Actor = {
  userId: 0,
  username: 'system',
  fullName: 'Quản trị hệ thống (dòng lệnh)',
  unitId: 0,
  mustChangePassword: false,
  grants: [],
  sessionIdHash: '',
  csrfToken: '',
};
