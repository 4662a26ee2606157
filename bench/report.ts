/**
 * Sozialbericht benchmark, printing its figures: a municipality with 500 areas × 30 indicators ×
 * 10 years (the 12 catalogue indicators and 18 synthetic ones spread over the fields) and a
 * Handlungsprogramm with 100 public measures, seeded through the product's own writes (area and
 * value import, createPlan, saveMeasure, createReport, updateReport, publishReport), then
 *  1. collecting the snapshot and building the document (every chapter, all 30 indicators);
 *  2. rendering the PDF and the DOCX, each in a fresh child process, so that its wall time, peak
 *     resident memory (getrusage maxRSS) and peak V8 heap (sampled every 5 ms, and V8's own
 *     heap statistics at the end) are the renderer's alone;
 *  3. whether a rendering blocks other requests: a trivial HTTP request to a server in the same
 *     process, sent every 25 ms while the PDF renders (a) in the report worker, as the product
 *     does, and (b) on the main thread, for comparison; p50/p95/max of its answer time.
 * Always on PGlite (in memory).
 *
 *   npm run bench:report   (BENCH_AREAS=500, BENCH_INDICATORS=30, BENCH_YEARS=10,
 *                           BENCH_MEASURES=100)
 *
 * Needs the `$lib` paths of `.svelte-kit/tsconfig.json` (`npx svelte-kit sync`).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { migrateDatabase, openDatabase, type Database } from '../src/lib/server/db';
import { indicators } from '../src/lib/server/db/schema';
import { importAndPublishAreas, importValues, publishDataset } from '../src/lib/server/monitoring';
import { ensureReferenceData } from '../src/lib/server/monitoring/reference';
import { gridGeoJson } from '../src/lib/server/monitoring/testing';
import { createPlan, saveGoal, saveMeasure, saveOrganisation } from '../src/lib/server/planning';
import {
	createReport,
	publishReport,
	renderBounds,
	renderReport,
	ReportRenderError,
	reportDocument,
	reportDocx,
	reportFor,
	reportPdf,
	updateReport,
	type ReportDocument
} from '../src/lib/server/planning/report';
import { planner } from '../src/lib/server/planning/testing';
import { handlungsfelder } from '../src/lib/types/monitoring';
import { planningFields } from '../src/lib/types/planning';
import { reportChapters } from '../src/lib/types/report';
import { random, timed } from './lib/measure';

const COLUMNS = 25;
const AREAS = Math.ceil(Number(process.env.BENCH_AREAS ?? 500) / COLUMNS) * COLUMNS;
const INDICATORS = Number(process.env.BENCH_INDICATORS ?? 30);
const YEAR_COUNT = Number(process.env.BENCH_YEARS ?? 10);
const MEASURES = Number(process.env.BENCH_MEASURES ?? 100);
const LAST_YEAR = 2024;
const YEARS = Array.from({ length: YEAR_COUNT }, (_, i) => LAST_YEAR - YEAR_COUNT + 1 + i);
/** Bottrop: not part of the demo content. */
const AGS = '05512000';
const now = new Date('2026-01-01T00:00:00Z');
const actor = planner(AGS);

