/**
 * The rush after the announcement mail: registrations arriving at a steady rate (open loop: each
 * is sent at its time, whether or not earlier ones were answered) while visitors read the edition
 * and programme pages as fast as they are served (closed loop), against the built server on
 * PGlite and on PostgreSQL. Prints p50/p95/p99 for pages and registrations, errors, overbooked
 * seats and registrations lost (answered 202 but not stored); the last two must be 0.
 *
 *   npm run bench:rush     (RUSH_REGISTRATIONS=2000 over RUSH_SECONDS=60, RUSH_VISITORS=300,
 *                           RUSH_CAPACITY=1500; RUSH_BACKEND=pglite|postgres; RUSH_QUICK=1 for 300 over 15 s with 100 visitors;
 *                           BENCH_DATABASE_URL for PostgreSQL, default
 *                           postgres://postgres:postgres@127.0.0.1:5432/postgres)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { and, eq, inArray, sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type DatabaseConfig } from '../src/lib/server/db/client';
import { editions, registrations } from '../src/lib/server/db/schema';
import { startApp } from './lib/server';

const quick = process.env.RUSH_QUICK === '1';
const total = Number(process.env.RUSH_REGISTRATIONS ?? (quick ? 300 : 2000));
const seconds = Number(process.env.RUSH_SECONDS ?? (quick ? 15 : 60));
const visitors = Number(process.env.RUSH_VISITORS ?? (quick ? 100 : 300));
const capacity = Number(process.env.RUSH_CAPACITY ?? Math.round(total * 0.75));
const adminUrl =
	process.env.BENCH_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const YEAR = 2027;

function percentile(sorted: number[], p: number): number {
	if (!sorted.length) return Number.NaN;
	return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))];
}

interface Figures {
	count: number;
	p50: number;
	p95: number;
	p99: number;
	errors: number;
}

function figures(latencies: number[], errors: number): Figures {
	const sorted = [...latencies].sort((a, b) => a - b);
	return {
		count: sorted.length,
		p50: percentile(sorted, 50),
		p95: percentile(sorted, 95),
		p99: percentile(sorted, 99),
		errors
	};
}

/** The demo edition gets `capacity` seats and a registration window open now. */
async function prepareEdition(config: DatabaseConfig): Promise<void> {
	const handle = await openDatabase(config);
	try {
		await handle.db
			.update(editions)
			.set({
				capacity,
				registrationOpensAt: new Date('2000-01-01T00:00:00Z'),
				registrationClosesAt: new Date(`${YEAR}-06-01T00:00:00Z`)
			})
			.where(eq(editions.year, YEAR));
	} finally {
		await handle.close();
	}
}

/** Seats held beyond capacity, and addresses answered 202 that are not stored. */
async function audit(config: DatabaseConfig, accepted: string[]) {
	const handle = await openDatabase(config);
	try {
		const [edition] = await handle.db
			.select({ id: editions.id, capacity: editions.capacity })
			.from(editions)
			.where(eq(editions.year, YEAR));
		const [counts] = await handle.db
			.select({
				held: sql<number>`count(*) filter (where ${registrations.status} in ('pending', 'confirmed'))`.mapWith(
					Number
				),
				waitlisted:
					sql<number>`count(*) filter (where ${registrations.status} = 'waitlisted')`.mapWith(
						Number
					)
			})
			.from(registrations)
			.where(eq(registrations.editionId, edition.id));
		let stored = 0;
		for (let i = 0; i < accepted.length; i += 1000) {
			const rows = await handle.db
				.select({ email: registrations.email })
				.from(registrations)
				.where(
					and(
						eq(registrations.editionId, edition.id),
						inArray(registrations.email, accepted.slice(i, i + 1000))
					)
				);
			stored += rows.length;
		}
		return {
			held: counts.held,
			waitlisted: counts.waitlisted,
			overbooked: Math.max(0, counts.held - (edition.capacity ?? 0)),
			lost: accepted.length - stored
		};
	} finally {
		await handle.close();
	}
}

/** Closed-loop readers of one page for `seconds`. */
function readers(url: string, connections: number) {
	const latencies: number[] = [];
	const run = autocannon({
		url,
		connections,
		duration: seconds,
		// A first render may wait behind the registrations on a busy machine: count it, not drop it.
		timeout: 30,
		setupClient(client) {
			client.on('response', (_status: number, _bytes: number, time: number) => {
				latencies.push(time);
			});
		}
	});
	return run.then((result) => {
		if (result.errors || result.non2xx) {
			console.error(
				`${url}: ${result.errors} errors (${result.timeouts} timeouts), ${result.non2xx} non-2xx`
			);
		}
		return { latencies, errors: result.errors + result.non2xx };
	});
}

