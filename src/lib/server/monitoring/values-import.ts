/**
 * Reading and checking an indicator-value file (pure: text and catalogue in, rows and problems
 * out). Nothing is stored here; the store writes the rows only when the problem list is empty.
 *
 * Long form:  Gebiet;Indikator;Jahr;Wert[;Zähler;Nenner]   — one value per row
 * Wide form:  Gebiet;Jahr;<indicator key>;<indicator key>…  — one area and year per row
 * (the year column may be left out in the wide form when the caller gives the year).
 */
import {
	columnLetter,
	csvRecords,
	detectDelimiter,
	firstLine,
	normaliseHeader,
	parseNumber,
	type Delimiter
} from './csv';
import type { IndicatorKind } from '$lib/types/monitoring';
import { Problems, type ImportProblem } from './problems';
import { closestIndicatorKeys } from './suggest';

export interface CatalogueIndicator {
	readonly key: string;
	readonly name: string;
	readonly kind: IndicatorKind;
	readonly per: number | null;
	readonly minValue: number | null;
	readonly maxValue: number | null;
}

/** One boundary version of an area (decision 0029). */
export interface AreaVersion {
	readonly id: number;
	/** First year; null = from the beginning. */
	readonly validFrom: number | null;
	/** Last year; null = current. */
	readonly validTo: number | null;
}

export interface ValueImportContext {
	/**
	 * The municipality's areas: code → area id (every version valid throughout), or code → its
	 * boundary versions, of which the one valid in a value's year takes the value.
	 */
	readonly areas: ReadonlyMap<string, number | readonly AreaVersion[]>;
	readonly indicators: readonly CatalogueIndicator[];
	/** Year for wide files without a year column. */
	readonly year?: number;
}

/** Parsed rows in columns (typed arrays keep a million rows small); NaN = no numerator etc. */
export interface ValueRows {
	readonly count: number;
	readonly areaIds: Int32Array;
	readonly indicatorIndex: Uint16Array;
	readonly indicatorKeys: readonly string[];
	readonly years: Int16Array;
	readonly values: Float64Array;
	readonly numerators: Float64Array;
	readonly denominators: Float64Array;
}

export interface ValueFileResult {
	readonly format: 'lang' | 'breit';
	readonly delimiter: Delimiter;
	readonly rows: ValueRows;
	readonly problems: readonly ImportProblem[];
	/** All problems found, including those beyond MAX_LISTED_PROBLEMS. */
	readonly problemCount: number;
	readonly dataRows: number;
}

export type { ImportProblem };

export type ProgressCallback = (progress: {
	readonly phase: 'pruefen' | 'schreiben';
	readonly done: number;
	readonly total: number;
	// The writer waits for a returned promise before its next chunk (tests use that to act between chunks).
}) => void | Promise<void>;

const AREA_HEADERS = [
	'gebiet',
	'gebiet_id',
	'gebietskennung',
	'gebietsschluessel',
	'quartier',
	'stadtteil',
	'bezirk',
	'area',
	'area_id',
	'code',
	'id'
];
/** An area's name, for people reading the file (the template has it); the import ignores it. */
export const AREA_NAME_HEADERS = ['gebietsname', 'name', 'bezeichnung', 'area_name'];
const INDICATOR_HEADERS = ['indikator', 'indicator', 'merkmal', 'kennzahl'];
const YEAR_HEADERS = ['jahr', 'year', 'stichtag_jahr'];
const VALUE_HEADERS = ['wert', 'value'];
const NUMERATOR_HEADERS = ['zaehler', 'numerator', 'anzahl'];
const DENOMINATOR_HEADERS = ['nenner', 'denominator', 'bezugsgroesse', 'basis'];

/** Tolerance for value vs. numerator ÷ denominator × per: rounding to one decimal in the source. */
const CONSISTENCY_TOLERANCE = 0.051;

