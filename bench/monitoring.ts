/**
 * Social monitoring benchmark, printing its figures:
 *  1. import of 1,000,000 values (10,000 areas × 20 indicators × 5 years) through the product's
 *     importer (checked in the file worker while its batches are written, one final switch,
 *     then publishing; decisions 0014, 0039, 0043) on PGlite and on
 *     PostgreSQL, next to PostgreSQL COPY of the same rows into a bare table in the same run (the
 *     ratio is the figure), and the latency of `select 1` (what `/api/health` runs) issued one
 *     after the other every 20 ms while the import runs;
 *  2. MSS index computation for 10,000 areas;
 *  3. the atlas page's domain work (load, disclosure control, MSS, typology, classification,
 *     projection) and the size of its SVG map for 1,000 areas.
 *
 *   npm run bench:monitoring   (BENCH_DATABASE_URL, default postgres://postgres:postgres@127.0.0.1:5432/postgres;
 *                               BENCH_AREAS=10000 to scale down for a quick run;
 *                               BENCH_CHUNK_ROWS to try another staging chunk size)
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../src/lib/server/db';
import { areas, indicators, monitoringDatasets } from '../src/lib/server/db/schema';
import { municipalityAtlas } from '../src/lib/server/monitoring/atlas/municipality';
import { mapSvgDocument } from '../src/lib/server/monitoring/map';
import { computeMssIndex } from '../src/lib/server/monitoring/mss';
import { ensureReferenceData } from '../src/lib/server/monitoring/reference';
import {
	importAndPublishAreas,
	importAndPublishValues,
	publishDataset
} from '../src/lib/server/monitoring/store';
import { gridGeoJson } from '../src/lib/server/monitoring/testing';
import { random } from './lib/measure';

const adminUrl =
	process.env.BENCH_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const AREAS = Number(process.env.BENCH_AREAS ?? 10_000);
const INDICATORS = 20;
const YEARS = [2019, 2020, 2021, 2022, 2023];
const AGS = '05512000';
const now = new Date('2026-01-01T00:00:00Z');

const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** The twelve catalogue indicators plus measures up to 20 keys. */
async function benchIndicators(handle: DatabaseHandle): Promise<string[]> {
	await ensureReferenceData(handle.db);
	const extra = Array.from({ length: INDICATORS - 12 }, (_, i) => ({
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
	await handle.db.insert(indicators).values(extra).onConflictDoNothing();
	const rows = await handle.db
		.select({ key: indicators.key, kind: indicators.kind })
		.from(indicators);
	return rows.map((r) => r.key).slice(0, INDICATORS);
}

async function seedAreas(handle: DatabaseHandle, count: number): Promise<void> {
	await handle.db
		.insert(monitoringDatasets)
		.values({ ags: AGS, updatedAt: now })
		.onConflictDoNothing();
	for (let start = 0; start < count; start += 5000) {
		await handle.db.insert(areas).values(
			Array.from({ length: Math.min(5000, count - start) }, (_, i) => ({
				ags: AGS,
				code: `G${String(start + i + 1).padStart(5, '0')}`,
				name: `Gebiet ${start + i + 1}`
			}))
		);
	}
}

/** Long-form CSV as an office writes it (semicolons, decimal comma) and the same rows for COPY. */
function buildFiles(keys: readonly string[], count: number) {
	const r = random(7);
	const product: string[] = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
	const bare: string[] = ['area;indicator_key;year;value;numerator;denominator'];
	for (let a = 1; a <= count; a += 1) {
		const code = `G${String(a).padStart(5, '0')}`;
		for (const key of keys) {
			for (const year of YEARS) {
				if (key === 'einwohner') {
					const n = 300 + Math.floor(r() * 5000);
					product.push(`${code};${key};${year};${n};;`);
					bare.push(`${code};${key};${year};${n};;`);
				} else if (key.startsWith('bench_') || key === 'wohnflaeche' || key === 'gisd') {
					const v = key === 'gisd' ? r() : 30 + r() * 20;
					product.push(`${code};${key};${year};${v.toFixed(2).replace('.', ',')};;`);
					bare.push(`${code};${key};${year};${v.toFixed(2)};;`);
				} else {
					const den = 500 + Math.floor(r() * 2000);
					const num = Math.floor(r() * den * 0.3);
					const value = (num / den) * 100;
					product.push(
						`${code};${key};${year};${value.toFixed(1).replace('.', ',')};${num};${den}`
					);
					bare.push(`${code};${key};${year};${value.toFixed(1)};${num};${den}`);
				}
			}
		}
	}
	return {
		product: Buffer.from(product.join('\n')),
		bare: bare.join('\n'),
		rows: product.length - 1
	};
}

interface ProbeFigures {
	count: number;
	p50: number;
	p95: number;
	max: number;
}

/**
 * `select 1` one after the other, 20 ms apart, until `stop` resolves: what health waits for.
 * Each latency runs from when the probe was due, so time the event loop was held (PGlite runs
 * its queries on the main thread) counts as well as time spent queued behind the import.
 */
async function probeWhile(handle: DatabaseHandle, stop: Promise<unknown>): Promise<ProbeFigures> {
	const latencies: number[] = [];
	let done = false;
	void stop.finally(() => (done = true));
	let due = performance.now();
	while (!done) {
		await handle.db.execute(sql`select 1`);
		latencies.push(performance.now() - due);
		due = performance.now() + 20;
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	// The probe due when the import ended: if the event loop was held until then, that wait
	// would otherwise go uncounted.
	latencies.push(Math.max(0, performance.now() - due));
	latencies.sort((a, b) => a - b);
	const at = (p: number) =>
		latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
	return {
		count: latencies.length,
		p50: at(0.5),
		p95: at(0.95),
		max: latencies[latencies.length - 1]
	};
}

async function timedImport(
	label: string,
	handle: DatabaseHandle,
	bytes: Uint8Array
): Promise<{ ms: number; probe: ProbeFigures }> {
	// Checking and writing overlap (decision 0043): each phase is printed when it first begins.
	const begun = new Set<string>();
	const started = performance.now();
	const importing = importAndPublishValues(handle.db, {
		ags: AGS,
		fileName: 'bench.csv',
		bytes,
		now,
		chunkRows: process.env.BENCH_CHUNK_ROWS ? Number(process.env.BENCH_CHUNK_ROWS) : undefined,
		onProgress: ({ phase }) => {
			if (!begun.has(phase)) {
				begun.add(phase);
				process.stderr.write(
					`  ${label}: ${phase} … (${seconds(performance.now() - started)} s)\n`
				);
			}
		}
	});
	const probe = await probeWhile(handle, importing);
	const result = await importing;
	const ms = performance.now() - started;
	if (!result.ok) throw new Error(`${label}: ${JSON.stringify(result.problems.slice(0, 3))}`);
	return { ms, probe };
}

const probeLine = (p: ProbeFigures) =>
	`select 1 during import: ${p.count} probes, p50 ${p.p50.toFixed(0)} ms, p95 ${p.p95.toFixed(0)} ms, max ${p.max.toFixed(0)} ms`;

async function freshPostgres(): Promise<{
	handle: DatabaseHandle;
	url: string;
	drop(): Promise<void>;
}> {
	const name = `sk_bench_${randomBytes(4).toString('hex')}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const target = new URL(adminUrl);
	target.pathname = `/${name}`;
	const handle = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize: 4 });
	await migrateDatabase(handle);
	return {
		handle,
		url: target.toString(),
		async drop() {
			await handle.close();
			const dropper = new pg.Client({ connectionString: adminUrl });
			await dropper.connect();
			await dropper.query(`drop database if exists ${name} with (force)`);
			await dropper.end();
		}
	};
}

async function copyBare(url: string, file: string): Promise<number> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(
			'create table bench_bare (area text, indicator_key text, year int, value float8, numerator float8, denominator float8)'
		);
		const started = performance.now();
		// Server-side COPY from a file: the bare database path with no checks at all.
		await client.query(
			`copy bench_bare from '${file}' with (format csv, delimiter ';', header true)`
		);
		return performance.now() - started;
	} finally {
		await client.end();
	}
}

function mssBench(count: number): number {
	const r = random(11);
	const keys = ['a', 'b', 'c', 'd'];
	const input = {
		statusIndicators: keys.map((k) => `s${k}`),
		dynamicsIndicators: keys.map((k) => `d${k}`),
		areas: Array.from({ length: count }, (_, i) => ({
			id: String(i),
			population: 200 + Math.floor(r() * 8000),
			values: Object.fromEntries([
				...keys.map((k) => [`s${k}`, r() * 30]),
				...keys.map((k) => [`d${k}`, (r() - 0.5) * 4])
			])
		}))
	};
	computeMssIndex(input);
	const started = performance.now();
	const runs = 5;
	for (let i = 0; i < runs; i += 1) computeMssIndex(input);
	return (performance.now() - started) / runs;
}

async function atlasBench(): Promise<{ ms: number; svgBytes: number; areas: number }> {
	const handle = await openDatabase({ kind: 'pglite' });
	try {
		await migrateDatabase(handle);
		await ensureReferenceData(handle.db);
		const geo = gridGeoJson({
			columns: 40,
			rows: 25,
			size: 0.002,
			west: 6.9,
			south: 51.5,
			densify: 3
		});
		const areaResult = await importAndPublishAreas(handle.db, {
			ags: AGS,
			fileName: 'grid.geojson',
			text: geo,
			now
		});
		if (!areaResult.ok) throw new Error('bench areas');
		const r = random(5);
		const lines = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
		for (let i = 1; i <= 1000; i += 1) {
			const code = `Q${String(i).padStart(2, '0')}`;
			for (const year of [2021, 2023]) {
				lines.push(`${code};einwohner;${year};${400 + Math.floor(r() * 3000)};;`);
				for (const key of [
					'sgb2_quote',
					'kinderarmut',
					'arbeitslose_je_100',
					'langzeitarbeitslose_je_100',
					'anteil_unter_18',
					'anteil_ueber_65',
					'nichtdeutsch'
				]) {
					const den = 300 + Math.floor(r() * 1500);
					const num = Math.floor(r() * den * 0.25);
					lines.push(
						`${code};${key};${year};${((num / den) * 100).toFixed(1).replace('.', ',')};${num};${den}`
					);
				}
				lines.push(`${code};wohnflaeche;${year};${(30 + r() * 20).toFixed(1).replace('.', ',')};;`);
			}
		}
		const values = await importAndPublishValues(handle.db, {
			ags: AGS,
			fileName: 'w.csv',
			bytes: Buffer.from(lines.join('\n')),
			now
		});
		if (!values.ok) throw new Error(`bench values ${JSON.stringify(values.problems.slice(0, 2))}`);
		await publishDataset(handle.db, { ags: AGS, now });
		await municipalityAtlas(handle.db, AGS, { kind: 'public' }); // warm-up
		const runs = 5;
		let svgBytes = 0;
		const started = performance.now();
		for (let i = 0; i < runs; i += 1) {
			const atlas = await municipalityAtlas(handle.db, AGS, { kind: 'public' });
			svgBytes = Buffer.byteLength(mapSvgDocument(atlas!.map));
		}
		return { ms: (performance.now() - started) / runs, svgBytes, areas: 1000 };
	} finally {
		await handle.close();
	}
}

async function main() {
	const dir = mkdtempSync(join(tmpdir(), 'sk-bench-mon-'));
	chmodSync(dir, 0o755);
	console.log(
		`Building ${AREAS * INDICATORS * YEARS.length} rows (${AREAS} areas × ${INDICATORS} indicators × ${YEARS.length} years) …`
	);
	const lines: string[] = [];
	try {
		const pgRun = await freshPostgres();
		let files: ReturnType<typeof buildFiles>;
		try {
			const keys = await benchIndicators(pgRun.handle);
			files = buildFiles(keys, AREAS);
			const bareFile = join(dir, 'bare.csv');
			writeFileSync(bareFile, files.bare);
			chmodSync(bareFile, 0o644);
			await seedAreas(pgRun.handle, AREAS);
			console.log(`CSV: ${(files.product.length / 1e6).toFixed(1)} MB, ${files.rows} rows`);
			const copyMs = await copyBare(pgRun.url, bareFile);
			const pgRunFigures = await timedImport('PostgreSQL', pgRun.handle, files.product);
			const pgMs = pgRunFigures.ms;
			lines.push(
				`PostgreSQL COPY into a bare table     ${seconds(copyMs).padStart(8)} s   ${Math.round(files.rows / (copyMs / 1000)).toLocaleString('en')} rows/s`
			);
			lines.push(
				`importer on PostgreSQL 15             ${seconds(pgMs).padStart(8)} s   ${Math.round(files.rows / (pgMs / 1000)).toLocaleString('en')} rows/s   ratio to COPY ${(pgMs / copyMs).toFixed(1)}×`
			);
			lines.push(`  ${probeLine(pgRunFigures.probe)}`);
			const lite = await openDatabase({ kind: 'pglite' });
			try {
				await migrateDatabase(lite);
				await benchIndicators(lite);
				await seedAreas(lite, AREAS);
				const liteRun = await timedImport('PGlite', lite, files.product);
				const liteMs = liteRun.ms;
				lines.push(
					`importer on PGlite (in memory)        ${seconds(liteMs).padStart(8)} s   ${Math.round(files.rows / (liteMs / 1000)).toLocaleString('en')} rows/s   ratio to COPY ${(liteMs / copyMs).toFixed(1)}×`
				);
				lines.push(`  ${probeLine(liteRun.probe)}`);
			} finally {
				await lite.close();
			}
		} finally {
			await pgRun.drop();
		}
		const mssMs = mssBench(AREAS);
		lines.push(`MSS index, ${AREAS} areas, 4+4 indicators  ${mssMs.toFixed(1).padStart(6)} ms`);
		const atlas = await atlasBench();
		lines.push(
			`atlas page domain work, ${atlas.areas} areas   ${atlas.ms.toFixed(0).padStart(6)} ms   SVG map ${(atlas.svgBytes / 1024).toFixed(0)} KB`
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	console.log(
		`\nbench:monitoring (${new Date().toISOString().slice(0, 10)}, node ${process.version})`
	);
	for (const line of lines) console.log(`  ${line}`);
}

await main();
