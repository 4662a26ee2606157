ALTER TABLE "indicators" ADD COLUMN "name_en" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "definition_en" text;