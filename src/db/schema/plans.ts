/** Plans, their recipients and registers, unit events, external documents. */
import { sql } from 'drizzle-orm';
import {
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
import { units, users } from './access.ts';
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
