CREATE TABLE "area_successors" (
	"area_id" integer NOT NULL,
	"successor_id" integer NOT NULL,
	"import_id" integer NOT NULL,
	CONSTRAINT "area_successors_area_id_successor_id_pk" PRIMARY KEY("area_id","successor_id")
);
--> statement-breakpoint
ALTER TABLE "areas" DROP CONSTRAINT "areas_ags_code";--> statement-breakpoint
ALTER TABLE "areas" ADD COLUMN "valid_from" integer;--> statement-breakpoint
ALTER TABLE "areas" ADD COLUMN "valid_to" integer;--> statement-breakpoint
ALTER TABLE "monitoring_replaced_areas" ADD COLUMN "valid_to" integer;--> statement-breakpoint
ALTER TABLE "area_successors" ADD CONSTRAINT "area_successors_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_successors" ADD CONSTRAINT "area_successors_successor_id_areas_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "area_successors" ADD CONSTRAINT "area_successors_import_id_monitoring_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."monitoring_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "area_successors_successor_idx" ON "area_successors" USING btree ("successor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "areas_ags_code_current" ON "areas" USING btree ("ags","code") WHERE "areas"."valid_to" is null;--> statement-breakpoint
CREATE INDEX "areas_ags_code_idx" ON "areas" USING btree ("ags","code");--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_validity_ordered" CHECK ("areas"."valid_from" is null or "areas"."valid_to" is null or "areas"."valid_from" <= "areas"."valid_to");