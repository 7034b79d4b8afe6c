/**
 * The database schema (Drizzle), by part. Migrations are generated from this file (src/db/drizzle.config.ts)
 * and committed in src/db/migrations.
 */
export * from './schema/access.ts';
export * from './schema/plans.ts';
export * from './schema/reporting.ts';
