import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { cafePreferences, registrations } from '../db/schema';
import { submitRegistration } from '../registration/submit';
import { anOpenEdition } from '../registration/testing';
import { addTable, createCafe, preferenceChoices, setPreferences } from '.';

const now = new Date('2026-11-25T10:00:00Z');
let year = 2160;
let ip = 0;

const person = (email: string, extra: Record<string, unknown> = {}) => ({
	firstName: 'Wanda',
	lastName: 'Wunsch',
	email,
	sector: 'politik',
	municipality: '05913000',
	privacyAcknowledged: 'on',
	...extra
});

/** An open edition with a café of two topics that asks (or does not ask) for preferences. */
async function anEditionWithCafe(db: Database, preferencesOpen: boolean) {
	const edition = await anOpenEdition(db, { year: year++, capacity: 50 });
	const cafe = await createCafe(
		db,
		{
			editionId: edition.id,
			title: 'Zukunft im Quartier',
			questions: '',
			rounds: 2,
			roundMinutes: 20,
			preferencesOpen,
			votesPerParticipant: 2
		},
		null,
		now
	);
	for (const [i, topic] of ['Wohnen im Quartier', 'Vernetzung'].entries()) {
		await addTable(
			db,
			cafe.id,
			{ label: `Tisch ${i + 1}`, topic, hostName: `Gastgeberin ${i + 1}`, capacity: 8 },
			null,
			now
		);
	}
	return { edition, cafe };
}

describe.each(backends)('topic wishes at registration on $name', (backend) => {
	let handle: DatabaseHandle;
	let db: Database;

	beforeAll(async () => {
		handle = await backend.open();
		db = handle.db;
	}, 60_000);
	afterAll(async () => handle?.close());

	const submit = (editionYear: number, body: Record<string, unknown>) =>
		submitRegistration(db, editionYear, body, {
			ip: `198.51.100.${ip++}-${backend.name}`,
			now,
			origin: 'https://x.example',
			ratePerMinute: 100
		});

	async function wishesOf(email: string) {
		const [row] = await db
			.select({ id: registrations.id })
			.from(registrations)
			.where(eq(registrations.email, email));
		const rows = await db
			.select({ topic: cafePreferences.topic })
			.from(cafePreferences)
			.where(eq(cafePreferences.registrationId, row.id));
		return { id: row.id, topics: rows.map((r) => r.topic).sort() };
	}

	it('stores the topics ticked in the registration form with the registration', async () => {
		const { edition, cafe } = await anEditionWithCafe(db, true);
		const outcome = await submit(
			edition.year,
			person('form@example.org', { [`cafeTopics.${cafe.id}.1`]: 'Vernetzung' })
		);
		expect(outcome.kind).toBe('accepted');
		expect((await wishesOf('form@example.org')).topics).toEqual(['Vernetzung']);
	});

	it('takes the topics from a JSON body and keeps them editable on the personal page', async () => {
		const { edition, cafe } = await anEditionWithCafe(db, true);
		const body = person('api@example.org', {
			cafeTopics: { [cafe.id]: ['Wohnen im Quartier', 'Vernetzung'] }
		});
		expect((await submit(edition.year, body)).kind).toBe('accepted');
		const { id, topics } = await wishesOf('api@example.org');
		expect(topics).toEqual(['Vernetzung', 'Wohnen im Quartier']);

		await setPreferences(db, id, cafe.id, ['Vernetzung']);
		const [choice] = await preferenceChoices(db, id);
		expect(choice.chosen).toEqual(['Vernetzung']);
	});

	it('refuses a topic the café does not have, naming the field, and stores nothing', async () => {
		const { edition, cafe } = await anEditionWithCafe(db, true);
		const outcome = await submit(
			edition.year,
			person('unknown@example.org', { [`cafeTopics.${cafe.id}.0`]: 'Gibt es nicht' })
		);
		expect(outcome).toMatchObject({
			kind: 'invalid',
			status: 422,
			errors: [
				{
					field: `cafeTopics.${cafe.id}`,
					message: expect.stringContaining('„Gibt es nicht“')
				}
			]
		});
		const stored = await db
			.select()
			.from(registrations)
			.where(eq(registrations.email, 'unknown@example.org'));
		expect(stored).toHaveLength(0);
	});

	it('refuses wishes for a café that does not ask for them', async () => {
		const { edition, cafe } = await anEditionWithCafe(db, false);
		const outcome = await submit(
			edition.year,
			person('closed@example.org', { cafeTopics: { [cafe.id]: ['Vernetzung'] } })
		);
		expect(outcome).toMatchObject({
			kind: 'invalid',
			errors: [{ field: `cafeTopics.${cafe.id}` }]
		});
	});

	it('registers as before when no topics are ticked', async () => {
		const { edition } = await anEditionWithCafe(db, true);
		expect((await submit(edition.year, person('none@example.org'))).kind).toBe('accepted');
		expect((await wishesOf('none@example.org')).topics).toEqual([]);
	});
});
