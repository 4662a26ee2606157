ALTER TABLE "indicators" ADD COLUMN "ags" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "time_basis" text DEFAULT 'stichtag' NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality_values" ADD COLUMN "time_basis" text DEFAULT 'jahresdurchschnitt' NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicators_ags_idx" ON "indicators" USING btree ("ags");--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_key_namespace" CHECK (("indicators"."ags" is null and "indicators"."key" !~ '^lokal_') or ("indicators"."ags" is not null and starts_with("indicators"."key", 'lokal_' || "indicators"."ags" || '_')));--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_time_basis_known" CHECK ("indicators"."time_basis" in ('stichtag', 'jahresdurchschnitt'));--> statement-breakpoint
ALTER TABLE "municipality_values" ADD CONSTRAINT "municipality_values_time_basis_known" CHECK ("municipality_values"."time_basis" in ('stichtag', 'jahresdurchschnitt'));--> statement-breakpoint
UPDATE "indicators" SET "time_basis" = 'jahresdurchschnitt' WHERE "key" = 'gisd';--> statement-breakpoint
UPDATE "municipality_values" SET "time_basis" = 'stichtag' WHERE "indicator_key" = 'einwohner';