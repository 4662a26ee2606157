import { inList, tsvector } from './types';
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	doublePrecision,
	index,
	integer,
	jsonb,
	numeric,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	unique,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import {
	goalLevels,
	measureStatuses,
	planningFields,
	planStatuses,
	targetKinds
} from '../../../types/planning';
import { fundingSources, handlungsraumKinds, handlungsraumOrigins } from '../../../types/programme';
import { reportLanguages, reportStatuses, type ReportChapter } from '../../../types/report';
import { organisations } from './actors';
import { areas, indicators, monitoringImports, municipalities } from './monitoring';
import { cafeIdeas } from './worldcafe';

export { goalLevels, measureStatuses, planningFields, planStatuses, targetKinds };
export { fundingSources, handlungsraumKinds, handlungsraumOrigins };

const textArray = (values: readonly string[]) =>
	sql.raw(`array[${values.map((v) => `'${v}'`).join(', ')}]::text[]`);

/**
 * A Handlungsprogramm: the plan of one municipality (`ags`) or of a Kreis for its member
 * municipalities (`kreis_ags`, 5 digits) — exactly one of the two. Years are calendar years; the
 * baseline year is the data year the plan's targets start from.
 */
export const plans = pgTable(
	'plans',
	{
		id: serial('id').primaryKey(),
		ags: text('ags').references(() => municipalities.ags, { onDelete: 'restrict' }),
		kreisAgs: text('kreis_ags'),
		title: text('title').notNull(),
		periodStart: integer('period_start').notNull(),
		periodEnd: integer('period_end').notNull(),
		status: text('status', { enum: planStatuses }).notNull().default('entwurf'),
		/** The council's (or Kreistag's) decision: date and Drucksache/Vorlage number. */
		decidedOn: date('decided_on'),
		decisionReference: text('decision_reference'),
		baselineYear: integer('baseline_year').notNull(),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [
		check('plans_one_scope', sql`(${t.ags} is null) <> (${t.kreisAgs} is null)`),
		check('plans_kreis_format', sql`${t.kreisAgs} is null or ${t.kreisAgs} ~ '^[0-9]{5}$'`),
		check('plans_status_known', sql`${t.status} in (${inList(planStatuses)})`),
		check('plans_title_not_blank', sql`length(trim(${t.title})) > 0`),
		check('plans_period_ordered', sql`${t.periodEnd} >= ${t.periodStart}`),
		check(
			'plans_years_range',
			sql`${t.periodStart} between 1990 and 2100 and ${t.periodEnd} <= 2100`
		),
		check('plans_baseline_year', sql`${t.baselineYear} between 1950 and ${t.periodEnd}`),
		check('plans_decided_has_date', sql`${t.status} = 'entwurf' or ${t.decidedOn} is not null`),
		uniqueIndex('plans_scope_title').on(sql`coalesce(${t.ags}, ${t.kreisAgs})`, t.title),
		index('plans_ags_idx').on(t.ags),
		index('plans_kreis_idx').on(t.kreisAgs)
	]
);

/**
 * A named set of areas of the plan's scope. Kind `gemeinde` is the "whole municipality" of one
 * member municipality: it has no member rows, its areas are all areas of `municipality_ags` when
 * it is read; every plan has one per municipality of its scope, created with the plan.
 */
export const handlungsraeume = pgTable(
	'handlungsraeume',
	{
		id: serial('id').primaryKey(),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: handlungsraumKinds }).notNull().default('gebiete'),
		municipalityAgs: text('municipality_ags').references(() => municipalities.ags, {
			onDelete: 'restrict'
		}),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		origin: text('origin', { enum: handlungsraumOrigins }).notNull().default('auswahl'),
		/** For origin `mss_aufmerksamkeit`: the MSS year the areas were taken from. */
		mssYear: integer('mss_year'),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		check('handlungsraeume_kind_known', sql`${t.kind} in (${inList(handlungsraumKinds)})`),
		check('handlungsraeume_origin_known', sql`${t.origin} in (${inList(handlungsraumOrigins)})`),
		check(
			'handlungsraeume_gemeinde_has_ags',
			sql`(${t.kind} = 'gemeinde') = (${t.municipalityAgs} is not null)`
		),
		check('handlungsraeume_name_not_blank', sql`length(trim(${t.name})) > 0`),
		unique('handlungsraeume_plan_name').on(t.planId, t.name),
		uniqueIndex('handlungsraeume_plan_gemeinde')
			.on(t.planId, t.municipalityAgs)
			.where(sql`${t.kind} = 'gemeinde'`)
	]
);

