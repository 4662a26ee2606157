ALTER TABLE "monitoring_datasets" ADD COLUMN "typology_indicators" text[];--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD COLUMN "typology_k" integer;--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD COLUMN "typology_winsorise" double precision;--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD COLUMN "mss_indicators" text[];--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD COLUMN "mss_outliers" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD CONSTRAINT "monitoring_datasets_typology_k" CHECK ("monitoring_datasets"."typology_k" is null or "monitoring_datasets"."typology_k" >= 2);--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD CONSTRAINT "monitoring_datasets_winsorise" CHECK ("monitoring_datasets"."typology_winsorise" is null or "monitoring_datasets"."typology_winsorise" > 0);