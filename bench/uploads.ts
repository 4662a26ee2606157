/**
 * Text extraction of archive uploads: for a normal PDF and DOCX and for two bombs (a DOCX whose
 * `word/document.xml` claims 1,000 bytes, a PDF whose content stream is FlateDecode), the time
 * to a result, the peak resident memory of the process, and the timer lag of concurrent
 * event-loop work (what `/api/health` waits for) while extracting — through the product's path
 * (worker thread with bounds) next to the former in-process path, kept here for comparison.
 * Each case runs in a fresh child process, so its peak memory is its own. The worker is the one
 * of the built server when there is a build (`npx vite build`), else the TypeScript source.
 *
 *   npm run bench:uploads   (BENCH_BOMB_MB=2048 inflated size of the bombs;
 *                            BENCH_LEGACY_BOMB_MB=256 for the in-process path, which inflates
 *                            all of it on the event loop)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import PDFDocument from 'pdfkit';
import { extractText } from '../src/lib/server/archive/text';
import { docxBomb, pdfBomb } from '../src/lib/server/archive/testing';
import type { FileType } from '../src/lib/server/archive/files';

const BOMB_MB = Number(process.env.BENCH_BOMB_MB ?? 2048);
const LEGACY_BOMB_MB = Number(process.env.BENCH_LEGACY_BOMB_MB ?? 256);
const MB = 1024 * 1024;

type Path = 'worker' | 'legacy';
type CaseName = 'normal-pdf' | 'normal-docx' | 'docx-bomb' | 'pdf-bomb';

function normalPdf(): Promise<Uint8Array> {
	return new Promise((resolve) => {
		const doc = new PDFDocument({ size: 'A4' });
		const chunks: Buffer[] = [];
		doc.on('data', (c: Buffer) => chunks.push(c));
		doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
		for (let page = 1; page <= 20; page += 1) {
			if (page > 1) doc.addPage();
			for (let line = 0; line < 40; line += 1) {
				doc.text(`Seite ${page}: Sozialplanung im Quartier, Zeile ${line + 1} des Berichts.`);
			}
		}
		doc.end();
	});
}

function normalDocx(): Uint8Array {
	const paragraphs = Array.from(
		{ length: 2000 },
		(_, i) =>
			`<w:p><w:r><w:t>Absatz ${i + 1}: Teilhabe und Nachbarschaft im Quartier.</w:t></w:r></w:p>`
	).join('');
	return zipSync({
		'[Content_Types].xml': strToU8('<Types/>'),
		'word/document.xml': strToU8(`<w:document><w:body>${paragraphs}</w:body></w:document>`)
	});
}

async function file(name: CaseName, path: Path): Promise<{ type: FileType; bytes: Uint8Array }> {
	const bombMb = path === 'legacy' ? LEGACY_BOMB_MB : BOMB_MB;
	if (name === 'normal-pdf') return { type: 'pdf', bytes: await normalPdf() };
	if (name === 'normal-docx') return { type: 'docx', bytes: normalDocx() };
	if (name === 'docx-bomb') return { type: 'docx', bytes: await docxBomb(bombMb * MB) };
	return { type: 'pdf', bytes: await pdfBomb(bombMb * MB) };
}

/**
 * The extraction as it was before the bounds: unzipSync trusting declared sizes, pdf.js
 * in-process. Returns the characters of the XML part (DOCX) or of the text (PDF).
 */
async function legacyExtract(type: FileType, bytes: Uint8Array): Promise<number> {
	if (type === 'docx') {
		const parts = unzipSync(bytes, {
			filter: (f) => /^word\/document\.xml$/.test(f.name) && f.originalSize <= 20 * MB
		});
		return Object.values(parts).reduce((n, p) => n + strFromU8(p).length, 0);
	}
	const { PDFParse } = await import('pdf-parse');
	const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
	try {
		const result = await parser.getText();
		return result.text.length;
	} finally {
		await parser.destroy();
	}
}

