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
-- Hand-written (decision 0034): the references of indicator_values and monitoring_draft_values,
-- checked once per statement instead of one lookup per row and key. Like a foreign key, the check
-- locks the referenced rows FOR KEY SHARE until commit, so a concurrent delete of an area,
-- indicator or import waits and then finds (and cascades to, or is refused by) the new rows.
CREATE FUNCTION monitoring_value_references() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	area_ids integer[];
	indicator_keys text[];
	import_ids integer[];
	found integer;
BEGIN
	SELECT array_agg(DISTINCT area_id), array_agg(DISTINCT indicator_key), array_agg(DISTINCT import_id)
		INTO area_ids, indicator_keys, import_ids FROM new_rows;
	IF area_ids IS NULL THEN
		RETURN NULL;
	END IF;
	SELECT count(*) INTO found FROM (SELECT 1 FROM areas WHERE id = ANY (area_ids) FOR KEY SHARE) a;
	IF found < cardinality(area_ids) THEN
		RAISE EXCEPTION 'insert or update on table "%" refers to an area that does not exist', TG_TABLE_NAME
			USING ERRCODE = 'foreign_key_violation';
	END IF;
	SELECT count(*) INTO found FROM (SELECT 1 FROM indicators WHERE key = ANY (indicator_keys) FOR KEY SHARE) i;
	IF found < cardinality(indicator_keys) THEN
		RAISE EXCEPTION 'insert or update on table "%" refers to an indicator that does not exist', TG_TABLE_NAME
			USING ERRCODE = 'foreign_key_violation';
	END IF;
	SELECT count(*) INTO found FROM (SELECT 1 FROM monitoring_imports WHERE id = ANY (import_ids) FOR KEY SHARE) m;
	IF found < cardinality(import_ids) THEN
		RAISE EXCEPTION 'insert or update on table "%" refers to an import that does not exist', TG_TABLE_NAME
			USING ERRCODE = 'foreign_key_violation';
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER indicator_values_references_insert AFTER INSERT ON indicator_values
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_value_references();
--> statement-breakpoint
CREATE TRIGGER indicator_values_references_update AFTER UPDATE ON indicator_values
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_value_references();
--> statement-breakpoint
CREATE TRIGGER monitoring_draft_values_references_insert AFTER INSERT ON monitoring_draft_values
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_value_references();
--> statement-breakpoint
CREATE TRIGGER monitoring_draft_values_references_update AFTER UPDATE ON monitoring_draft_values
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_value_references();
--> statement-breakpoint
-- Deleting areas takes their values and draft values with them (was ON DELETE CASCADE).
CREATE FUNCTION monitoring_areas_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM indicator_values WHERE area_id IN (SELECT id FROM old_rows);
	DELETE FROM monitoring_draft_values WHERE area_id IN (SELECT id FROM old_rows);
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER areas_values_cascade AFTER DELETE ON areas
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_areas_deleted();
--> statement-breakpoint
-- An import with published values cannot be deleted (was ON DELETE RESTRICT); its draft values go
-- with it (was ON DELETE CASCADE).
CREATE FUNCTION monitoring_imports_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (SELECT 1 FROM indicator_values WHERE import_id IN (SELECT id FROM old_rows)) THEN
		RAISE EXCEPTION 'delete on table "monitoring_imports" violates the reference from table "indicator_values"'
			USING ERRCODE = 'foreign_key_violation';
	END IF;
	DELETE FROM monitoring_draft_values WHERE import_id IN (SELECT id FROM old_rows);
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER monitoring_imports_values_restrict AFTER DELETE ON monitoring_imports
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_imports_deleted();
--> statement-breakpoint
-- An indicator with values or draft values cannot be deleted or renamed (was ON DELETE RESTRICT).
CREATE FUNCTION monitoring_indicators_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (
		SELECT 1 FROM indicator_values WHERE indicator_key IN (SELECT key FROM old_rows)
		UNION ALL
		SELECT 1 FROM monitoring_draft_values WHERE indicator_key IN (SELECT key FROM old_rows)
	) THEN
		RAISE EXCEPTION 'delete on table "indicators" violates the reference from its values'
			USING ERRCODE = 'foreign_key_violation';
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER indicators_values_restrict AFTER DELETE ON indicators
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_indicators_changed();
--> statement-breakpoint
CREATE FUNCTION monitoring_indicator_keys_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (
		SELECT 1 FROM indicator_values
		WHERE indicator_key IN (SELECT key FROM old_rows EXCEPT SELECT key FROM new_rows)
		UNION ALL
		SELECT 1 FROM monitoring_draft_values
		WHERE indicator_key IN (SELECT key FROM old_rows EXCEPT SELECT key FROM new_rows)
	) THEN
		RAISE EXCEPTION 'update on table "indicators" violates the reference from its values'
			USING ERRCODE = 'foreign_key_violation';
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER indicators_values_restrict_update AFTER UPDATE ON indicators
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
	EXECUTE FUNCTION monitoring_indicator_keys_changed();
