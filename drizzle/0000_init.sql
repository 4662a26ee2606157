CREATE TABLE "organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" text NOT NULL,
	"url" text,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug"),
	CONSTRAINT "organisations_slug_format" CHECK ("organisations"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "organisations_kind_known" CHECK ("organisations"."kind" in ('regionalverband', 'kommune', 'kreis', 'land', 'bund', 'hochschule', 'wohlfahrtsverband', 'gesellschaft', 'sonstige'))
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"file_path" text,
	"media_type" text,
	"size_bytes" integer,
	"summary" text,
	"body" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', body), 'C')) STORED,
	CONSTRAINT "documents_kind_known" CHECK ("documents"."kind" in ('dokumentation', 'programm', 'tagungsreader', 'praesentation', 'poster', 'ergebnisse', 'bericht', 'quelle')),
	CONSTRAINT "documents_has_target" CHECK ("documents"."url" is not null or "documents"."file_path" is not null),
	CONSTRAINT "documents_size_nonnegative" CHECK ("documents"."size_bytes" is null or "documents"."size_bytes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "edition_partners" (
	"edition_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"role" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "edition_partners_edition_id_organisation_id_pk" PRIMARY KEY("edition_id","organisation_id"),
	CONSTRAINT "edition_partners_role_known" CHECK ("edition_partners"."role" in ('veranstalter', 'kooperationspartner'))
);
--> statement-breakpoint
CREATE TABLE "editions" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"number" integer,
	"title" text NOT NULL,
	"theme" text,
	"description" text,
	"summary" text,
	"date" date,
	"date_note" text,
	"start_time" time,
	"end_time" time,
	"venue_name" text,
	"venue_street" text,
	"venue_postcode" text,
	"venue_city" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(title, '') || ' ' || coalesce(theme, '')), 'A') || setweight(to_tsvector('german', coalesce(description, '') || ' ' || coalesce(venue_city, '')), 'B') || setweight(to_tsvector('german', coalesce(summary, '')), 'C')) STORED,
	CONSTRAINT "editions_year_unique" UNIQUE("year"),
	CONSTRAINT "editions_year_range" CHECK ("editions"."year" between 2000 and 2200),
	CONSTRAINT "editions_number_positive" CHECK ("editions"."number" is null or "editions"."number" > 0),
	CONSTRAINT "editions_times_ordered" CHECK ("editions"."start_time" is null or "editions"."end_time" is null or "editions"."start_time" < "editions"."end_time")
);
--> statement-breakpoint
CREATE TABLE "session_speakers" (
	"session_id" integer NOT NULL,
	"speaker_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "session_speakers_session_id_speaker_id_pk" PRIMARY KEY("session_id","speaker_id"),
	CONSTRAINT "session_speakers_position" UNIQUE("session_id","position")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"room" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sessions_kind_known" CHECK ("sessions"."kind" in ('ankommen', 'begruessung', 'vortrag', 'podium', 'worldcafe', 'workshop', 'posterausstellung', 'pause', 'abschluss', 'sonstiges')),
	CONSTRAINT "sessions_times_together" CHECK (("sessions"."starts_at" is null) = ("sessions"."ends_at" is null)),
	CONSTRAINT "sessions_times_ordered" CHECK ("sessions"."starts_at" is null or "sessions"."starts_at" < "sessions"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "speakers" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"role" text,
	"organisation_id" integer,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edition_partners" ADD CONSTRAINT "edition_partners_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edition_partners" ADD CONSTRAINT "edition_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_speakers" ADD CONSTRAINT "session_speakers_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_speakers" ADD CONSTRAINT "session_speakers_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speakers" ADD CONSTRAINT "speakers_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speakers" ADD CONSTRAINT "speakers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_edition_idx" ON "documents" USING btree ("edition_id");--> statement-breakpoint
CREATE INDEX "documents_search_idx" ON "documents" USING gin ("search");--> statement-breakpoint
CREATE INDEX "editions_search_idx" ON "editions" USING gin ("search");--> statement-breakpoint
CREATE INDEX "sessions_edition_idx" ON "sessions" USING btree ("edition_id","position");--> statement-breakpoint
CREATE INDEX "speakers_edition_idx" ON "speakers" USING btree ("edition_id");