/**
 * The Handlungsprogramm's records (from the schema) and the inputs of its writes (zod). The
 * schemas accept what a form sends (strings, empty = none) as well as typed values from the API
 * and tests; their messages are catalogue keys (`programme.err.<code>`), so a form shows the same
 * text whether a rule ran here or in the store. Rules that need the database (an area outside the
 * plan, a duplicate) are the store's.
 */
import { z } from 'zod';
import { organisationKinds } from '$lib/server/db/schema';
import type {
	goals,
	handlungsraeume,
	measureOutputs,
	measures,
	organisations,
	plans,
	targets
} from '$lib/server/db/schema';
import {
	goalLevels,
	measureStatuses,
	planningFields,
	planStatuses,
	targetKinds
} from '$lib/types/planning';
import { fundingSources } from '$lib/types/programme';
import {
	INT4_MAX,
	hasForbiddenCharacters,
	isCalendarDate,
	normaliseText
} from '$lib/server/fields';
import {
	PlanningError,
	isPlanningErrorCode,
	planningErrorKey,
	type PlanningErrorCode
} from './errors';

export type Plan = typeof plans.$inferSelect;
export type Handlungsraum = typeof handlungsraeume.$inferSelect;
export type Goal = typeof goals.$inferSelect;
export type Target = typeof targets.$inferSelect;
export type Measure = typeof measures.$inferSelect;
export type MeasureOutput = typeof measureOutputs.$inferSelect;
export type Organisation = typeof organisations.$inferSelect;

const msg = (code: PlanningErrorCode) => ({ error: planningErrorKey(code) });

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const toNumber = (v: unknown) =>
	typeof v === 'string' && v.trim() !== '' ? Number(v.trim().replace(',', '.')) : v;

/**
 * Text as the shared fields take it (`$lib/server/fields`): control characters (a NUL byte among
 * them) are refused on their field, since the database would refuse them with an exception;
 * invisible characters at the edges go, so a title of only zero-width characters is empty. One-line
 * text also loses inner runs of white space; multi-line text keeps its line breaks.
 */
const text = (multiline: boolean, invalid = msg('text_zu_lang')) =>
	z
		.string(invalid)
		.refine((v) => !hasForbiddenCharacters(v), { ...msg('zeichen_ungueltig'), abort: true })
		.transform((v) => normaliseText(v, multiline));
const Title = z
	.string(msg('titel_leer'))
	.pipe(text(false))
	.pipe(z.string().min(1, msg('titel_leer')).max(300, msg('text_zu_lang')));
const LongText = text(true)
	.pipe(z.string().max(10_000, msg('text_zu_lang')))
	.default('');
const ShortText = text(false)
	.pipe(z.string().max(300, msg('text_zu_lang')))
	.default('');
/** Optional one-line text of at most `max` characters: null when empty. */
const OptionalLine = (max: number) =>
	z
		.preprocess(
			blankToNull,
			text(false)
				.pipe(z.string().max(max, msg('text_zu_lang')))
				.transform((v) => (v === '' ? null : v))
				.nullable()
		)
		.default(null);
const Year = z.preprocess(
	toNumber,
	z
		.number(msg('jahr_ungueltig'))
		.int(msg('jahr_ungueltig'))
		.min(1990, msg('jahr_ungueltig'))
		.max(2100, msg('jahr_ungueltig'))
);
/** A row's id: a positive PostgreSQL `integer`; anything else names no row (see UNKNOWN_BY_FIELD). */
const Id = z.preprocess(toNumber, z.number().int().positive().max(INT4_MAX));
const OptionalId = z.preprocess(blankToNull, Id.nullable()).default(null);
/** A real calendar day (no 31 February, which `Date` would turn into 3 March). */
const IsoDate = z.preprocess(
	blankToNull,
	z.string(msg('datum_ungueltig')).refine(isCalendarDate, msg('datum_ungueltig')).nullable()
);
const Fields = z
	.array(z.enum(planningFields, msg('kein_feld')), msg('kein_feld'))
	.min(1, msg('kein_feld'))
	.transform((fields) => [...new Set(fields)]);
/** Euros with at most two decimals, ≥ 0; stored as numeric(14,2) text, never as a float. */
const Euros = z.preprocess(
	blankToNull,
	z
		.preprocess(
			(v) => (typeof v === 'string' ? Number(v.trim().replace(/\./g, '').replace(',', '.')) : v),
			z.number(msg('betrag_ungueltig')).finite(msg('betrag_ungueltig'))
		)
		.refine((v) => v >= 0, msg('budget_negativ'))
		.refine((v) => v < 1e12, msg('betrag_ungueltig'))
		.transform((v) => v.toFixed(2))
		.nullable()
);
const Flag = z.preprocess(
	(v) => v === true || v === 'on' || v === 'true' || v === '1',
	z.boolean()
);
const Coordinate = z.preprocess(
	blankToNull,
	z
		.preprocess(
			toNumber,
			z.number(msg('koordinaten_ungueltig')).finite(msg('koordinaten_ungueltig'))
		)
		.nullable()
);

