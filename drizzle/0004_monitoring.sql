CREATE TABLE "areas" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"parent_code" text,
	"geometry" jsonb,
	"synthetic" boolean DEFAULT false NOT NULL,
	"import_id" integer,
	CONSTRAINT "areas_ags_code" UNIQUE("ags","code"),
	CONSTRAINT "areas_code_not_blank" CHECK (length(trim("areas"."code")) > 0)
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"area_id" integer NOT NULL,
	"indicator_key" text NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"import_id" integer NOT NULL,
	CONSTRAINT "indicator_values_area_id_indicator_key_year_pk" PRIMARY KEY("area_id","indicator_key","year"),
	CONSTRAINT "indicator_values_year" CHECK ("indicator_values"."year" between 1950 and 2100)
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"definition" text NOT NULL,
	"numerator_label" text,
	"denominator_label" text,
	"unit" text NOT NULL,
	"kind" text NOT NULL,
	"per" double precision,
	"direction" text NOT NULL,
	"handlungsfeld" text NOT NULL,
	"source" text NOT NULL,
	"min_value" double precision,
	"max_value" double precision,
	"decimals" integer DEFAULT 1 NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicators_key_format" CHECK ("indicators"."key" ~ '^[a-z][a-z0-9_]{1,40}$'),
	CONSTRAINT "indicators_kind_known" CHECK ("indicators"."kind" in ('share', 'count', 'measure')),
	CONSTRAINT "indicators_direction_known" CHECK ("indicators"."direction" in ('need_up', 'need_down', 'neutral')),
	CONSTRAINT "indicators_feld_known" CHECK ("indicators"."handlungsfeld" in ('wohnen', 'bildung', 'gesundheit', 'arbeit', 'kultur', 'partizipation', 'bevoelkerung')),
	CONSTRAINT "indicators_share_has_per" CHECK ("indicators"."kind" <> 'share' or "indicators"."per" > 0),
	CONSTRAINT "indicators_range_ordered" CHECK ("indicators"."min_value" is null or "indicators"."max_value" is null or "indicators"."min_value" <= "indicators"."max_value")
);
--> statement-breakpoint
CREATE TABLE "monitoring_datasets" (
	"ags" text PRIMARY KEY NOT NULL,
	"area_term" text DEFAULT 'Quartier' NOT NULL,
	"area_term_plural" text DEFAULT 'Quartiere' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"disclosure_threshold" integer DEFAULT 3 NOT NULL,
	"min_population" integer DEFAULT 300 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "monitoring_datasets_threshold" CHECK ("monitoring_datasets"."disclosure_threshold" >= 1),
	CONSTRAINT "monitoring_datasets_min_population" CHECK ("monitoring_datasets"."min_population" >= 0),
	CONSTRAINT "monitoring_datasets_published_at" CHECK ((not "monitoring_datasets"."published") or "monitoring_datasets"."published_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "monitoring_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"action" text NOT NULL,
	"import_id" integer,
	"detail" text,
	"actor" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"status" text DEFAULT 'aktiv' NOT NULL,
	"row_count" integer NOT NULL,
	"inserted_count" integer NOT NULL,
	"replaced_count" integer NOT NULL,
	"imported_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"undone_at" timestamp with time zone,
	CONSTRAINT "monitoring_imports_kind_known" CHECK ("monitoring_imports"."kind" in ('gebiete', 'werte')),
	CONSTRAINT "monitoring_imports_status_known" CHECK ("monitoring_imports"."status" in ('aktiv', 'rueckgaengig')),
	CONSTRAINT "monitoring_imports_undone_at" CHECK (("monitoring_imports"."status" = 'rueckgaengig') = ("monitoring_imports"."undone_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"ags" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_official" text NOT NULL,
	"kreis_ags" text NOT NULL,
	"kreis_name" text NOT NULL,
	"kreisfrei" boolean NOT NULL,
	"area_km2" double precision,
	"population" integer,
	"population_date" date,
	"geometry" jsonb,
	CONSTRAINT "municipalities_ags_format" CHECK ("municipalities"."ags" ~ '^[0-9]{8}$'),
	CONSTRAINT "municipalities_kreis_format" CHECK ("municipalities"."kreis_ags" ~ '^[0-9]{5}$')
);
--> statement-breakpoint
CREATE TABLE "municipality_values" (
	"ags" text NOT NULL,
	"indicator_key" text NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"source" text NOT NULL,
	CONSTRAINT "municipality_values_ags_indicator_key_year_pk" PRIMARY KEY("ags","indicator_key","year")
);
--> statement-breakpoint
CREATE TABLE "monitoring_replaced_areas" (
	"import_id" integer NOT NULL,
	"area_id" integer NOT NULL,
	"name" text NOT NULL,
	"parent_code" text,
	"geometry" jsonb,
	"synthetic" boolean NOT NULL,
	"previous_import_id" integer,
	CONSTRAINT "monitoring_replaced_areas_import_id_area_id_pk" PRIMARY KEY("import_id","area_id")
);
--> statement-breakpoint
CREATE TABLE "monitoring_replaced_values" (
	"import_id" integer NOT NULL,
	"area_id" integer NOT NULL,
	"indicator_key" text NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"previous_import_id" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_import_id_monitoring_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."monitoring_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_key_indicators_key_fk" FOREIGN KEY ("indicator_key") REFERENCES "public"."indicators"("key") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_import_id_monitoring_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."monitoring_imports"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD CONSTRAINT "monitoring_datasets_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_events" ADD CONSTRAINT "monitoring_events_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_imports" ADD CONSTRAINT "monitoring_imports_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_values" ADD CONSTRAINT "municipality_values_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_values" ADD CONSTRAINT "municipality_values_indicator_key_indicators_key_fk" FOREIGN KEY ("indicator_key") REFERENCES "public"."indicators"("key") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_replaced_areas" ADD CONSTRAINT "monitoring_replaced_areas_import_id_monitoring_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."monitoring_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_replaced_areas" ADD CONSTRAINT "monitoring_replaced_areas_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_replaced_values" ADD CONSTRAINT "monitoring_replaced_values_import_id_monitoring_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."monitoring_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_replaced_values" ADD CONSTRAINT "monitoring_replaced_values_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_values_import_idx" ON "indicator_values" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "monitoring_events_ags_idx" ON "monitoring_events" USING btree ("ags","id");--> statement-breakpoint
CREATE INDEX "monitoring_imports_ags_idx" ON "monitoring_imports" USING btree ("ags","id");--> statement-breakpoint
CREATE INDEX "monitoring_replaced_values_import_idx" ON "monitoring_replaced_values" USING btree ("import_id");