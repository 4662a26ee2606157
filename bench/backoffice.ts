/**
 * The organisers' participants table (unfiltered and filtered) and the CSV export of an edition
 * with 5,000 registrations, over HTTP against the built server signed in as the demo organiser,
 * on PostgreSQL (the registrations are written straight into the database first, which the
 * embedded PGlite of another process does not allow). Prints p50/p95 per request kind.
 *
 *   npx vite build && npm run bench:backoffice
 *   (BENCH_DATABASE_URL, default postgres://postgres:postgres@127.0.0.1:5432/postgres;
 *    BENCH_REQUESTS=40 per kind)
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startApp } from './lib/server';

const adminUrl =
	process.env.BENCH_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const requests = Number(process.env.BENCH_REQUESTS ?? 40);
const registrations = 5000;
const year = 2027;
const organiser = { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' };

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

/** 5,000 registrations spread over statuses, sectors, municipalities and needs. */
async function fill(url: string): Promise<void> {
	await withClient(url, async (client) => {
		await client.query(`update editions set capacity = 4000 where year = $1`, [year]);
		await client.query(
			`insert into registrations (edition_id, status, first_name, last_name, email, organisation,
				sector, municipality_ags, needs_step_free, consent_listing, privacy_acknowledged_at,
				created_at, expires_at, email_confirmed_at)
			select e.id,
				case when i <= 3800 then 'confirmed' when i <= 4000 then 'pending' else 'waitlisted' end,
				'Vorname' || i, 'Nachname' || lpad(i::text, 5, '0'), 'bench' || i || '@example.org',
				'Organisation ' || (i % 300),
				(array['wissenschaft','kommunalverwaltung','politik','freie_wohlfahrtspflege','praxis_traeger','sonstiges'])[1 + i % 6],
				(array['05513000','05113000','05911000','05112000', null])[1 + i % 5],
				i % 17 = 0, i % 3 = 0, now(), now() - (i || ' minutes')::interval, now() + interval '3 days', now()
			from generate_series(1, $2) as i, editions e where e.year = $1`,
			[year, registrations]
		);
		await client.query('analyze registrations');
	});
}

async function signIn(origin: string): Promise<string> {
	const response = await fetch(`${origin}/anmelden`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(organiser).toString()
	});
	const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]);
	if (response.status !== 303 || !cookie.length) {
		throw new Error(`sign-in as the demo organiser failed: ${response.status}`);
	}
	return cookie.join('; ');
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(origin: string, cookie: string, path: string) {
	const samples: number[] = [];
	let bytes = 0;
	for (let i = 0; i < requests + 3; i++) {
		const started = performance.now();
		const response = await fetch(`${origin}${path}`, { headers: { cookie } });
		const body = await response.arrayBuffer();
		if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
		if (i >= 3) samples.push(performance.now() - started);
		bytes = body.byteLength;
	}
	samples.sort((a, b) => a - b);
	return { p50: percentile(samples, 50), p95: percentile(samples, 95), bytes };
}

async function main() {
	const name = `sk_bench_${randomBytes(4).toString('hex')}`;
	await withClient(adminUrl, (c) => c.query(`create database ${name}`));
	const target = new URL(adminUrl);
	target.pathname = `/${name}`;
	const app = await startApp({ DATABASE_URL: target.toString() });
	try {
		await fill(target.toString());
		const cookie = await signIn(app.origin);
		const base = `/admin/konferenzen/${year}`;
		const kinds = [
			['participants page, unfiltered', `${base}/teilnehmende`],
			[
				'participants page, sorted by name, page 40',
				`${base}/teilnehmende?sortierung=name&seite=40`
			],
			[
				'participants page, filtered (search + sector + status)',
				`${base}/teilnehmende?q=nachname01&bereich=politik&status=confirmed`
			],
			['participants page, filtered (needs)', `${base}/teilnehmende?bedarf=stufenlos`],
			['CSV export, all 5,000', `${base}/teilnehmende.csv`]
		] as const;
		console.log(
			`bench:backoffice — ${registrations} registrations, ${requests} sequential requests each, PostgreSQL`
		);
		for (const [label, path] of kinds) {
			const r = await time(app.origin, cookie, path);
			console.log(
				`${label.padEnd(56)} p50 ${r.p50.toFixed(1).padStart(7)} ms   p95 ${r.p95.toFixed(1).padStart(7)} ms   ${(r.bytes / 1024).toFixed(0)} KiB`
			);
		}
	} finally {
		await app.stop();
		await withClient(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
	}
}

await main();
