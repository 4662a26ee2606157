/**
 * Local indicators: indicators a municipality defines for itself (e.g. "Besucher der
 * Stadtbibliothek je 1.000 Einwohner" in the field Kultur), used there like catalogue indicators
 * — value import by key, template, maps, tables, time series, downloads, API, reports — and seen
 * by nobody else. Ruhr-wide comparisons leave them out.
 *
 * Key rule (decision 0031): the planner chooses a short key (`bibliothek`); it is stored as
 * `lokal_<ags>_<short key>`, the key files, downloads and the API use. The prefix can never be a
 * catalogue key (the database refuses catalogue keys starting with `lokal_`), so neither a
 * catalogue indicator added later nor another municipality's local indicator can collide with it,
 * and every file says which municipality's definition its column follows. A short key equal to a
 * catalogue key is refused anyway: two indicators named alike in one municipality confuse readers.
 */
import { messageRef } from '$lib/i18n';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit';
import type { Database, Transaction } from '../db';
import { hasForbiddenCharacters } from '../fields';
import {
	areas,
	draftValues,
	indicators,
	indicatorValues,
	monitoringDatasets,
	monitoringImports,
	municipalities,
	targets
} from '../db/schema';
import {
	handlungsfelder,
	indicatorDirections,
	indicatorKinds,
	timeBases
} from '$lib/types/monitoring';
import type { IndicatorRow } from './catalogue';
import { parseNumber } from './csv';
import { MonitoringError } from './errors';
import { touchDataset } from './version';

/** The planner's short key: a lower-case letter, then letters, digits, `_` (2–26 characters). */
export const SHORT_KEY = /^[a-z][a-z0-9_]{1,25}$/;

export const localKeyPrefix = (ags: string) => `lokal_${ags}_`;
export const localIndicatorKey = (ags: string, shortKey: string) =>
	`${localKeyPrefix(ags)}${shortKey}`;

/** The short key of a local indicator of `ags` (null if `key` is not one). */
export function shortKeyOf(ags: string, key: string): string | null {
	return key.startsWith(localKeyPrefix(ags)) ? key.slice(localKeyPrefix(ags).length) : null;
}

/** The fields of a definition (with their German names); problems are reported by these keys. */
export const LOCAL_INDICATOR_FIELDS = {
	key: 'Schlüssel',
	name: 'Name',
	nameEn: 'Name auf Englisch',
	definition: 'Definition und Formel',
	numeratorLabel: 'Zähler',
	denominatorLabel: 'Nenner',
	unit: 'Einheit',
	kind: 'Art',
	per: 'Je (Bezugsgröße)',
	direction: 'Bedarfsrichtung',
	handlungsfeld: 'Handlungsfeld',
	source: 'Quelle',
	timeBasis: 'Zeitbezug',
	decimals: 'Nachkommastellen'
} as const;
export type LocalIndicatorField = keyof typeof LOCAL_INDICATOR_FIELDS;

export interface LocalIndicatorProblem {
	readonly field: LocalIndicatorField;
	/**
	 * A message key of the catalogue, parameters as a query (`plan.ind.err.tooLong?max=120`):
	 * the page shows it in its language after the field's label (`messageText`).
	 */
	readonly message: string;
}

const blankToUndefined = (v: unknown) =>
	typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v;

const plainText = (max: number) =>
	z
		.string({ error: 'field.err.required' })
		.max(max, messageRef('plan.ind.err.tooLong', { max }))
		.refine((v) => !hasForbiddenCharacters(v), 'field.err.characters');
const text = (max: number) => z.preprocess(blankToUndefined, plainText(max));
// Optional inside the preprocessing: a field left blank becomes "not given", not an error.
const optionalText = (max: number) => z.preprocess(blankToUndefined, plainText(max).optional());
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess(blankToUndefined, z.enum(values, { error: 'plan.ind.err.choice' }));
/** "1000", "1.000" (German thousands), "0,5": as the import reads numbers. */
const optionalNumber = z.preprocess(
	(v) => {
		const b = blankToUndefined(v);
		return typeof b === 'string' ? (parseNumber(b, true) ?? Number.NaN) : b;
	},
	z.number({ error: 'plan.ind.err.number' }).finite('plan.ind.err.number').optional()
);