export const PlanInput = z
	.object({
		title: Title,
		periodStart: Year,
		periodEnd: Year,
		status: z.enum(planStatuses, msg('status_ungueltig')).default('entwurf'),
		decidedOn: IsoDate.default(null),
		decisionReference: OptionalLine(200),
		baselineYear: z.preprocess(
			toNumber,
			z
				.number(msg('jahr_ungueltig'))
				.int(msg('jahr_ungueltig'))
				.min(1950, msg('jahr_ungueltig'))
				.max(2100, msg('jahr_ungueltig'))
		)
	})
	.superRefine((v, ctx) => {
		if (v.periodEnd < v.periodStart)
			ctx.addIssue({
				code: 'custom',
				path: ['periodEnd'],
				message: planningErrorKey('zeitraum_ungueltig')
			});
		if (v.baselineYear > v.periodEnd)
			ctx.addIssue({
				code: 'custom',
				path: ['baselineYear'],
				message: planningErrorKey('ausgangsjahr_ungueltig')
			});
		if (v.status !== 'entwurf' && !v.decidedOn)
			ctx.addIssue({
				code: 'custom',
				path: ['decidedOn'],
				message: planningErrorKey('beschluss_fehlt')
			});
	});
export type PlanInput = z.input<typeof PlanInput>;

export const HandlungsraumInput = z.object({
	name: Title,
	description: LongText,
	areaIds: z
		.array(Id, msg('handlungsraum_leer'))
		.min(1, msg('handlungsraum_leer'))
		.transform((ids) => [...new Set(ids)].sort((a, b) => a - b))
});
export type HandlungsraumInput = z.input<typeof HandlungsraumInput>;

export const GoalInput = z.object({
	parentId: OptionalId,
	level: z.enum(goalLevels, msg('ebene_ungueltig')),
	fields: Fields,
	targetGroup: ShortText,
	title: Title,
	description: LongText,
	position: z.preprocess(toNumber, z.number().int().min(-INT4_MAX).max(INT4_MAX)).default(0)
});
export type GoalInput = z.input<typeof GoalInput>;

const TargetValues = {
	targetYear: Year,
	kind: z.enum(targetKinds, msg('zielart_ungueltig')),
	targetValue: z
		.preprocess(
			blankToNull,
			z
				.preprocess(toNumber, z.number(msg('zielwert_fehlt')).finite(msg('zielwert_fehlt')))
				.nullable()
		)
		.default(null),
	gapClosePercent: z
		.preprocess(
			blankToNull,
			z
				.preprocess(
					toNumber,
					z
						.number(msg('prozent_ungueltig'))
						.gt(0, msg('prozent_ungueltig'))
						.lte(100, msg('prozent_ungueltig'))
				)
				.nullable()
		)
		.default(null),
	note: LongText
};

function targetKindFits(
	v: { kind: 'absolute' | 'close_gap'; targetValue: number | null; gapClosePercent: number | null },
	ctx: z.RefinementCtx
) {
	if (v.kind === 'absolute' && v.targetValue === null)
		ctx.addIssue({
			code: 'custom',
			path: ['targetValue'],
			message: planningErrorKey('zielwert_fehlt')
		});
	if (v.kind === 'close_gap' && v.gapClosePercent === null)
		ctx.addIssue({
			code: 'custom',
			path: ['gapClosePercent'],
			message: planningErrorKey('prozent_ungueltig')
		});
}

/** Only the kind's own value is kept: an absolute target has no percentage, and the other way round. */
const keepOwnValue = <
	T extends {
		kind: 'absolute' | 'close_gap';
		targetValue: number | null;
		gapClosePercent: number | null;
	}
>(
	v: T
): T => ({
	...v,
	targetValue: v.kind === 'absolute' ? v.targetValue : null,
	gapClosePercent: v.kind === 'close_gap' ? v.gapClosePercent : null
});

export const TargetInput = z
	.object({
		goalId: Id,
		indicatorKey: z
			.string(msg('indikator_unbekannt'))
			.trim()
			.min(1, msg('indikator_unbekannt'))
			.max(100, msg('indikator_unbekannt'))
			.refine((v) => !hasForbiddenCharacters(v), msg('indikator_unbekannt')),
		handlungsraumId: Id,
		/** Defaults to the plan's baseline year. */
		baselineYear: z.preprocess(blankToNull, Year.nullable()).default(null),
		...TargetValues
	})
	.superRefine(targetKindFits)
	.transform(keepOwnValue);
export type TargetInput = z.input<typeof TargetInput>;

/** What may change on a target once set: never the baseline, the indicator or the area. */
export const TargetChange = z
	.object(TargetValues)
	.superRefine(targetKindFits)
	.transform(keepOwnValue);
export type TargetChange = z.input<typeof TargetChange>;

