/**
 * Public atlas benchmark, printing its figures: a published dataset of 2,000 areas and
 * BENCH_VALUES indicator values (default 1,000,000), then
 *  1. in-process domain work, cold (first request after a change: load, disclosure control, MSS,
 *     typology, indexes) and warm (cached by data version): the atlas page, gebiete.geojson,
 *     daten.csv, one page of the values API and a page of every year — time and heap;
 *  2. the same as HTTP requests against the built app (`npx vite build` first) on the same
 *     embedded database, each cold and warm, with the latency of /api/health polled meanwhile
 *     and the server's peak memory.
 *
 *   npm run bench:atlas        (BENCH_VALUES=200000 for a quick run; needs a build for part 2)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../src/lib/server/db';
import { indicators } from '../src/lib/server/db/schema';
import { clearAtlasCache } from '../src/lib/server/monitoring/atlas/context';
import {
	publicData,
	valuesCsvParts,
	valuesGeoJsonParts,
	valuesJsonParts
} from '../src/lib/server/monitoring/atlas/exports';
import { municipalityAtlas } from '../src/lib/server/monitoring/atlas/municipality';
import { apiValuesQuery } from '../src/lib/server/monitoring/query';
import { PUBLIC } from '../src/lib/server/monitoring/read';
import { ensureReferenceData } from '../src/lib/server/monitoring/reference';
import {
	importAndPublishAreas,
	importAndPublishValues,
	publishDataset
} from '../src/lib/server/monitoring/store';
import { gridGeoJson, TEST_AGS, utf8 } from '../src/lib/server/monitoring/testing';
import { root, startApp } from './lib/server';

const AREAS = 2000;
const VALUES = Number(process.env.BENCH_VALUES ?? 1_000_000);
const AGS = TEST_AGS;
const now = new Date('2026-01-01T00:00:00Z');
const SHARES = ['sgb2_quote', 'kinderarmut', 'arbeitslose_je_100', 'langzeitarbeitslose_je_100'];
const SHARES_2 = ['alleinerziehende', 'anteil_unter_18', 'anteil_ueber_65', 'nichtdeutsch'];

const ms = (t: number) => `${t.toFixed(0).padStart(7)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0).padStart(5)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Indicators and years so that AREAS × indicators × years ≈ VALUES. */
function layout(keys: readonly string[]) {
	const perArea = Math.max(1, Math.round(VALUES / AREAS));
	const count = Math.min(keys.length, 25, perArea);
	const years = Math.max(1, Math.ceil(perArea / count));
	return { keys: keys.slice(0, count), years: Array.from({ length: years }, (_, i) => 2000 + i) };
}

