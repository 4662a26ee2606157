CREATE TABLE "reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"language" text DEFAULT 'de' NOT NULL,
	"chapters" jsonb NOT NULL,
	"indicators" jsonb NOT NULL,
	"texts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"plan_id" integer,
	"status" text DEFAULT 'entwurf' NOT NULL,
	"snapshot" jsonb,
	"published_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reports_status_known" CHECK ("reports"."status" in ('entwurf', 'veroeffentlicht')),
	CONSTRAINT "reports_language_known" CHECK ("reports"."language" in ('de', 'en')),
	CONSTRAINT "reports_title_not_blank" CHECK (length(trim("reports"."title")) > 0),
	CONSTRAINT "reports_year_range" CHECK ("reports"."year" between 1990 and 2100),
	CONSTRAINT "reports_published_frozen" CHECK (("reports"."status" = 'entwurf') = ("reports"."snapshot" is null and "reports"."published_at" is null))
);
--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reports_ags_title" ON "reports" USING btree ("ags","title");--> statement-breakpoint
CREATE INDEX "reports_ags_idx" ON "reports" USING btree ("ags");