ALTER TABLE "monitoring_draft_values" DROP CONSTRAINT "monitoring_draft_values_import_id_area_id_indicator_key_year_pk";--> statement-breakpoint
CREATE INDEX "monitoring_draft_values_import_area_idx" ON "monitoring_draft_values" USING btree ("import_id","area_id");--> statement-breakpoint
-- Hand-written (decision 0043): the reference check of migration 0027 read the statement's new
-- rows six times (a DISTINCT per reference for the locks, again for the check); it now reads
-- them once, into the distinct areas, indicators and imports, with the same locks and errors.
CREATE OR REPLACE FUNCTION "monitoring_values_check_references"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	area_ids integer[];
	indicator_keys text[];
	import_ids integer[];
	missing text;
BEGIN
	WITH distinct_refs AS (
		SELECT "area_id", "indicator_key", "import_id",
			GROUPING("area_id", "indicator_key", "import_id") AS grouped
		FROM new_rows
		GROUP BY GROUPING SETS (("area_id"), ("indicator_key"), ("import_id")))
	SELECT array_agg("area_id") FILTER (WHERE grouped = 3),
		array_agg("indicator_key") FILTER (WHERE grouped = 5),
		array_agg("import_id") FILTER (WHERE grouped = 6)
	INTO area_ids, indicator_keys, import_ids
	FROM distinct_refs;
	IF area_ids IS NULL THEN
		RETURN NULL;
	END IF;
	-- Lock what the new rows refer to, as a foreign key does, so it cannot go before commit.
	PERFORM 1 FROM "areas" WHERE "id" = ANY (area_ids) FOR KEY SHARE;
	PERFORM 1 FROM "indicators" WHERE "key" = ANY (indicator_keys) FOR KEY SHARE;
	PERFORM 1 FROM "monitoring_imports" WHERE "id" = ANY (import_ids) FOR KEY SHARE;
	SELECT 'area_id ' || n INTO missing FROM unnest(area_ids) n
		WHERE NOT EXISTS (SELECT 1 FROM "areas" a WHERE a."id" = n) LIMIT 1;
	IF missing IS NULL THEN
		SELECT 'indicator_key ' || n INTO missing FROM unnest(indicator_keys) n
			WHERE NOT EXISTS (SELECT 1 FROM "indicators" i WHERE i."key" = n) LIMIT 1;
	END IF;
	IF missing IS NULL THEN
		SELECT 'import_id ' || n INTO missing FROM unnest(import_ids) n
			WHERE NOT EXISTS (SELECT 1 FROM "monitoring_imports" m WHERE m."id" = n) LIMIT 1;
	END IF;
	IF missing IS NOT NULL THEN
		RAISE EXCEPTION 'insert or update on table "%" violates a reference: % does not exist', TG_TABLE_NAME, missing
			USING ERRCODE = 'foreign_key_violation';
	END IF;
	RETURN NULL;
END $$;