/** Checked rows as they are read, in growing typed arrays (the CSV and KomMonitor readers). */
export class RowBuffer {
	count = 0;
	areaIds: Int32Array;
	indicatorIndex: Uint16Array;
	years: Int16Array;
	values: Float64Array;
	numerators: Float64Array;
	denominators: Float64Array;

	constructor(capacity = 1024) {
		this.areaIds = new Int32Array(capacity);
		this.indicatorIndex = new Uint16Array(capacity);
		this.years = new Int16Array(capacity);
		this.values = new Float64Array(capacity);
		this.numerators = new Float64Array(capacity);
		this.denominators = new Float64Array(capacity);
	}

	push(area: number, indicator: number, year: number, value: number, num: number, den: number) {
		if (this.count === this.areaIds.length) this.grow();
		const i = this.count;
		this.areaIds[i] = area;
		this.indicatorIndex[i] = indicator;
		this.years[i] = year;
		this.values[i] = value;
		this.numerators[i] = num;
		this.denominators[i] = den;
		this.count += 1;
	}

	private grow(): void {
		const size = this.areaIds.length * 2;
		const grow = <T extends Int32Array | Uint16Array | Int16Array | Float64Array>(
			old: T,
			make: (n: number) => T
		): T => {
			const next = make(size);
			next.set(old);
			return next;
		};
		this.areaIds = grow(this.areaIds, (n) => new Int32Array(n));
		this.indicatorIndex = grow(this.indicatorIndex, (n) => new Uint16Array(n));
		this.years = grow(this.years, (n) => new Int16Array(n));
		this.values = grow(this.values, (n) => new Float64Array(n));
		this.numerators = grow(this.numerators, (n) => new Float64Array(n));
		this.denominators = grow(this.denominators, (n) => new Float64Array(n));
	}

	rows(keys: readonly string[]): ValueRows {
		const n = this.count;
		return {
			count: n,
			areaIds: this.areaIds.subarray(0, n),
			indicatorIndex: this.indicatorIndex.subarray(0, n),
			indicatorKeys: keys,
			years: this.years.subarray(0, n),
			values: this.values.subarray(0, n),
			numerators: this.numerators.subarray(0, n),
			denominators: this.denominators.subarray(0, n)
		};
	}
}

interface Columns {
	readonly area: number;
	readonly indicator: number;
	readonly year: number;
	readonly value: number;
	readonly numerator: number;
	readonly denominator: number;
	/** Wide form: column index → indicator index. */
	readonly wide: ReadonlyMap<number, number>;
	/** Wide form: an indicator's numerator and base columns (`<key>_zaehler`, `<key>_nenner`). */
	readonly wideParts: ReadonlyMap<number, { numerator: number; denominator: number }>;
}

/**
 * Takes checked rows in batches while the file is still being read (the file worker sends each
 * to the main thread, which writes it while the next is read; decision 0043). Batches stop at
 * the first problem: such a file is stored not at all, and the caller drops what it was given.
 */
export interface RowSink {
	/** Rows per batch. */
	readonly rows: number;
	take(rows: ValueRows): void;
}

/**
 * Reads and checks a whole value file. Every problem is reported with its line and column; the
 * rows are only meant to be stored when `problemCount` is 0. With a `sink`, the rows go to it in
 * batches as they are checked, and the result's `rows` is empty.
 */