export const MeasureInput = z
	.object({
		title: Title,
		description: LongText,
		fields: Fields,
		targetGroup: ShortText,
		status: z.enum(measureStatuses, msg('status_ungueltig')).default('geplant'),
		startsOn: IsoDate.default(null),
		endsOn: IsoDate.default(null),
		budgetPlanned: Euros.default(null),
		budgetSpent: Euros.default(null),
		fundingSource: z
			.preprocess(blankToNull, z.enum(fundingSources, msg('finanzierung_ungueltig')).nullable())
			.default(null),
		leadOrganisationId: OptionalId,
		partnerIds: z
			.array(Id)
			.default([])
			.transform((ids) => [...new Set(ids)]),
		handlungsraumIds: z
			.array(Id)
			.default([])
			.transform((ids) => [...new Set(ids)]),
		goals: z
			.array(z.object({ goalId: Id, contribution: LongText }))
			.default([])
			.transform((gs) => [...new Map(gs.map((g) => [g.goalId, g])).values()]),
		outputs: z
			.array(
				z.object({
					label: z
						.string(msg('ausgabe_ungueltig'))
						.pipe(text(false))
						.pipe(z.string().min(1, msg('ausgabe_ungueltig')).max(200, msg('text_zu_lang'))),
					count: z.preprocess(
						toNumber,
						z
							.number(msg('ausgabe_ungueltig'))
							.int(msg('ausgabe_ungueltig'))
							.min(0, msg('ausgabe_ungueltig'))
							.max(INT4_MAX, msg('ausgabe_ungueltig'))
					)
				})
			)
			.default([])
			.refine((os) => new Set(os.map((o) => o.label)).size === os.length, msg('ausgabe_ungueltig')),
		isPublic: Flag.default(false),
		ideaId: OptionalId
	})
	.superRefine((v, ctx) => {
		if (v.startsOn && v.endsOn && v.endsOn < v.startsOn)
			ctx.addIssue({
				code: 'custom',
				path: ['endsOn'],
				message: planningErrorKey('ende_vor_beginn')
			});
	});
export type MeasureInput = z.input<typeof MeasureInput>;

export const OrganisationInput = z
	.object({
		name: Title,
		shortName: OptionalLine(60),
		kind: z.enum(organisationKinds, msg('art_ungueltig')),
		url: z
			.preprocess(
				blankToNull,
				z
					.string()
					.trim()
					.regex(/^https?:\/\/\S+$/, msg('adresse_ungueltig'))
					.max(500, msg('text_zu_lang'))
					.refine((v) => !hasForbiddenCharacters(v), msg('adresse_ungueltig'))
					.nullable()
			)
			.default(null),
		street: OptionalLine(200),
		postcode: z
			.preprocess(
				blankToNull,
				z
					.string()
					.trim()
					.regex(/^[0-9]{5}$/, msg('plz_ungueltig'))
					.nullable()
			)
			.default(null),
		city: OptionalLine(100),
		lon: Coordinate.default(null),
		lat: Coordinate.default(null),
		/** The municipality whose plans share the organisation; null = regional (a Land programme). */
		municipalityAgs: z
			.preprocess(
				blankToNull,
				z
					.string()
					.regex(/^[0-9]{8}$/, msg('gemeinde_unbekannt'))
					.nullable()
			)
			.default(null)
	})
	.superRefine((v, ctx) => {
		const bad =
			(v.lon === null) !== (v.lat === null) ||
			(v.lon !== null && (Math.abs(v.lon) > 180 || Math.abs(v.lat!) > 90));
		if (bad)
			ctx.addIssue({
				code: 'custom',
				path: ['lon'],
				message: planningErrorKey('koordinaten_ungueltig')
			});
	});
export type OrganisationInput = z.input<typeof OrganisationInput>;

/** Ids that do not even parse get the message of the thing they should name. */
const UNKNOWN_BY_FIELD: Readonly<Record<string, PlanningErrorCode>> = {
	goalId: 'ziel_unbekannt',
	parentId: 'ziel_unbekannt',
	goals: 'ziel_unbekannt',
	handlungsraumId: 'handlungsraum_unbekannt',
	handlungsraumIds: 'handlungsraum_unbekannt',
	leadOrganisationId: 'organisation_unbekannt',
	partnerIds: 'organisation_unbekannt',
	ideaId: 'idee_unbekannt',
	areaIds: 'gebiet_ausserhalb'
};

/**
 * Parses a write's input or throws the first problem as a PlanningError with its field, so a
 * store function refuses bad input before it opens a transaction.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const field = issue.path.length ? String(issue.path[0]) : undefined;
	const code = issue.message.startsWith('programme.err.')
		? issue.message.slice('programme.err.'.length)
		: '';
	if (isPlanningErrorCode(code)) throw new PlanningError(code, field);
	throw new PlanningError(UNKNOWN_BY_FIELD[field ?? ''] ?? 'eingabe_ungueltig', field);
}
