import { eq } from 'drizzle-orm';
import type { Database } from '../db';
import { editions, workshops } from '../db/schema';
import { RegistrationSchema, type RegistrationInput } from './input';

let counter = 0;

/** A valid registration; override what the test is about. */
export function aRegistration(overrides: Record<string, unknown> = {}): RegistrationInput {
	counter++;
	return RegistrationSchema.parse({
		firstName: 'Erika',
		lastName: `Beispiel ${counter}`,
		email: `person${counter}-${Math.random().toString(36).slice(2, 8)}@example.org`,
		organisation: 'Stadt Gelsenkirchen',
		jobTitle: 'Sozialplanung',
		sector: 'kommunalverwaltung',
		municipality: '05513000',
		privacyAcknowledged: true,
		...overrides
	});
}

export interface TestEdition {
	id: number;
	year: number;
	workshopIds: number[];
}

/** An edition open for registration at `now`, with the given capacities. */
export async function anOpenEdition(
	db: Database,
	options: {
		year: number;
		capacity: number;
		workshopCapacities?: number[];
		opensAt?: Date;
		closesAt?: Date;
		date?: string;
	}
): Promise<TestEdition> {
	const [edition] = await db
		.insert(editions)
		.values({
			year: options.year,
			title: `Testkonferenz ${options.year}`,
			date: options.date ?? `${options.year}-06-16`,
			startTime: '09:00',
			endTime: '15:00',
			capacity: options.capacity,
			registrationOpensAt: options.opensAt ?? new Date('2000-01-01T00:00:00Z'),
			registrationClosesAt: options.closesAt ?? new Date(`${options.year}-06-01T00:00:00Z`)
		})
		.returning({ id: editions.id, year: editions.year });
	const workshopIds: number[] = [];
	for (const [position, capacity] of (options.workshopCapacities ?? []).entries()) {
		const [w] = await db
			.insert(workshops)
			.values({ editionId: edition.id, title: `Workshop ${position + 1}`, capacity, position })
			.returning({ id: workshops.id });
		workshopIds.push(w.id);
	}
	return { ...edition, workshopIds };
}

export async function removeEdition(db: Database, id: number): Promise<void> {
	await db.delete(editions).where(eq(editions.id, id));
}