const code = (n: number) => `Q${String(n).padStart(2, '0')}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Synthetic shares beyond the catalogue, spread over the fields, so a report has 30 indicators. */
async function syntheticIndicators(db: Database, count: number): Promise<string[]> {
	const keys: string[] = [];
	for (let i = 1; i <= count; i += 1) {
		const key = `bench_${String(i).padStart(2, '0')}`;
		keys.push(key);
		await db
			.insert(indicators)
			.values({
				key,
				name: `Benchmark-Anteil ${i}`,
				definition: `Synthetischer Anteil ${i} je 100 Einwohner (nur für den Benchmark).`,
				numeratorLabel: `Fälle ${i}`,
				denominatorLabel: 'Einwohner',
				unit: '%',
				kind: 'share',
				per: 100,
				direction: i % 3 === 0 ? 'neutral' : 'need_up',
				handlungsfeld: handlungsfelder[i % (handlungsfelder.length - 1)],
				source: 'Benchmark (synthetisch)',
				minValue: 0,
				maxValue: 100,
				decimals: 1,
				position: 100 + i
			})
			.onConflictDoNothing();
	}
	return keys;
}

/** Long-form CSV as an office writes it: population plus shares with numerator and denominator. */
function valuesCsv(shares: readonly string[]): Uint8Array {
	const r = random(12);
	const lines = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
	for (let a = 1; a <= AREAS; a += 1) {
		const level = 5 + r() * 25;
		const drift = (r() - 0.5) * 1.2;
		for (const [y, year] of YEARS.entries()) {
			const population = 300 + Math.floor(r() * 4000);
			lines.push(`${code(a)};einwohner;${year};${population};;`);
			for (const [k, key] of shares.entries()) {
				const share = Math.min(
					90,
					Math.max(0.1, level * (0.4 + (k % 7) * 0.15) + drift * y + r() - 0.5)
				);
				const numerator = Math.round((population * share) / 100);
				const value = ((numerator / population) * 100).toFixed(1).replace('.', ',');
				lines.push(`${code(a)};${key};${year};${value};${numerator};${population}`);
			}
		}
	}
	return new TextEncoder().encode(lines.join('\n'));
}

const CATALOGUE_SHARES = [
	'sgb2_quote',
	'kinderarmut',
	'arbeitslose_je_100',
	'langzeitarbeitslose_je_100',
	'alleinerziehende',
	'anteil_unter_18',
	'anteil_ueber_65',
	'nichtdeutsch'
];
/** Catalogue indicators the CSV gives as plain values (no numerator). */
const CATALOGUE_MEASURES = ['wohnflaeche', 'uebergang_gymnasium', 'gisd'];

function measureValues(): string[] {
	const r = random(33);
	const lines: string[] = [];
	for (let a = 1; a <= AREAS; a += 1)
		for (const year of YEARS) {
			lines.push(
				`${code(a)};wohnflaeche;${year};${(30 + r() * 20).toFixed(1).replace('.', ',')};;`
			);
			lines.push(
				`${code(a)};uebergang_gymnasium;${year};${(20 + r() * 50).toFixed(1).replace('.', ',')};;`
			);
			lines.push(`${code(a)};gisd;${year};${r().toFixed(2).replace('.', ',')};;`);
		}
	return lines;
}

async function seed(db: Database, log: (line: string) => void): Promise<{ reportId: number }> {
	const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
		const [result, took] = await timed(work);
		log(`${label}: ${seconds(took)}`);
		return result;
	};
	await ensureReferenceData(db);
	const synthetic = await syntheticIndicators(
		db,
		Math.max(0, INDICATORS - 1 - CATALOGUE_SHARES.length - CATALOGUE_MEASURES.length)
	);
	const shares = [...CATALOGUE_SHARES, ...synthetic];
	const keys = ['einwohner', ...shares, ...CATALOGUE_MEASURES].slice(0, INDICATORS);
	await step(`areas (${AREAS})`, async () => {
		const result = await importAndPublishAreas(db, {
			ags: AGS,
			fileName: 'raster.geojson',
			text: gridGeoJson({ columns: COLUMNS, rows: AREAS / COLUMNS, size: 0.004, south: 51.5 }),
			now
		});
		if (!result.ok) throw new Error(`areas: ${JSON.stringify(result.problems.slice(0, 3))}`);
	});
	await step(`values (${keys.length} indicators × ${YEARS.length} years)`, async () => {
		const csv = valuesCsv(shares);
		const extra = new TextEncoder().encode('\n' + measureValues().join('\n'));
		const bytes = new Uint8Array(csv.length + extra.length);
		bytes.set(csv);
		bytes.set(extra, csv.length);
		const result = await importValues(db, { ags: AGS, fileName: 'werte.csv', bytes, now });
		if (!result.ok) throw new Error(`values: ${JSON.stringify(result.problems.slice(0, 3))}`);
		await publishDataset(db, { ags: AGS, now });
	});
	const planId = await step(`plan with ${MEASURES} measures`, async () => {
		const { id } = await createPlan(
			db,
			actor,
			{ kind: 'gemeinde', ags: AGS },
			{
				title: 'Handlungsprogramm (Benchmark)',
				periodStart: LAST_YEAR,
				periodEnd: LAST_YEAR + 6,
				baselineYear: YEARS[0],
				status: 'beschlossen',
				decidedOn: '2024-03-01'
			},
			now
		);
		const { id: goalId } = await saveGoal(
			db,
			actor,
			id,
			{ level: 'leitziel', fields: [...planningFields], title: 'Teilhabe sichern' },
			now
		);
		const organisations: number[] = [];
		for (let o = 0; o < 10; o += 1) {
			const made = await saveOrganisation(
				db,
				actor,
				{ name: `Träger ${o + 1} (Benchmark)`, kind: 'verein', municipalityAgs: AGS },
				now
			);
			organisations.push(made.id);
		}
		const fields = planningFields.filter((f) => f !== 'uebergreifend');
		for (let m = 0; m < MEASURES; m += 1) {
			await saveMeasure(
				db,
				actor,
				id,
				{
					title: `Maßnahme ${m + 1}`,
					description: 'Beratung, Begleitung und Angebote im Quartier (Benchmark).',
					fields: [fields[m % fields.length]],
					targetGroup: 'Familien mit Kindern',
					status: 'laufend',
					startsOn: '2024-01-01',
					endsOn: '2027-12-31',
					leadOrganisationId: organisations[m % organisations.length],
					goals: [{ goalId, contribution: 'Trägt zur Entwicklung bei.' }],
					isPublic: true
				},
				now
			);
		}
		return id;
	});
	const reportId = await step('report (create, update, publish)', async () => {
		const { id } = await createReport(
			db,
			actor,
			AGS,
			{ title: 'Sozialbericht 2024', year: 2024 },
			now
		);
		await updateReport(
			db,
			actor,
			id,
			{
				title: 'Sozialbericht 2024',
				year: 2024,
				language: 'de',
				chapters: [...reportChapters],
				indicators: keys,
				planId,
				texts: { zusammenfassung: 'Einschätzung der Sozialplanung (Benchmark).' }
			},
			now
		);
		await publishReport(db, actor, id, now);
		return id;
	});
	return { reportId };
}

interface RenderFigures {
	format: 'pdf' | 'docx';
	ms: number;
	bytes: number;
	baselineRss: number;
	maxRss: number;
	peakHeap: number;
}

/** The child: renders one format of the document in `file` and prints its figures as JSON. */
async function renderChild(file: string, format: 'pdf' | 'docx'): Promise<void> {
	const document = JSON.parse(readFileSync(file, 'utf8')) as ReportDocument;
	const baselineRss = process.memoryUsage().rss;
	let peakHeap = process.memoryUsage().heapUsed;
	const sampler = setInterval(() => {
		peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
	}, 5);
	const [bytes, ms] = await timed(() =>
		format === 'pdf' ? reportPdf(document) : reportDocx(document)
	);
	peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
	clearInterval(sampler);
	const figures: RenderFigures = {
		format,
		ms,
		bytes: bytes.length,
		baselineRss,
		maxRss: process.resourceUsage().maxRSS * 1024,
		peakHeap
	};
	process.stdout.write(JSON.stringify(figures));
}

function child(file: string, format: 'pdf' | 'docx'): Promise<RenderFigures> {
	return new Promise((resolve, reject) => {
		const proc = spawn(
			process.execPath,
			['--import', 'tsx', fileURLToPath(import.meta.url), '--render', file, format],
			{ stdio: ['ignore', 'pipe', 'inherit'] }
		);
		let out = '';
		proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
		proc.on('error', reject);
		proc.on('exit', (status) =>
			status === 0
				? resolve(JSON.parse(out) as RenderFigures)
				: reject(new Error(`child ${status}`))
		);
	});
}

interface Latency {
	count: number;
	p50: number;
	p95: number;
	max: number;
	/** The event loop's longest delay meanwhile (perf_hooks, 10 ms resolution). */
	loopMax: number;
	ms: number;
}

/**
 * A client on a thread of its own: a trivial request every 25 ms until told to stop, each timed
 * from sending to the end of the answer (the client's own event loop is never blocked).
 */
const CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const samples = [];
let running = true;
parentPort.on('message', () => { running = false; });
(async () => {
	while (running) {
		const started = performance.now();
		await new Promise((done) => {
			http.get({ host: '127.0.0.1', port: workerData.port, path: '/' }, (res) => {
				res.resume();
				res.on('end', done);
			}).on('error', done);
		});
		samples.push(performance.now() - started);
		await new Promise((r) => setTimeout(r, 25));
	}
	parentPort.postMessage(samples);
})();
`;

