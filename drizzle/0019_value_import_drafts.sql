CREATE TABLE "monitoring_draft_values" (
	"import_id" integer NOT NULL,
	"area_id" integer NOT NULL,
	"indicator_key" text NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	CONSTRAINT "monitoring_draft_values_import_id_area_id_indicator_key_year_pk" PRIMARY KEY("import_id","area_id","indicator_key","year")
);
--> statement-breakpoint
ALTER TABLE "monitoring_imports" DROP CONSTRAINT "monitoring_imports_status_known";--> statement-breakpoint
ALTER TABLE "monitoring_imports" DROP CONSTRAINT "monitoring_imports_undone_at";--> statement-breakpoint
ALTER TABLE "monitoring_imports" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "monitoring_draft_values" ADD CONSTRAINT "monitoring_draft_values_import_id_monitoring_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."monitoring_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_draft_values" ADD CONSTRAINT "monitoring_draft_values_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_draft_values" ADD CONSTRAINT "monitoring_draft_values_indicator_key_indicators_key_fk" FOREIGN KEY ("indicator_key") REFERENCES "public"."indicators"("key") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_imports_one_draft" ON "monitoring_imports" USING btree ("ags") WHERE "monitoring_imports"."status" = 'entwurf';--> statement-breakpoint
ALTER TABLE "monitoring_imports" ADD CONSTRAINT "monitoring_imports_draft_values" CHECK ("monitoring_imports"."status" <> 'entwurf' or "monitoring_imports"."kind" = 'werte');--> statement-breakpoint
ALTER TABLE "monitoring_imports" ADD CONSTRAINT "monitoring_imports_status_known" CHECK ("monitoring_imports"."status" in ('entwurf', 'aktiv', 'rueckgaengig', 'verworfen'));--> statement-breakpoint
ALTER TABLE "monitoring_imports" ADD CONSTRAINT "monitoring_imports_undone_at" CHECK (("monitoring_imports"."status" in ('rueckgaengig', 'verworfen')) = ("monitoring_imports"."undone_at" is not null));