ALTER TABLE "plans" ADD COLUMN "implement_by" date;--> statement-breakpoint
UPDATE "plans" SET "implement_by" = ("content"->>'implementBy')::date WHERE "content"->>'implementBy' IS NOT NULL;