/** Trivial requests from another thread while `work` runs in this one; their answer times. */
async function latencyDuring(port: number, work: () => Promise<unknown>): Promise<Latency> {
	const client = new Worker(CLIENT, { eval: true, workerData: { port } });
	const answered = new Promise<number[]>((resolve) => client.once('message', resolve));
	const delay = monitorEventLoopDelay({ resolution: 10 });
	delay.enable();
	await new Promise((r) => setTimeout(r, 100));
	const [, ms] = await timed(work);
	// Let the timers and answers held up by the work run before stopping.
	await new Promise((r) => setTimeout(r, 100));
	delay.disable();
	client.postMessage('stop');
	const sorted = (await answered).sort((a, b) => a - b);
	await client.terminate();
	const at = (p: number) =>
		sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN;
	return {
		count: sorted.length,
		p50: at(0.5),
		p95: at(0.95),
		max: at(1),
		loopMax: delay.max / 1e6,
		ms
	};
}

async function main() {
	console.log(
		`Sozialbericht of ${AREAS} areas × ${INDICATORS} indicators × ${YEARS.length} years (${YEARS[0]}–${LAST_YEAR}), plan with ${MEASURES} measures …`
	);
	const log = (line: string) => process.stderr.write(`  ${line}\n`);
	const handle = await openDatabase({ kind: 'pglite' });
	const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
	const lines: string[] = [];
	try {
		await migrateDatabase(handle);
		const { reportId } = await seed(handle.db, log);
		const report = await reportFor(handle.db, actor, AGS, reportId);
		const [document, collectMs] = await timed(() => reportDocument(handle.db, report, now));
		const draft = { ...report, status: 'entwurf' as const, snapshot: null };
		const [, draftMs] = await timed(() => reportDocument(handle.db, draft, now));
		const figures = document.chapters.flatMap((c) => c.blocks).filter((b) => b.kind === 'figure');
		const tables = document.chapters.flatMap((c) => c.blocks).filter((b) => b.kind === 'table');
		const json = JSON.stringify(document);
		const file = join(dir, 'document.json');
		writeFileSync(file, json);
		lines.push(
			`document: ${document.chapters.length} chapters, ${figures.length} figures, ${tables.length} tables, ${mb(json.length)} JSON`
		);
		lines.push(`  from the stored snapshot (published)`.padEnd(50) + seconds(collectMs));
		lines.push(`  collected afresh (draft: atlas reads + build)`.padEnd(50) + seconds(draftMs));

		for (const format of ['pdf', 'docx'] as const) {
			log(`rendering ${format} in a child process …`);
			const f = await child(file, format);
			log(`${format}: ${seconds(f.ms)}`);
			lines.push(
				`${format.toUpperCase()}: ${seconds(f.ms)}, ${mb(f.bytes)}; peak RSS ${mb(f.maxRss)} (at start ${mb(f.baselineRss)}), peak V8 heap ${mb(f.peakHeap)}`
			);
		}

		// As the product renders: in the worker, within its time and heap bounds.
		for (const format of ['pdf', 'docx'] as const) {
			log(
				`rendering ${format} in the report worker (bounds ${renderBounds.timeoutMs / 1000} s, ${renderBounds.heapMb} MB heap) …`
			);
			const [outcome, took] = await timed(() =>
				renderReport(document, format).then(
					(bytes) => `${mb(bytes.length)}`,
					(error: unknown) =>
						`refused: ${error instanceof ReportRenderError ? `${error.reason} (${error.message})` : String(error)}`
				)
			);
			log(`${format} in the worker: ${outcome}`);
			lines.push(
				`${format.toUpperCase()} in the report worker (${renderBounds.timeoutMs / 1000} s, ${renderBounds.heapMb} MB heap): ${seconds(took)}, ${outcome}`
			);
		}

		const server = createServer((_req, res) => res.end('ok'));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		try {
			log('trivial requests while nothing renders …');
			const idle = await latencyDuring(port, () => new Promise((r) => setTimeout(r, 2000)));
			log('trivial requests while the worker renders the PDF …');
			const worker = await latencyDuring(port, () => renderReport(document, 'pdf'));
			log('trivial requests while the main thread renders the PDF …');
			const main = await latencyDuring(port, () => reportPdf(document));
			const line = (label: string, l: Latency) =>
				`  ${label.padEnd(40)} ${seconds(l.ms).padStart(8)}  ${String(l.count).padStart(4)} answers   p50 ${l.p50.toFixed(1)} ms   p95 ${l.p95.toFixed(1)} ms   max ${l.max.toFixed(1)} ms   event loop max delay ${l.loopMax.toFixed(0)} ms`;
			lines.push(
				'a trivial request to a server in this process (from another thread, every 25 ms):'
			);
			lines.push(line('idle (2 s)', idle));
			lines.push(line('while the worker renders the PDF', worker));
			lines.push(line('while the main thread renders the PDF', main));
		} finally {
			server.close();
		}
	} finally {
		await handle.close();
		rmSync(dir, { recursive: true, force: true });
	}
	console.log(
		`\nbench:report (${new Date().toISOString().slice(0, 10)}, node ${process.version}; PGlite in memory)`
	);
	for (const line of lines) console.log(`  ${line}`);
}

if (process.argv[2] === '--render') {
	await renderChild(process.argv[3], process.argv[4] === 'docx' ? 'docx' : 'pdf');
} else {
	await main();
}
