/**
 * Page throughput of the built server on the embedded database, next to a bare node:http server
 * answering a static body of the same size, measured with the same load tool in the same run.
 *
 *   npm run bench:pages            (BENCH_SECONDS=10 per target, BENCH_CONNECTIONS=32, BENCH_SLICES=5)
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

/** Several measurements of one target taken as one: requests and latencies pooled. */
function pooled(parts: LoadResult[]): LoadResult {
	const requests = parts.reduce((n, r) => n + r.requests, 0);
	const secondsTotal = parts.reduce((n, r) => n + r.seconds, 0);
	const weighted = (pick: (r: LoadResult) => number) =>
		parts.reduce((n, r) => n + pick(r) * r.requests, 0) / Math.max(1, requests);
	return {
		requests,
		seconds: secondsTotal,
		requestsPerSecond: requests / secondsTotal,
		// Request-weighted mean of the slices' percentiles (close enough for a ratio benchmark).
		p50: weighted((r) => r.p50),
		p95: weighted((r) => r.p95),
		non2xx: parts.reduce((n, r) => n + r.non2xx, 0),
		errors: parts.reduce((n, r) => n + r.errors, 0)
	};
}

async function main() {
	// The shipped default (5 s public cache) and the cache switched off, next to a bare server
	// sending the same number of bytes. The machine is shared, so the three are measured in
	// alternating slices (`BENCH_SLICES`, default 5) rather than one after the other: a change in
	// background load then hits all three alike and the ratios stay comparable.
	const slices = Number(process.env.BENCH_SLICES ?? 5);
	const slice = Math.max(1, Math.round(seconds / slices));
	const cached = await startApp({});
	const uncached = await startApp({ PUBLIC_CACHE_SECONDS: '0' });
	const lines: string[] = [];
	try {
		for (const page of pages) {
			const bytes = (await (await fetch(`${cached.origin}${page.path}`)).arrayBuffer()).byteLength;
			const bare = await startStaticServer(bytes);
			const targets = [
				{ label: 'app', url: `${cached.origin}${page.path}`, parts: [] as LoadResult[] },
				{
					label: 'app, no cache',
					url: `${uncached.origin}${page.path}`,
					parts: [] as LoadResult[]
				},
				{ label: 'bare http', url: `${bare.origin}/`, parts: [] as LoadResult[] }
			];
			try {
				for (const t of targets) await measure(t.url, connections, 2); // warm-up
				for (let i = 0; i < slices; i++) {
					for (const t of targets) {
						t.parts.push(await measure(t.url, connections, slice));
						// Let the server finish what the closed connections left queued, so that an
						// uncached app's backlog does not eat into the next target's slice.
						await new Promise((resolve) => setTimeout(resolve, 1000));
					}
				}
			} finally {
				await bare.stop();
			}
			const [app, noCache, bareResult] = targets.map((t) => pooled(t.parts));
			lines.push(row(`${page.name} (app)`, bytes, app));
			lines.push(row(`${page.name} (app, no cache)`, bytes, noCache));
			lines.push(row(`${page.name} (bare http)`, bytes, bareResult));
			for (const [label, r] of [
				['app', app],
				['app, no cache', noCache]
			] as const) {
				const ratio = r.requestsPerSecond / bareResult.requestsPerSecond;
				lines.push(`${''.padEnd(26)} ${label} / bare throughput: ${ratio.toFixed(3)}`);
			}
		}
	} finally {
		await cached.stop();
		await uncached.stop();
	}
	console.log(
		`\nbench:pages — ${connections} connections, ${slices} alternating slices of ${slice} s per target, Node ${process.version}, embedded PGlite\n`
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
