/**
 * Handlungsprogramm benchmark, printing its figures: one plan of a municipality with 2,000 areas
 * and 10 years of values, seeded through the product's own writes (area and value import,
 * createPlan, saveHandlungsraum, saveGoal, createTarget, saveOrganisation, saveMeasure) as a
 * planner, then
 *  1. the Fortschreibung (`fortschreibung`, internal view) of its 200 targets;
 *  2. the programme page's read model (`programmePage`, internal view) with its 500 measures;
 * each p50/p95/max over BENCH_RUNS runs after one warm-up run ("warm": the atlas and the value
 * tables are cached per data version, as for every read after the first), and over BENCH_RUNS
 * runs with those caches cleared before each ("first read after an import"), and the seeding
 * time per step.
 * Always on PGlite (in memory); on PostgreSQL too when BENCH_DATABASE_URL is set (a fresh
 * database is created there and dropped afterwards).
 *
 *   npm run bench:planning   (BENCH_RUNS=5, BENCH_AREAS=2000, BENCH_TARGETS=200,
 *                             BENCH_MEASURES=500, BENCH_YEARS=10; BENCH_DATABASE_URL;
 *                             BENCH_PROFILE=<folder> writes a CPU profile of the first cold read)
 *
 * Needs the `$lib` paths of `.svelte-kit/tsconfig.json` (`npx svelte-kit sync`, which `npm start`
 * and `npx vite build` run as well).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { asc, eq } from 'drizzle-orm';
import {
	migrateDatabase,
	openDatabase,
	type Database,
	type DatabaseHandle
} from '../src/lib/server/db';
import { areas } from '../src/lib/server/db/schema';
import { clearAtlasCache } from '../src/lib/server/monitoring/atlas/context';
import { openFreshPostgres } from '../src/lib/server/db/testing';
import {
	importAndPublishAreas,
	importAndPublishValues,
	publishDataset
} from '../src/lib/server/monitoring';
import { ensureReferenceData } from '../src/lib/server/monitoring/reference';
import { gridGeoJson } from '../src/lib/server/monitoring/testing';
import {
	createPlan,
	createTarget,
	fortschreibung,
	programmePage,
	saveGoal,
	saveHandlungsraum,
	saveMeasure,
	saveOrganisation
} from '../src/lib/server/planning';
import { planner } from '../src/lib/server/planning/testing';
import { clearPlanningValueCache } from '../src/lib/server/planning/values';
import { measureStatuses, planningFields } from '../src/lib/types/planning';
import { fundingSources } from '../src/lib/types/programme';
import { random, timed } from './lib/measure';

const postgresUrl = process.env.BENCH_DATABASE_URL;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const COLUMNS = 50;
const AREAS = Math.ceil(Number(process.env.BENCH_AREAS ?? 2000) / COLUMNS) * COLUMNS;
const TARGETS = Number(process.env.BENCH_TARGETS ?? 200);
const MEASURES = Number(process.env.BENCH_MEASURES ?? 500);
const YEAR_COUNT = Number(process.env.BENCH_YEARS ?? 10);
const LAST_YEAR = 2024;
const YEARS = Array.from({ length: YEAR_COUNT }, (_, i) => LAST_YEAR - YEAR_COUNT + 1 + i);
/** Bottrop: not part of the demo content. */
const AGS = '05512000';
const now = new Date('2026-01-01T00:00:00Z');
const actor = planner(AGS);

/** Indicators with a need direction (what targets may be set on). */
const TARGET_INDICATORS = [
	'sgb2_quote',
	'kinderarmut',
	'arbeitslose_je_100',
	'langzeitarbeitslose_je_100',
	'alleinerziehende'
];
/** Neutral shares the typology draws on as well. */
const OTHER_SHARES = ['anteil_unter_18', 'anteil_ueber_65', 'nichtdeutsch'];
/** Handlungsziele under one Leitziel; each target is a goal × an indicator × a Handlungsraum. */
const GOALS = 4;
const RAEUME = Math.max(1, Math.ceil(TARGETS / (TARGET_INDICATORS.length * GOALS)));
const ORGANISATIONS = 30;
const FIELDS = planningFields.filter((f) => f !== 'uebergreifend');

