CREATE TABLE "monitoring_staged_values" (
	"stage" text NOT NULL,
	"ags" text NOT NULL,
	"staged_at" timestamp with time zone NOT NULL,
	"area_id" integer NOT NULL,
	"indicator_key" text NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"numerator" double precision,
	"denominator" double precision
);
--> statement-breakpoint
CREATE INDEX "monitoring_staged_values_stage_idx" ON "monitoring_staged_values" USING btree ("stage");--> statement-breakpoint
CREATE INDEX "monitoring_staged_values_staged_at_idx" ON "monitoring_staged_values" USING btree ("staged_at");