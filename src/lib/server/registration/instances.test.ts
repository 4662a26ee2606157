import { randomBytes } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../db';
import { migrateDatabase } from '../db/migrate';
import { backends } from '../db/testing';
import { mailOutbox, registrations } from '../db/schema';
import { seedDatabase } from '../seed';
import { register, seatCounts, type RegisterResult } from './store';
import { aRegistration, anOpenEdition } from './testing';

const adminUrl = process.env.TEST_DATABASE_URL;
const ctx = { now: new Date('2026-11-25T10:00:00Z'), origin: 'https://konferenz.example' };

/**
 * Two app instances behind one PostgreSQL database: two independent connection pools, each with
 * its own grouping of registrations, racing for the same seats.
 */
describe.skipIf(!adminUrl)('two app instances on one PostgreSQL database', () => {
	let first: DatabaseHandle;
	let second: DatabaseHandle;
	let name: string;

	beforeAll(async () => {
		name = `sk_test_${randomBytes(6).toString('hex')}`;
		const admin = new pg.Client({ connectionString: adminUrl });
		await admin.connect();
		await admin.query(`create database ${name}`);
		await admin.end();
		const url = new URL(adminUrl!);
		url.pathname = `/${name}`;
		first = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 8 });
		await migrateDatabase(first);
		await seedDatabase(first.db);
		second = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 8 });
	});

	afterAll(async () => {
		await first?.close();
		await second?.close();
		const admin = new pg.Client({ connectionString: adminUrl });
		await admin.connect();
		await admin.query(`drop database if exists ${name} with (force)`);
		await admin.end();
	});

	it('never overbooks, keeps the waiting list in order and answers every registration', async () => {
		const e = await anOpenEdition(first.db, {
			year: 2170,
			capacity: 40,
			workshopCapacities: [10, 10]
		});
		// 60 people per instance, some with workshop wishes; 8 addresses sent to both at once.
		const both = Array.from({ length: 8 }, () => aRegistration().email);
		const inputs = (instance: number) =>
			Array.from({ length: 60 }, (_, i) =>
				aRegistration({
					...(i < 8 ? { email: both[i] } : {}),
					...(i % 3 === 0
						? {
								workshopFirstId: e.workshopIds[instance],
								workshopSecondId: e.workshopIds[1 - instance]
							}
						: {})
				})
			);
		const calls = [
			...inputs(0).map((input) => register(first.db, e.year, input, ctx)),
			...inputs(1).map((input) => register(second.db, e.year, input, ctx))
		];
		const results = await Promise.allSettled(calls);
		expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
		const answers = results.map((r) => (r as PromiseFulfilledResult<RegisterResult>).value);

		const rows = await first.db
			.select()
			.from(registrations)
			.where(eq(registrations.editionId, e.id))
			.orderBy(asc(registrations.id));
		// One registration per address: the second of each pair was told "already registered".
		expect(rows).toHaveLength(120 - 8);
		expect(answers.filter((a) => a.duplicate)).toHaveLength(8);
		expect(new Set(rows.map((r) => r.email)).size).toBe(rows.length);
		// Every new registration answered is stored, with its own id.
		const answered = answers.filter((a) => !a.duplicate).map((a) => a.id);
		expect([...answered].sort((a, b) => a - b)).toEqual(rows.map((r) => r.id));

		// Capacity holds, and seats went to the first 40 by id (the order the lock decided).
		expect(rows.slice(0, 40).every((r) => r.status === 'pending')).toBe(true);
		expect(rows.slice(40).every((r) => r.status === 'waitlisted')).toBe(true);
		for (const workshopId of e.workshopIds) {
			expect(rows.filter((r) => r.workshopId === workshopId).length).toBeLessThanOrEqual(10);
		}
		const positions = answers
			.filter((a): a is Extract<RegisterResult, { duplicate: false }> => !a.duplicate)
			.filter((a) => a.status === 'waitlisted')
			.sort((a, b) => a.id - b.id)
			.map((a) => a.waitlistPosition);
		expect(positions).toEqual(Array.from({ length: rows.length - 40 }, (_, i) => i + 1));
		expect(await seatCounts(first.db, e.id)).toMatchObject({ seatsTaken: 40 });

		// A mail for each: the confirmation request, and the link again for each repeat.
		const mails = await first.db
			.select({ kind: mailOutbox.kind })
			.from(mailOutbox)
			.where(
				inArray(
					mailOutbox.subjectRef,
					rows.map((r) => `registration:${r.id}`)
				)
			);
		expect(mails.filter((m) => m.kind === 'registration.confirm_request')).toHaveLength(
			rows.length
		);
		expect(mails.filter((m) => m.kind === 'registration.link_again')).toHaveLength(8);
	});
});

describe.each(backends)('registrations decided together on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await seedDatabase(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('stores the others when one registration of a group fails', async () => {
		const e = await anOpenEdition(handle.db, { year: 2171, capacity: 5 });
		const broken = async () => {
			throw new Error('Themenwunsch nicht speicherbar');
		};
		const results = await Promise.allSettled(
			Array.from({ length: 8 }, (_, i) =>
				register(handle.db, e.year, aRegistration(), ctx, i === 3 ? broken : undefined)
			)
		);
		expect(results.map((r) => r.status)).toEqual([
			'fulfilled',
			'fulfilled',
			'fulfilled',
			'rejected',
			'fulfilled',
			'fulfilled',
			'fulfilled',
			'fulfilled'
		]);
		const rows = await handle.db
			.select({ status: registrations.status })
			.from(registrations)
			.where(eq(registrations.editionId, e.id))
			.orderBy(asc(registrations.id));
		expect(rows.map((r) => r.status)).toEqual([
			'pending',
			'pending',
			'pending',
			'pending',
			'pending',
			'waitlisted',
			'waitlisted'
		]);
	});

	it('treats the same address twice in one moment as one registration and one repeat', async () => {
		const e = await anOpenEdition(handle.db, { year: 2172, capacity: 5 });
		const email = aRegistration().email;
		const [a, b] = await Promise.all([
			register(handle.db, e.year, aRegistration({ email }), ctx),
			register(handle.db, e.year, aRegistration({ email }), ctx)
		]);
		// Sent in the same moment, either may arrive first: one is stored, the other is its repeat.
		expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
		expect(b.id).toBe(a.id);
	});
});
