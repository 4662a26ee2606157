ALTER TABLE "reports" ADD COLUMN "body" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', body), 'C')) STORED;--> statement-breakpoint
CREATE INDEX "reports_search_idx" ON "reports" USING gin ("search");