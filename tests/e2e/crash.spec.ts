import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { and, eq, inArray } from 'drizzle-orm';
import { openDatabase, type DatabaseConfig } from '../../src/lib/server/db/client';
import { mailOutbox, registrations } from '../../src/lib/server/db/schema';

/**
 * Nothing is lost on a crash: registrations are fired at the built server, the server is killed
 * with SIGKILL mid-run and restarted; every registration that was answered 202 ("we sent you a
 * mail") must be stored, with exactly one confirmation mail in the outbox. The answer names no
 * registration (a repeat looks the same), so each attempt uses an address of its own.
 */
test.describe.configure({ mode: 'serial' });

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

async function startServer(
	env: Record<string, string>
): Promise<{ child: ChildProcess; origin: string }> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['scripts/server.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			REGISTRATION_RATE_LIMIT: '0',
			SMTP_URL: '',
			...env
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
		try {
			if ((await fetch(`${origin}/api/health`)).ok) return { child, origin };
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error('server did not start');
}

function exited(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		child.once('exit', () => resolve());
	});
}

interface Accepted {
	email: string;
}

async function fireUntilKilled(origin: string, child: ChildProcess, killAfter: number) {
	const accepted: Accepted[] = [];
	let sent = 0;
	let stop = false;
	let killed = false;
	const worker = async (w: number) => {
		for (let i = 0; !stop; i++) {
			const email = `crash-${w}-${i}-${randomBytes(3).toString('hex')}@example.org`;
			sent++;
			try {
				const response = await fetch(`${origin}/api/editions/2027/registrations`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({
						firstName: 'Crash',
						lastName: `Test ${w}-${i}`,
						email,
						sector: 'sonstiges',
						municipality: 'extern',
						privacyAcknowledged: true
					})
				});
				if (response.status === 202) accepted.push({ email });
				// The workers go on sending after the kill: registrations decided in one group are
				// answered together, so the traffic must still be running when the process dies.
				if (accepted.length >= killAfter && !killed) {
					killed = true;
					child.kill('SIGKILL');
				}
			} catch {
				// The server died under this request: it never got a 202, so it may or may not exist.
				stop = true;
			}
		}
	};
	await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
	return { accepted, sent };
}

async function verify(config: DatabaseConfig, accepted: Accepted[]) {
	const handle = await openDatabase(config);
	try {
		const stored = await handle.db
			.select({ id: registrations.id, email: registrations.email })
			.from(registrations)
			.where(
				inArray(
					registrations.email,
					accepted.map((a) => a.email)
				)
			);
		expect(stored.map((r) => r.email).sort()).toEqual(accepted.map((a) => a.email).sort());
		const ids = stored.map((r) => r.id);
		const mails = await handle.db
			.select({ ref: mailOutbox.subjectRef })
			.from(mailOutbox)
			.where(
				and(
					eq(mailOutbox.kind, 'registration.confirm_request'),
					inArray(
						mailOutbox.subjectRef,
						ids.map((id) => `registration:${id}`)
					)
				)
			);
		const perRegistration = new Map<string, number>();
		for (const m of mails) perRegistration.set(m.ref!, (perRegistration.get(m.ref!) ?? 0) + 1);
		expect(perRegistration.size).toBe(ids.length);
		expect([...perRegistration.values()].every((n) => n === 1)).toBe(true);
	} finally {
		await handle.close();
	}
}

test('PGlite: every registration answered 202 survives kill -9 with its mail', async () => {
	test.setTimeout(180_000);
	const dataDir = join(mkdtempSync(join(tmpdir(), 'sk-crash-')), 'db');
	const env = { PGLITE_DIR: dataDir, DATABASE_URL: '' };
	const first = await startServer(env);
	const { accepted, sent } = await fireUntilKilled(first.origin, first.child, 60);
	await exited(first.child);
	expect(accepted.length).toBeGreaterThanOrEqual(60);
	expect(sent).toBeGreaterThan(accepted.length);

	// The restarted server takes over the dead process's lock and recovers the data.
	const second = await startServer(env);
	second.child.kill('SIGTERM');
	await exited(second.child);
	await verify({ kind: 'pglite', dataDir }, accepted);
});

test('PostgreSQL: every registration answered 202 survives kill -9 with its mail', async () => {
	const admin = process.env.TEST_DATABASE_URL;
	test.skip(!admin, 'TEST_DATABASE_URL is not set');
	test.setTimeout(180_000);
	const name = `sk_crash_${randomBytes(5).toString('hex')}`;
	const client = new pg.Client({ connectionString: admin });
	await client.connect();
	await client.query(`create database ${name}`);
	const url = new URL(admin!);
	url.pathname = `/${name}`;
	try {
		const env = { DATABASE_URL: url.toString() };
		const first = await startServer(env);
		const { accepted } = await fireUntilKilled(first.origin, first.child, 100);
		await exited(first.child);
		expect(accepted.length).toBeGreaterThanOrEqual(100);
		const second = await startServer(env);
		second.child.kill('SIGTERM');
		await exited(second.child);
		await verify({ kind: 'postgres', url: url.toString() }, accepted);
	} finally {
		await client.query(`drop database if exists ${name} with (force)`);
		await client.end();
	}
});
