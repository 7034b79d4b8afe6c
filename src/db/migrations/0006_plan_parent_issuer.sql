DROP INDEX "plans_parent_idx";--> statement-breakpoint
CREATE INDEX "plans_parent_idx" ON "plans" USING btree ("parent_plan_id","issuer_unit_id");