const LocalIndicatorSchema = z
	.object({
		key: z.preprocess(
			blankToUndefined,
			z
				.string({ error: 'field.err.required' })
				.regex(SHORT_KEY, 'plan.ind.err.keyFormat')
				.refine((v) => !v.startsWith('lokal_'), 'plan.ind.err.keyPrefix')
		),
		name: text(120).refine((v) => v.length >= 2, messageRef('plan.ind.err.tooShort', { min: 2 })),
		nameEn: optionalText(120),
		definition: text(1000).refine(
			(v) => v.length >= 5,
			messageRef('plan.ind.err.tooShort', { min: 5 })
		),
		numeratorLabel: optionalText(200),
		denominatorLabel: optionalText(200),
		unit: text(30),
		kind: choice(indicatorKinds),
		per: optionalNumber,
		direction: choice(indicatorDirections),
		handlungsfeld: choice(handlungsfelder),
		source: text(300),
		timeBasis: choice(timeBases),
		decimals: z.preprocess(
			(v) => (blankToUndefined(v) === undefined ? 1 : Number(v)),
			z
				.number()
				.int('plan.ind.err.decimals')
				.min(0, 'plan.ind.err.decimals')
				.max(4, 'plan.ind.err.decimals')
		)
	})
	.superRefine((v, ctx) => {
		if (v.kind !== 'share') return;
		if (v.per === undefined || !(v.per > 0))
			ctx.addIssue({
				code: 'custom',
				path: ['per'],
				message: 'plan.ind.err.perNeeded'
			});
		if (!v.numeratorLabel)
			ctx.addIssue({
				code: 'custom',
				path: ['numeratorLabel'],
				message: 'plan.ind.err.numeratorNeeded'
			});
		if (!v.denominatorLabel)
			ctx.addIssue({
				code: 'custom',
				path: ['denominatorLabel'],
				message: 'plan.ind.err.denominatorNeeded'
			});
	});

export type LocalIndicatorInput = z.input<typeof LocalIndicatorSchema>;
type Checked = z.output<typeof LocalIndicatorSchema>;

type Outcome<T> =
	| ({ readonly ok: true } & T)
	| { readonly ok: false; readonly problems: readonly LocalIndicatorProblem[] };

const problem = (field: LocalIndicatorField, message: string): LocalIndicatorProblem => ({
	field,
	message
});

/** Checks a planner's definition: the row to store, or the problems by field (catalogue keys). */
export function checkLocalIndicator(
	raw: Record<string, unknown>
): Outcome<{ readonly data: Checked }> {
	const parsed = LocalIndicatorSchema.safeParse(raw);
	if (parsed.success) return { ok: true, data: parsed.data };
	const problems: LocalIndicatorProblem[] = [];
	for (const issue of parsed.error.issues) {
		const field = String(issue.path[0] ?? 'key') as LocalIndicatorField;
		if (!(field in LOCAL_INDICATOR_FIELDS) || problems.some((p) => p.field === field)) continue;
		problems.push(problem(field, issue.message));
	}
	const order = Object.keys(LOCAL_INDICATOR_FIELDS);
	problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
	return { ok: false, problems };
}

function rowOf(ags: string, data: Checked) {
	const share = data.kind === 'share';
	return {
		key: localIndicatorKey(ags, data.key),
		ags,
		name: data.name,
		nameEn: data.nameEn ?? null,
		definition: data.definition,
		definitionEn: null,
		numeratorLabel: data.numeratorLabel ?? null,
		denominatorLabel: data.denominatorLabel ?? null,
		unit: data.unit,
		kind: data.kind,
		per: share ? data.per! : null,
		direction: data.direction,
		handlungsfeld: data.handlungsfeld,
		source: data.source,
		timeBasis: data.timeBasis,
		// Shares and counts are never negative; the upper end is open (visits per 1,000 residents
		// may exceed 1,000).
		minValue: share || data.kind === 'count' ? 0 : null,
		maxValue: null,
		decimals: data.decimals
	};
}

interface Who {
	readonly now: Date;
	readonly actorUserId?: number | null;
}

