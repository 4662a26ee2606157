/**
 * KomMonitor exports in (pure: text in, rows or area-import input and problems out). See
 * docs/monitoring.md, "KomMonitor-Import", for the format as KomMonitor's data-management API
 * delivers it.
 *
 * An indicator export is one indicator on one spatial level: a GeoJSON FeatureCollection (or,
 * from the "without-geometry" endpoints, a JSON list of property objects) with one entry per
 * area, its id in `ID`, its name in `NAME`, and one property `DATE_YYYY-MM-DD` per reference
 * date holding the value (a number, a numeric string, or null/"NaN" for no value). It becomes
 * the same rows the CSV import produces (area, indicator, year, value; no numerator or
 * denominator), checked the same way and stored only when nothing is wrong.
 *
 * A spatial-unit export is a FeatureCollection of the level's areas with `ID`, `NAME` and the
 * period of validity (`validStartDate`, `validEndDate`); it may hold an area once per period.
 * It becomes the input of the existing GeoJSON area import, with the records valid on the
 * given day.
 */
import { parseNumber } from './csv';
import type { AreaFileOptions } from './geo';
import { Problems, type ImportProblem } from './problems';
import { closestIndicatorKeys } from './suggest';
import {
	areaIdIn,
	checkRange,
	indicatorLookup,
	RowBuffer,
	validitiesOf,
	type AreaVersion,
	type CatalogueIndicator,
	type ValueRows
} from './values-import';

/** The prefix of KomMonitor's value properties: `DATE_2021-12-31`. */
export const KOMMONITOR_DATE_PREFIX = 'DATE_';
/** Property names of an area's id and name (older versions: spatialUnitFeatureId/-Name). */
const ID_PROPERTIES = ['ID', 'spatialUnitFeatureId'] as const;
const NAME_PROPERTIES = ['NAME', 'spatialUnitFeatureName'] as const;

export interface KomMonitorLimits {
	/** Longest text read (characters); the upload limit of the import page is the same. */
	readonly maxChars: number;
	/** Most features (areas) in one export. */
	readonly maxFeatures: number;
}

/**
 * Generous for one spatial level of one municipality (the Ruhr's largest city has a few hundred
 * statistical districts, a few thousand blocks at most), small enough to check in moments.
 */
export const KOMMONITOR_LIMITS: KomMonitorLimits = {
	maxChars: 64 * 1024 * 1024,
	maxFeatures: 20_000
};

export interface KomMonitorValueContext {
	/** The municipality's areas: code → area id. */
	/** Area code → id, or the code's boundary versions (the one valid in a value's year counts). */
	readonly areas: ReadonlyMap<string, number | readonly AreaVersion[]>;
	/** Every indicator an import may use (the same list the CSV import checks against). */
	readonly indicators: readonly CatalogueIndicator[];
	/** The indicator the planner chose for this export: key or name, read as the CSV import does. */
	readonly indicator: string | undefined;
	/** What the export is called (its file name), for suggestions when no indicator was chosen. */
	readonly hint?: string;
	readonly limits?: KomMonitorLimits;
}

export interface KomMonitorValueResult {
	readonly rows: ValueRows;
	readonly problems: readonly ImportProblem[];
	readonly problemCount: number;
	/** Features (areas) in the export. */
	readonly features: number;
	/** The years the rows are for, ascending. */
	readonly years: readonly number[];
	/** The catalogue key the values go to; null when it could not be resolved. */
	readonly indicatorKey: string | null;
}

type Properties = Record<string, unknown>;

interface Entry {
	readonly properties: Properties;
	readonly featureId: unknown;
}

