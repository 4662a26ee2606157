/**
 * Demo content for the social atlas, seeded once on first start (marker in app_meta): Duisburg's
 * seven real Stadtbezirke (OSM boundaries) and synthetic rectangular areas for a few other
 * cities, with generated values that have realistic ranges and spatial correlation. Everything
 * goes through the product's importers and is labelled as demo data. Municipalities that already
 * hold data are skipped, so real imports are never touched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { Position } from 'geojson';
import type { Database } from '../db';
import { appMeta, areas, monitoringDatasets, municipalities } from '../db/schema';
import { ensureReferenceData, referenceDir, referenceValues } from './reference';
import {
	importAndPublishAreas,
	importAndPublishValues,
	publishDataset,
	updateDatasetSettings
} from './store';
import { clipRingToBox, ringArea, type AreaGeometry } from './geo';

const DEMO_KEY = 'seed.monitoring-demo';
const DEMO_VERSION = '1';
const DEMO_LOCK = 72_210_201;
export const DEMO_YEARS = [2017, 2018, 2019, 2020, 2021] as const;
const DEMO_FILE = 'Demo-Generator (synthetische Werte)';

interface DemoCity {
	readonly ags: string;
	readonly term: [string, string];
	readonly cells: number;
	readonly published: boolean;
}

/** Duisburg gets its real Stadtbezirke; Hamm stays unpublished to show the planner's draft state. */
export const DEMO_CITIES: readonly DemoCity[] = [
	{ ags: '05112000', term: ['Stadtbezirk', 'Stadtbezirke'], cells: 0, published: true },
	{ ags: '05513000', term: ['Quartier', 'Quartiere'], cells: 24, published: true },
	{
		ags: '05913000',
		term: ['Statistischer Bezirk', 'Statistische Bezirke'],
		cells: 36,
		published: true
	},
	{ ags: '05911000', term: ['Stadtteil', 'Stadtteile'], cells: 28, published: true },
	{ ags: '05916000', term: ['Quartier', 'Quartiere'], cells: 16, published: true },
	{ ags: '05915000', term: ['Quartier', 'Quartiere'], cells: 20, published: false }
];

/** mulberry32: deterministic demo content on every machine. */
function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function outerRings(geometry: AreaGeometry): Position[][] {
	return geometry.type === 'Polygon'
		? [geometry.coordinates[0]]
		: geometry.coordinates.map((p) => p[0]);
}

function inside(point: Position, rings: Position[][]): boolean {
	let hit = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
			const [xi, yi] = ring[i];
			const [xj, yj] = ring[j];
			if (
				yi > point[1] !== yj > point[1] &&
				point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi
			)
				hit = !hit;
		}
	}
	return hit;
}

/** Smallest share of a grid cell inside the municipality for the cell to become an area. */
const MIN_CELL_SHARE = 0.1;

export interface SyntheticCell {
	readonly code: string;
	readonly name: string;
	/** The square cut to the municipality boundary: the demo map has the municipality's shape. */
	readonly geometry: AreaGeometry;
	readonly centre: Position;
}

/**
 * Square cells (in metres, roughly) cut to the municipality's boundary: clearly synthetic, yet the
 * map looks like the municipality. Cells with less than a tenth of their square inside are left
 * out, so no sliver becomes an area of its own.
 */
export function syntheticGrid(boundary: AreaGeometry, target: number): SyntheticCell[] {
	const rings = outerRings(boundary);
	const xs = rings.flat().map((p) => p[0]);
	const ys = rings.flat().map((p) => p[1]);
	const [west, east, south, north] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys)
	];
	const cosLat = Math.cos((((south + north) / 2) * Math.PI) / 180);
	let size = Math.sqrt(((east - west) * cosLat * (north - south)) / (target * 1.2));
	for (let attempt = 0; attempt < 12; attempt += 1) {
		const cells: SyntheticCell[] = [];
		const dx = size / cosLat;
		for (let y = north - size, row = 0; y >= south - size; y -= size, row += 1) {
			for (let x = west, col = 0; x <= east; x += dx, col += 1) {
				const box = { west: x, south: y, east: x + dx, north: y + size };
				const pieces = rings
					.map((ring) => clipRingToBox(ring, box))
					.filter((piece): piece is Position[] => piece !== null);
				const share =
					pieces.reduce((sum, piece) => sum + Math.abs(ringArea(piece)), 0) / (2 * dx * size);
				if (share < MIN_CELL_SHARE) continue;
				const square: Position = [x + dx / 2, y + size / 2];
				const n: number = cells.length + 1;
				cells.push({
					code: String(n).padStart(3, '0'),
					name: `Bezirk ${String.fromCharCode(65 + (row % 26))}${col + 1} (synthetisch)`,
					geometry:
						pieces.length === 1
							? { type: 'Polygon', coordinates: [pieces[0]] }
							: { type: 'MultiPolygon', coordinates: pieces.map((piece) => [piece]) },
					centre: inside(square, rings) ? square : pieces[0][0]
				});
			}
		}
		if (Math.abs(cells.length - target) <= Math.max(2, target * 0.15)) return cells;
		size *= Math.sqrt(cells.length / target);
	}
	throw new Error('could not lay out a synthetic grid');
}