const code = (n: number) => `Q${String(n).padStart(2, '0')}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Long-form CSV as an office writes it: population plus shares with numerator and denominator. */
function valuesCsv(): Uint8Array {
	const r = random(12);
	const lines = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
	for (let a = 1; a <= AREAS; a += 1) {
		const level = 5 + r() * 25;
		const drift = (r() - 0.5) * 1.2;
		for (const [y, year] of YEARS.entries()) {
			const population = 800 + Math.floor(r() * 4000);
			lines.push(`${code(a)};einwohner;${year};${population};;`);
			for (const [k, key] of [...TARGET_INDICATORS, ...OTHER_SHARES].entries()) {
				const share = Math.min(90, Math.max(0.5, level * (0.6 + k * 0.1) + drift * y + r() - 0.5));
				const numerator = Math.round((population * share) / 100);
				const value = ((numerator / population) * 100).toFixed(1).replace('.', ',');
				lines.push(`${code(a)};${key};${year};${value};${numerator};${population}`);
			}
		}
	}
	return new TextEncoder().encode(lines.join('\n'));
}

interface Figures {
	p50: number;
	p95: number;
	max: number;
}

function percentiles(samples: number[]): Figures {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (p: number) =>
		sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1))];
	return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

/** One warm-up run, then RUNS timed ones. */
async function repeat(work: () => Promise<unknown>): Promise<Figures> {
	await work();
	const samples: number[] = [];
	for (let i = 0; i < RUNS; i += 1) samples.push((await timed(work))[1]);
	return percentiles(samples);
}

/** RUNS timed runs, each after dropping the per-version caches (as after an import). */
async function repeatCold(work: () => Promise<unknown>, label: string): Promise<Figures> {
	const samples: number[] = [];
	for (let i = 0; i < RUNS; i += 1) {
		clearAtlasCache();
		clearPlanningValueCache();
		samples.push((await timed(() => (i === 0 ? profiled(label, work) : work())))[1]);
	}
	return percentiles(samples);
}

/** With BENCH_PROFILE=<folder>, a CPU profile of `work` (open it in Chrome's DevTools). */
async function profiled<T>(label: string, work: () => Promise<T>): Promise<T> {
	const folder = process.env.BENCH_PROFILE;
	if (!folder) return work();
	const session = new Session();
	session.connect();
	const post = (method: string) =>
		new Promise<unknown>((resolve, reject) =>
			session.post(method, (error, result) => (error ? reject(error) : resolve(result)))
		);
	await post('Profiler.enable');
	await post('Profiler.start');
	try {
		return await work();
	} finally {
		const { profile } = (await post('Profiler.stop')) as { profile: unknown };
		mkdirSync(folder, { recursive: true });
		const file = join(folder, `${label.replace(/[^a-z0-9]+/gi, '-')}.cpuprofile`);
		writeFileSync(file, JSON.stringify(profile));
		session.disconnect();
	}
}

interface Seeded {
	planId: number;
	steps: [string, number][];
	targets: number;
	measures: number;
}

async function seed(db: Database, csv: Uint8Array, log: (line: string) => void): Promise<Seeded> {
	const steps: Seeded['steps'] = [];
	const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
		const [result, ms] = await timed(work);
		steps.push([label, ms]);
		log(`${label}: ${seconds(ms)}`);
		return result;
	};
	await ensureReferenceData(db);
	const areaIds = await step(`areas (${AREAS}, importAndPublishAreas)`, async () => {
		const result = await importAndPublishAreas(db, {
			ags: AGS,
			fileName: 'raster.geojson',
			text: gridGeoJson({ columns: COLUMNS, rows: AREAS / COLUMNS, size: 0.002, south: 51.45 }),
			now
		});
		if (!result.ok) throw new Error(`areas: ${JSON.stringify(result.problems.slice(0, 3))}`);
		const rows = await db
			.select({ id: areas.id })
			.from(areas)
			.where(eq(areas.ags, AGS))
			.orderBy(asc(areas.id));
		return rows.map((row) => row.id);
	});
	await step(`values (${YEARS.length} years, importAndPublishValues + publish)`, async () => {
		const result = await importAndPublishValues(db, {
			ags: AGS,
			fileName: 'werte.csv',
			bytes: csv,
			now
		});
		if (!result.ok) throw new Error(`values: ${JSON.stringify(result.problems.slice(0, 3))}`);
		await publishDataset(db, { ags: AGS, now });
	});
	const structure = await step(
		`plan, ${RAEUME} Handlungsräume, ${GOALS + 1} goals, ${ORGANISATIONS} organisations`,
		async () => {
			const { id: planId } = await createPlan(
				db,
				actor,
				{ kind: 'gemeinde', ags: AGS },
				{
					title: 'Handlungsprogramm (Benchmark)',
					periodStart: LAST_YEAR,
					periodEnd: LAST_YEAR + 6,
					baselineYear: YEARS[0]
				},
				now
			);
			// Disjoint blocks of 10–100 % of an equal share, so that areas outside every
			// Handlungsraum are left for the comparison groups.
			const slot = Math.floor(AREAS / RAEUME);
			const raeume: number[] = [];
			for (let k = 0; k < RAEUME; k += 1) {
				const size = Math.max(1, Math.round(slot * (0.1 + ((k * 37) % 10) / 11)));
				const { id } = await saveHandlungsraum(
					db,
					actor,
					planId,
					{
						name: `Handlungsraum ${k + 1}`,
						areaIds: areaIds.slice(k * slot, k * slot + size)
					},
					now
				);
				raeume.push(id);
			}
			const { id: leit } = await saveGoal(
				db,
				actor,
				planId,
				{ level: 'leitziel', fields: [...planningFields], title: 'Teilhabe sichern' },
				now
			);
			const goals: number[] = [];
			for (let g = 0; g < GOALS; g += 1) {
				const { id } = await saveGoal(
					db,
					actor,
					planId,
					{
						parentId: leit,
						level: 'handlungsziel',
						fields: [FIELDS[g % FIELDS.length]],
						targetGroup: 'Kinder unter 15',
						title: `Handlungsziel ${g + 1}`,
						position: g
					},
					now
				);
				goals.push(id);
			}
			const organisations: number[] = [];
			for (let o = 0; o < ORGANISATIONS; o += 1) {
				const { id } = await saveOrganisation(
					db,
					actor,
					{
						name: `Träger ${o + 1} (Benchmark)`,
						kind: (['kommune', 'jobcenter', 'schule', 'wohlfahrtsverband', 'verein'] as const)[
							o % 5
						],
						municipalityAgs: AGS
					},
					now
				);
				organisations.push(id);
			}
			return { planId, raeume, goals, organisations };
		}
	);
	const { planId, raeume, goals, organisations } = structure;
	const targets = await step(`${TARGETS} targets (createTarget)`, async () => {
		let made = 0;
		for (const raum of raeume)
			for (const indicatorKey of TARGET_INDICATORS)
				for (const [g, goalId] of goals.entries()) {
					if (made >= TARGETS) return made;
					await createTarget(
						db,
						actor,
						planId,
						{
							goalId,
							indicatorKey,
							handlungsraumId: raum,
							targetYear: LAST_YEAR + 4,
							...(g % 2 === 0
								? { kind: 'close_gap' as const, gapClosePercent: 50 }
								: { kind: 'absolute' as const, targetValue: 5 })
						},
						now
					);
					made += 1;
				}
		return made;
	});
	const measures = await step(`${MEASURES} measures (saveMeasure)`, async () => {
		const r = random(21);
		for (let m = 0; m < MEASURES; m += 1) {
			const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)];
			const start = 2018 + Math.floor(r() * 6);
			await saveMeasure(
				db,
				actor,
				planId,
				{
					title: `Maßnahme ${m + 1}`,
					description: 'Beratung, Begleitung und Angebote im Quartier (Benchmark).',
					fields: r() < 0.2 ? [pick(FIELDS), pick(FIELDS)] : [pick(FIELDS)],
					targetGroup: 'Familien mit Kindern',
					status: pick(measureStatuses),
					startsOn: `${start}-01-01`,
					endsOn: `${start + 1 + Math.floor(r() * 4)}-12-31`,
					budgetPlanned: Math.round(r() * 200_000),
					budgetSpent: Math.round(r() * 100_000),
					fundingSource: pick(fundingSources),
					leadOrganisationId: pick(organisations),
					partnerIds: [pick(organisations), pick(organisations)],
					handlungsraumIds: r() < 0.3 ? [pick(raeume), pick(raeume)] : [pick(raeume)],
					goals: [{ goalId: pick(goals), contribution: 'Trägt zur Entwicklung bei.' }],
					outputs: [
						{ label: 'Erreichte Personen', count: Math.floor(r() * 400) },
						{ label: 'Termine', count: Math.floor(r() * 60) }
					],
					isPublic: r() < 0.5
				},
				now
			);
		}
		return MEASURES;
	});
	return { planId, steps, targets, measures };
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
const figureLine = (f: Figures) =>
	`p50 ${ms(f.p50).padStart(8)}   p95 ${ms(f.p95).padStart(8)}   max ${ms(f.max).padStart(8)}`;

async function benchOn(label: string, handle: DatabaseHandle, csv: Uint8Array): Promise<string[]> {
	const log = (line: string) => process.stderr.write(`  ${label}: ${line}\n`);
	const { db } = handle;
	const [seeded, seedMs] = await timed(() => seed(db, csv, log));
	const lines = [`${label}`];
	lines.push(`  seeding ${seconds(seedMs)}`);
	for (const [step, took] of seeded.steps) lines.push(`    ${step.padEnd(58)} ${seconds(took)}`);
	let evaluated = 0;
	let shown = 0;
	const fortschreibungRun = async () => {
		const result = await fortschreibung(db, seeded.planId, 'internal');
		if (!result) throw new Error('no Fortschreibung');
		evaluated = result.targets.length;
	};
	const pageRun = async () => {
		const result = await programmePage(db, seeded.planId, 'internal');
		if (!result) throw new Error('no programme page');
		shown = result.measures.length;
	};
	log(`Fortschreibung × ${RUNS}, first read after an import …`);
	const fortCold = await repeatCold(fortschreibungRun, `${label}-fortschreibung-cold`);
	log(`programme page × ${RUNS}, first read after an import …`);
	const pageCold = await repeatCold(pageRun, `${label}-programme-cold`);
	log(`Fortschreibung × ${RUNS} …`);
	const fort = await repeat(fortschreibungRun);
	log(`Fortschreibung: ${figureLine(fort)}`);
	log(`programme page × ${RUNS} …`);
	const page = await repeat(pageRun);
	lines.push(`  Fortschreibung, ${evaluated} targets`.padEnd(44) + figureLine(fort));
	lines.push(`  programme page, ${shown} measures`.padEnd(44) + figureLine(page));
	lines.push(`  first read after an import (caches cleared):`);
	lines.push(`  Fortschreibung, ${evaluated} targets`.padEnd(44) + figureLine(fortCold));
	lines.push(`  programme page, ${shown} measures`.padEnd(44) + figureLine(pageCold));
	return lines;
}

async function main() {
	console.log(
		`Plan of ${AREAS} areas × ${YEARS.length} years (${YEARS[0]}–${LAST_YEAR}), ${TARGETS} targets, ${MEASURES} measures; ${RUNS} runs each …`
	);
	const csv = valuesCsv();
	const output: string[] = [];
	const lite = await openDatabase({ kind: 'pglite' });
	try {
		await migrateDatabase(lite);
		output.push(...(await benchOn('PGlite (in memory)', lite, csv)));
	} finally {
		await lite.close();
	}
	if (postgresUrl) {
		const postgres = await openFreshPostgres(postgresUrl, 4);
		try {
			output.push(...(await benchOn('PostgreSQL', postgres, csv)));
		} finally {
			await postgres.close();
		}
	}
	const values = AREAS * YEARS.length * (1 + TARGET_INDICATORS.length + OTHER_SHARES.length);
	console.log(
		`\nbench:planning (${new Date().toISOString().slice(0, 10)}, node ${process.version}; ${AREAS} areas, ${values.toLocaleString('en')} values over ${YEARS.length} years, ${RAEUME} Handlungsräume, internal view, ${RUNS} runs after one warm-up)`
	);
	for (const line of output) console.log(`  ${line}`);
}

await main();
