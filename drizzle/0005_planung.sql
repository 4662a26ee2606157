CREATE TABLE "monitoring_type_labels" (
	"ags" text NOT NULL,
	"typology" text NOT NULL,
	"type" integer NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "monitoring_type_labels_ags_typology_type_pk" PRIMARY KEY("ags","typology","type"),
	CONSTRAINT "monitoring_type_labels_type" CHECK ("monitoring_type_labels"."type" >= 1)
);
--> statement-breakpoint
ALTER TABLE "monitoring_type_labels" ADD CONSTRAINT "monitoring_type_labels_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE restrict ON UPDATE no action;