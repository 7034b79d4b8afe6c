/** Units, people, roles, sessions, the audit log, sign-in throttling and calendar feed links. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  type AnyPgColumn,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * A node of the hierarchy (đơn vị). `path` is the materialised chain of ids from the root,
 * "/1/5/23/", so a subtree is one indexed prefix scan: the only way access scoping reads the tree.
 */
export const units = pgTable(
  'units',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    code: text('code'),
    /** Folded name (no diacritics, đ→d, lower case) used by search; see domain/text/fold.ts. */
    searchKey: text('search_key').notNull(),
    /** How the unit's documents are headed and numbered: see server/usecases/plans/document-settings.ts. */
    docSettings: jsonb('doc_settings'),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // path is COLLATE "C" (set in the migration): one btree serves both prefix LIKE and tree order.
    index('units_path_idx').on(t.path),
    index('units_parent_idx').on(t.parentId, t.name),
    uniqueIndex('units_code_idx').on(t.code),
    index('units_search_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    email: text('email'),
    /** Home unit: where the person works; rights come from role_assignments, not from this. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    passwordHash: text('password_hash'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    active: boolean('active').notNull().default(true),
    inviteTokenHash: text('invite_token_hash'),
    inviteExpiresAt: timestamp('invite_expires_at', { withTimezone: true }),
    searchKey: text('search_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_username_idx').on(t.username), index('users_unit_idx').on(t.unitId)],
);

export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    role: text('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('role_assignments_user_unit_idx').on(t.userId, t.unitId),
    index('role_assignments_unit_idx').on(t.unitId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie token; the token itself is never stored. */
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: integer('actor_id').references(() => users.id),
    actorName: text('actor_name'),
    /** The unit whose subtree the change belongs to; who may read the entry follows from it. */
    unitId: integer('unit_id').references(() => units.id),
    unitPath: text('unit_path'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    summary: text('summary').notNull(),
    /** Folded summary and actor name, for diacritic-insensitive search of the log. */
    searchKey: text('search_key'),
    details: jsonb('details'),
  },
  (t) => [
    index('audit_unit_path_idx').on(t.unitPath, t.at),
    index('audit_at_idx').on(t.at),
    index('audit_search_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
  ],
);

/**
 * Sign-in throttling, in the database so every server process agrees (server/usecases/auth/sign-in.ts).
 * A row per (username, address) counts that pair's failed attempts and says when it may try again;
 * the row with username '' counts an address's failures over all accounts in the current minute.
 */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    /** Normalised username as typed (existing or not); '' for the address-wide row. */
    username: text('username').notNull(),
    address: text('address').notNull(),
    failures: integer('failures').notNull().default(0),
    /** Address-wide row: when the current minute of counting began. */
    windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
    /** Pair row: no attempt is checked before this time. */
    blockedUntil: timestamp('blocked_until', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('login_throttle_key_idx').on(t.username, t.address), index('login_throttle_updated_idx').on(t.updatedAt)],
);

/**
 * A person's calendar feed link for a unit is an HMAC over (person, unit, generation, password hash)
 * (server/usecases/plans/feed-token.ts); rotating the link raises the generation, so the old one fails.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // A unit deleted as a mistaken entry takes its links along (they are no history).
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    generation: integer('generation').notNull().default(0),
    rotatedAt: timestamp('rotated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitId] })],
);