/** A smooth "disadvantage" surface: a few Gaussian bumps, so neighbours look alike. */
function field(random: () => number, centres: Position[]): (p: Position) => number {
	const spread = 0.6 + random() * 0.4;
	const bumps = Array.from({ length: 3 }, () => {
		const c = centres[Math.floor(random() * centres.length)];
		return { c, w: 0.5 + random(), s: 0.025 + random() * 0.03 * spread };
	});
	return (p) =>
		bumps.reduce(
			(sum, b) =>
				sum + b.w * Math.exp(-((p[0] - b.c[0]) ** 2 + (p[1] - b.c[1]) ** 2) / (2 * b.s ** 2)),
			0
		);
}

interface DemoArea {
	readonly code: string;
	readonly centre: Position;
}

const fmt = (v: number, digits = 1) => v.toFixed(digits).replace('.', ',');

/**
 * Long-form CSV (German conventions) for the areas: shares with numerator and denominator so that
 * disclosure control has counts to work on. Calibrated so that the unemployment share of the
 * areas averages the municipality's real INKAR value of the same year.
 */
export function demoValuesCsv(
	cityAgs: string,
	demoAreas: readonly DemoArea[],
	seed: number,
	populationTotal: number,
	withTinyArea: boolean
): string {
	const random = seeded(seed);
	const centres = demoAreas.map((a) => a.centre);
	const surface = field(random, centres);
	const raw = demoAreas.map((a) => surface(a.centre));
	const max = Math.max(...raw);
	const min = Math.min(...raw);
	const deprivation = raw.map(
		(r) => (max > min ? (r - min) / (max - min) : 0.5) * 0.85 + random() * 0.15
	);
	const inkar = new Map(
		referenceValues()
			.filter((v) => v.ags === cityAgs && v.indicatorKey === 'arbeitslose_je_100')
			.map((v) => [v.year, v.value])
	);
	const weights = demoAreas.map(() => 0.4 + random() * 1.6);
	const weightSum = weights.reduce((s, w) => s + w, 0);
	const population = weights.map((w) => Math.round((populationTotal * w) / weightSum));
	// One tiny area (a harbour, an industrial estate) shows "nicht indiziert" and suppression.
	if (withTinyArea && population.length > 6)
		population[population.length - 1] = 180 + Math.floor(random() * 90);
	const drift = demoAreas.map(() => (random() - 0.5) * 0.35);
	const lines = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
	const share = (
		code: string,
		key: string,
		year: number,
		numerator: number,
		denominator: number
	) => {
		const num = Math.max(0, Math.min(denominator, Math.round(numerator)));
		lines.push(
			`${code};${key};${year};${fmt((num / Math.max(1, denominator)) * 100)};${num};${denominator}`
		);
	};
	demoAreas.forEach((a, i) => {
		const d = deprivation[i];
		for (const [yi, year] of DEMO_YEARS.entries()) {
			const trend = 1 + drift[i] * (yi - 2) * 0.25;
			const pop = Math.round(population[i] * (1 + (yi - 2) * 0.004));
			const pop1564 = Math.round(pop * (0.63 + random() * 0.04));
			const under15 = Math.round(pop * (0.12 + 0.04 * d));
			const under65 = Math.round(pop * (0.76 + 0.06 * d));
			const cityRate = inkar.get(year) ?? inkar.get(2021) ?? 8;
			const unemployed = (pop1564 * cityRate * (0.35 + 1.3 * d) * trend) / 100;
			lines.push(`${a.code};einwohner;${year};${pop};;`);
			share(a.code, 'arbeitslose_je_100', year, unemployed, pop1564);
			share(a.code, 'langzeitarbeitslose_je_100', year, unemployed * (0.35 + 0.15 * d), pop1564);
			share(
				a.code,
				'sgb2_quote',
				year,
				(under65 * Math.min(45, cityRate * (0.6 + 2.4 * d) * trend)) / 100,
				under65
			);
			share(
				a.code,
				'kinderarmut',
				year,
				(under15 * Math.min(65, cityRate * (1 + 4 * d) * trend)) / 100,
				under15
			);
			const households = Math.max(1, Math.round(pop * 0.1));
			share(
				a.code,
				'alleinerziehende',
				year,
				households * (0.14 + 0.18 * d + random() * 0.03),
				households
			);
			share(a.code, 'anteil_unter_18', year, pop * (0.13 + 0.07 * d + random() * 0.01), pop);
			share(a.code, 'anteil_ueber_65', year, pop * (0.27 - 0.1 * d + random() * 0.02), pop);
			share(
				a.code,
				'nichtdeutsch',
				year,
				pop * (0.05 + 0.32 * d + random() * 0.03) * (1 + yi * 0.02),
				pop
			);
			lines.push(`${a.code};wohnflaeche;${year};${fmt(47 - 14 * d + random() * 2)};;`);
			const transitions = Math.max(1, Math.round(pop * 0.0085));
			share(
				a.code,
				'uebergang_gymnasium',
				year,
				transitions * (0.62 - 0.42 * d + random() * 0.05),
				transitions
			);
		}
	});
	return lines.join('\n');
}

