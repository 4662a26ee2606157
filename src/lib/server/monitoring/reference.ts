/**
 * Reference data shipped in data/reference (see SOURCES.md): the 53 municipalities of the
 * Metropole Ruhr with boundaries, the indicator catalogue, and real municipality-level values
 * (INKAR unemployment share, RKI GISD). Loaded at every start; existing rows are left alone, so
 * catalogue edits by planners survive.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../db';
import { indicators, municipalities, municipalityValues } from '../db/schema';
import type { TimeBasis } from '$lib/types/monitoring';
import { DEFAULT_INDICATORS } from './catalogue';
import { csvRecords } from './csv';
import { simplifyShared, type AreaGeometry } from './geo';

/** ≈ 7,500 m² triangles: invisible at region scale, far fewer vertices. */
const MUNICIPALITY_SIMPLIFY_WEIGHT = 1e-6;

export const referenceDir = () => resolve(process.env.REFERENCE_DATA_DIR ?? 'data/reference');

export const INKAR_SOURCE =
	'INKAR (BBSR), Ausgabe 2024, via RKI-GISD-Repository; Anteil eigene Berechnung';
export const GISD_SOURCE = 'Robert Koch-Institut (2025): GISD, Release 2025 v1.0';

function readCsv(name: string): Record<string, string>[] {
	const text = readFileSync(join(referenceDir(), name), 'utf8');
	const records = [...csvRecords(text, ',')];
	const header = records[0].fields;
	return records.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r.fields[i]])));
}

export interface ReferenceMunicipality {
	ags: string;
	name: string;
	nameOfficial: string;
	kreisAgs: string;
	kreisName: string;
	kreisfrei: boolean;
	areaKm2: number;
	population: number;
	populationDate: string;
	geometry: AreaGeometry | null;
}

export function referenceMunicipalities(): ReferenceMunicipality[] {
	const shapes = JSON.parse(
		readFileSync(join(referenceDir(), 'rvr-gemeinden.geojson'), 'utf8')
	) as {
		features: { id: string; geometry: AreaGeometry }[];
	};
	const geometryOf = new Map(shapes.features.map((f) => [String(f.id), f.geometry]));
	const rows = readCsv('rvr-gemeinden.csv');
	// Simplified once on the shared topology: the region map stays small and gap-free.
	const simplified = new Map(
		simplifyShared(
			rows
				.filter((r) => geometryOf.has(r.ags))
				.map((r) => ({
					code: r.ags,
					name: r.name,
					parentCode: null,
					geometry: geometryOf.get(r.ags)!
				})),
			MUNICIPALITY_SIMPLIFY_WEIGHT
		).map((a) => [a.code, a.geometry])
	);
	return rows.map((r) => ({
		ags: r.ags,
		name: r.name,
		nameOfficial: r.name_official,
		kreisAgs: r.kreis_ags,
		kreisName: r.kreis_name,
		kreisfrei: r.kreisfrei === 'true',
		areaKm2: Number(r.area_km2),
		population: Number(r.population),
		populationDate: r.population_date,
		geometry: simplified.get(r.ags) ?? null
	}));
}

export interface ReferenceValue {
	ags: string;
	indicatorKey: string;
	year: number;
	value: number;
	numerator: number | null;
	denominator: number | null;
	source: string;
	/** INKAR unemployment: annual average; GISD: annual; population: 31.12. */
	timeBasis: TimeBasis;
}

export function referenceValues(): ReferenceValue[] {
	const out: ReferenceValue[] = [];
	for (const r of readCsv('rvr-arbeitslose-inkar.csv')) {
		if (!r.bev_15_64 || !r.arbeitslose_jd) continue;
		const numerator = Number(r.arbeitslose_jd);
		const denominator = Number(r.bev_15_64);
		out.push({
			ags: r.ags,
			indicatorKey: 'arbeitslose_je_100',
			year: Number(r.year),
			value: (numerator / denominator) * 100,
			numerator,
			denominator,
			source: INKAR_SOURCE,
			timeBasis: 'jahresdurchschnitt'
		});
	}
	for (const r of readCsv('rvr-gisd-nrw.csv')) {
		if (r.gisd_score_nrw === '') continue;
		out.push({
			ags: r.ags,
			indicatorKey: 'gisd',
			year: Number(r.year),
			value: Number(r.gisd_score_nrw),
			numerator: null,
			denominator: null,
			source: GISD_SOURCE,
			timeBasis: 'jahresdurchschnitt'
		});
	}
	for (const m of referenceMunicipalities()) {
		out.push({
			ags: m.ags,
			indicatorKey: 'einwohner',
			year: Number(m.populationDate.slice(0, 4)),
			value: m.population,
			numerator: null,
			denominator: null,
			source: 'Destatis, GV100AD (Bevölkerung 31.12.2024)',
			timeBasis: 'stichtag'
		});
	}
	return out;
}

/**
 * Inserts what is missing; never overwrites, except that a catalogue indicator without an English
 * name or definition gets the one from the code (databases from before those fields existed).
 * Cheap enough to run at every start.
 */
export async function ensureReferenceData(db: Database): Promise<void> {
	const [{ n }] = await db
		.select({ n: sql<number>`(select count(*) from ${municipalities})::int` })
		.from(sql`(select 1) as one`);
	await db
		.insert(indicators)
		.values(DEFAULT_INDICATORS.map((ind, position) => ({ ...ind, position })))
		.onConflictDoUpdate({
			target: indicators.key,
			set: {
				nameEn: sql`coalesce(${indicators.nameEn}, excluded.name_en)`,
				definitionEn: sql`coalesce(${indicators.definitionEn}, excluded.definition_en)`
			},
			where: sql`${indicators.nameEn} is null or ${indicators.definitionEn} is null`
		});
	if (n >= 53) return;
	await db.transaction(async (tx) => {
		await tx.insert(municipalities).values(referenceMunicipalities()).onConflictDoNothing();
		const values = referenceValues();
		for (let i = 0; i < values.length; i += 1000) {
			await tx
				.insert(municipalityValues)
				.values(values.slice(i, i + 1000))
				.onConflictDoNothing();
		}
	});
}