export function readValueFile(
	text: string,
	context: ValueImportContext,
	onProgress?: ProgressCallback,
	sink?: RowSink
): ValueFileResult {
	const problems = new Problems();
	let buffer = new RowBuffer(sink?.rows);
	const keys = context.indicators.map((i) => i.key);
	/** A full batch goes to the sink; after a problem it is dropped, as nothing will be stored. */
	const flush = () => {
		if (!sink || buffer.count === 0) return;
		if (problems.count === 0) sink.take(buffer.rows(keys));
		buffer = new RowBuffer(sink.rows);
	};
	const keep = (
		area: number,
		indicator: number,
		year: number,
		value: number,
		num: number,
		den: number
	) => {
		buffer.push(area, indicator, year, value, num, den);
		if (sink && buffer.count >= sink.rows) flush();
	};
	const header = firstLine(text);
	const delimiter = detectDelimiter(header);
	const empty = (format: 'lang' | 'breit'): ValueFileResult => ({
		format,
		delimiter,
		rows: buffer.rows(keys),
		problems: problems.listed,
		problemCount: problems.count,
		dataRows: 0
	});
	if (header.trim() === '') {
		problems.add(1, null, 'leere_datei');
		return empty('lang');
	}
	const records = csvRecords(text, delimiter);
	const headerRecord = records.next();
	if (headerRecord.done) {
		problems.add(1, null, 'leere_datei');
		return empty('lang');
	}
	const names = headerRecord.value.fields;
	const columns = resolveColumns(names, context, problems);
	const format = columns && columns.indicator === -1 ? 'breit' : 'lang';
	if (!columns) return empty(format);

	const label = (index: number) => `${columnLetter(index)} (${names[index].trim()})`;
	const germanFile = delimiter === ';';
	const seen = new Map<number, number>();
	const findIndicator = indicatorLookup(context.indicators);
	// A file repeats its unknown code on every row: look each one up once.
	const suggestions = new Map<string, readonly string[]>();
	const suggest = (code: string): readonly string[] => {
		let found = suggestions.get(code);
		if (found === undefined) {
			found = closestIndicatorKeys(code, context.indicators);
			suggestions.set(code, found);
		}
		return found;
	};
	const yearSpan = 151;
	const duplicateKey = (area: number, indicator: number, year: number) =>
		(area * keys.length + indicator) * yearSpan + (year - 1950);

	let dataRows = 0;
	const expectedRows = onProgress ? countLines(text) - 1 : 0;
	for (const record of records) {
		dataRows += 1;
		if (onProgress && dataRows % 50_000 === 0) {
			onProgress({ phase: 'pruefen', done: dataRows, total: Math.max(dataRows, expectedRows) });
		}
		const { line, fields } = record;
		if (fields.length !== names.length) {
			problems.add(line, null, 'spaltenzahl', `${fields.length} statt ${names.length} Felder`);
			continue;
		}
		const areaText = fields[columns.area].trim();
		const year = readYear(fields, columns.year, context.year, line, label, problems);
		let areaId = -1;
		if (areaText === '') problems.add(line, label(columns.area), 'gebiet_fehlt');
		else {
			const known = context.areas.get(areaText);
			if (known === undefined) {
				problems.add(line, label(columns.area), 'unbekanntes_gebiet', areaText);
			} else if (typeof known === 'number') areaId = known;
			else if (year !== null) {
				areaId = versionIn(known, year)?.id ?? -1;
				if (areaId === -1) {
					problems.add(
						line,
						label(columns.area),
						'gebiet_nicht_gueltig',
						`${areaText} ${year} (${known.map(validityOf).join(', ')})`
					);
				}
			}
		}

		if (format === 'breit') {
			for (const [index, indicator] of columns.wide) {
				const parts = columns.wideParts.get(indicator) ?? { numerator: -1, denominator: -1 };
				const cell = fields[index].trim();
				const read = (column: number) =>
					readOptional(fields, column, germanFile, line, label, problems);
				const numerator = read(parts.numerator);
				const denominator = read(parts.denominator);
				if (numerator === undefined || denominator === undefined) continue;
				if (cell === '' && numerator === null && denominator === null) continue;
				let value: number | null = null;
				if (cell !== '') {
					value = parseNumber(cell, germanFile);
					if (value === null) {
						problems.add(line, label(index), 'keine_zahl', cell);
						continue;
					}
				}
				const entry = context.indicators[indicator];
				const own = { ...columns, value: index, ...parts };
				const checked = checkParts(
					entry,
					value,
					numerator,
					denominator,
					line,
					own,
					label,
					problems
				);
				if (checked === null) continue;
				if (!checkRange(entry, checked, line, label(index), problems)) continue;
				if (areaId === -1 || year === null) continue;
				const key = duplicateKey(areaId, indicator, year);
				if (seen.has(key)) {
					problems.add(line, label(index), 'doppelt', `erstmals in Zeile ${seen.get(key)}`);
					continue;
				}
				seen.set(key, line);
				keep(areaId, indicator, year, checked, numerator ?? Number.NaN, denominator ?? Number.NaN);
			}
			continue;
		}

		const indicatorText = fields[columns.indicator].trim();
		let indicator = -1;
		if (indicatorText === '') problems.add(line, label(columns.indicator), 'indikator_fehlt');
		else {
			indicator = findIndicator(indicatorText);
			if (indicator === -1) {
				problems.add(
					line,
					label(columns.indicator),
					'unbekannter_indikator',
					indicatorText,
					suggest(indicatorText)
				);
			}
		}
		const numerator = readOptional(fields, columns.numerator, germanFile, line, label, problems);
		const denominator = readOptional(
			fields,
			columns.denominator,
			germanFile,
			line,
			label,
			problems
		);
		const valueText = columns.value === -1 ? '' : fields[columns.value].trim();
		let value: number | null = null;
		if (valueText !== '') {
			value = parseNumber(valueText, germanFile);
			if (value === null) {
				problems.add(line, label(columns.value), 'keine_zahl', valueText);
				continue;
			}
		}
		if (indicator === -1 || numerator === undefined || denominator === undefined) continue;
		const entry = context.indicators[indicator];
		const checked = checkParts(
			entry,
			value,
			numerator,
			denominator,
			line,
			columns,
			label,
			problems
		);
		if (checked === null) continue;
		if (
			!checkRange(
				entry,
				checked,
				line,
				label(columns.value === -1 ? columns.area : columns.value),
				problems
			)
		)
			continue;
		if (areaId === -1 || year === null) continue;
		const key = duplicateKey(areaId, indicator, year);
		if (seen.has(key)) {
			problems.add(line, null, 'doppelt', `erstmals in Zeile ${seen.get(key)}`);
			continue;
		}
		seen.set(key, line);
		keep(areaId, indicator, year, checked, numerator ?? Number.NaN, denominator ?? Number.NaN);
	}
	onProgress?.({ phase: 'pruefen', done: dataRows, total: dataRows });
	// A header alone would be stored as a successful import of nothing.
	if (dataRows === 0) problems.add(2, null, 'keine_zeilen');
	flush();
	return {
		format,
		delimiter,
		rows: buffer.rows(keys),
		problems: problems.listed,
		problemCount: problems.count,
		dataRows
	};
}

