import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { editions, users } from '../db/schema';
import { anOpenEdition } from '../registration/testing';
import { EditionForm, editionFormValues, updateEdition, type EditionInput } from './editing';

const now = new Date('2026-11-25T10:00:00Z');

/** The form as the page sends it: every field a string. */
const form = (year: number, changes: Record<string, string> = {}) => ({
	title: `Testkonferenz ${year}`,
	date: `${year}-06-16`,
	startTime: '09:00',
	endTime: '15:00',
	capacity: '10',
	registrationOpensAt: '2000-01-01T01:00',
	registrationClosesAt: `${year}-06-01T02:00`,
	published: 'on',
	...changes
});

function problems(values: Record<string, string>): Record<string, string> {
	const parsed = EditionForm.safeParse(values);
	if (parsed.success) return {};
	return Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('the edition form', () => {
	it.each([
		['date', '2031-02-31', 'field.err.date'],
		['startTime', '25:99', 'field.err.time'],
		['endTime', '24:00', 'field.err.time'],
		['capacity', '2147483648', 'field.err.tooLarge'],
		['capacity', '-1', 'field.err.negative'],
		['capacity', '1e3', 'field.err.integer'],
		['registrationOpensAt', '2031-02-31T10:00', 'field.err.dateTime'],
		['registrationClosesAt', '2031-02-28T25:00', 'field.err.dateTime'],
		['title', 'X\u0000Y', 'field.err.characters'],
		['title', '\u200B', 'bo.err.titleRequired'],
		['venueCity', 'Essen\u0000', 'field.err.characters']
	])('refuses %s=%j on that field', (field, value, message) => {
		expect(problems(form(2031, { [field]: value }))).toEqual({ [field]: message });
	});

	it('does not turn 31 February into 3 March', () => {
		const parsed = EditionForm.safeParse(form(2031, { registrationOpensAt: '2031-02-31T10:00' }));
		expect(parsed.success).toBe(false);
	});
});

describe.each(backends)('an edition form submit on $name', (backend) => {
	let handle: DatabaseHandle;
	let actor: { actorUserId: number; now: Date; origin: string };
	const db = () => handle.db;
	const stored = async (id: number) =>
		(await db().select().from(editions).where(eq(editions.id, id)))[0];

	beforeAll(async () => {
		handle = await backend.open();
		const [user] = await db()
			.insert(users)
			.values({ email: 'orga@example.org', name: 'Orga', role: 'organiser', createdAt: now })
			.returning();
		actor = { actorUserId: user.id, now, origin: 'https://konferenz.example' };
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('is one transaction: a capacity the database refuses leaves the title unchanged too', async () => {
		const edition = await anOpenEdition(db(), { year: 2171, capacity: 10 });
		await db().update(editions).set({ published: true }).where(eq(editions.id, edition.id));
		const before = await stored(edition.id);
		const input: EditionInput = {
			...EditionForm.parse(form(2171, { title: 'X' })),
			// Past the form's schema: what the database itself refuses must not leave half a change.
			capacity: 2_147_483_648
		};
		await expect(updateEdition(db(), 2171, input, actor)).rejects.toThrow();
		expect(await stored(edition.id)).toEqual(before);
	});

	it('also for an unpublished edition, whose capacity is plain content', async () => {
		const edition = await anOpenEdition(db(), { year: 2172, capacity: 10 });
		const before = await stored(edition.id);
		const input: EditionInput = {
			...EditionForm.parse(form(2172, { title: 'X', published: '' })),
			capacity: 2_147_483_648
		};
		await expect(updateEdition(db(), 2172, input, actor)).rejects.toThrow();
		expect(await stored(edition.id)).toEqual(before);
	});

	it('stores title and capacity together when both are valid', async () => {
		const edition = await anOpenEdition(db(), { year: 2173, capacity: 10 });
		await db().update(editions).set({ published: true }).where(eq(editions.id, edition.id));
		await updateEdition(
			db(),
			2173,
			EditionForm.parse(form(2173, { title: 'Neu', capacity: '25' })),
			actor
		);
		const after = await stored(edition.id);
		expect([after.title, after.capacity]).toEqual(['Neu', 25]);
		expect((await editionFormValues(db(), 2173))?.registrationOpensAt).toBe('2000-01-01T01:00');
	});
});
