/**
 * Page throughput of the built server on the embedded database, next to a bare node:http server
 * answering a static body of the same size, measured with the same load tool in the same run.
 *
 *   npm run bench:pages            (BENCH_SECONDS=10, BENCH_CONNECTIONS=32 by default)
 */
import { measure, type LoadResult } from './lib/load';
import { startApp, startStaticServer } from './lib/server';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const pages = [
	{ name: 'home', path: '/' },
	{ name: 'edition', path: '/konferenz/2023' },
	{ name: 'programme', path: '/konferenz/2027/programm' }
];

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(8);
const row = (label: string, bytes: number, r: LoadResult) =>
	`${label.padEnd(26)} ${String(bytes).padStart(7)} ${fmt(r.requestsPerSecond)} ${fmt(r.p50, 1)} ${fmt(r.p95, 1)} ${String(r.non2xx + r.errors).padStart(6)}`;

async function measureApp(label: string, env: Record<string, string>) {
	const app = await startApp(env);
	const results: { page: string; bytes: number; result: LoadResult }[] = [];
	try {
		for (const page of pages) {
			const url = `${app.origin}${page.path}`;
			const bytes = (await (await fetch(url)).arrayBuffer()).byteLength;
			await measure(url, connections, 2); // warm-up
			results.push({ page: page.name, bytes, result: await measure(url, connections, seconds) });
		}
	} finally {
		await app.stop();
	}
	return { label, results };
}

async function main() {
	// The shipped default (5 s public micro-cache) and the cache switched off, so the cost of the
	// database reads per page is visible too.
	const runs = [
		await measureApp('app', {}),
		await measureApp('app, no cache', { PUBLIC_CACHE_SECONDS: '0' })
	];
	const lines: string[] = [];
	for (const [i, page] of pages.entries()) {
		const bytes = runs[0].results[i].bytes;
		const bare = await startStaticServer(bytes);
		let bareResult: LoadResult;
		try {
			await measure(`${bare.origin}/`, connections, 2);
			bareResult = await measure(`${bare.origin}/`, connections, seconds);
		} finally {
			await bare.stop();
		}
		for (const run of runs) {
			const r = run.results[i];
			lines.push(row(`${page.name} (${run.label})`, r.bytes, r.result));
		}
		lines.push(row(`${page.name} (bare http)`, bytes, bareResult));
		for (const run of runs) {
			const ratio = run.results[i].result.requestsPerSecond / bareResult.requestsPerSecond;
			lines.push(`${''.padEnd(26)} ${run.label} / bare throughput: ${ratio.toFixed(3)}`);
		}
	}
	console.log(
		`\nbench:pages — ${connections} connections, ${seconds} s per measurement, Node ${process.version}, embedded PGlite\n`
	);
	console.log(
		`${'target'.padEnd(26)} ${'bytes'.padStart(7)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'errors'.padStart(6)}`
	);
	for (const line of lines) console.log(line);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
