import { de } from '$lib/i18n/catalogues';

/**
 * The validation report of an import: every problem with its row (line of a CSV file, number of
 * a GeoJSON feature) and column, each with the German message a planner can act on.
 */
/** Every problem an import can report; the messages are in the i18n catalogues (`import.problem.*`). */
export const IMPORT_PROBLEM_CODES = [
	'leere_datei',
	'keine_zeilen',
	'kopfzeile',
	'spalte_doppelt',
	'teil_ohne_wert',
	'spaltenzahl',
	'gebiet_fehlt',
	'unbekanntes_gebiet',
	'indikator_fehlt',
	'unbekannter_indikator',
	'jahr_fehlt',
	'ungueltiges_jahr',
	'wert_fehlt',
	'keine_zahl',
	'keine_ganze_zahl',
	'ausserhalb_bereich',
	'nenner_ungueltig',
	'widerspruch',
	'doppelt',
	'kein_geojson',
	'crs_unbekannt',
	'geometrie_fehlt',
	'geometrie_typ',
	'geometrie_ungueltig',
	'koordinaten_ausserhalb',
	'kennung_fehlt',
	'kennung_doppelt',
	'name_fehlt',
	'steuerzeichen',
	'oberbezirk_unbekannt',
	'kein_kommonitor',
	'datei_zu_gross',
	'datei_zu_aufwendig',
	'zu_viele_gebiete',
	'keine_stichtage',
	'stichtag_ungueltig',
	'stichtag_kein_jahresende',
	'keine_werte',
	'gueltigkeit_ungueltig',
	'gebiet_nicht_gueltig',
	'vorgaenger_unbekannt',
	'gueltig_ab_zu_frueh',
	'werte_nach_grenzaenderung'
] as const;

export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** The German message of each problem, as stored with the report and given by the API. */
export const IMPORT_PROBLEM_MESSAGES = Object.fromEntries(
	IMPORT_PROBLEM_CODES.map((code) => [code, de[`import.problem.${code}`]])
) as Record<ImportProblemCode, string>;

export interface ImportProblem {
	/** Line in the file (1 = header); for GeoJSON the feature number (1 = first feature). */
	readonly row: number;
	/** Spreadsheet letter and header name, e.g. "D (Wert)", or a property name; null = whole row. */
	readonly column: string | null;
	readonly code: ImportProblemCode;
	readonly message: string;
	/** The offending text as found in the file (shortened). */
	readonly found?: string;
	/** For an unknown indicator: the catalogue keys closest to what was found, best first. */
	readonly suggestions?: readonly string[];
}

/** At most this many problems are listed; the report then names how many more there were. */
export const MAX_LISTED_PROBLEMS = 1000;

export class Problems {
	readonly listed: ImportProblem[] = [];
	count = 0;
	add(
		row: number,
		column: string | null,
		code: ImportProblemCode,
		found?: string,
		suggestions?: readonly string[]
	): void {
		this.count += 1;
		if (this.listed.length >= MAX_LISTED_PROBLEMS) return;
		const problem: ImportProblem = { row, column, code, message: IMPORT_PROBLEM_MESSAGES[code] };
		this.listed.push({
			...problem,
			...(found === undefined ? {} : { found: found.slice(0, 60) }),
			...(suggestions?.length ? { suggestions } : {})
		});
	}
}
