/**
 * Builders for monitoring tests: small GeoJSON grids (WGS84 or EPSG:25832) and CSV files in the
 * encodings German offices use.
 */
import { sql } from 'drizzle-orm';
import proj4 from 'proj4';
import type { Polygon, Position } from 'geojson';
import type { Database } from '../db';
import './geo';

/** Bottrop (05512000) is not part of the demo content, so tests and e2e can import into it. */
export const TEST_AGS = '05512000';

/** A rectangle in WGS84 with the RFC 7946 winding (exterior counter-clockwise). */
export function rectangle(west: number, south: number, east: number, north: number): Polygon {
	return {
		type: 'Polygon',
		coordinates: [
			[
				[west, south],
				[east, south],
				[east, north],
				[west, north],
				[west, south]
			]
		]
	};
}

export interface GridOptions {
	readonly columns?: number;
	readonly rows?: number;
	readonly west?: number;
	readonly south?: number;
	/** Cell size in degrees. */
	readonly size?: number;
	readonly crs?: 'EPSG:4326' | 'EPSG:25832';
	/** Extra vertices along each edge, so that simplification has something to remove. */
	readonly densify?: number;
}

/** Codes Q01, Q02 … in reading order; names "Quartier 1" …; parent "Nord"/"Süd" by row. */
export function gridGeoJson(options: GridOptions = {}): string {
	const columns = options.columns ?? 3;
	const rows = options.rows ?? 2;
	const west = options.west ?? 6.9;
	const south = options.south ?? 51.52;
	const size = options.size ?? 0.02;
	const densify = options.densify ?? 0;
	const project =
		options.crs === 'EPSG:25832'
			? (p: Position): Position => {
					const [x, y] = proj4('EPSG:4326', 'EPSG:25832', [p[0], p[1]]);
					return [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];
				}
			: (p: Position) => p;
	const features = [];
	for (let r = 0; r < rows; r += 1) {
		for (let c = 0; c < columns; c += 1) {
			const x0 = west + c * size;
			const y0 = south + (rows - 1 - r) * size;
			const corners: Position[] = [
				[x0, y0],
				[x0 + size, y0],
				[x0 + size, y0 + size],
				[x0, y0 + size]
			];
			const ring: Position[] = [];
			for (let k = 0; k < 4; k += 1) {
				const a = corners[k];
				const b = corners[(k + 1) % 4];
				for (let s = 0; s <= densify; s += 1) {
					const t = s / (densify + 1);
					ring.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
				}
			}
			ring.push(ring[0]);
			const n = r * columns + c + 1;
			features.push({
				type: 'Feature',
				properties: {
					id: `Q${String(n).padStart(2, '0')}`,
					name: `Quartier ${n}`,
					parent: r === 0 ? 'Nord' : 'Süd'
				},
				geometry: { type: 'Polygon', coordinates: [ring.map(project)] }
			});
		}
	}
	const collection: Record<string, unknown> = { type: 'FeatureCollection', features };
	if (options.crs === 'EPSG:25832') {
		collection.crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } };
	}
	return JSON.stringify(collection);
}

export function utf8(text: string, bom = false): Uint8Array {
	const body = new TextEncoder().encode(text);
	if (!bom) return body;
	const out = new Uint8Array(body.length + 3);
	out.set([0xef, 0xbb, 0xbf]);
	out.set(body, 3);
	return out;
}

const WINDOWS_1252: Record<string, number> = {
	'€': 0x80,
	'„': 0x84,
	'“': 0x93,
	'”': 0x94,
	'–': 0x96
};

/** Windows-1252 bytes (Latin-1 range plus the few typographic signs a header might hold). */
export function windows1252(text: string): Uint8Array {
	return Uint8Array.from([...text], (ch) => {
		const code = ch.codePointAt(0)!;
		if (code < 0x100) return code;
		const mapped = WINDOWS_1252[ch];
		if (mapped === undefined) throw new Error(`not in Windows-1252: ${ch}`);
		return mapped;
	});
}

const ATLAS_TEST_CODES = Array.from({ length: 12 }, (_, i) => `Q${String(i + 1).padStart(2, '0')}`);
export const ATLAS_TEST_YEARS = [2021, 2022, 2023];
const ATLAS_TEST_SHARES = [
	'sgb2_quote',
	'kinderarmut',
	'arbeitslose_je_100',
	'langzeitarbeitslose_je_100',
	'anteil_unter_18',
	'anteil_ueber_65'
];

/**
 * Values for `gridGeoJson({ columns: 4, rows: 3 })`: twelve areas, three years, six shares with counts (some small enough to be suppressed), the
 * population, a measure, and a share imported with its base but without numerator: enough for MSS, typology,
 * ranks, primary and secondary suppression.
 */
export function atlasTestValues(): string {
	const lines = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
	ATLAS_TEST_CODES.forEach((code, a) => {
		ATLAS_TEST_YEARS.forEach((year, y) => {
			const population = 800 + ((a * 397 + y * 53) % 2400);
			lines.push(`${code};einwohner;${year};${population};;`);
			ATLAS_TEST_SHARES.forEach((key, k) => {
				const denominator = 400 + ((a * 131 + k * 71 + y * 17) % 1600);
				const numerator =
					(a * 7 + k * 13 + y * 5) % 11 === 0 ? 2 : (a * 37 + k * 29 + y * 11) % 300;
				const value = ((numerator / denominator) * 100).toFixed(1).replace('.', ',');
				lines.push(`${code};${key};${year};${value};${numerator};${denominator}`);
			});
			const flaeche = (30 + ((a * 3.7 + y * 1.3) % 20)).toFixed(1).replace('.', ',');
			lines.push(`${code};wohnflaeche;${year};${flaeche};;`);
			// A share with its base but without numerator: the count is value × base ÷ 100.
			const nd = (5 + ((a * 2.9 + y) % 30)).toFixed(1).replace('.', ',');
			lines.push(`${code};nichtdeutsch;${year};${nd};;${population}`);
		});
	});
	return lines.join('\n');
}

/**
 * Every municipality's monitoring data gone (catalogue and reference data stay), children before
 * parents: each DB test starts from municipalities without areas, values, imports or settings.
 * Callers clear the atlas cache too, since the emptied tables start their data versions from 1.
 */
export async function clearMonitoringData(db: Database): Promise<void> {
	for (const table of [
		'monitoring_draft_values',
		'monitoring_replaced_values',
		'monitoring_replaced_areas',
		'monitoring_type_labels',
		'indicator_values',
		'area_successors',
		'areas',
		'audit_log',
		'monitoring_imports',
		'monitoring_datasets'
	]) {
		await db.execute(sql.raw(`delete from ${table}`));
	}
}
