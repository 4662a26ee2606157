-- monitoring_events duplicated the audit log: every change wrote a row to both. Rows without
-- their audit twin (same action, municipality and time) move into audit_log before the drop.
INSERT INTO "audit_log" ("at", "actor_user_id", "action", "subject_type", "subject_id", "details")
SELECT e."at", NULL, 'monitoring.' || e."action", 'municipality', e."ags",
	jsonb_build_object('importId', e."import_id", 'detail', e."detail", 'actor', e."actor")
FROM "monitoring_events" e
WHERE NOT EXISTS (
	SELECT 1 FROM "audit_log" a
	WHERE a."action" = 'monitoring.' || e."action" AND a."subject_id" = e."ags" AND a."at" = e."at"
)
ORDER BY e."id";--> statement-breakpoint
DROP TABLE "monitoring_events" CASCADE;--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD COLUMN "typology_indicators" text[];--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD COLUMN "typology_k" integer;--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD COLUMN "typology_winsorise" double precision;--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD COLUMN "mss_indicators" text[];--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD COLUMN "mss_outliers" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD CONSTRAINT "monitoring_datasets_typology_k" CHECK ("monitoring_datasets"."typology_k" is null or "monitoring_datasets"."typology_k" >= 2);--> statement-breakpoint
ALTER TABLE "monitoring_datasets" ADD CONSTRAINT "monitoring_datasets_winsorise" CHECK ("monitoring_datasets"."typology_winsorise" is null or "monitoring_datasets"."typology_winsorise" > 0);