export const handlungsraumAreas = pgTable(
	'handlungsraum_areas',
	{
		handlungsraumId: integer('handlungsraum_id')
			.notNull()
			.references(() => handlungsraeume.id, { onDelete: 'cascade' }),
		areaId: integer('area_id')
			.notNull()
			.references(() => areas.id, { onDelete: 'restrict' })
	},
	(t) => [
		primaryKey({ columns: [t.handlungsraumId, t.areaId] }),
		index('handlungsraum_areas_area_idx').on(t.areaId)
	]
);

/** Leitziel → Handlungsziel → Wirkungsziel; the tree's shape is checked by `validateGoalTree`. */
export const goals = pgTable(
	'goals',
	{
		id: serial('id').primaryKey(),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		parentId: integer('parent_id').references((): AnyPgColumn => goals.id, {
			onDelete: 'restrict'
		}),
		level: text('level', { enum: goalLevels }).notNull(),
		fields: text('fields').array().notNull(),
		/** Free text, e.g. "Kinder unter 15 Jahren", "Ältere Menschen", "Neuzugewanderte". */
		targetGroup: text('target_group').notNull().default(''),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		check('goals_level_known', sql`${t.level} in (${inList(goalLevels)})`),
		check(
			'goals_fields_known',
			sql`cardinality(${t.fields}) >= 1 and ${t.fields} <@ ${textArray(planningFields)}`
		),
		check('goals_title_not_blank', sql`length(trim(${t.title})) > 0`),
		check('goals_not_own_parent', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
		check('goals_leitziel_is_root', sql`(${t.level} = 'leitziel') = (${t.parentId} is null)`),
		index('goals_plan_idx').on(t.planId, t.position)
	]
);

/**
 * A goal × an indicator × a Handlungsraum. The baseline is frozen when the target is set: value,
 * numerator and denominator of the Handlungsraum in the baseline year, and the data version — the
 * newest monitoring import among the values it was computed from (id and time), so a later
 * re-import of that year is recognised ("Ausgangswert geändert") while the baseline stays.
 */
export const targets = pgTable(
	'targets',
	{
		id: serial('id').primaryKey(),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		goalId: integer('goal_id')
			.notNull()
			.references(() => goals.id, { onDelete: 'cascade' }),
		indicatorKey: text('indicator_key')
			.notNull()
			.references(() => indicators.key, { onDelete: 'restrict' }),
		handlungsraumId: integer('handlungsraum_id')
			.notNull()
			.references(() => handlungsraeume.id, { onDelete: 'restrict' }),
		baselineYear: integer('baseline_year').notNull(),
		baselineValue: doublePrecision('baseline_value').notNull(),
		baselineNumerator: doublePrecision('baseline_numerator'),
		baselineDenominator: doublePrecision('baseline_denominator'),
		baselineImportId: integer('baseline_import_id').references(() => monitoringImports.id, {
			onDelete: 'set null'
		}),
		baselineImportedAt: timestamp('baseline_imported_at', { withTimezone: true }).notNull(),
		/** The municipality's value in the baseline year (all its areas), frozen with the baseline. */
		baselineMunicipalValue: doublePrecision('baseline_municipal_value'),
		targetYear: integer('target_year').notNull(),
		kind: text('kind', { enum: targetKinds }).notNull(),
		targetValue: doublePrecision('target_value'),
		/** close_gap: the share (0 < p ≤ 100) of the baseline gap to the municipal value to close. */
		gapClosePercent: doublePrecision('gap_close_percent'),
		note: text('note').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [
		check('targets_kind_known', sql`${t.kind} in (${inList(targetKinds)})`),
		check('targets_year_after_baseline', sql`${t.targetYear} > ${t.baselineYear}`),
		check(
			'targets_absolute_has_value',
			sql`${t.kind} <> 'absolute' or (${t.targetValue} is not null and ${t.gapClosePercent} is null)`
		),
		check(
			'targets_close_gap_has_percent',
			sql`${t.kind} <> 'close_gap' or (${t.gapClosePercent} > 0 and ${t.gapClosePercent} <= 100 and ${t.baselineMunicipalValue} is not null and ${t.targetValue} is null)`
		),
		check(
			'targets_baseline_counts',
			sql`(${t.baselineNumerator} is null or ${t.baselineNumerator} >= 0) and (${t.baselineDenominator} is null or ${t.baselineDenominator} >= 0)`
		),
		unique('targets_goal_indicator_raum').on(t.goalId, t.indicatorKey, t.handlungsraumId),
		index('targets_plan_idx').on(t.planId)
	]
);

/** Money as numeric(14,2) euros: exact, never a float. */
const euros = (name: string) => numeric(name, { precision: 14, scale: 2 });

export const measures = pgTable(
	'measures',
	{
		id: serial('id').primaryKey(),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		fields: text('fields').array().notNull(),
		targetGroup: text('target_group').notNull().default(''),
		status: text('status', { enum: measureStatuses }).notNull().default('geplant'),
		startsOn: date('starts_on'),
		endsOn: date('ends_on'),
		budgetPlanned: euros('budget_planned'),
		budgetSpent: euros('budget_spent'),
		fundingSource: text('funding_source', { enum: fundingSources }),
		leadOrganisationId: integer('lead_organisation_id').references(() => organisations.id, {
			onDelete: 'restrict'
		}),
		isPublic: boolean('is_public').notNull().default(false),
		/** The World Café idea the measure was proposed from ("aufgegriffen" in the harvest). */
		ideaId: integer('idea_id').references(() => cafeIdeas.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [
		check('measures_status_known', sql`${t.status} in (${inList(measureStatuses)})`),
		check(
			'measures_fields_known',
			sql`cardinality(${t.fields}) >= 1 and ${t.fields} <@ ${textArray(planningFields)}`
		),
		check('measures_title_not_blank', sql`length(trim(${t.title})) > 0`),
		check(
			'measures_dates_ordered',
			sql`${t.startsOn} is null or ${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`
		),
		check(
			'measures_budget_nonnegative',
			sql`(${t.budgetPlanned} is null or ${t.budgetPlanned} >= 0) and (${t.budgetSpent} is null or ${t.budgetSpent} >= 0)`
		),
		check(
			'measures_funding_known',
			sql`${t.fundingSource} is null or ${t.fundingSource} in (${inList(fundingSources)})`
		),
		index('measures_plan_idx').on(t.planId),
		index('measures_idea_idx').on(t.ideaId)
	]
);

export const measurePartners = pgTable(
	'measure_partners',
	{
		measureId: integer('measure_id')
			.notNull()
			.references(() => measures.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'restrict' })
	},
	(t) => [
		primaryKey({ columns: [t.measureId, t.organisationId] }),
		index('measure_partners_org_idx').on(t.organisationId)
	]
);

export const measureAreas = pgTable(
	'measure_areas',
	{
		measureId: integer('measure_id')
			.notNull()
			.references(() => measures.id, { onDelete: 'cascade' }),
		handlungsraumId: integer('handlungsraum_id')
			.notNull()
			.references(() => handlungsraeume.id, { onDelete: 'restrict' })
	},
	(t) => [
		primaryKey({ columns: [t.measureId, t.handlungsraumId] }),
		index('measure_areas_raum_idx').on(t.handlungsraumId)
	]
);

/** The goals a measure serves, each with a sentence on the contribution expected of it. */
export const measureGoals = pgTable(
	'measure_goals',
	{
		measureId: integer('measure_id')
			.notNull()
			.references(() => measures.id, { onDelete: 'cascade' }),
		goalId: integer('goal_id')
			.notNull()
			.references(() => goals.id, { onDelete: 'cascade' }),
		contribution: text('contribution').notNull().default('')
	},
	(t) => [
		primaryKey({ columns: [t.measureId, t.goalId] }),
		index('measure_goals_goal_idx').on(t.goalId)
	]
);

/**
 * What a measure produced: "Erreichte Personen 140", "Termine 36". Public outputs go through
 * disclosure control (a count below the municipality's threshold is shown as suppressed).
 */
export const measureOutputs = pgTable(
	'measure_outputs',
	{
		id: serial('id').primaryKey(),
		measureId: integer('measure_id')
			.notNull()
			.references(() => measures.id, { onDelete: 'cascade' }),
		label: text('label').notNull(),
		count: integer('count').notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		check('measure_outputs_count_nonnegative', sql`${t.count} >= 0`),
		check('measure_outputs_label_not_blank', sql`length(trim(${t.label})) > 0`),
		unique('measure_outputs_measure_label').on(t.measureId, t.label)
	]
);

/**
 * A Sozialbericht of a municipality (`ags`) or of a Kreis (`kreis_ags`) for a reporting year: the planner's choice of chapters and
 * indicators and their own text per chapter. Publishing freezes `snapshot` (the disclosed values,
 * maps, analysis settings and plan the report shows, as JSON), so the published report is rebuilt
 * from it alone, whatever is imported later. A published report is not edited any more.
 */
export const reports = pgTable(
	'reports',
	{
		id: serial('id').primaryKey(),
		ags: text('ags').references(() => municipalities.ags, { onDelete: 'restrict' }),
		/** A Kreis report (5-digit key) over the Kreis's member municipalities; exactly one scope. */
		kreisAgs: text('kreis_ags'),
		year: integer('year').notNull(),
		title: text('title').notNull(),
		language: text('language', { enum: reportLanguages }).notNull().default('de'),
		chapters: jsonb('chapters').$type<ReportChapter[]>().notNull(),
		indicators: jsonb('indicators').$type<string[]>().notNull(),
		/** The planner's own text per chapter key (assessment, context). */
		texts: jsonb('texts').$type<Partial<Record<ReportChapter, string>>>().notNull().default({}),
		planId: integer('plan_id').references(() => plans.id, { onDelete: 'set null' }),
		status: text('status', { enum: reportStatuses }).notNull().default('entwurf'),
		snapshot: jsonb('snapshot').$type<unknown>(),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
		/**
		 * The published report's text for the archive search (headings, generated and own text),
		 * written once on publishing from the frozen document; empty for a draft.
		 */
		body: text('body').notNull().default(''),
		search: tsvector('search').generatedAlwaysAs(
			sql`setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', body), 'C')`
		)
	},
	(t) => [
		check('reports_one_scope', sql`(${t.ags} is null) <> (${t.kreisAgs} is null)`),
		check('reports_kreis_format', sql`${t.kreisAgs} is null or ${t.kreisAgs} ~ '^[0-9]{5}$'`),
		check('reports_status_known', sql`${t.status} in (${inList(reportStatuses)})`),
		check('reports_language_known', sql`${t.language} in (${inList(reportLanguages)})`),
		check('reports_title_not_blank', sql`length(trim(${t.title})) > 0`),
		check('reports_year_range', sql`${t.year} between 1990 and 2100`),
		check(
			'reports_published_frozen',
			sql`(${t.status} = 'entwurf') = (${t.snapshot} is null and ${t.publishedAt} is null)`
		),
		uniqueIndex('reports_scope_title').on(sql`coalesce(${t.ags}, ${t.kreisAgs})`, t.title),
		index('reports_ags_idx').on(t.ags),
		index('reports_kreis_idx').on(t.kreisAgs),
		index('reports_search_idx').using('gin', t.search)
	]
);
