/** Activities, evidence, periodic reports, rollups and notices. */
import {
  bigint,
  date,
  primaryKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { units, users } from './access.ts';
import { plans } from './plans.ts';
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
    /** A period belongs to a date range when it ends in it (the report "tháng 3" of 15/02–14/03 is March's). */
    periodEnd: date('period_end').notNull(),
    indicator: text('indicator').notNull(),
    value: bigint('value', { mode: 'number' }).notNull(),
    reports: integer('reports').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ancestorId, t.childId, t.planId, t.periodKey, t.indicator] }),
    index('rollup_ancestor_period_end_idx').on(t.ancestorId, t.periodEnd),
  ],
);

/** Files attached to a report (a signed scan, photos), in the same content-addressed store as evidence. */
export const reportAttachments = pgTable(
  'report_attachments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer('report_id')
      .notNull()
      .references(() => reports.id),
    sha256: text('sha256')
      .notNull()
      .references(() => evidenceFiles.sha256),
    filename: text('filename').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_attachments_report_idx').on(t.reportId)],
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