/**
 * How a file's indicator code is resolved: the catalogue key as written, in lower case, or the
 * indicator's name; -1 when none matches. Every indicator row of the `indicators` table counts.
 */
export function indicatorLookup(
	indicators: readonly CatalogueIndicator[]
): (code: string) => number {
	const byKey = new Map(indicators.map((ind, i) => [ind.key, i]));
	const byName = new Map(indicators.map((ind, i) => [normaliseHeader(ind.name), i]));
	return (code) =>
		byKey.get(code) ?? byKey.get(code.toLowerCase()) ?? byName.get(normaliseHeader(code)) ?? -1;
}

/** Line count for the progress total (quoted line breaks make it an upper bound). */
function countLines(text: string): number {
	let lines = text.endsWith('\n') ? 0 : 1;
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
	return lines;
}

function resolveColumns(
	names: readonly string[],
	context: ValueImportContext,
	problems: Problems
): Columns | null {
	const normalised = names.map(normaliseHeader);
	const firstOf = (aliases: readonly string[]) => normalised.findIndex((n) => aliases.includes(n));
	let ok = true;
	normalised.forEach((name, i) => {
		if (name !== '' && normalised.indexOf(name) !== i) {
			problems.add(1, `${columnLetter(i)} (${names[i].trim()})`, 'spalte_doppelt');
			ok = false;
		}
	});
	const area = firstOf(AREA_HEADERS);
	const indicator = firstOf(INDICATOR_HEADERS);
	const year = firstOf(YEAR_HEADERS);
	const value = firstOf(VALUE_HEADERS);
	const numerator = firstOf(NUMERATOR_HEADERS);
	const denominator = firstOf(DENOMINATOR_HEADERS);
	if (area === -1) {
		problems.add(1, null, 'kopfzeile');
		return null;
	}
	if (indicator !== -1) {
		if (year === -1 && context.year === undefined) problems.add(1, null, 'jahr_fehlt');
		if (value === -1 && (numerator === -1 || denominator === -1)) {
			problems.add(1, null, 'kopfzeile');
			return null;
		}
		const wide = new Map<number, number>();
		const wideParts = new Map<number, { numerator: number; denominator: number }>();
		return ok ? { area, indicator, year, value, numerator, denominator, wide, wideParts } : null;
	}
	const wide = new Map<number, number>();
	const wideParts = new Map<number, { numerator: number; denominator: number }>();
	const byKey = new Map(context.indicators.map((ind, i) => [ind.key, i]));
	const byName = new Map(context.indicators.map((ind, i) => [normaliseHeader(ind.name), i]));
	normalised.forEach((name, i) => {
		if (i === area || i === year || AREA_NAME_HEADERS.includes(name)) return;
		// `<key>_zaehler` / `<key>_nenner`: the numerator and base of a share in the wide form.
		const part = /^(.+)_(zaehler|nenner)$/.exec(name);
		const partOf = part ? byKey.get(part[1]) : undefined;
		if (part && partOf !== undefined) {
			const known = wideParts.get(partOf) ?? { numerator: -1, denominator: -1 };
			wideParts.set(partOf, {
				...known,
				[part[2] === 'zaehler' ? 'numerator' : 'denominator']: i
			});
			return;
		}
		const found = byKey.get(names[i].trim().toLowerCase()) ?? byName.get(name);
		if (found === undefined) {
			problems.add(
				1,
				`${columnLetter(i)} (${names[i].trim()})`,
				'unbekannter_indikator',
				names[i].trim(),
				closestIndicatorKeys(names[i], context.indicators)
			);
			ok = false;
		} else wide.set(i, found);
	});
	const valueColumns = new Set(wide.values());
	for (const [indicator, parts] of wideParts) {
		if (valueColumns.has(indicator)) continue;
		for (const i of [parts.numerator, parts.denominator].filter((c) => c !== -1)) {
			problems.add(1, `${columnLetter(i)} (${names[i].trim()})`, 'teil_ohne_wert');
		}
		ok = false;
	}
	if (wide.size === 0 && ok) {
		problems.add(1, null, 'kopfzeile');
		return null;
	}
	if (year === -1 && context.year === undefined) {
		problems.add(1, null, 'jahr_fehlt');
		ok = false;
	}
	return ok
		? { area, indicator: -1, year, value: -1, numerator: -1, denominator: -1, wide, wideParts }
		: null;
}