/** The extraction worker chunk of the built server, if there is a build. */
function builtWorker(): URL | undefined {
	const dir = new URL('../build/server/chunks/chunks/', import.meta.url);
	if (!existsSync(dir)) return undefined;
	const name = readdirSync(dir).find((n) => n.startsWith('extract-worker') && n.endsWith('.js'));
	return name ? new URL(name, dir) : undefined;
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

/** One case in this process: prints one JSON line. */
async function runCase(name: CaseName, path: Path): Promise<void> {
	const { type, bytes } = await file(name, path);
	const workerUrl = builtWorker();
	if (path === 'worker') await extractText('txt', strToU8('warm-up'), { workerUrl });
	const lags: number[] = [];
	const every = 10;
	let expected = performance.now() + every;
	const probe = setInterval(() => {
		const at = performance.now();
		lags.push(Math.max(0, at - expected));
		expected = at + every;
	}, every);
	const started = performance.now();
	let outcome: string;
	if (path === 'worker') {
		const result = await extractText(type, bytes, { workerUrl });
		outcome = result.limit ? `stopped (${result.limit})` : `${result.body.length} chars`;
	} else {
		outcome = `${await legacyExtract(type, bytes)} chars`;
	}
	const ms = performance.now() - started;
	clearInterval(probe);
	// The timer that could not fire while the loop was blocked counts as one long lag.
	lags.push(Math.max(0, performance.now() - expected));
	lags.sort((a, b) => a - b);
	console.log(
		JSON.stringify({
			ms,
			outcome,
			fileMb: bytes.length / MB,
			peakRssMb: process.resourceUsage().maxRSS / 1024,
			lagP95: percentile(lags, 95),
			lagMax: lags[lags.length - 1]
		})
	);
}

function main(): void {
	const rows: string[] = [];
	const cases: CaseName[] = ['normal-pdf', 'normal-docx', 'docx-bomb', 'pdf-bomb'];
	for (const name of cases) {
		for (const path of ['worker', 'legacy'] as const) {
			const child = spawnSync(
				process.execPath,
				['--import', 'tsx', new URL(import.meta.url).pathname, name, path],
				{ encoding: 'utf8', maxBuffer: 16 * MB, timeout: 15 * 60_000 }
			);
			const line = child.stdout.trim().split('\n').pop() ?? '';
			let figures: {
				ms: number;
				outcome: string;
				fileMb: number;
				peakRssMb: number;
				lagP95: number;
				lagMax: number;
			};
			try {
				figures = JSON.parse(line);
			} catch {
				rows.push(`${name.padEnd(12)} ${path.padEnd(7)} failed: ${child.stderr.slice(-300)}`);
				continue;
			}
			const inflated = name.endsWith('bomb')
				? ` (${path === 'legacy' ? LEGACY_BOMB_MB : BOMB_MB} MB inflated)`
				: '';
			rows.push(
				`${name.padEnd(12)} ${path.padEnd(7)} ${figures.fileMb.toFixed(2).padStart(6)} MB${inflated.padEnd(20)} ` +
					`${(figures.ms / 1000).toFixed(2).padStart(7)} s  peak RSS ${figures.peakRssMb.toFixed(0).padStart(5)} MB  ` +
					`event-loop lag p95 ${figures.lagP95.toFixed(0).padStart(6)} ms, max ${figures.lagMax.toFixed(0).padStart(6)} ms  ${figures.outcome}`
			);
		}
	}
	console.log(`worker: ${builtWorker()?.pathname ?? 'TypeScript source through tsx (no build)'}`);
	console.log(
		`\nbench:uploads (${new Date().toISOString().slice(0, 10)}, node ${process.version})`
	);
	for (const row of rows) console.log(`  ${row}`);
}

const [caseName, path] = process.argv.slice(2);
if (caseName) await runCase(caseName as CaseName, path as Path);
else main();
