/**
 * The validation report of an import: every problem with its row (line of a CSV file, number of
 * a GeoJSON feature) and column, each with the German message a planner can act on.
 */
export const IMPORT_PROBLEM_MESSAGES = {
	leere_datei: 'Die Datei ist leer.',
	keine_zeilen: 'Die Datei hat keine Zeilen mit Werten, nur die Kopfzeile.',
	kopfzeile:
		'Die Kopfzeile braucht eine Spalte „Gebiet“ und entweder „Indikator“, „Jahr“ und „Wert“ (Langform) oder eine Spalte je Indikator (Breitform).',
	spalte_doppelt: 'Diese Spalte kommt in der Kopfzeile zweimal vor.',
	spaltenzahl: 'Die Zeile hat eine andere Anzahl von Feldern als die Kopfzeile.',
	gebiet_fehlt: 'Die Gebietskennung fehlt.',
	unbekanntes_gebiet:
		'Dieses Gebiet ist für die Gemeinde nicht angelegt (zuerst die Gebiete importieren).',
	indikator_fehlt: 'Der Indikator fehlt.',
	unbekannter_indikator: 'Diesen Indikator gibt es im Katalog nicht.',
	jahr_fehlt: 'Das Jahr fehlt (Spalte „Jahr“ oder Angabe beim Import).',
	ungueltiges_jahr: 'Das Jahr muss eine ganze Zahl zwischen 1950 und 2100 sein.',
	wert_fehlt: 'Der Wert fehlt (oder Zähler und Nenner angeben).',
	keine_zahl: 'Das ist keine Zahl.',
	keine_ganze_zahl: 'Eine Anzahl muss eine ganze Zahl ab 0 sein.',
	ausserhalb_bereich: 'Der Wert liegt außerhalb des zulässigen Bereichs dieses Indikators.',
	nenner_ungueltig: 'Der Nenner muss größer als 0 und mindestens so groß wie der Zähler sein.',
	widerspruch: 'Der Wert passt nicht zu Zähler ÷ Nenner.',
	doppelt: 'Gebiet, Indikator und Jahr kommen schon in einer früheren Zeile vor.',
	kein_geojson: 'Die Datei ist kein GeoJSON (erwartet wird eine FeatureCollection).',
	crs_unbekannt:
		'Das Koordinatensystem wird nicht unterstützt. Erlaubt sind WGS84 (EPSG:4326) und ETRS89 / UTM 32N (EPSG:25832).',
	geometrie_fehlt: 'Das Gebiet hat keine Geometrie.',
	geometrie_typ: 'Die Geometrie muss ein Polygon oder MultiPolygon sein.',
	geometrie_ungueltig:
		'Die Geometrie ist ungültig (Ringe brauchen mindestens vier Punkte und müssen geschlossen sein).',
	koordinaten_ausserhalb:
		'Die Koordinaten liegen nicht in Deutschland – stimmt das Koordinatensystem?',
	kennung_fehlt: 'Die Gebietskennung fehlt.',
	kennung_doppelt: 'Diese Gebietskennung kommt schon bei einem früheren Gebiet vor.',
	name_fehlt: 'Der Gebietsname fehlt.',
	steuerzeichen:
		'Der Text enthält Steuerzeichen oder ungültige Zeichen (zum Beispiel ein Null-Byte).',
	oberbezirk_unbekannt: 'Das übergeordnete Gebiet gibt es in der Datei nicht.'
} as const satisfies Record<string, string>;

export type ImportProblemCode = keyof typeof IMPORT_PROBLEM_MESSAGES;

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
