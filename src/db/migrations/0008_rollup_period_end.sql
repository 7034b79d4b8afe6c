DROP INDEX "rollup_ancestor_period_idx";--> statement-breakpoint
ALTER TABLE "rollup_figures" ADD COLUMN "period_end" date;--> statement-breakpoint
-- Existing rows take the end of their period from the reports they were added from.
UPDATE "rollup_figures" f SET "period_end" = r."period_end"
  FROM (SELECT DISTINCT ON ("plan_id", "period_key") "plan_id", "period_key", "period_end" FROM "reports" ORDER BY "plan_id", "period_key") r
 WHERE r."plan_id" = f."plan_id" AND r."period_key" = f."period_key";--> statement-breakpoint
ALTER TABLE "rollup_figures" ALTER COLUMN "period_end" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "rollup_ancestor_period_end_idx" ON "rollup_figures" USING btree ("ancestor_id","period_end");