async function seed(handle: DatabaseHandle): Promise<{ keys: string[]; years: number[] }> {
	const db = handle.db;
	await ensureReferenceData(db);
	const extra = Array.from({ length: 40 }, (_, i) => ({
		key: `bench_${i + 1}`,
		name: `Benchmark-Messgröße ${i + 1}`,
		definition: 'synthetisch',
		unit: 'Index',
		kind: 'measure' as const,
		direction: 'neutral' as const,
		handlungsfeld: 'bevoelkerung' as const,
		source: 'Benchmark',
		decimals: 1,
		position: 100 + i
	}));
	await db.insert(indicators).values(extra).onConflictDoNothing();
	const areas = await importAndPublishAreas(db, {
		ags: AGS,
		fileName: 'gebiete.geojson',
		text: gridGeoJson({ columns: 50, rows: 40, size: 0.004, west: 6.88, south: 51.5 }),
		now
	});
	if (!areas.ok) throw new Error(JSON.stringify(areas.problems.slice(0, 3)));
	// One real import gives the import record; the bulk goes in by SQL (the importer has its own
	// benchmark in bench:monitoring).
	const first = await importAndPublishValues(db, {
		ags: AGS,
		fileName: 'werte.csv',
		bytes: utf8('Gebiet;Indikator;Jahr;Wert;Zähler;Nenner\nQ01;einwohner;1999;1000;;'),
		now
	});
	if (!first.ok) throw new Error(JSON.stringify(first.problems.slice(0, 3)));
	const all = ['einwohner', ...SHARES, ...SHARES_2, 'wohnflaeche', ...extra.map((e) => e.key)];
	const { keys, years } = layout(all);
	for (const key of keys) {
		const share = SHARES.includes(key) || SHARES_2.includes(key);
		const value =
			key === 'einwohner'
				? sql`(300 + (a.id * 7919 + y * 31) % 5000)::float8`
				: share
					? sql`round(((a.id * 13 + y * 7 + length(${key})) % 300)::numeric * 100 / (500 + (a.id * 17 + y) % 2000), 1)::float8`
					: sql`(30 + (a.id * 37 + y * 11 + length(${key})) % 200 / 10.0)::float8`;
		const numerator = share ? sql`((a.id * 13 + y * 7 + length(${key})) % 300)::float8` : sql`null`;
		const denominator = share ? sql`(500 + (a.id * 17 + y) % 2000)::float8` : sql`null`;
		await db.execute(sql`
			insert into indicator_values (area_id, indicator_key, year, value, numerator, denominator, import_id)
			select a.id, ${key}, y, ${value}, ${numerator}, ${denominator}, ${first.importId}
			from areas a cross join generate_series(${years[0]}::int, ${years[years.length - 1]}::int) y
			where a.ags = ${AGS}
			on conflict do nothing`);
	}
	await publishDataset(db, { ags: AGS, now });
	return { keys, years };
}

async function measure<T>(label: string, work: () => Promise<T>): Promise<T> {
	gc();
	const before = process.memoryUsage().heapUsed;
	const cpu = process.cpuUsage();
	const started = performance.now();
	const result = await work();
	const took = performance.now() - started;
	const used = process.cpuUsage(cpu);
	const after = process.memoryUsage().heapUsed;
	console.log(
		`  ${label.padEnd(50)} ${ms(took)} wall ${ms((used.user + used.system) / 1000)} CPU   heap ${mb(after - before)} more`
	);
	return result;
}

/** Wall time depends on what else the machine runs; CPU time of this process less so. */

/** Consumes a generator of text like a client reading a stream; returns the bytes. */
function drain(parts: Iterable<string>): number {
	let n = 0;
	for (const part of parts) n += Buffer.byteLength(part);
	return n;
}

async function domain(handle: DatabaseHandle): Promise<void> {
	const db = handle.db;
	const url = new URL(`http://bench/api/monitoring/municipalities/${AGS}/values`);
	const q = (s: string) => {
		const parsed = apiValuesQuery(new URLSearchParams(s));
		if (!parsed.success) throw new Error('query');
		return parsed.data;
	};
	for (const state of ['cold', 'warm'] as const) {
		console.log(`\ndomain work, ${state}${state === 'cold' ? ' (cache emptied first)' : ''}:`);
		if (state === 'cold') clearAtlasCache();
		await measure('atlas page (municipalityAtlas)', () => municipalityAtlas(db, AGS, PUBLIC));
		const bytes = await measure('gebiete.geojson (one year, streamed)', async () => {
			const data = (await publicData(db, AGS, PUBLIC))!;
			const years = data.yearsOf();
			return drain(valuesGeoJsonParts(data, years[years.length - 1]));
		});
		const csv = await measure('daten.csv (every value, streamed)', async () =>
			drain(valuesCsvParts((await publicData(db, AGS, PUBLIC))!))
		);
		const api = await measure('values API, default page', async () =>
			drain(valuesJsonParts((await publicData(db, AGS, PUBLIC))!, q(''), url))
		);
		const apiAll = await measure('values API, year=all&limit=10000&offset=500000', async () =>
			drain(
				valuesJsonParts(
					(await publicData(db, AGS, PUBLIC))!,
					q('year=all&limit=10000&offset=500000'),
					url
				)
			)
		);
		if (state === 'warm') {
			console.log(
				`  sizes: GeoJSON ${mb(bytes)}, CSV ${mb(csv)}, API page ${(api / 1024).toFixed(0)} KB, API max page ${(apiAll / 1024).toFixed(0)} KB`
			);
		}
	}
	gc();
	console.log(`  heap held after the runs (cache included): ${mb(process.memoryUsage().heapUsed)}`);
}

