import { inList } from './types';
import { sql } from 'drizzle-orm';
import type { MultiPolygon, Polygon } from 'geojson';
import {
	boolean,
	check,
	date,
	doublePrecision,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import {
	handlungsfelder,
	importKinds,
	importStatuses,
	indicatorDirections,
	indicatorKinds,
	timeBases
} from '../../../types/monitoring';

export {
	handlungsfelder,
	importKinds,
	importStatuses,
	indicatorDirections,
	indicatorKinds,
	timeBases
};

/** GeoJSON geometry (WGS84, RFC 7946 winding), stored after reprojection and simplification. */
type GeoJsonGeometry = Polygon | MultiPolygon;

/**
 * The 53 member municipalities of the Regionalverband Ruhr (reference data from Destatis GV100AD
 * and BKG VG250, seeded at start-up). The key is the 8-digit Amtlicher Gemeindeschlüssel as text:
 * it has a leading zero and is never a number.
 */
export const municipalities = pgTable(
	'municipalities',
	{
		ags: text('ags').primaryKey(),
		name: text('name').notNull(),
		nameOfficial: text('name_official').notNull(),
		kreisAgs: text('kreis_ags').notNull(),
		kreisName: text('kreis_name').notNull(),
		kreisfrei: boolean('kreisfrei').notNull(),
		areaKm2: doublePrecision('area_km2'),
		population: integer('population'),
		populationDate: date('population_date'),
		geometry: jsonb('geometry').$type<GeoJsonGeometry>()
	},
	(t) => [
		check('municipalities_ags_format', sql`${t.ags} ~ '^[0-9]{8}$'`),
		check('municipalities_kreis_format', sql`${t.kreisAgs} ~ '^[0-9]{5}$'`)
	]
);

/**
 * A municipality's small-area monitoring: its settings and whether the public may see it. One per
 * municipality; the public only ever reads data of a published dataset.
 */
export const monitoringDatasets = pgTable(
	'monitoring_datasets',
	{
		ags: text('ags')
			.primaryKey()
			.references(() => municipalities.ags, { onDelete: 'restrict' }),
		/** What the municipality calls its small areas: Quartier, Stadtteil, statistischer Bezirk … */
		areaTerm: text('area_term').notNull().default('Quartier'),
		areaTermPlural: text('area_term_plural').notNull().default('Quartiere'),
		published: boolean('published').notNull().default(false),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		/** Smallest count that may be published (BA rule: 3). */
		disclosureThreshold: integer('disclosure_threshold').notNull().default(3),
		/** Smallest population for an MSS index (MSS default 300). */
		minPopulation: integer('min_population').notNull().default(300),
		isDemo: boolean('is_demo').notNull().default(false),
		/**
		 * The planner's choice of analysis (see monitoring/analysis.ts); null = the defaults.
		 * Typology: indicator keys, number of types (null = chosen from the number of areas) and
		 * the z-score limit for winsorising (null = none). MSS: the status indicators (their
		 * two-year changes are the dynamics indicators) and area codes excluded as outliers.
		 */
		typologyIndicators: text('typology_indicators').array(),
		typologyK: integer('typology_k'),
		typologyWinsorise: doublePrecision('typology_winsorise'),
		mssIndicators: text('mss_indicators').array(),
		mssOutliers: text('mss_outliers')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/**
		 * Raised by every change that can alter what the atlas shows (import, undo, publish and
		 * withdraw, settings, choice of analysis, area edits, type names). Caches of atlas outputs
		 * are keyed by it, so every app instance on the same database sees a change at once.
		 */
		dataVersion: integer('data_version').notNull().default(0),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [
		check('monitoring_datasets_threshold', sql`${t.disclosureThreshold} >= 3`),
		check('monitoring_datasets_typology_k', sql`${t.typologyK} is null or ${t.typologyK} >= 2`),
		check(
			'monitoring_datasets_winsorise',
			sql`${t.typologyWinsorise} is null or ${t.typologyWinsorise} > 0`
		),
		check('monitoring_datasets_min_population', sql`${t.minPopulation} >= 0`),
		check(
			'monitoring_datasets_published_at',
			sql`(not ${t.published}) or ${t.publishedAt} is not null`
		)
	]
);

/**
 * The indicator catalogue, shared by all municipalities (`ags` null), and the local indicators a
 * municipality defines for itself (`ags` set): those are seen and used only by that municipality.
 * A local indicator's key is `lokal_<ags>_<the planner's key>` (decision 0031), so it can never
 * collide with a catalogue key, present or future, nor with another municipality's.
 */
export const indicators = pgTable(
	'indicators',
	{
		key: text('key').primaryKey(),
		/** The municipality a local indicator belongs to; null for the shared catalogue. */
		ags: text('ags').references(() => municipalities.ags, { onDelete: 'restrict' }),
		name: text('name').notNull(),
		/** What exactly is counted, in words: numerator per denominator. */
		definition: text('definition').notNull(),
		numeratorLabel: text('numerator_label'),
		denominatorLabel: text('denominator_label'),
		/** English name and definition for the English pages (the German ones when null). */
		nameEn: text('name_en'),
		definitionEn: text('definition_en'),
		unit: text('unit').notNull(),
		kind: text('kind', { enum: indicatorKinds }).notNull(),
		/** Shares: value = numerator ÷ denominator × per (100 for per cent). */
		per: doublePrecision('per'),
		direction: text('direction', { enum: indicatorDirections }).notNull(),
		handlungsfeld: text('handlungsfeld', { enum: handlungsfelder }).notNull(),
		source: text('source').notNull(),
		/** Values at the reference date 31.12. or as annual average (see `timeBases`). */
		timeBasis: text('time_basis', { enum: timeBases }).notNull().default('stichtag'),
		minValue: doublePrecision('min_value'),
		maxValue: doublePrecision('max_value'),
		decimals: integer('decimals').notNull().default(1),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		check('indicators_key_format', sql`${t.key} ~ '^[a-z][a-z0-9_]{1,40}$'`),
		check(
			'indicators_key_namespace',
			sql`(${t.ags} is null and ${t.key} !~ '^lokal_') or (${t.ags} is not null and starts_with(${t.key}, 'lokal_' || ${t.ags} || '_'))`
		),
		check('indicators_time_basis_known', sql`${t.timeBasis} in (${inList(timeBases)})`),
		index('indicators_ags_idx').on(t.ags),
		check('indicators_kind_known', sql`${t.kind} in (${inList(indicatorKinds)})`),
		check('indicators_direction_known', sql`${t.direction} in (${inList(indicatorDirections)})`),
		check('indicators_feld_known', sql`${t.handlungsfeld} in (${inList(handlungsfelder)})`),
		check('indicators_share_has_per', sql`${t.kind} <> 'share' or ${t.per} > 0`),
		check(
			'indicators_range_ordered',
			sql`${t.minValue} is null or ${t.maxValue} is null or ${t.minValue} <= ${t.maxValue}`
		)
	]
);

/** One upload by a planner: the unit of the import history and of undo. */
export const monitoringImports = pgTable(
	'monitoring_imports',
	{
		id: serial('id').primaryKey(),
		ags: text('ags')
			.notNull()
			.references(() => municipalities.ags, { onDelete: 'restrict' }),
		kind: text('kind', { enum: importKinds }).notNull(),
		fileName: text('file_name').notNull(),
		status: text('status', { enum: importStatuses }).notNull().default('aktiv'),
		rowCount: integer('row_count').notNull(),
		insertedCount: integer('inserted_count').notNull(),
		replacedCount: integer('replaced_count').notNull(),
		/** Who imported (user id once accounts exist; the CLI records the OS user). */
		importedBy: text('imported_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		/** When a draft was published (null: imported before drafts existed, or not published). */
		publishedAt: timestamp('published_at', { withTimezone: true }),
		/** Taken back (`rueckgaengig`) or, for a draft, thrown away (`verworfen`). */
		undoneAt: timestamp('undone_at', { withTimezone: true }),
		/** An area import: the first year its changed boundaries apply (decision 0029). */
		validFrom: integer('valid_from')
	},
	(t) => [
		check('monitoring_imports_kind_known', sql`${t.kind} in (${inList(importKinds)})`),
		check('monitoring_imports_status_known', sql`${t.status} in (${inList(importStatuses)})`),
		check(
			'monitoring_imports_undone_at',
			sql`(${t.status} in ('rueckgaengig', 'verworfen')) = (${t.undoneAt} is not null)`
		),
		check(
			'monitoring_imports_valid_from',
			sql`${t.validFrom} is null or ${t.validFrom} between 1950 and 2100`
		),
		index('monitoring_imports_ags_idx').on(t.ags, t.id),
		/** At most one open draft per municipality (decision 0025). */
		uniqueIndex('monitoring_imports_one_draft')
			.on(t.ags)
			.where(sql`${t.status} = 'entwurf'`)
	]
);

/**
 * Small areas (Quartiere, Stadtteile, statistische Bezirke) of a municipality, one row per
 * boundary version: a version is valid from `valid_from` (null: from the beginning) through
 * `valid_to` (inclusive; null: still current). A boundary change closes the old version and
 * starts a new one (decision 0029); values belong to the version valid in their year.
 */
export const areas = pgTable(
	'areas',
	{
		id: serial('id').primaryKey(),
		ags: text('ags')
			.notNull()
			.references(() => municipalities.ags, { onDelete: 'restrict' }),
		/** The municipality's own key for the area, e.g. "100" or "0705". */
		code: text('code').notNull(),
		name: text('name').notNull(),
		parentCode: text('parent_code'),
		/** WGS84, simplified for display without gaps between neighbours. */
		geometry: jsonb('geometry').$type<GeoJsonGeometry>(),
		/** Generated demo geometry, not a real boundary. */
		synthetic: boolean('synthetic').notNull().default(false),
		importId: integer('import_id').references(() => monitoringImports.id, {
			onDelete: 'set null'
		}),
		/** First year of this boundary version; null = valid from the beginning. */
		validFrom: integer('valid_from'),
		/** Last year of this boundary version; null = still current. */
		validTo: integer('valid_to')
	},
	(t) => [
		/** One current version per key; closed versions keep the key. */
		uniqueIndex('areas_ags_code_current')
			.on(t.ags, t.code)
			.where(sql`${t.validTo} is null`),
		index('areas_ags_code_idx').on(t.ags, t.code),
		check('areas_code_not_blank', sql`length(trim(${t.code})) > 0`),
		check(
			'areas_validity_ordered',
			sql`${t.validFrom} is null or ${t.validTo} is null or ${t.validFrom} <= ${t.validTo}`
		)
	]
);

/**
 * Which version followed which across a boundary change: one row per predecessor and successor
 * (a split gives one predecessor several successors, a merge the other way round). Written by
 * the area import that made the change and removed with it (undo deletes the new versions).
 */
export const areaSuccessors = pgTable(
	'area_successors',
	{
		areaId: integer('area_id')
			.notNull()
			.references(() => areas.id, { onDelete: 'cascade' }),
		successorId: integer('successor_id')
			.notNull()
			.references(() => areas.id, { onDelete: 'cascade' }),
		importId: integer('import_id')
			.notNull()
			.references(() => monitoringImports.id, { onDelete: 'cascade' })
	},
	(t) => [
		primaryKey({ columns: [t.areaId, t.successorId] }),
		index('area_successors_successor_idx').on(t.successorId)
	]
);

/** A value of an indicator for a small area and a year (31.12. or annual average). */
export const indicatorValues = pgTable(
	'indicator_values',
	{
		/** → `areas.id`, deleted with the area (reference trigger, decision 0039). */
		areaId: integer('area_id').notNull(),
		/** → `indicators.key`, which cannot go while values use it (decision 0039). */
		indicatorKey: text('indicator_key').notNull(),
		year: integer('year').notNull(),
		value: doublePrecision('value').notNull(),
		/** Case count behind a share (needed for disclosure control and for aggregation). */
		numerator: doublePrecision('numerator'),
		denominator: doublePrecision('denominator'),
		/** → `monitoring_imports.id`, which cannot go while values use it (decision 0039). */
		importId: integer('import_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.areaId, t.indicatorKey, t.year] }),
		check('indicator_values_year', sql`${t.year} between 1950 and 2100`),
		index('indicator_values_import_idx').on(t.importId)
	]
);

/** Rows an import overwrote, kept so that undo restores them exactly. */
export const replacedValues = pgTable(
	'monitoring_replaced_values',
	{
		importId: integer('import_id')
			.notNull()
			.references(() => monitoringImports.id, { onDelete: 'cascade' }),
		areaId: integer('area_id')
			.notNull()
			.references(() => areas.id, { onDelete: 'cascade' }),
		indicatorKey: text('indicator_key').notNull(),
		year: integer('year').notNull(),
		value: doublePrecision('value').notNull(),
		numerator: doublePrecision('numerator'),
		denominator: doublePrecision('denominator'),
		previousImportId: integer('previous_import_id').notNull()
	},
	(t) => [index('monitoring_replaced_values_import_idx').on(t.importId)]
);

/**
 * The values of a municipality's open draft (an import with status `entwurf`): not read by the
 * public atlas, its downloads, the API or the planning domain, only by the planner's preview
 * (`?entwurf`). Publishing moves them into `indicator_values` in one transaction (decision 0025).
 * A value file is written here once, in batches, under an import with status `laedt` that
 * becomes the draft when the file is complete (decisions 0039, 0043). The references are checked once
 * per statement by triggers (migration 0027), not per row by foreign keys.
 */
export const draftValues = pgTable(
	'monitoring_draft_values',
	{
		/** → `monitoring_imports.id`, deleted with the import (reference trigger, decision 0039). */
		importId: integer('import_id').notNull(),
		/** → `areas.id`, deleted with the area (decision 0039). */
		areaId: integer('area_id').notNull(),
		/** → `indicators.key`, which cannot go while draft values use it (decision 0039). */
		indicatorKey: text('indicator_key').notNull(),
		year: integer('year').notNull(),
		value: doublePrecision('value').notNull(),
		numerator: doublePrecision('numerator'),
		denominator: doublePrecision('denominator')
	},
	// No primary key (decision 0043): the file check refuses a repeated area, indicator and year,
	// and a file joining a draft replaces the rows it repeats; publishing into
	// `indicator_values`, whose primary key holds, would fail on a repeat rather than store it.
	// The index serves an import's rows and their publishing in slices of areas.
	(t) => [index('monitoring_draft_values_import_area_idx').on(t.importId, t.areaId)]
);

/**
 * The areas of an open area draft, as the file gave them (decision 0032): nothing of the current
 * boundaries changes until the draft is published, which plans the change against the areas as
 * they are then.
 */
export const draftAreas = pgTable(
	'monitoring_draft_areas',
	{
		importId: integer('import_id')
			.notNull()
			.references(() => monitoringImports.id, { onDelete: 'cascade' }),
		/** The feature's place in the file (1-based), for problems reported at publishing. */
		position: integer('position').notNull(),
		code: text('code').notNull(),
		name: text('name').notNull(),
		parentCode: text('parent_code'),
		geometry: jsonb('geometry').$type<GeoJsonGeometry>().notNull(),
		predecessors: jsonb('predecessors').$type<string[]>().notNull(),
		synthetic: boolean('synthetic').notNull().default(false)
	},
	(t) => [primaryKey({ columns: [t.importId, t.position] })]
);

/** Area attributes an area import overwrote. */
export const replacedAreas = pgTable(
	'monitoring_replaced_areas',
	{
		importId: integer('import_id')
			.notNull()
			.references(() => monitoringImports.id, { onDelete: 'cascade' }),
		areaId: integer('area_id')
			.notNull()
			.references(() => areas.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		parentCode: text('parent_code'),
		geometry: jsonb('geometry').$type<GeoJsonGeometry>(),
		synthetic: boolean('synthetic').notNull(),
		previousImportId: integer('previous_import_id'),
		/** The version's end before the import (null: it was current); undo puts it back. */
		validTo: integer('valid_to')
	},
	(t) => [primaryKey({ columns: [t.importId, t.areaId] })]
);

/**
 * Indicator values of whole municipalities from official sources (INKAR, GISD): reference data
 * for the regional comparison, public by nature.
 */
export const municipalityValues = pgTable(
	'municipality_values',
	{
		ags: text('ags')
			.notNull()
			.references(() => municipalities.ags, { onDelete: 'cascade' }),
		indicatorKey: text('indicator_key')
			.notNull()
			.references(() => indicators.key, { onDelete: 'restrict' }),
		year: integer('year').notNull(),
		value: doublePrecision('value').notNull(),
		numerator: doublePrecision('numerator'),
		denominator: doublePrecision('denominator'),
		source: text('source').notNull(),
		/** As the source publishes it: INKAR unemployment is an annual average. */
		timeBasis: text('time_basis', { enum: timeBases }).notNull().default('jahresdurchschnitt')
	},
	(t) => [
		primaryKey({ columns: [t.ags, t.indicatorKey, t.year] }),
		check('municipality_values_time_basis_known', sql`${t.timeBasis} in (${inList(timeBases)})`)
	]
);

/**
 * A planner's own name and description for an area type of the cluster typology. `typology`
 * identifies the run the types belong to (indicator keys, k and year, see `typologyKey`): a type
 * number means something else in another run, so a label never carries over silently.
 */
export const monitoringTypeLabels = pgTable(
	'monitoring_type_labels',
	{
		ags: text('ags')
			.notNull()
			.references(() => municipalities.ags, { onDelete: 'restrict' }),
		typology: text('typology').notNull(),
		type: integer('type').notNull(),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [
		primaryKey({ columns: [t.ags, t.typology, t.type] }),
		check('monitoring_type_labels_type', sql`${t.type} >= 1`)
	]
);
