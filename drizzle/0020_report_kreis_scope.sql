DROP INDEX "reports_ags_title";--> statement-breakpoint
ALTER TABLE "reports" ALTER COLUMN "ags" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "kreis_ags" text;--> statement-breakpoint
CREATE UNIQUE INDEX "reports_scope_title" ON "reports" USING btree (coalesce("ags", "kreis_ags"),"title");--> statement-breakpoint
CREATE INDEX "reports_kreis_idx" ON "reports" USING btree ("kreis_ags");--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_one_scope" CHECK (("reports"."ags" is null) <> ("reports"."kreis_ags" is null));--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_kreis_format" CHECK ("reports"."kreis_ags" is null or "reports"."kreis_ags" ~ '^[0-9]{5}$');