function readYear(
	fields: readonly string[],
	column: number,
	fallback: number | undefined,
	line: number,
	label: (i: number) => string,
	problems: Problems
): number | null {
	if (column === -1) return fallback ?? null;
	const text = fields[column].trim();
	if (text === '') {
		if (fallback !== undefined) return fallback;
		problems.add(line, label(column), 'jahr_fehlt');
		return null;
	}
	const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
	if (!(year >= 1950 && year <= 2100)) {
		problems.add(line, label(column), 'ungueltiges_jahr', text);
		return null;
	}
	return year;
}

/** undefined = a problem was reported; null = the column is absent or the cell empty. */
function readOptional(
	fields: readonly string[],
	column: number,
	germanFile: boolean,
	line: number,
	label: (i: number) => string,
	problems: Problems
): number | null | undefined {
	if (column === -1) return null;
	const text = fields[column].trim();
	if (text === '') return null;
	const value = parseNumber(text, germanFile);
	if (value === null) {
		problems.add(line, label(column), 'keine_zahl', text);
		return undefined;
	}
	if (!Number.isInteger(value) || value < 0) {
		problems.add(line, label(column), 'keine_ganze_zahl', text);
		return undefined;
	}
	return value;
}

/**
 * The value to store, from the value and/or numerator and denominator; null after reporting a
 * problem. A share given only as numerator and denominator gets its value computed.
 */
