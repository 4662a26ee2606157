CREATE TABLE "registration_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"registration_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"status" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"email" text NOT NULL,
	"organisation" text,
	"job_title" text,
	"sector" text NOT NULL,
	"municipality_ags" text,
	"workshop_first_id" integer,
	"workshop_second_id" integer,
	"workshop_id" integer,
	"workshop_waitlist_id" integer,
	"workshop_waitlist_since" timestamp with time zone,
	"needs_step_free" boolean DEFAULT false NOT NULL,
	"needs_sign_language" boolean DEFAULT false NOT NULL,
	"needs_induction_loop" boolean DEFAULT false NOT NULL,
	"needs_other" text,
	"dietary" text,
	"consent_listing" boolean DEFAULT false NOT NULL,
	"consent_photos" boolean DEFAULT false NOT NULL,
	"privacy_acknowledged_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"email_confirmed_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"waitlist_since" timestamp with time zone,
	"seat_since" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	CONSTRAINT "registrations_status_known" CHECK ("registrations"."status" in ('pending', 'confirmed', 'waitlisted', 'cancelled', 'expired')),
	CONSTRAINT "registrations_ags_format" CHECK ("registrations"."municipality_ags" is null or "registrations"."municipality_ags" ~ '^[0-9]{8}$'),
	CONSTRAINT "registrations_workshop_only_with_seat" CHECK ("registrations"."workshop_id" is null or "registrations"."status" in ('pending', 'confirmed'))
);
--> statement-breakpoint
CREATE TABLE "workshops" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"session_id" integer,
	"title" text NOT NULL,
	"description" text,
	"capacity" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "workshops_capacity_nonnegative" CHECK ("workshops"."capacity" >= 0)
);
--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "capacity" integer;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "registration_opens_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "registration_closes_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "confirmation_hours" integer DEFAULT 72 NOT NULL;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "retention_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "registration_tokens" ADD CONSTRAINT "registration_tokens_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_workshop_first_id_workshops_id_fk" FOREIGN KEY ("workshop_first_id") REFERENCES "public"."workshops"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_workshop_second_id_workshops_id_fk" FOREIGN KEY ("workshop_second_id") REFERENCES "public"."workshops"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_workshop_waitlist_id_workshops_id_fk" FOREIGN KEY ("workshop_waitlist_id") REFERENCES "public"."workshops"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "registration_tokens_hash" ON "registration_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_active_email" ON "registrations" USING btree ("edition_id","email") WHERE "registrations"."status" in ('pending', 'confirmed', 'waitlisted') and "registrations"."anonymised_at" is null;--> statement-breakpoint
CREATE INDEX "registrations_edition_status_idx" ON "registrations" USING btree ("edition_id","status");--> statement-breakpoint
CREATE INDEX "registrations_workshop_idx" ON "registrations" USING btree ("workshop_id");--> statement-breakpoint
CREATE INDEX "workshops_edition_idx" ON "workshops" USING btree ("edition_id");--> statement-breakpoint
ALTER TABLE "editions" ADD CONSTRAINT "editions_capacity_nonnegative" CHECK ("editions"."capacity" is null or "editions"."capacity" >= 0);--> statement-breakpoint
ALTER TABLE "editions" ADD CONSTRAINT "editions_confirmation_hours_positive" CHECK ("editions"."confirmation_hours" > 0);--> statement-breakpoint
ALTER TABLE "editions" ADD CONSTRAINT "editions_retention_days_nonnegative" CHECK ("editions"."retention_days" >= 0);