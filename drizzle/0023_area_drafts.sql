CREATE TABLE "monitoring_draft_areas" (
	"import_id" integer NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"parent_code" text,
	"geometry" jsonb NOT NULL,
	"predecessors" jsonb NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "monitoring_draft_areas_import_id_position_pk" PRIMARY KEY("import_id","position")
);
--> statement-breakpoint
ALTER TABLE "monitoring_imports" DROP CONSTRAINT "monitoring_imports_draft_values";--> statement-breakpoint
ALTER TABLE "monitoring_imports" ADD COLUMN "valid_from" integer;--> statement-breakpoint
ALTER TABLE "monitoring_draft_areas" ADD CONSTRAINT "monitoring_draft_areas_import_id_monitoring_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."monitoring_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_imports" ADD CONSTRAINT "monitoring_imports_valid_from" CHECK ("monitoring_imports"."valid_from" is null or "monitoring_imports"."valid_from" between 1950 and 2100);