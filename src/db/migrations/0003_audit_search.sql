ALTER TABLE "audit_log" ADD COLUMN "search_key" text;--> statement-breakpoint
CREATE INDEX "audit_search_trgm_idx" ON "audit_log" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
-- Entries written before this column existed: lower case only (new entries are fully folded by the application).
UPDATE "audit_log" SET "search_key" = lower("summary" || ' ' || coalesce("actor_name", '')) WHERE "search_key" IS NULL;
