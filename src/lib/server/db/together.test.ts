import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog, mailOutbox } from './schema';
import { backends } from './testing';
import { readSideBySide, runTogether } from './together';
import type { DatabaseHandle } from './client';
import { auditInsert } from '../audit';
import { outboxInsert } from '../mail';

const now = new Date('2026-05-04T10:00:00Z');

describe.each(backends)('runTogether on $name', (backend) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await backend.open();
	});
	afterAll(() => handle.close());

	it('stores every statement, parameters (text, JSON) intact', async () => {
		const { db } = handle;
		await runTogether(db, [
			auditInsert(
				db,
				{ actorUserId: null, action: 'test.together', details: { ü: 'Grüße; 1' } },
				now
			),
			outboxInsert(
				db,
				{
					kind: 'test.together',
					to: 'a@example.org',
					subject: 'Betreff mit Umlauten äöü',
					text: 'Text',
					attachments: [{ filename: 'a.ics', contentType: 'text/calendar', content: 'BEGIN' }]
				},
				now
			),
			auditInsert(db, { actorUserId: null, action: 'test.together', subjectId: 7 }, now)
		]);
		const audits = await db.select().from(auditLog).where(eq(auditLog.action, 'test.together'));
		expect(audits.map((a) => a.subjectId).sort()).toEqual(['7', null].sort());
		expect(audits.find((a) => a.subjectId === null)?.details).toEqual({ ü: 'Grüße; 1' });
		const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.kind, 'test.together'));
		expect(mail.subject).toBe('Betreff mit Umlauten äöü');
		expect(mail.attachments).toEqual([
			{ filename: 'a.ics', contentType: 'text/calendar', content: 'BEGIN' }
		]);
	});

	it('stores nothing when one of the statements fails', async () => {
		const { db } = handle;
		await expect(
			runTogether(db, [
				auditInsert(db, { actorUserId: null, action: 'test.failing' }, now),
				// a user that does not exist violates the foreign key
				auditInsert(db, { actorUserId: 999_999, action: 'test.failing' }, now)
			])
		).rejects.toThrow();
		const rows = await db.select().from(auditLog).where(eq(auditLog.action, 'test.failing'));
		expect(rows).toEqual([]);
	});
});

describe.each(backends)('readSideBySide on $name', (backend) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await backend.open();
	});
	afterAll(() => handle.close());

	/** A read that notes when it starts and ends, and answers its own number from the database. */
	function noted(log: string[], db: Parameters<typeof readSideBySide>[0], n: number) {
		return async () => {
			log.push(`start ${n}`);
			const { rows } = (await db.execute(
				sql`select ${n}::int as n, pg_sleep(0.01)`
			)) as unknown as {
				rows: { n: number }[];
			};
			log.push(`end ${n}`);
			return Number(rows[0].n);
		};
	}

	it('answers every read in its place', async () => {
		const log: string[] = [];
		const { db } = handle;
		expect(await readSideBySide(db, [noted(log, db, 1), noted(log, db, 2)])).toEqual([1, 2]);
	});

	it('inside a transaction, starts a read only when the one before it has ended', async () => {
		const log: string[] = [];
		const answers = await handle.db.transaction((tx) =>
			readSideBySide(tx, [noted(log, tx, 1), noted(log, tx, 2), noted(log, tx, 3)])
		);
		expect(answers).toEqual([1, 2, 3]);
		expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
	});
});
