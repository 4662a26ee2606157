ALTER TABLE "monitoring_datasets" DROP CONSTRAINT "monitoring_datasets_threshold";--> statement-breakpoint
-- A public threshold of 1 or 2 points to single people: raise it to 3 before the new check.
UPDATE "monitoring_datasets" SET "disclosure_threshold" = 3 WHERE "disclosure_threshold" < 3;--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD CONSTRAINT "monitoring_datasets_threshold" CHECK ("monitoring_datasets"."disclosure_threshold" >= 3);
