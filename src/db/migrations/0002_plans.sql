CREATE TABLE "app_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_recipients" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_recipients_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"unit_id" integer,
	"label" text NOT NULL,
	"must_implement" boolean DEFAULT false NOT NULL,
	"opened_at" timestamp with time zone,
	"opened_by" integer
);
--> statement-breakpoint
CREATE TABLE "plan_registers" (
	"unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"last_serial" integer NOT NULL,
	CONSTRAINT "plan_registers_unit_id_kind_period_pk" PRIMARY KEY("unit_id","kind","period")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"issuer_unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"search_key" text NOT NULL,
	"period_start" date,
	"period_end" date,
	"place" text,
	"format" text NOT NULL,
	"serial" integer,
	"symbol" text,
	"register_period" text,
	"issued_on" date,
	"content" jsonb NOT NULL,
	"parent_plan_id" integer,
	"amends_plan_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"return_comment" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"issued_at" timestamp with time zone,
	"issued_by" integer,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "unit_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "unit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"date" text NOT NULL,
	"lunar" boolean DEFAULT false NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "audit_unit_path_idx";--> statement-breakpoint
DROP INDEX "units_path_idx";--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "doc_settings" jsonb;--> statement-breakpoint
ALTER TABLE "plan_recipients" ADD CONSTRAINT "plan_recipients_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_recipients" ADD CONSTRAINT "plan_recipients_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_recipients" ADD CONSTRAINT "plan_recipients_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_registers" ADD CONSTRAINT "plan_registers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_parent_plan_id_plans_id_fk" FOREIGN KEY ("parent_plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_amends_plan_id_plans_id_fk" FOREIGN KEY ("amends_plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_events" ADD CONSTRAINT "unit_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_recipients_plan_idx" ON "plan_recipients" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_recipients_unit_idx" ON "plan_recipients" USING btree ("unit_id","plan_id");--> statement-breakpoint
CREATE INDEX "plans_issuer_idx" ON "plans" USING btree ("issuer_unit_id","status");--> statement-breakpoint
CREATE INDEX "plans_parent_idx" ON "plans" USING btree ("parent_plan_id");--> statement-breakpoint
CREATE INDEX "plans_search_trgm_idx" ON "plans" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "plans_number_idx" ON "plans" USING btree ("issuer_unit_id","kind","register_period","serial");--> statement-breakpoint
CREATE INDEX "unit_events_unit_idx" ON "unit_events" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "audit_unit_path_idx" ON "audit_log" USING btree ("unit_path","at");--> statement-breakpoint
CREATE INDEX "units_path_idx" ON "units" USING btree ("path");