ALTER TABLE "monitoring_staged_values" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "monitoring_staged_values" CASCADE;--> statement-breakpoint
ALTER TABLE "monitoring_imports" DROP CONSTRAINT "monitoring_imports_status_known";--> statement-breakpoint
ALTER TABLE "monitoring_draft_values" DROP CONSTRAINT "monitoring_draft_values_import_id_monitoring_imports_id_fk";
--> statement-breakpoint
ALTER TABLE "monitoring_draft_values" DROP CONSTRAINT "monitoring_draft_values_area_id_areas_id_fk";
--> statement-breakpoint
ALTER TABLE "monitoring_draft_values" DROP CONSTRAINT "monitoring_draft_values_indicator_key_indicators_key_fk";
--> statement-breakpoint
ALTER TABLE "indicator_values" DROP CONSTRAINT "indicator_values_area_id_areas_id_fk";
--> statement-breakpoint
ALTER TABLE "indicator_values" DROP CONSTRAINT "indicator_values_indicator_key_indicators_key_fk";
--> statement-breakpoint
ALTER TABLE "indicator_values" DROP CONSTRAINT "indicator_values_import_id_monitoring_imports_id_fk";
--> statement-breakpoint
ALTER TABLE "monitoring_imports" ADD CONSTRAINT "monitoring_imports_status_known" CHECK ("monitoring_imports"."status" in ('entwurf', 'aktiv', 'rueckgaengig', 'verworfen', 'laedt'));--> statement-breakpoint
-- Hand-written (decision 0039): the references of indicator values and draft values, checked
-- once per statement instead of per row, with the locks and the cascade/restrict rules of the
-- foreign keys dropped above.
CREATE FUNCTION "monitoring_values_check_references"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	missing text;
BEGIN
	-- Lock what the new rows refer to, as a foreign key does, so it cannot go before commit.
	PERFORM 1 FROM "areas" WHERE "id" IN (SELECT DISTINCT "area_id" FROM new_rows) FOR KEY SHARE;
	PERFORM 1 FROM "indicators" WHERE "key" IN (SELECT DISTINCT "indicator_key" FROM new_rows) FOR KEY SHARE;
	PERFORM 1 FROM "monitoring_imports" WHERE "id" IN (SELECT DISTINCT "import_id" FROM new_rows) FOR KEY SHARE;
	SELECT 'area_id ' || n."area_id" INTO missing FROM (SELECT DISTINCT "area_id" FROM new_rows) n
		WHERE NOT EXISTS (SELECT 1 FROM "areas" a WHERE a."id" = n."area_id") LIMIT 1;
	IF missing IS NULL THEN
		SELECT 'indicator_key ' || n."indicator_key" INTO missing FROM (SELECT DISTINCT "indicator_key" FROM new_rows) n
			WHERE NOT EXISTS (SELECT 1 FROM "indicators" i WHERE i."key" = n."indicator_key") LIMIT 1;
	END IF;
	IF missing IS NULL THEN
		SELECT 'import_id ' || n."import_id" INTO missing FROM (SELECT DISTINCT "import_id" FROM new_rows) n
			WHERE NOT EXISTS (SELECT 1 FROM "monitoring_imports" m WHERE m."id" = n."import_id") LIMIT 1;
	END IF;
	IF missing IS NOT NULL THEN
		RAISE EXCEPTION 'insert or update on table "%" violates a reference: % does not exist', TG_TABLE_NAME, missing
			USING ERRCODE = 'foreign_key_violation';
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "indicator_values_references_insert" AFTER INSERT ON "indicator_values"
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "monitoring_values_check_references"();
--> statement-breakpoint
CREATE TRIGGER "indicator_values_references_update" AFTER UPDATE ON "indicator_values"
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "monitoring_values_check_references"();
--> statement-breakpoint
CREATE TRIGGER "monitoring_draft_values_references_insert" AFTER INSERT ON "monitoring_draft_values"
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "monitoring_values_check_references"();
--> statement-breakpoint
CREATE TRIGGER "monitoring_draft_values_references_update" AFTER UPDATE ON "monitoring_draft_values"
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "monitoring_values_check_references"();
--> statement-breakpoint
-- An area's values (published and draft) go with it (was: on delete cascade).
CREATE FUNCTION "monitoring_areas_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (SELECT 1 FROM old_rows) THEN
		DELETE FROM "indicator_values" WHERE "area_id" IN (SELECT "id" FROM old_rows);
		DELETE FROM "monitoring_draft_values" WHERE "area_id" IN (SELECT "id" FROM old_rows);
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "areas_values_deleted" AFTER DELETE ON "areas"
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "monitoring_areas_deleted"();
--> statement-breakpoint
-- An indicator with values (published or draft) cannot be deleted or renamed (was: on delete restrict).
CREATE FUNCTION "monitoring_indicators_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	used text;
BEGIN
	SELECT o."key" INTO used FROM old_rows o
		WHERE EXISTS (SELECT 1 FROM "indicator_values" v WHERE v."indicator_key" = o."key")
			OR EXISTS (SELECT 1 FROM "monitoring_draft_values" d WHERE d."indicator_key" = o."key")
		LIMIT 1;
	IF used IS NOT NULL THEN
		RAISE EXCEPTION 'indicator % is still referenced by indicator values', used
			USING ERRCODE = 'foreign_key_violation';
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "monitoring_indicators_renamed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	used text;
BEGIN
	SELECT o."key" INTO used FROM old_rows o
		WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n."key" = o."key")
			AND (EXISTS (SELECT 1 FROM "indicator_values" v WHERE v."indicator_key" = o."key")
				OR EXISTS (SELECT 1 FROM "monitoring_draft_values" d WHERE d."indicator_key" = o."key"))
		LIMIT 1;
	IF used IS NOT NULL THEN
		RAISE EXCEPTION 'indicator % is still referenced by indicator values', used
			USING ERRCODE = 'foreign_key_violation';
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "indicators_values_deleted" AFTER DELETE ON "indicators"
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "monitoring_indicators_deleted"();
--> statement-breakpoint
CREATE TRIGGER "indicators_values_renamed" AFTER UPDATE ON "indicators"
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "monitoring_indicators_renamed"();
--> statement-breakpoint
-- An import's draft values go with it (was: on delete cascade); an import with published values
-- cannot be deleted (was: on delete restrict).
CREATE FUNCTION "monitoring_imports_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (SELECT 1 FROM old_rows) THEN
		DELETE FROM "monitoring_draft_values" WHERE "import_id" IN (SELECT "id" FROM old_rows);
		IF EXISTS (SELECT 1 FROM "indicator_values" v WHERE v."import_id" IN (SELECT "id" FROM old_rows)) THEN
			RAISE EXCEPTION 'import is still referenced by indicator values'
				USING ERRCODE = 'foreign_key_violation';
		END IF;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "monitoring_imports_values_deleted" AFTER DELETE ON "monitoring_imports"
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "monitoring_imports_deleted"();
