CREATE TABLE "goals" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"parent_id" integer,
	"level" text NOT NULL,
	"fields" text[] NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "goals_level_known" CHECK ("goals"."level" in ('leitziel', 'handlungsziel', 'wirkungsziel')),
	CONSTRAINT "goals_fields_known" CHECK (cardinality("goals"."fields") >= 1 and "goals"."fields" <@ array['wohnen', 'bildung', 'gesundheit', 'arbeit', 'kultur', 'partizipation', 'uebergreifend']::text[]),
	CONSTRAINT "goals_title_not_blank" CHECK (length(trim("goals"."title")) > 0),
	CONSTRAINT "goals_not_own_parent" CHECK ("goals"."parent_id" is null or "goals"."parent_id" <> "goals"."id"),
	CONSTRAINT "goals_leitziel_is_root" CHECK (("goals"."level" = 'leitziel') = ("goals"."parent_id" is null))
);
--> statement-breakpoint
CREATE TABLE "handlungsraeume" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"kind" text DEFAULT 'gebiete' NOT NULL,
	"municipality_ags" text,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"origin" text DEFAULT 'auswahl' NOT NULL,
	"mss_year" integer,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "handlungsraeume_plan_name" UNIQUE("plan_id","name"),
	CONSTRAINT "handlungsraeume_kind_known" CHECK ("handlungsraeume"."kind" in ('gebiete', 'gemeinde')),
	CONSTRAINT "handlungsraeume_origin_known" CHECK ("handlungsraeume"."origin" in ('auswahl', 'mss_aufmerksamkeit')),
	CONSTRAINT "handlungsraeume_gemeinde_has_ags" CHECK (("handlungsraeume"."kind" = 'gemeinde') = ("handlungsraeume"."municipality_ags" is not null)),
	CONSTRAINT "handlungsraeume_name_not_blank" CHECK (length(trim("handlungsraeume"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "handlungsraum_areas" (
	"handlungsraum_id" integer NOT NULL,
	"area_id" integer NOT NULL,
	CONSTRAINT "handlungsraum_areas_handlungsraum_id_area_id_pk" PRIMARY KEY("handlungsraum_id","area_id")
);
--> statement-breakpoint
CREATE TABLE "measure_areas" (
	"measure_id" integer NOT NULL,
	"handlungsraum_id" integer NOT NULL,
	CONSTRAINT "measure_areas_measure_id_handlungsraum_id_pk" PRIMARY KEY("measure_id","handlungsraum_id")
);
--> statement-breakpoint
CREATE TABLE "measure_goals" (
	"measure_id" integer NOT NULL,
	"goal_id" integer NOT NULL,
	"contribution" text DEFAULT '' NOT NULL,
	CONSTRAINT "measure_goals_measure_id_goal_id_pk" PRIMARY KEY("measure_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "measure_outputs" (
	"id" serial PRIMARY KEY NOT NULL,
	"measure_id" integer NOT NULL,
	"label" text NOT NULL,
	"count" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "measure_outputs_measure_label" UNIQUE("measure_id","label"),
	CONSTRAINT "measure_outputs_count_nonnegative" CHECK ("measure_outputs"."count" >= 0),
	CONSTRAINT "measure_outputs_label_not_blank" CHECK (length(trim("measure_outputs"."label")) > 0)
);
--> statement-breakpoint
CREATE TABLE "measure_partners" (
	"measure_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "measure_partners_measure_id_organisation_id_pk" PRIMARY KEY("measure_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"fields" text[] NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'geplant' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"budget_planned" numeric(14, 2),
	"budget_spent" numeric(14, 2),
	"funding_source" text,
	"lead_organisation_id" integer,
	"is_public" boolean DEFAULT false NOT NULL,
	"idea_id" integer,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "measures_status_known" CHECK ("measures"."status" in ('geplant', 'laufend', 'abgeschlossen', 'eingestellt')),
	CONSTRAINT "measures_fields_known" CHECK (cardinality("measures"."fields") >= 1 and "measures"."fields" <@ array['wohnen', 'bildung', 'gesundheit', 'arbeit', 'kultur', 'partizipation', 'uebergreifend']::text[]),
	CONSTRAINT "measures_title_not_blank" CHECK (length(trim("measures"."title")) > 0),
	CONSTRAINT "measures_dates_ordered" CHECK ("measures"."starts_on" is null or "measures"."ends_on" is null or "measures"."ends_on" >= "measures"."starts_on"),
	CONSTRAINT "measures_budget_nonnegative" CHECK (("measures"."budget_planned" is null or "measures"."budget_planned" >= 0) and ("measures"."budget_spent" is null or "measures"."budget_spent" >= 0)),
	CONSTRAINT "measures_funding_known" CHECK ("measures"."funding_source" is null or "measures"."funding_source" in ('kommunal', 'land', 'bund', 'esf_plus', 'eu_sonstige', 'stiftung', 'eigenmittel', 'sonstige'))
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text,
	"kreis_ags" text,
	"title" text NOT NULL,
	"period_start" integer NOT NULL,
	"period_end" integer NOT NULL,
	"status" text DEFAULT 'entwurf' NOT NULL,
	"decided_on" date,
	"decision_reference" text,
	"baseline_year" integer NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "plans_one_scope" CHECK (("plans"."ags" is null) <> ("plans"."kreis_ags" is null)),
	CONSTRAINT "plans_kreis_format" CHECK ("plans"."kreis_ags" is null or "plans"."kreis_ags" ~ '^[0-9]{5}$'),
	CONSTRAINT "plans_status_known" CHECK ("plans"."status" in ('entwurf', 'beschlossen', 'abgeschlossen')),
	CONSTRAINT "plans_title_not_blank" CHECK (length(trim("plans"."title")) > 0),
	CONSTRAINT "plans_period_ordered" CHECK ("plans"."period_end" >= "plans"."period_start"),
	CONSTRAINT "plans_years_range" CHECK ("plans"."period_start" between 1990 and 2100 and "plans"."period_end" <= 2100),
	CONSTRAINT "plans_baseline_year" CHECK ("plans"."baseline_year" between 1950 and "plans"."period_end"),
	CONSTRAINT "plans_decided_has_date" CHECK ("plans"."status" = 'entwurf' or "plans"."decided_on" is not null)
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"goal_id" integer NOT NULL,
	"indicator_key" text NOT NULL,
	"handlungsraum_id" integer NOT NULL,
	"baseline_year" integer NOT NULL,
	"baseline_value" double precision NOT NULL,
	"baseline_numerator" double precision,
	"baseline_denominator" double precision,
	"baseline_import_id" integer,
	"baseline_imported_at" timestamp with time zone NOT NULL,
	"baseline_municipal_value" double precision,
	"target_year" integer NOT NULL,
	"kind" text NOT NULL,
	"target_value" double precision,
	"gap_close_percent" double precision,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "targets_goal_indicator_raum" UNIQUE("goal_id","indicator_key","handlungsraum_id"),
	CONSTRAINT "targets_kind_known" CHECK ("targets"."kind" in ('absolute', 'close_gap')),
	CONSTRAINT "targets_year_after_baseline" CHECK ("targets"."target_year" > "targets"."baseline_year"),
	CONSTRAINT "targets_absolute_has_value" CHECK ("targets"."kind" <> 'absolute' or ("targets"."target_value" is not null and "targets"."gap_close_percent" is null)),
	CONSTRAINT "targets_close_gap_has_percent" CHECK ("targets"."kind" <> 'close_gap' or ("targets"."gap_close_percent" > 0 and "targets"."gap_close_percent" <= 100 and "targets"."baseline_municipal_value" is not null and "targets"."target_value" is null)),
	CONSTRAINT "targets_baseline_counts" CHECK (("targets"."baseline_numerator" is null or "targets"."baseline_numerator" >= 0) and ("targets"."baseline_denominator" is null or "targets"."baseline_denominator" >= 0))
);
--> statement-breakpoint
ALTER TABLE "organisations" DROP CONSTRAINT "organisations_kind_known";--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_role_known";--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "street" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "postcode" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "city" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "lon" double precision;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "lat" double precision;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "municipality_ags" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "kreis_ags" text;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_parent_id_goals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handlungsraeume" ADD CONSTRAINT "handlungsraeume_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handlungsraeume" ADD CONSTRAINT "handlungsraeume_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handlungsraum_areas" ADD CONSTRAINT "handlungsraum_areas_handlungsraum_id_handlungsraeume_id_fk" FOREIGN KEY ("handlungsraum_id") REFERENCES "public"."handlungsraeume"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handlungsraum_areas" ADD CONSTRAINT "handlungsraum_areas_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_areas" ADD CONSTRAINT "measure_areas_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_areas" ADD CONSTRAINT "measure_areas_handlungsraum_id_handlungsraeume_id_fk" FOREIGN KEY ("handlungsraum_id") REFERENCES "public"."handlungsraeume"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_goals" ADD CONSTRAINT "measure_goals_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_goals" ADD CONSTRAINT "measure_goals_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_outputs" ADD CONSTRAINT "measure_outputs_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_partners" ADD CONSTRAINT "measure_partners_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_partners" ADD CONSTRAINT "measure_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_idea_id_cafe_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."cafe_ideas"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_key_indicators_key_fk" FOREIGN KEY ("indicator_key") REFERENCES "public"."indicators"("key") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_handlungsraum_id_handlungsraeume_id_fk" FOREIGN KEY ("handlungsraum_id") REFERENCES "public"."handlungsraeume"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_baseline_import_id_monitoring_imports_id_fk" FOREIGN KEY ("baseline_import_id") REFERENCES "public"."monitoring_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goals_plan_idx" ON "goals" USING btree ("plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "handlungsraeume_plan_gemeinde" ON "handlungsraeume" USING btree ("plan_id","municipality_ags") WHERE "handlungsraeume"."kind" = 'gemeinde';--> statement-breakpoint
CREATE INDEX "handlungsraum_areas_area_idx" ON "handlungsraum_areas" USING btree ("area_id");--> statement-breakpoint
CREATE INDEX "measure_areas_raum_idx" ON "measure_areas" USING btree ("handlungsraum_id");--> statement-breakpoint
CREATE INDEX "measure_goals_goal_idx" ON "measure_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "measure_partners_org_idx" ON "measure_partners" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "measures_plan_idx" ON "measures" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "measures_idea_idx" ON "measures" USING btree ("idea_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_scope_title" ON "plans" USING btree (coalesce("ags", "kreis_ags"),"title");--> statement-breakpoint
CREATE INDEX "plans_ags_idx" ON "plans" USING btree ("ags");--> statement-breakpoint
CREATE INDEX "plans_kreis_idx" ON "plans" USING btree ("kreis_ags");--> statement-breakpoint
CREATE INDEX "targets_plan_idx" ON "targets" USING btree ("plan_id");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisations_municipality_idx" ON "organisations" USING btree ("municipality_ags");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_name_not_blank" CHECK (length(trim("organisations"."name")) > 0);--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_point_together" CHECK (("organisations"."lon" is null) = ("organisations"."lat" is null));--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_point_range" CHECK ("organisations"."lon" is null or ("organisations"."lon" between -180 and 180 and "organisations"."lat" between -90 and 90));--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_postcode_format" CHECK ("organisations"."postcode" is null or "organisations"."postcode" ~ '^[0-9]{5}$');--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_kind_known" CHECK ("organisations"."kind" in ('regionalverband', 'kommune', 'kreis', 'land', 'bund', 'hochschule', 'wohlfahrtsverband', 'gesellschaft', 'jobcenter', 'schule', 'kita', 'verein', 'wohnungsunternehmen', 'stiftung', 'gesundheitswesen', 'sonstige'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_kreis_format" CHECK ("users"."kreis_ags" is null or "users"."kreis_ags" ~ '^[0-9]{5}$');--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_kreis_planner_has_kreis" CHECK (("users"."role" = 'kreis_planner') = ("users"."kreis_ags" is not null));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_known" CHECK ("users"."role" in ('admin', 'organiser', 'planner', 'kreis_planner'));