function duisburgAreas(): { text: string; areas: DemoArea[] } {
	const text = readFileSync(join(referenceDir(), 'duisburg-stadtbezirke.geojson'), 'utf8');
	const json = JSON.parse(text) as {
		features: { properties: { code: string }; geometry: AreaGeometry }[];
	};
	return {
		text,
		areas: json.features.map((f) => {
			const ring = outerRings(f.geometry)[0];
			const centre: Position = [
				ring.reduce((s, p) => s + p[0], 0) / ring.length,
				ring.reduce((s, p) => s + p[1], 0) / ring.length
			];
			return { code: f.properties.code, centre };
		})
	};
}

/** Seeds the demo once; returns whether anything was inserted. */
export async function seedMonitoringDemo(db: Database, now: Date): Promise<boolean> {
	await ensureReferenceData(db);
	const claimed = await db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_LOCK})`);
		const [marker] = await tx.select().from(appMeta).where(eq(appMeta.key, DEMO_KEY));
		if (marker) return false;
		await tx.insert(appMeta).values({ key: DEMO_KEY, value: DEMO_VERSION });
		return true;
	});
	if (!claimed) return false;
	for (const [index, city] of DEMO_CITIES.entries()) {
		const [existing] = await db
			.select({ id: areas.id })
			.from(areas)
			.where(eq(areas.ags, city.ags))
			.limit(1);
		if (existing) continue;
		const [m] = await db.select().from(municipalities).where(eq(municipalities.ags, city.ags));
		if (!m?.geometry) continue;
		let demoAreas: DemoArea[];
		let areaText: string;
		let synthetic = false;
		if (city.cells === 0) {
			const duisburg = duisburgAreas();
			demoAreas = duisburg.areas;
			areaText = duisburg.text;
		} else {
			const cells = syntheticGrid(m.geometry, city.cells);
			demoAreas = cells.map((c) => ({ code: c.code, centre: c.centre }));
			synthetic = true;
			areaText = JSON.stringify({
				type: 'FeatureCollection',
				features: cells.map((c) => ({
					type: 'Feature',
					properties: { id: c.code, name: c.name },
					geometry: c.geometry
				}))
			});
		}
		const areaResult = await importAndPublishAreas(db, {
			ags: city.ags,
			fileName: synthetic
				? 'Demo-Generator (synthetische Gebiete)'
				: 'duisburg-stadtbezirke.geojson (OSM)',
			text: areaText,
			options: city.cells === 0 ? { idProperty: 'code' } : undefined,
			synthetic,
			now
		});
		if (!areaResult.ok)
			throw new Error(`demo areas for ${city.ags}: ${JSON.stringify(areaResult.problems)}`);
		const csv = demoValuesCsv(
			city.ags,
			demoAreas,
			1000 + index,
			m.population ?? 100_000,
			synthetic
		);
		const valueResult = await importAndPublishValues(db, {
			ags: city.ags,
			fileName: DEMO_FILE,
			bytes: new TextEncoder().encode(csv),
			now
		});
		if (!valueResult.ok)
			throw new Error(
				`demo values for ${city.ags}: ${JSON.stringify(valueResult.problems.slice(0, 3))}`
			);
		await updateDatasetSettings(db, {
			ags: city.ags,
			now,
			change: { areaTerm: city.term[0], areaTermPlural: city.term[1] }
		});
		await db
			.update(monitoringDatasets)
			.set({ isDemo: true, dataVersion: sql`${monitoringDatasets.dataVersion} + 1` })
			.where(eq(monitoringDatasets.ags, city.ags));
		if (city.published) await publishDataset(db, { ags: city.ags, now, actor: 'demo' });
	}
	return true;
}
