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
  /** Failed sign-ins allowed per username and per address in the window before 429. */
  loginMaxFailures: number;
  loginWindowMinutes: number;
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
  loginMaxFailures: 10,
  loginWindowMinutes: 15,
  logLevel: 'warn',
  clock: () => new Date(),
  filesDir: './data/files',
};

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
