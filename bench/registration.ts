/**
 * Registrations over HTTP against the built server at 16 and 64 concurrent clients, on PGlite
 * and on PostgreSQL, next to the raw rate of single-row committed inserts into a bare table of
 * the same database, measured in the same run. The ratio is the figure to improve.
 *
 *   npm run bench:registration    (BENCH_SECONDS=8; BENCH_DATABASE_URL for PostgreSQL,
 *                                   default postgres://postgres:postgres@127.0.0.1:5432/postgres)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type DatabaseConfig } from '../src/lib/server/db/client';
import { editions } from '../src/lib/server/db/schema';
import { measure, type LoadResult } from './lib/load';
import { startApp } from './lib/server';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const adminUrl =
	process.env.BENCH_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const concurrencies = [16, 64];

let counter = 0;
const body = () =>
	JSON.stringify({
		firstName: 'Bench',
		lastName: `Person ${++counter}`,
		email: `bench-${counter}-${randomBytes(3).toString('hex')}@example.org`,
		sector: 'kommunalverwaltung',
		municipality: '05513000',
		privacyAcknowledged: true
	});

/** Seats for everyone, so every request takes the full seat path (not the waiting list). */
async function openLargeEdition(config: DatabaseConfig) {
	const handle = await openDatabase(config);
	await handle.db
		.update(editions)
		.set({ capacity: 10_000_000 })
		.where(sql`year = 2027`);
	await handle.close();
}

/** Single-row inserts, each its own committed transaction, from `clients` connections. */
async function rawInsertRate(config: DatabaseConfig, clients: number): Promise<number> {
	const handle = await openDatabase(config);
	try {
		await handle.db.execute(
			sql`create table if not exists bench_raw (id serial primary key, payload text not null)`
		);
		let n = 0;
		const end = performance.now() + seconds * 1000;
		const started = performance.now();
		await Promise.all(
			Array.from({ length: clients }, async () => {
				while (performance.now() < end) {
					await handle.db.execute(sql`insert into bench_raw (payload) values (${`row ${n}`})`);
					n++;
				}
			})
		);
		return n / ((performance.now() - started) / 1000);
	} finally {
		await handle.close();
	}
}

interface Row {
	backend: string;
	clients: number;
	result: LoadResult;
	raw: number;
}

async function benchBackend(
	name: string,
	config: DatabaseConfig,
	env: Record<string, string>
): Promise<Row[]> {
	// First start seeds the database; then the demo edition gets room for everyone.
	const seed = await startApp(env);
	await seed.stop();
	await openLargeEdition(config);
	const rows: Row[] = [];
	for (const clients of concurrencies) {
		const app = await startApp({ ...env, REGISTRATION_RATE_LIMIT: '0' });
		let result: LoadResult;
		try {
			const url = `${app.origin}/api/editions/2027/registrations`;
			const options = {
				method: 'POST' as const,
				headers: { 'content-type': 'application/json' },
				nextBody: body
			};
			await measure(url, clients, 2, options); // warm-up
			result = await measure(url, clients, seconds, options);
		} finally {
			await app.stop();
		}
		// PGlite serves one connection; PostgreSQL gets as many as HTTP clients.
		const raw = await rawInsertRate(config, config.kind === 'pglite' ? 1 : clients);
		rows.push({ backend: name, clients, result, raw });
	}
	return rows;
}

async function main() {
	const rows: Row[] = [];
	const dataDir = join(mkdtempSync(join(tmpdir(), 'sk-bench-reg-')), 'db');
	rows.push(
		...(await benchBackend('PGlite', { kind: 'pglite', dataDir }, { PGLITE_DIR: dataDir }))
	);

	const admin = new pg.Client({ connectionString: adminUrl });
	let dbName: string | null = null;
	try {
		await admin.connect();
		dbName = `sk_bench_${randomBytes(4).toString('hex')}`;
		await admin.query(`create database ${dbName}`);
		const url = new URL(adminUrl);
		url.pathname = `/${dbName}`;
		rows.push(
			...(await benchBackend(
				'PostgreSQL',
				{ kind: 'postgres', url: url.toString(), poolSize: 64 },
				{ DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: '32' }
			))
		);
	} catch (error) {
		console.error(`PostgreSQL part skipped: ${(error as Error).message}`);
	} finally {
		if (dbName) await admin.query(`drop database if exists ${dbName} with (force)`);
		await admin.end().catch(() => undefined);
	}

	console.log(
		`\nbench:registration — POST /api/editions/2027/registrations, ${seconds} s per measurement, Node ${process.version}\n`
	);
	console.log(
		`${'backend'.padEnd(11)} ${'clients'.padStart(7)} ${'reg/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'non-202'.padStart(8)} ${'raw ins/s'.padStart(10)} ${'ratio'.padStart(7)}`
	);
	for (const r of rows) {
		const non202 = r.result.requests - (r.result.statuses?.['202']?.count ?? 0) + r.result.errors;
		console.log(
			`${r.backend.padEnd(11)} ${String(r.clients).padStart(7)} ${r.result.requestsPerSecond.toFixed(0).padStart(8)} ${r.result.p50.toFixed(1).padStart(8)} ${r.result.p95.toFixed(1).padStart(8)} ${String(non202).padStart(8)} ${r.raw.toFixed(0).padStart(10)} ${(r.result.requestsPerSecond / r.raw).toFixed(3).padStart(7)}`
		);
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