// The same advisory lock as the imports (store.ts): a definition never changes under an import.
const MUNICIPALITY_LOCK = 72_210_200;

async function lockMunicipality(tx: Transaction, ags: string): Promise<void> {
	if (!/^[0-9]{8}$/.test(ags)) throw new MonitoringError('gemeinde_unbekannt', ags);
	await tx.execute(sql`set local lock_timeout = '5s'`);
	try {
		await tx.execute(sql`select pg_advisory_xact_lock(${MUNICIPALITY_LOCK}, ${Number(ags)})`);
	} catch (error) {
		const e = error as { code?: string; cause?: { code?: string } };
		if (e.code === '55P03' || e.cause?.code === '55P03')
			throw new MonitoringError('beschaeftigt', ags);
		throw error;
	}
	const [found] = await tx
		.select({ ags: municipalities.ags })
		.from(municipalities)
		.where(eq(municipalities.ags, ags));
	if (!found) throw new MonitoringError('gemeinde_unbekannt', ags);
}

async function audit(
	tx: Transaction,
	ags: string,
	action: 'created' | 'changed' | 'deleted',
	key: string,
	who: Who,
	changed: readonly string[] = []
) {
	await recordAudit(
		tx,
		{
			actorUserId: who.actorUserId ?? null,
			action: `monitoring.indicator.${action}`,
			subjectType: 'municipality',
			subjectId: ags,
			details: { key, ...(changed.length ? { fields: changed.join(', ') } : {}) }
		},
		who.now
	);
}

export interface LocalIndicatorListed extends IndicatorRow {
	readonly shortKey: string;
	/** Published values, values of the open draft, and targets on the indicator. */
	readonly values: number;
	readonly draftValues: number;
	readonly targets: number;
}

/** The municipality's local indicators with what depends on them, in the order of their names. */
export async function listLocalIndicators(
	db: Database | Transaction,
	ags: string
): Promise<LocalIndicatorListed[]> {
	const rows = await db
		.select()
		.from(indicators)
		.where(eq(indicators.ags, ags))
		.orderBy(asc(indicators.name), asc(indicators.key));
	const out: LocalIndicatorListed[] = [];
	for (const row of rows)
		out.push({ ...row, shortKey: shortKeyOf(ags, row.key)!, ...(await usage(db, ags, row.key)) });
	return out;
}

async function usage(db: Database | Transaction, ags: string, key: string) {
	const [counts] = await db
		.select({
			values: sql<number>`(select count(*) from ${indicatorValues} join ${areas} on ${areas.id} = ${indicatorValues.areaId} where ${areas.ags} = ${ags} and ${indicatorValues.indicatorKey} = ${key})::int`,
			draftValues: sql<number>`(select count(*) from ${draftValues} join ${monitoringImports} on ${monitoringImports.id} = ${draftValues.importId} where ${monitoringImports.ags} = ${ags} and ${draftValues.indicatorKey} = ${key})::int`,
			targets: sql<number>`(select count(*) from ${targets} where ${targets.indicatorKey} = ${key})::int`
		})
		.from(sql`(select 1) as one`);
	return {
		values: Number(counts.values),
		draftValues: Number(counts.draftValues),
		targets: Number(counts.targets)
	};
}

async function localRow(tx: Transaction, ags: string, key: string): Promise<IndicatorRow> {
	const [row] = await tx
		.select()
		.from(indicators)
		.where(and(eq(indicators.key, key), eq(indicators.ags, ags)));
	if (!row) throw new MonitoringError('lokaler_indikator_unbekannt', key);
	return row;
}

/**
 * Defines a local indicator of `ags`. Refused with problems by field when the definition is
 * incomplete, the short key is taken in the municipality or is a catalogue key.
 */
