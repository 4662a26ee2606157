CREATE TABLE "poster_authors" (
	"id" serial PRIMARY KEY NOT NULL,
	"submission_id" integer NOT NULL,
	"name" text NOT NULL,
	"organisation" text,
	"presents" boolean DEFAULT false NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "poster_calls" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"fields" jsonb NOT NULL,
	"guidelines" text,
	"max_bytes" integer NOT NULL,
	"criteria" jsonb NOT NULL,
	"anonymous_review" boolean DEFAULT false NOT NULL,
	"session_id" integer,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "poster_calls_max_bytes_positive" CHECK ("poster_calls"."max_bytes" > 0)
);
--> statement-breakpoint
CREATE TABLE "poster_reviewers" (
	"call_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"invited_at" timestamp with time zone NOT NULL,
	CONSTRAINT "poster_reviewers_call_id_user_id_pk" PRIMARY KEY("call_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "poster_reviews" (
	"submission_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"scores" jsonb NOT NULL,
	"comment" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "poster_reviews_submission_id_user_id_pk" PRIMARY KEY("submission_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "poster_submissions" (
	"id" serial PRIMARY KEY NOT NULL,
	"call_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"status" text DEFAULT 'eingereicht' NOT NULL,
	"title" text NOT NULL,
	"abstract" text NOT NULL,
	"fields" jsonb NOT NULL,
	"municipality_ags" text,
	"organisation" text,
	"email" text NOT NULL,
	"language" text DEFAULT 'de' NOT NULL,
	"file_path" text NOT NULL,
	"file_name" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"consent" boolean NOT NULL,
	"board_number" integer,
	"measure_id" integer,
	"submitted_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(abstract, '')), 'B') || setweight(to_tsvector('german', body), 'C')) STORED,
	CONSTRAINT "poster_submissions_status_known" CHECK ("poster_submissions"."status" in ('eingereicht', 'angenommen', 'abgelehnt', 'warteliste')),
	CONSTRAINT "poster_submissions_consent_given" CHECK ("poster_submissions"."consent"),
	CONSTRAINT "poster_submissions_board_positive" CHECK ("poster_submissions"."board_number" is null or "poster_submissions"."board_number" > 0),
	CONSTRAINT "poster_submissions_board_only_accepted" CHECK ("poster_submissions"."board_number" is null or "poster_submissions"."status" = 'angenommen')
);
--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_role_known";--> statement-breakpoint
ALTER TABLE "poster_authors" ADD CONSTRAINT "poster_authors_submission_id_poster_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."poster_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poster_calls" ADD CONSTRAINT "poster_calls_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poster_calls" ADD CONSTRAINT "poster_calls_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poster_reviewers" ADD CONSTRAINT "poster_reviewers_call_id_poster_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."poster_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poster_reviewers" ADD CONSTRAINT "poster_reviewers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poster_reviews" ADD CONSTRAINT "poster_reviews_submission_id_poster_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."poster_submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poster_reviews" ADD CONSTRAINT "poster_reviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poster_submissions" ADD CONSTRAINT "poster_submissions_call_id_poster_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."poster_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poster_submissions" ADD CONSTRAINT "poster_submissions_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "poster_authors_submission_idx" ON "poster_authors" USING btree ("submission_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "poster_authors_one_presenter" ON "poster_authors" USING btree ("submission_id") WHERE "poster_authors"."presents";--> statement-breakpoint
CREATE UNIQUE INDEX "poster_calls_edition_unique" ON "poster_calls" USING btree ("edition_id");--> statement-breakpoint
CREATE INDEX "poster_reviewers_user_idx" ON "poster_reviewers" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "poster_submissions_token_unique" ON "poster_submissions" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "poster_submissions_board_unique" ON "poster_submissions" USING btree ("call_id","board_number");--> statement-breakpoint
CREATE INDEX "poster_submissions_call_idx" ON "poster_submissions" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "poster_submissions_measure_idx" ON "poster_submissions" USING btree ("measure_id");--> statement-breakpoint
CREATE INDEX "poster_submissions_search_idx" ON "poster_submissions" USING gin ("search");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_known" CHECK ("users"."role" in ('admin', 'organiser', 'planner', 'kreis_planner', 'reviewer'));