async function timedGet(origin: string, path: string) {
	let maxHealth = 0;
	let healthChecks = 0;
	let healthFailures = 0;
	let running = true;
	const poll = (async () => {
		while (running) {
			const t = performance.now();
			try {
				await (await fetch(`${origin}/api/health`)).arrayBuffer();
				healthChecks += 1;
			} catch {
				healthFailures += 1;
			}
			maxHealth = Math.max(maxHealth, performance.now() - t);
			await new Promise((r) => setTimeout(r, 50));
		}
	})();
	const started = performance.now();
	let status = 0;
	let bytes = 0;
	try {
		const response = await fetch(`${origin}${path}`);
		bytes = (await response.arrayBuffer()).byteLength;
		status = response.status;
	} catch {
		// status 0: the connection failed
	}
	const took = performance.now() - started;
	running = false;
	await poll;
	return { status, took, bytes, maxHealth, healthChecks, healthFailures };
}

function peakRss(pid: number | undefined): number {
	if (!pid) return 0;
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
	return kb * 1024;
}

async function http(dir: string): Promise<void> {
	if (!existsSync(join(root, 'build', 'index.js'))) {
		console.log('\nHTTP: skipped (no build; run `npx vite build` first).');
		return;
	}
	const app = await startApp({ PGLITE_DIR: dir, SEED_DEMO: 'false', BODY_SIZE_LIMIT: '64M' });
	try {
		console.log('\nHTTP against the built app (max /api/health latency while the request ran):');
		const paths = [
			`/atlas/${AGS}/gebiete.geojson`,
			`/atlas/${AGS}/daten.csv`,
			`/api/monitoring/municipalities/${AGS}/values`,
			`/api/monitoring/municipalities/${AGS}/values?year=all&limit=10000&offset=500000`,
			`/atlas/${AGS}`
		];
		for (const [i, path] of paths.entries()) {
			for (const state of i === 0 ? ['cold', 'warm'] : ['warm']) {
				const r = await timedGet(app.origin, path);
				console.log(
					`  ${`${path.replace(AGS, '<ags>')} (${state})`.padEnd(78)} ${r.status} ${ms(r.took)} ${mb(r.bytes)}   health max ${ms(r.maxHealth)} (${r.healthChecks} answered, ${r.healthFailures} failed)`
				);
			}
		}
		console.log(`  server peak memory (VmHWM): ${mb(peakRss(app.process.pid))}`);
	} finally {
		await app.stop();
	}
}

async function main() {
	const dir = join(mkdtempSync(join(tmpdir(), 'sk-bench-atlas-')), 'db');
	try {
		const handle = await openDatabase({ kind: 'pglite', dataDir: dir });
		await migrateDatabase(handle);
		const started = performance.now();
		const { keys, years } = await seed(handle);
		const [{ n }] = (
			await handle.db.execute<{ n: number }>(sql`select count(*)::int as n from indicator_values`)
		).rows;
		console.log(
			`seeded ${AREAS} areas × ${keys.length} indicators × ${years.length} years = ${n.toLocaleString('en')} values on PGlite in ${ms(performance.now() - started)}`
		);
		await domain(handle);
		await handle.close();
		await http(dir);
	} finally {
		rmSync(join(dir, '..'), { recursive: true, force: true });
	}
}

await main();