/** The export's entries, or a problem code when the text is not an export at all. */
function entriesOf(
	text: string,
	limits: KomMonitorLimits,
	geometryNeeded: boolean
): { entries: Entry[]; raw: unknown[]; json: unknown } | 'datei_zu_gross' | 'kein_kommonitor' {
	if (text.length > limits.maxChars) return 'datei_zu_gross';
	let json: unknown;
	try {
		json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch {
		return 'kein_kommonitor';
	}
	let raw: unknown[] | null = null;
	if (isObject(json) && json.type === 'FeatureCollection' && Array.isArray(json.features)) {
		raw = json.features;
	} else if (!geometryNeeded && Array.isArray(json)) raw = json;
	if (raw === null) return 'kein_kommonitor';
	const entries = raw.map((item): Entry => {
		if (!isObject(item)) return { properties: {}, featureId: undefined };
		// A feature carries its values in `properties`; a without-geometry entry is the properties.
		if (item.type === 'Feature') {
			return {
				properties: isObject(item.properties) ? item.properties : {},
				featureId: item.id
			};
		}
		return { properties: item, featureId: undefined };
	});
	return { entries, raw, json };
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An id or name as text: strings trimmed, finite numbers written out; null otherwise. */
function scalarText(value: unknown): string | null {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	return null;
}

function firstOf(properties: Properties, names: readonly string[]): string | null {
	for (const name of names) {
		const found = scalarText(properties[name]);
		if (found !== null) return found;
	}
	return null;
}

function featureCode(entry: Entry): string | null {
	return firstOf(entry.properties, ID_PROPERTIES) ?? scalarText(entry.featureId);
}

/** How the report names a property of a feature: `DATE_2021-12-31 (ID 017)`. */
function label(property: string, code: string | null): string {
	return code === null ? property : `${property} (ID ${code})`;
}

/**
 * A KomMonitor value: a number; a numeric string (the without-geometry endpoints give strings);
 * null for "no value" (null, absent, empty, "NaN" — KomMonitor's own no-data markers);
 * undefined for anything else, which the report lists.
 */
export function komMonitorValue(raw: unknown): number | null | undefined {
	if (raw === null || raw === undefined) return null;
	if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
	if (typeof raw !== 'string') return undefined;
	const text = raw.trim();
	if (text === '' || /^(nan|null)$/i.test(text)) return null;
	return parseNumber(text, false) ?? undefined;
}

const DATE_PROPERTY = /^DATE_(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The year a date property stands for, or the problem with it. Only 31 December of a year Y
 * counts, as year Y: the catalogue's values are at a reference date per year, and another date
 * (1 January, mid-year) would either shift a value into a neighbouring year or mix a different
 * definition into the series (decision 0028).
 */
export function komMonitorYear(
	property: string
):
	| { readonly year: number }
	| { readonly problem: 'stichtag_ungueltig' | 'stichtag_kein_jahresende' | 'ungueltiges_jahr' } {
	const match = DATE_PROPERTY.exec(property);
	if (!match) return { problem: 'stichtag_ungueltig' };
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
		return { problem: 'stichtag_ungueltig' };
	}
	if (month !== 12 || day !== 31) return { problem: 'stichtag_kein_jahresende' };
	if (year < 1950 || year > 2100) return { problem: 'ungueltiges_jahr' };
	return { year };
}

/** Reads a KomMonitor indicator export (in the file worker: `readKomMonitorValuesOffLoop`). */
export function readKomMonitorValues(
	text: string,
	context: KomMonitorValueContext
): KomMonitorValueResult {
	const problems = new Problems();
	const buffer = new RowBuffer();
	const keys = context.indicators.map((i) => i.key);
	const years = new Set<number>();
	let indicator = -1;
	const result = (features: number): KomMonitorValueResult => ({
		rows: buffer.rows(keys),
		problems: problems.listed,
		problemCount: problems.count,
		features,
		years: [...years].sort((a, b) => a - b),
		indicatorKey: indicator === -1 ? null : keys[indicator]
	});
	const read = entriesOf(text, context.limits ?? KOMMONITOR_LIMITS, false);
	if (typeof read === 'string') {
		problems.add(1, null, read);
		return result(0);
	}
	const { entries } = read;
	const limits = context.limits ?? KOMMONITOR_LIMITS;
	if (entries.length > limits.maxFeatures) {
		problems.add(1, null, 'zu_viele_gebiete', `${entries.length} > ${limits.maxFeatures}`);
		return result(entries.length);
	}

	const chosen = context.indicator?.trim() ?? '';
	if (chosen === '') {
		problems.add(
			1,
			null,
			'indikator_fehlt',
			undefined,
			closestIndicatorKeys(context.hint ?? '', context.indicators)
		);
	} else {
		indicator = indicatorLookup(context.indicators)(chosen);
		if (indicator === -1) {
			problems.add(
				1,
				null,
				'unbekannter_indikator',
				chosen,
				closestIndicatorKeys(chosen, context.indicators)
			);
		}
	}

	// A date property is checked once, where it first appears; its values are skipped after that.
	const dates = new Map<string, number | null>();
	const firstSeen = new Map<string, number>();
	for (let i = 0; i < entries.length; i += 1) {
		const row = i + 1;
		const entry = entries[i];
		const code = featureCode(entry);
		let known: number | readonly AreaVersion[] | undefined;
		if (code === null) problems.add(row, 'ID', 'kennung_fehlt');
		else if (firstSeen.has(code)) {
			problems.add(
				row,
				'ID',
				'kennung_doppelt',
				`${code} (erstmals Gebiet ${firstSeen.get(code)})`
			);
			continue;
		} else {
			firstSeen.set(code, row);
			known = context.areas.get(code);
			if (known === undefined) problems.add(row, 'ID', 'unbekanntes_gebiet', code);
		}
		for (const [property, raw] of Object.entries(entry.properties)) {
			if (!property.startsWith(KOMMONITOR_DATE_PREFIX)) continue;
			let year = dates.get(property);
			if (year === undefined) {
				const read = komMonitorYear(property);
				year = 'year' in read ? read.year : null;
				dates.set(property, year);
				if ('problem' in read) problems.add(row, property, read.problem, property);
			}
			const value = komMonitorValue(raw);
			if (value === undefined) {
				problems.add(row, label(property, code), 'keine_zahl', String(JSON.stringify(raw)));
				continue;
			}
			if (value === null || year === null || indicator === -1) continue;
			if (!checkRange(context.indicators[indicator], value, row, label(property, code), problems))
				continue;
			if (known === undefined) continue;
			const areaId = areaIdIn(known, year);
			if (areaId === -1) {
				const detail = `${code} ${year} (${validitiesOf(known)})`;
				problems.add(row, label(property, code), 'gebiet_nicht_gueltig', detail);
				continue;
			}
			buffer.push(areaId, indicator, year, value, Number.NaN, Number.NaN);
			years.add(year);
		}
	}
	if (dates.size === 0) problems.add(1, null, 'keine_stichtage');
	else if (problems.count === 0 && buffer.count === 0) problems.add(1, null, 'keine_werte');
	return result(entries.length);
}

// ---------------------------------------------------------------------------------------------
// Spatial units

export interface KomMonitorAreaFile {
	/** A GeoJSON FeatureCollection for the area import: the records valid on the day, `ID`/`NAME`. */
	readonly text: string;
	readonly options: AreaFileOptions;
	/** Feature number in `text` → feature number in the export (index 0 = feature 1). */
	readonly rows: readonly number[];
	/** Records left out because they were not valid on the day. */
	readonly skipped: number;
	readonly problems: readonly ImportProblem[];
	readonly problemCount: number;
}

const VALIDITY_DATE = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

/** A validity date as YYYY-MM-DD; null when absent; undefined when unreadable. */
function validityDate(raw: unknown): string | null | undefined {
	if (raw === null || raw === undefined || raw === '') return null;
	if (typeof raw !== 'string') return undefined;
	return VALIDITY_DATE.exec(raw.trim())?.[1] ?? undefined;
}

/**
 * Turns a KomMonitor spatial-unit export into the existing area import's input. Per area id the
 * record valid on `day` (YYYY-MM-DD) is kept — the later-starting one if two periods touch the
 * day; areas with no record valid that day are left out (areas already stored stay, as with
 * every area import). Only `ID`, `NAME` and the geometry go on, so that no other property of
 * the export is taken for a parent area.
 */
export function komMonitorAreaFile(
	text: string,
	day: string,
	limits: KomMonitorLimits = KOMMONITOR_LIMITS
): KomMonitorAreaFile {
	const problems = new Problems();
	const options: AreaFileOptions = { idProperty: 'ID', nameProperty: 'NAME' };
	const fail = (): KomMonitorAreaFile => ({
		text: '',
		options,
		rows: [],
		skipped: 0,
		problems: problems.listed,
		problemCount: problems.count
	});
	const read = entriesOf(text, limits, true);
	if (typeof read === 'string') {
		problems.add(1, null, read);
		return fail();
	}
	if (read.entries.length > limits.maxFeatures) {
		problems.add(1, null, 'zu_viele_gebiete', `${read.entries.length} > ${limits.maxFeatures}`);
		return fail();
	}
	/** Per area id: the export's index of the record kept and its start. */
	const kept = new Map<string, { index: number; start: string }>();
	const withoutId: number[] = [];
	let skipped = 0;
	read.entries.forEach((entry, index) => {
		const code = featureCode(entry);
		const start = validityDate(entry.properties.validStartDate);
		const end = validityDate(entry.properties.validEndDate);
		if (start === undefined || end === undefined) {
			const property = start === undefined ? 'validStartDate' : 'validEndDate';
			problems.add(
				index + 1,
				label(property, code),
				'gueltigkeit_ungueltig',
				String(entry.properties[property])
			);
			return;
		}
		if ((start !== null && start > day) || (end !== null && end < day)) {
			skipped += 1;
			return;
		}
		// Without an id the area import reports the feature; keep it for that.
		if (code === null) {
			withoutId.push(index);
			return;
		}
		const before = kept.get(code);
		if (!before || (start ?? '') > before.start) {
			if (before) skipped += 1;
			kept.set(code, { index, start: start ?? '' });
		} else skipped += 1;
	});
	if (problems.count > 0) return fail();
	const indices = [...[...kept.values()].map((k) => k.index), ...withoutId].sort((a, b) => a - b);
	const collection: Record<string, unknown> = {
		type: 'FeatureCollection',
		features: indices.map((index) => {
			const entry = read.entries[index];
			const raw = read.raw[index] as Record<string, unknown>;
			return {
				type: 'Feature',
				properties: {
					ID: featureCode(entry),
					NAME: firstOf(entry.properties, NAME_PROPERTIES)
				},
				geometry: raw.geometry ?? null
			};
		})
	};
	if (isObject(read.json) && read.json.crs !== undefined) collection.crs = read.json.crs;
	return {
		text: JSON.stringify(collection),
		options,
		rows: indices.map((index) => index + 1),
		skipped,
		problems: [],
		problemCount: 0
	};
}