/** `total` registrations sent evenly over `seconds`, each answered on its own. */
async function registrationsArriving(origin: string, tag: string) {
	const latencies: number[] = [];
	const accepted: string[] = [];
	let errors = 0;
	const statuses = new Map<number, number>();
	const started = performance.now();
	const interval = (seconds * 1000) / total;
	const sends: Promise<void>[] = [];
	for (let i = 0; i < total; i++) {
		const due = started + i * interval;
		const wait = due - performance.now();
		if (wait > 0) await new Promise((r) => setTimeout(r, wait));
		const email = `rush-${tag}-${i}@example.org`;
		const sent = performance.now();
		sends.push(
			fetch(`${origin}/api/editions/${YEAR}/registrations`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					firstName: 'Rush',
					lastName: `Person ${i}`,
					email,
					sector: 'kommunalverwaltung',
					municipality: '05513000',
					privacyAcknowledged: true
				})
			}).then(
				async (response) => {
					await response.arrayBuffer();
					latencies.push(performance.now() - sent);
					statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
					if (response.status === 202) accepted.push(email);
					else errors++;
				},
				() => {
					errors++;
				}
			)
		);
	}
	await Promise.all(sends);
	return { latencies, accepted, errors, statuses };
}

interface RushResult {
	backend: string;
	edition: Figures;
	programme: Figures;
	registrations: Figures;
	statuses: string;
	held: number;
	waitlisted: number;
	overbooked: number;
	lost: number;
}

async function rush(
	name: string,
	config: DatabaseConfig,
	env: Record<string, string>
): Promise<RushResult> {
	const seed = await startApp(env);
	await seed.stop();
	await prepareEdition(config);
	const app = await startApp({ ...env, REGISTRATION_RATE_LIMIT: '0' });
	let pages: Awaited<ReturnType<typeof readers>>[];
	let regs: Awaited<ReturnType<typeof registrationsArriving>>;
	try {
		const tag = randomBytes(3).toString('hex');
		[pages, regs] = await Promise.all([
			Promise.all([
				readers(`${app.origin}/konferenz/${YEAR}`, Math.ceil(visitors / 2)),
				readers(`${app.origin}/konferenz/${YEAR}/programm`, Math.floor(visitors / 2))
			]),
			registrationsArriving(app.origin, tag)
		]);
	} finally {
		await app.stop();
	}
	const checked = await audit(config, regs.accepted);
	return {
		backend: name,
		edition: figures(pages[0].latencies, pages[0].errors),
		programme: figures(pages[1].latencies, pages[1].errors),
		registrations: figures(regs.latencies, regs.errors),
		statuses: [...regs.statuses].map(([s, n]) => `${s}×${n}`).join(' '),
		...checked
	};
}

async function main() {
	const results: RushResult[] = [];
	const dataDir = join(mkdtempSync(join(tmpdir(), 'sk-bench-rush-')), 'db');
	const only = process.env.RUSH_BACKEND; // 'pglite' or 'postgres' for one of the two
	if (only !== 'postgres') {
		results.push(await rush('PGlite', { kind: 'pglite', dataDir }, { PGLITE_DIR: dataDir }));
	}

	const admin = new pg.Client({ connectionString: adminUrl });
	let dbName: string | null = null;
	try {
		if (only === 'pglite') throw new Error('RUSH_BACKEND=pglite');
		await admin.connect();
		dbName = `sk_bench_${randomBytes(4).toString('hex')}`;
		await admin.query(`create database ${dbName}`);
		const url = new URL(adminUrl);
		url.pathname = `/${dbName}`;
		results.push(
			await rush(
				'PostgreSQL',
				{ kind: 'postgres', url: url.toString(), poolSize: 4 },
				{ DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '32' }
			)
		);
	} catch (error) {
		console.error(`PostgreSQL part failed: ${(error as Error).message}`);
	} finally {
		if (dbName) await admin.query(`drop database if exists ${dbName} with (force)`);
		await admin.end().catch(() => undefined);
	}

	console.log(
		`\nbench:rush — ${total} registrations over ${seconds} s (capacity ${capacity}) while ${visitors} visitors read /konferenz/${YEAR} and /konferenz/${YEAR}/programm, Node ${process.version}\n`
	);
	const head = `${'backend'.padEnd(11)} ${'what'.padEnd(14)} ${'answers'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}`;
	console.log(head);
	const line = (backend: string, what: string, f: Figures) =>
		`${backend.padEnd(11)} ${what.padEnd(14)} ${String(f.count).padStart(8)} ${f.p50.toFixed(1).padStart(8)} ${f.p95.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${String(f.errors).padStart(7)}`;
	let failed = false;
	for (const r of results) {
		console.log(line(r.backend, 'edition page', r.edition));
		console.log(line(r.backend, 'programme', r.programme));
		console.log(line(r.backend, 'registrations', r.registrations));
		console.log(
			`${''.padEnd(11)} answers ${r.statuses}; seats held ${r.held}, waiting list ${r.waitlisted}; overbooked seats ${r.overbooked}; registrations lost ${r.lost}`
		);
		if (r.overbooked > 0 || r.lost > 0) failed = true;
	}
	if (failed) {
		console.error('\nOverbooked seats or lost registrations: the rush broke a guarantee.');
		process.exit(1);
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
