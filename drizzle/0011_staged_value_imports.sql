CREATE TABLE "monitoring_staged_values" (
	"stage" text NOT NULL,
	"ags" text NOT NULL,
	"staged_at" timestamp with time zone NOT NULL,
	"area_id" integer NOT NULL,
	"indicator_key" text NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"numerator" double precision,
	"denominator" double precision
);