export async function createLocalIndicator(
	db: Database,
	input: Who & { readonly ags: string; readonly definition: Record<string, unknown> }
): Promise<Outcome<{ readonly key: string }>> {
	const checked = checkLocalIndicator(input.definition);
	if (!checked.ok) return checked;
	const row = rowOf(input.ags, checked.data);
	return db.transaction(async (tx) => {
		await lockMunicipality(tx, input.ags);
		const clash = await tx
			.select({ key: indicators.key, ags: indicators.ags })
			.from(indicators)
			.where(
				sql`(${indicators.ags} is null and ${indicators.key} = ${checked.data.key}) or ${indicators.key} = ${row.key}`
			);
		if (clash.some((c) => c.ags === null))
			return {
				ok: false as const,
				problems: [
					problem('key', messageRef('plan.ind.err.catalogueKey', { key: checked.data.key }))
				]
			};
		if (clash.length)
			return {
				ok: false as const,
				problems: [problem('key', messageRef('plan.ind.err.keyTaken', { key: checked.data.key }))]
			};
		const [{ next }] = await tx
			.select({ next: sql<number>`coalesce(max(${indicators.position}), 0)::int + 1` })
			.from(indicators)
			.where(eq(indicators.ags, input.ags));
		await tx.insert(indicators).values({ ...row, position: Number(next) });
		await touchDataset(tx, input.ags, input.now);
		await audit(tx, input.ags, 'created', row.key, input);
		return { ok: true as const, key: row.key };
	});
}

/**
 * Changes a local indicator's definition; the key stays. While values exist (published, in the
 * open draft or on their way in), kind, base and time basis stay too: the stored figures were
 * counted under them.
 */
export async function updateLocalIndicator(
	db: Database,
	input: Who & {
		readonly ags: string;
		readonly key: string;
		readonly definition: Record<string, unknown>;
	}
): Promise<Outcome<{ readonly key: string }>> {
	const shortKey = shortKeyOf(input.ags, input.key);
	if (shortKey === null) throw new MonitoringError('lokaler_indikator_unbekannt', input.key);
	const checked = checkLocalIndicator({ ...input.definition, key: shortKey });
	if (!checked.ok) return checked;
	const row = rowOf(input.ags, checked.data);
	return db.transaction(async (tx) => {
		await lockMunicipality(tx, input.ags);
		const before = await localRow(tx, input.ags, input.key);
		const used = await usage(tx, input.ags, input.key);
		if (used.values + used.draftValues > 0) {
			const fixed = (['kind', 'per', 'timeBasis'] as const).filter((f) => before[f] !== row[f]);
			if (fixed.length)
				return {
					ok: false as const,
					problems: fixed.map((f) => problem(f, 'plan.ind.err.fixedWhileValues'))
				};
		}
		const changed = (Object.keys(row) as (keyof typeof row)[]).filter(
			(f) => f !== 'key' && f !== 'ags' && before[f] !== row[f]
		);
		if (changed.length === 0) return { ok: true as const, key: input.key };
		await tx
			.update(indicators)
			.set(Object.fromEntries(changed.map((f) => [f, row[f]])))
			.where(eq(indicators.key, input.key));
		await touchDataset(tx, input.ags, input.now);
		await audit(tx, input.ags, 'changed', input.key, input, changed);
		return { ok: true as const, key: input.key };
	});
}

/**
 * Deletes a local indicator that nothing depends on: no published values, none in the open draft
 * and no target of the Handlungsprogramm (else refused: undo or discard those imports first).
 * The analysis settings forget it in the same transaction.
 */
export async function deleteLocalIndicator(
	db: Database,
	input: Who & { readonly ags: string; readonly key: string }
): Promise<void> {
	await db.transaction(async (tx) => {
		await lockMunicipality(tx, input.ags);
		await localRow(tx, input.ags, input.key);
		const used = await usage(tx, input.ags, input.key);
		if (used.values + used.draftValues > 0)
			throw new MonitoringError('lokaler_indikator_hat_werte', input.key);
		if (used.targets > 0) throw new MonitoringError('lokaler_indikator_hat_ziele', input.key);
		await tx
			.update(monitoringDatasets)
			.set({
				typologyIndicators: sql`array_remove(${monitoringDatasets.typologyIndicators}, ${input.key})`,
				mssIndicators: sql`array_remove(${monitoringDatasets.mssIndicators}, ${input.key})`
			})
			.where(eq(monitoringDatasets.ags, input.ags));
		await tx
			.delete(indicators)
			.where(and(eq(indicators.key, input.key), eq(indicators.ags, input.ags)));
		await touchDataset(tx, input.ags, input.now);
		await audit(tx, input.ags, 'deleted', input.key, input);
	});
}
