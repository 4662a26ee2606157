ALTER TABLE "users" DROP CONSTRAINT "users_role_known";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "kreis_ags" text;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_kreis_format" CHECK ("users"."kreis_ags" is null or "users"."kreis_ags" ~ '^[0-9]{5}$');--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_kreis_planner_has_kreis" CHECK (("users"."role" = 'kreis_planner') = ("users"."kreis_ags" is not null));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_known" CHECK ("users"."role" in ('admin', 'organiser', 'planner', 'kreis_planner'));