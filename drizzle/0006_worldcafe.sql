CREATE TABLE "cafe_ideas" (
	"id" serial PRIMARY KEY NOT NULL,
	"note_id" integer NOT NULL,
	"key" text NOT NULL,
	"text" text NOT NULL,
	"fields" text[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cafe_notes" (
	"id" serial PRIMARY KEY NOT NULL,
	"table_id" integer NOT NULL,
	"round" integer NOT NULL,
	"key_points" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cafe_notes_round_nonnegative" CHECK ("cafe_notes"."round" >= 0)
);
--> statement-breakpoint
CREATE TABLE "cafe_preferences" (
	"cafe_id" integer NOT NULL,
	"registration_id" integer NOT NULL,
	"topic" text NOT NULL,
	CONSTRAINT "cafe_preferences_cafe_id_registration_id_topic_pk" PRIMARY KEY("cafe_id","registration_id","topic")
);
--> statement-breakpoint
CREATE TABLE "cafe_seats" (
	"cafe_id" integer NOT NULL,
	"round" integer NOT NULL,
	"registration_id" integer NOT NULL,
	"table_id" integer NOT NULL,
	CONSTRAINT "cafe_seats_cafe_id_round_registration_id_pk" PRIMARY KEY("cafe_id","round","registration_id"),
	CONSTRAINT "cafe_seats_round_nonnegative" CHECK ("cafe_seats"."round" >= 0)
);
--> statement-breakpoint
CREATE TABLE "cafe_tables" (
	"id" serial PRIMARY KEY NOT NULL,
	"cafe_id" integer NOT NULL,
	"label" text NOT NULL,
	"topic" text NOT NULL,
	"host_name" text NOT NULL,
	"capacity" integer NOT NULL,
	"host_token_hash" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "cafe_tables_capacity_positive" CHECK ("cafe_tables"."capacity" >= 1)
);
--> statement-breakpoint
CREATE TABLE "cafe_voters" (
	"id" serial PRIMARY KEY NOT NULL,
	"cafe_id" integer NOT NULL,
	"registration_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cafe_votes" (
	"voter_id" integer NOT NULL,
	"idea_id" integer NOT NULL,
	CONSTRAINT "cafe_votes_voter_id_idea_id_pk" PRIMARY KEY("voter_id","idea_id")
);
--> statement-breakpoint
CREATE TABLE "world_cafes" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"title" text NOT NULL,
	"questions" text DEFAULT '' NOT NULL,
	"rounds" integer NOT NULL,
	"round_minutes" integer NOT NULL,
	"preferences_open" boolean DEFAULT false NOT NULL,
	"votes_per_participant" integer DEFAULT 3 NOT NULL,
	"finished_rounds" integer DEFAULT 0 NOT NULL,
	"plan_version" integer DEFAULT 0 NOT NULL,
	"planned_at" timestamp with time zone,
	"plan_quality" jsonb,
	"published_document_id" integer,
	"published_harvest" jsonb,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "world_cafes_rounds_range" CHECK ("world_cafes"."rounds" between 1 and 12),
	CONSTRAINT "world_cafes_round_minutes_range" CHECK ("world_cafes"."round_minutes" between 5 and 180),
	CONSTRAINT "world_cafes_votes_range" CHECK ("world_cafes"."votes_per_participant" between 0 and 20),
	CONSTRAINT "world_cafes_finished_rounds_range" CHECK ("world_cafes"."finished_rounds" between 0 and "world_cafes"."rounds")
);
--> statement-breakpoint
ALTER TABLE "cafe_ideas" ADD CONSTRAINT "cafe_ideas_note_id_cafe_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."cafe_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_notes" ADD CONSTRAINT "cafe_notes_table_id_cafe_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."cafe_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_preferences" ADD CONSTRAINT "cafe_preferences_cafe_id_world_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."world_cafes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_preferences" ADD CONSTRAINT "cafe_preferences_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_seats" ADD CONSTRAINT "cafe_seats_cafe_id_world_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."world_cafes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_seats" ADD CONSTRAINT "cafe_seats_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_seats" ADD CONSTRAINT "cafe_seats_table_id_cafe_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."cafe_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_tables" ADD CONSTRAINT "cafe_tables_cafe_id_world_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."world_cafes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_voters" ADD CONSTRAINT "cafe_voters_cafe_id_world_cafes_id_fk" FOREIGN KEY ("cafe_id") REFERENCES "public"."world_cafes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_voters" ADD CONSTRAINT "cafe_voters_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_votes" ADD CONSTRAINT "cafe_votes_voter_id_cafe_voters_id_fk" FOREIGN KEY ("voter_id") REFERENCES "public"."cafe_voters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_votes" ADD CONSTRAINT "cafe_votes_idea_id_cafe_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."cafe_ideas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "world_cafes" ADD CONSTRAINT "world_cafes_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "world_cafes" ADD CONSTRAINT "world_cafes_published_document_id_documents_id_fk" FOREIGN KEY ("published_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_ideas_note_key" ON "cafe_ideas" USING btree ("note_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_notes_table_round" ON "cafe_notes" USING btree ("table_id","round");--> statement-breakpoint
CREATE INDEX "cafe_seats_registration_idx" ON "cafe_seats" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "cafe_seats_table_idx" ON "cafe_seats" USING btree ("table_id","round");--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_tables_label" ON "cafe_tables" USING btree ("cafe_id","label");--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_tables_host_token" ON "cafe_tables" USING btree ("host_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_voters_person" ON "cafe_voters" USING btree ("cafe_id","registration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cafe_voters_token" ON "cafe_voters" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "cafe_votes_idea_idx" ON "cafe_votes" USING btree ("idea_id");--> statement-breakpoint
CREATE INDEX "world_cafes_edition_idx" ON "world_cafes" USING btree ("edition_id");