function checkParts(
	indicator: CatalogueIndicator,
	value: number | null,
	numerator: number | null,
	denominator: number | null,
	line: number,
	columns: Columns,
	label: (i: number) => string,
	problems: Problems
): number | null {
	// A proportion (a share capped at its base, as every catalogue share: at most 100 %) counts a
	// part of its denominator; a rate such as visits per 1,000 residents may exceed it.
	const per = indicator.kind === 'share' ? (indicator.per ?? 100) : 1;
	const bounded =
		indicator.kind !== 'share' || (indicator.maxValue !== null && indicator.maxValue <= per);
	if (
		denominator !== null &&
		(denominator <= 0 || (bounded && numerator !== null && numerator > denominator))
	) {
		problems.add(line, label(columns.denominator), 'nenner_ungueltig', String(denominator));
		return null;
	}
	const computed =
		numerator !== null && denominator !== null ? (numerator / denominator) * per : null;
	if (value === null) {
		if (computed === null) {
			problems.add(line, columns.value === -1 ? null : label(columns.value), 'wert_fehlt');
			return null;
		}
		return computed;
	}
	if (
		computed !== null &&
		Math.abs(computed - value) > CONSISTENCY_TOLERANCE + Math.abs(value) * 0.005
	) {
		problems.add(line, label(columns.value), 'widerspruch', `${value} ≠ ${computed.toFixed(2)}`);
		return null;
	}
	return value;
}

export function checkRange(
	indicator: CatalogueIndicator,
	value: number,
	line: number,
	column: string,
	problems: Problems
): boolean {
	if (indicator.kind === 'count' && (!Number.isInteger(value) || value < 0)) {
		problems.add(line, column, 'keine_ganze_zahl', String(value));
		return false;
	}
	if (
		(indicator.minValue !== null && value < indicator.minValue) ||
		(indicator.maxValue !== null && value > indicator.maxValue)
	) {
		const range = `${indicator.minValue ?? '−∞'} bis ${indicator.maxValue ?? '∞'}`;
		problems.add(line, column, 'ausserhalb_bereich', `${value} (erlaubt ${range})`);
		return false;
	}
	return true;
}

/** The id of the area version valid in the year, or -1 when there is none. */
export function areaIdIn(known: number | readonly AreaVersion[], year: number): number {
	return typeof known === 'number' ? known : (versionIn(known, year)?.id ?? -1);
}

/** "2010–2019, 2020–…": the years an area's versions are valid, for a problem report. */
export function validitiesOf(known: number | readonly AreaVersion[]): string {
	return typeof known === 'number' ? '' : known.map(validityOf).join(', ');
}

function versionIn(versions: readonly AreaVersion[], year: number): AreaVersion | undefined {
	return versions.find(
		(v) =>
			(v.validFrom === null || v.validFrom <= year) && (v.validTo === null || v.validTo >= year)
	);
}

function validityOf(v: AreaVersion): string {
	return `${v.validFrom ?? '…'}–${v.validTo ?? '…'}`;
}
