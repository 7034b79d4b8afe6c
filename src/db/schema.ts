import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  primaryKey,
  boolean,
  index,
  integer,
  type AnyPgColumn,
  jsonb,
  pgTable,
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

/** Login throttling kept in the database so every server process sees the same counts. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_key_idx').on(t.key, t.at)],
);

/** A plan or guidance (kế hoạch / hướng dẫn) of an issuing unit; content is the structured body. */
export const plans = pgTable(
  'plans',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    issuerUnitId: integer('issuer_unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    title: text('title').notNull(),
    searchKey: text('search_key').notNull(),
    periodStart: date('period_start'),
    periodEnd: date('period_end'),
    place: text('place'),
    format: text('format').notNull(),
    serial: integer('serial'),
    symbol: text('symbol'),
    registerPeriod: text('register_period'),
    issuedOn: date('issued_on'),
    content: jsonb('content').notNull(),
    /** content.implementBy, kept beside it so tracking queries need not read the (large) content. */
    implementBy: date('implement_by'),
    /** The higher plan this one implements (its internal "căn cứ"). */
    parentPlanId: integer('parent_plan_id').references((): AnyPgColumn => plans.id),
    /** The issued plan this one corrects. */
    amendsPlanId: integer('amends_plan_id').references((): AnyPgColumn => plans.id),
    /** Incremented on every change of a draft: edits carry it to detect a concurrent change. */
    version: integer('version').notNull().default(1),
    returnComment: text('return_comment'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    issuedBy: integer('issued_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('plans_issuer_idx').on(t.issuerUnitId, t.status),
    index('plans_parent_idx').on(t.parentPlanId, t.issuerUnitId),
    index('plans_search_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
    uniqueIndex('plans_number_idx').on(t.issuerUnitId, t.kind, t.registerPeriod, t.serial),
  ],
);

/** Who an issued plan is sent to (nơi nhận), and whether each has opened it. */
export const planRecipients = pgTable(
  'plan_recipients',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    unitId: integer('unit_id').references(() => units.id),
    label: text('label').notNull(),
    mustImplement: boolean('must_implement').notNull().default(false),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    openedBy: integer('opened_by').references(() => users.id),
  },
  (t) => [index('plan_recipients_plan_idx').on(t.planId), index('plan_recipients_unit_idx').on(t.unitId, t.planId)],
);

/** The register of numbers (sổ đăng ký văn bản): last serial per issuer, kind and year or term. */
export const planRegisters = pgTable(
  'plan_registers',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    period: text('period').notNull(),
    lastSerial: integer('last_serial').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.kind, t.period] })],
);

/** A unit's own commemorations (its founding, local liberation days), offered with the national list. */
export const unitEvents = pgTable(
  'unit_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** "1950-10-12", or "03-10" with lunar for a lunar day. */
    date: text('date').notNull(),
    lunar: boolean('lunar').notNull().default(false),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('unit_events_unit_idx').on(t.unitId)],
);

/** Secrets the installation generates once (e.g. the key that signs calendar feed links). */
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A unit's own report form (mẫu báo cáo); usable by the unit and its subtree. */
export const reportForms = pgTable(
  'report_forms',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    code: text('code').notNull(),
    definition: jsonb('definition').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('report_forms_unit_code_idx').on(t.unitId, t.code)],
);

/** One thing a unit did (kết quả thực hiện): figures by indicator, and for a published item its title and link. */
export const activities = pgTable(
  'activities',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    planId: integer('plan_id').references(() => plans.id),
    occurredOn: date('occurred_on').notNull(),
    channel: text('channel').notNull(),
    phaseLabel: text('phase_label'),
    theme: text('theme'),
    figures: jsonb('figures').notNull(),
    title: text('title'),
    link: text('link'),
    publishedOn: date('published_on'),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('activities_unit_day_idx').on(t.unitId, t.occurredOn), index('activities_plan_idx').on(t.planId)],
);

/** An evidence file's content, stored once per content hash outside the table (see documents/evidence). */
export const evidenceFiles = pgTable('evidence_files', {
  sha256: text('sha256').primaryKey(),
  size: integer('size').notNull(),
  mime: text('mime').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const activityEvidence = pgTable(
  'activity_evidence',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id),
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceFiles.sha256),
    filename: text('filename').notNull(),
  },
  (t) => [index('activity_evidence_activity_idx').on(t.activityId)],
);

/** A periodic report of a unit on a plan for one period, with its workflow. */
export const reports = pgTable(
  'reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    periodKey: text('period_key').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    dueOn: date('due_on').notNull(),
    formCode: text('form_code').notNull(),
    status: text('status').notNull(),
    figures: jsonb('figures').notNull(),
    items: jsonb('items').notNull(),
    narrative: jsonb('narrative').notNull(),
    version: integer('version').notNull().default(1),
    returnComment: text('return_comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: integer('submitted_by').references(() => users.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: integer('accepted_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reports_plan_unit_period_idx').on(t.planId, t.unitId, t.periodKey), index('reports_unit_idx').on(t.unitId, t.periodStart)],
);

/**
 * Accepted figures, pre-aggregated: for every ancestor of the reporting unit (itself included), the
 * value added through the child on the way down. A subtree's total is a sum over a handful of rows;
 * the accepting transaction writes them, so dashboards are current the moment a report is accepted.
 */
export const rollupFigures = pgTable(
  'rollup_figures',
  {
    ancestorId: integer('ancestor_id').notNull(),
    /** The ancestor's child on the path to the reporting unit (the unit itself when ancestor = unit). */
    childId: integer('child_id').notNull(),
    planId: integer('plan_id').notNull(),
    periodKey: text('period_key').notNull(),
    periodStart: date('period_start').notNull(),
    indicator: text('indicator').notNull(),
    value: bigint('value', { mode: 'number' }).notNull(),
    reports: integer('reports').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ancestorId, t.childId, t.planId, t.periodKey, t.indicator] }),
    index('rollup_ancestor_period_idx').on(t.ancestorId, t.periodStart),
  ],
);

/** In-app notices (report reminders, returns); e-mailed too when SMTP is configured. */
export const notifications = pgTable(
  'notifications',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    /** Same key twice is one notice: reminders are idempotent. */
    dedupKey: text('dedup_key').notNull(),
    message: text('message').notNull(),
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('notifications_dedup_idx').on(t.dedupKey), index('notifications_unit_idx').on(t.unitId, t.createdAt)],
);

/** A document from outside the system (a parent's plan received as a file), registered to be cited. */
export const externalDocuments = pgTable(
  'external_documents',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    serial: integer('serial'),
    symbol: text('symbol'),
    /** As precise as printed: 2025, 2025-03 or 2025-03-14. */
    issuedOn: text('issued_on'),
    issuer: text('issuer'),
    title: text('title').notNull(),
    searchKey: text('search_key').notNull(),
    document: jsonb('document').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('external_documents_unit_idx').on(t.unitId)],
);
