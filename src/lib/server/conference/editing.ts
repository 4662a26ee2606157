import { and, asc, count, eq, inArray, max, or } from 'drizzle-orm';
import { messageRef, messageText, translator } from '$lib/i18n';
import { z } from 'zod';
import { sessionKinds } from '$lib/types/enums';
import type { Database, Transaction } from '../db';
import {
	editions,
	registrations,
	sessions,
	sessionSpeakers,
	speakers,
	workshops
} from '../db/schema';
import { recordAudit } from '../audit';
import {
	fillFreedSeats,
	registrationEdition,
	setCapacity,
	withEditionLock,
	workshopLoads
} from '../registration/store';
import { invalidatePublicReads } from './public';
import { berlinInstant, berlinLocalInput } from './time';
import {
	INT4_MAX,
	integer,
	optionalDate,
	optionalDateTime,
	optionalInteger,
	optionalText as sharedOptionalText,
	optionalTime,
	requiredText,
	rowId
} from '../fields';

/**
 * Organisers' edits to conference content. Every write records an audit entry in its transaction
 * and empties the public micro-cache afterwards, so the public pages show the change at once.
 */
/**
 * An edit the rules refuse. `ref` is the catalogue message (`messageRef`), which pages show in
 * their language; `message` is its German text.
 */
export class EditingError extends Error {
	constructor(
		readonly ref: string,
		readonly field: string
	) {
		super(messageText(translator('de'), ref));
		this.name = 'EditingError';
	}
}

const optionalText = (max: number, multiline = false) =>
	sharedOptionalText({ max, multiline, tooLong: messageRef('bo.err.maxChars', { max }) });
const title = requiredText({
	max: 300,
	required: messageRef('bo.err.titleRequired'),
	tooLong: messageRef('bo.err.maxChars', { max: 300 })
});
/** `datetime-local` inputs are Berlin wall-clock time. */
const optionalMoment = optionalDateTime().transform((v) =>
	v ? berlinInstant(v.slice(0, 10), v.slice(11, 16)) : null
);

export const EditionForm = z.object({
	title,
	theme: optionalText(300),
	description: optionalText(5000, true),
	date: optionalDate(),
	startTime: optionalTime(),
	endTime: optionalTime(),
	venueName: optionalText(200),
	venueStreet: optionalText(200),
	venuePostcode: optionalText(10),
	venueCity: optionalText(100),
	capacity: optionalInteger(),
	/** Left empty, the stored period (or the default of 90 days) stays. */
	retentionDays: optionalInteger({ max: 3650 }).transform((v) => v ?? undefined),
	registrationOpensAt: optionalMoment,
	registrationClosesAt: optionalMoment,
	published: z
		.string()
		.optional()
		.transform((v) => v === 'on')
});
export type EditionInput = z.infer<typeof EditionForm>;

export const NewEditionForm = EditionForm.extend({
	year: integer({
		min: 2000,
		max: 2200,
		required: messageRef('bo.err.yearRequired'),
		tooSmall: messageRef('bo.err.yearTooSmall'),
		tooLarge: messageRef('bo.err.yearTooLarge')
	})
});

function checkEdition(input: EditionInput): void {
	if (input.startTime && input.endTime && input.startTime >= input.endTime) {
		throw new EditingError(messageRef('bo.err.endBeforeStart'), 'endTime');
	}
	if (
		input.registrationOpensAt &&
		input.registrationClosesAt &&
		input.registrationOpensAt >= input.registrationClosesAt
	) {
		throw new EditingError(messageRef('bo.err.closesBeforeOpens'), 'registrationClosesAt');
	}
}

interface Actor {
	actorUserId: number;
	now: Date;
	origin: string;
}

async function audit(
	tx: Transaction,
	actor: Actor,
	action: string,
	subjectType: string,
	subjectId: number,
	details: Record<string, string | number | boolean | null> = {}
) {
	await recordAudit(
		tx,
		{ actorUserId: actor.actorUserId, action, subjectType, subjectId, details },
		actor.now
	);
}

export async function createEdition(
	db: Database,
	input: z.infer<typeof NewEditionForm>,
	actor: Actor
): Promise<{ id: number; year: number }> {
	checkEdition(input);
	const [taken] = await db
		.select({ id: editions.id })
		.from(editions)
		.where(eq(editions.year, input.year));
	if (taken) throw new EditingError(messageRef('bo.err.yearTaken'), 'year');
	const row = await db.transaction(async (tx) => {
		const [created] = await tx
			.insert(editions)
			.values(input)
			.returning({ id: editions.id, year: editions.year });
		await audit(tx, actor, 'edition.created', 'edition', created.id, { year: created.year });
		return created;
	});
	invalidatePublicReads();
	return row;
}

/**
 * One submit of the edition form is one transaction, under the edition lock: the content, and a
 * change of capacity through the registration domain, which offers new seats to the waiting list
 * of a published edition. A failure anywhere leaves the edition as it was.
 */
export async function updateEdition(
	db: Database,
	year: number,
	input: EditionInput,
	actor: Actor
): Promise<void> {
	checkEdition(input);
	const [found] = await db
		.select({ id: editions.id })
		.from(editions)
		.where(eq(editions.year, year));
	if (!found) throw new EditingError(messageRef('bo.err.editionUnknown'), 'form');
	const { capacity, ...content } = input;
	await withEditionLock(db, found.id, async (tx) => {
		const [current] = await tx
			.select({ capacity: editions.capacity })
			.from(editions)
			.where(eq(editions.id, found.id));
		await tx.update(editions).set(content).where(eq(editions.id, found.id));
		await audit(tx, actor, 'edition.updated', 'edition', found.id, {
			published: input.published,
			capacity
		});
		if (capacity === current.capacity) return;
		// Only a published edition takes registrations and has a waiting list to serve.
		const registering = capacity === null ? null : await registrationEdition(tx, year);
		if (registering && capacity !== null) await setCapacity(tx, registering, capacity, actor);
		else await tx.update(editions).set({ capacity }).where(eq(editions.id, found.id));
	});
	invalidatePublicReads();
}

export const SessionForm = z.object({
	kind: z.enum(sessionKinds, { error: messageRef('bo.err.kindRequired') }),
	title,
	description: optionalText(5000, true),
	startTime: optionalTime(),
	endTime: optionalTime(),
	room: optionalText(100)
});

/** Both times or neither, on the edition's date, the end after the beginning. */
function sessionTimes(
	edition: { date: string | null },
	input: z.infer<typeof SessionForm>
): { startsAt: Date | null; endsAt: Date | null } {
	const timed = input.startTime && input.endTime;
	if ((input.startTime || input.endTime) && !timed) {
		throw new EditingError(messageRef('bo.err.bothTimes'), 'endTime');
	}
	if (!timed) return { startsAt: null, endsAt: null };
	if (!edition.date) {
		throw new EditingError(messageRef('bo.err.dateFirst'), 'startTime');
	}
	if (input.startTime! >= input.endTime!) {
		throw new EditingError(messageRef('bo.err.endBeforeStart'), 'endTime');
	}
	return {
		startsAt: berlinInstant(edition.date, input.startTime!),
		endsAt: berlinInstant(edition.date, input.endTime!)
	};
}

export async function addSession(
	db: Database,
	edition: { id: number; date: string | null },
	input: z.infer<typeof SessionForm>,
	actor: Actor
): Promise<number> {
	const times = sessionTimes(edition, input);
	const id = await db.transaction(async (tx) => {
		const [{ last }] = await tx
			.select({ last: max(sessions.position) })
			.from(sessions)
			.where(eq(sessions.editionId, edition.id));
		const [row] = await tx
			.insert(sessions)
			.values({
				editionId: edition.id,
				kind: input.kind,
				title: input.title,
				description: input.description,
				room: input.room,
				...times,
				position: (last ?? -1) + 1
			})
			.returning({ id: sessions.id });
		await audit(tx, actor, 'session.created', 'session', row.id, { editionId: edition.id });
		return row.id;
	});
	invalidatePublicReads();
	return id;
}

export const SessionEditForm = SessionForm.extend({
	session: rowId(),
	/** The speakers of the session, in the order of the checkboxes. */
	speakers: z
		.string()
		.optional()
		.transform((v) => (v ? v.split(',').map(Number) : []))
		.pipe(z.array(z.number().int().min(1).max(INT4_MAX)))
});

/** Changes a session's content, times and speakers; its place in the programme stays. */
export async function updateSession(
	db: Database,
	edition: { id: number; date: string | null },
	input: z.infer<typeof SessionEditForm>,
	actor: Actor
): Promise<void> {
	const times = sessionTimes(edition, input);
	await db.transaction(async (tx) => {
		const [row] = await tx
			.update(sessions)
			.set({
				kind: input.kind,
				title: input.title,
				description: input.description,
				room: input.room,
				...times
			})
			.where(and(eq(sessions.id, input.session), eq(sessions.editionId, edition.id)))
			.returning({ id: sessions.id });
		if (!row) throw new EditingError(messageRef('bo.err.sessionGone'), 'form');
		const own = input.speakers.length
			? await tx
					.select({ id: speakers.id })
					.from(speakers)
					.where(and(eq(speakers.editionId, edition.id), inArray(speakers.id, input.speakers)))
			: [];
		if (own.length !== new Set(input.speakers).size) {
			throw new EditingError(messageRef('bo.err.speakersOfEdition'), 'speakers');
		}
		await tx.delete(sessionSpeakers).where(eq(sessionSpeakers.sessionId, row.id));
		const chosen = [...new Set(input.speakers)];
		if (chosen.length) {
			await tx
				.insert(sessionSpeakers)
				.values(chosen.map((speakerId, position) => ({ sessionId: row.id, speakerId, position })));
		}
		await audit(tx, actor, 'session.updated', 'session', row.id, {
			title: input.title,
			speakers: chosen.length
		});
	});
	invalidatePublicReads();
}

/** Swaps a session with its neighbour in the programme order. */
export async function moveSession(
	db: Database,
	editionId: number,
	sessionId: number,
	direction: 'up' | 'down',
	actor: Actor
): Promise<void> {
	await moveInOrder(db, sessionId, direction, {
		order: (tx) =>
			tx
				.select({ id: sessions.id })
				.from(sessions)
				.where(eq(sessions.editionId, editionId))
				.orderBy(asc(sessions.position), asc(sessions.id)),
		place: (tx, id, position) => tx.update(sessions).set({ position }).where(eq(sessions.id, id)),
		audit: (tx) => audit(tx, actor, 'session.moved', 'session', sessionId, { direction })
	});
}

export async function deleteSession(
	db: Database,
	editionId: number,
	sessionId: number,
	actor: Actor
): Promise<void> {
	await db.transaction(async (tx) => {
		const [row] = await tx
			.delete(sessions)
			.where(and(eq(sessions.id, sessionId), eq(sessions.editionId, editionId)))
			.returning({ title: sessions.title });
		if (row) await audit(tx, actor, 'session.deleted', 'session', sessionId, { title: row.title });
	});
	invalidatePublicReads();
}

export const WorkshopForm = z.object({
	title,
	description: optionalText(5000, true),
	capacity: integer({
		max: 10_000,
		required: messageRef('bo.err.seatsRequired'),
		tooLarge: messageRef('bo.err.seatsMax')
	})
});

export async function addWorkshop(
	db: Database,
	editionId: number,
	input: z.infer<typeof WorkshopForm>,
	actor: Actor
): Promise<number> {
	const id = await db.transaction(async (tx) => {
		const [{ last }] = await tx
			.select({ last: max(workshops.position) })
			.from(workshops)
			.where(eq(workshops.editionId, editionId));
		const [row] = await tx
			.insert(workshops)
			.values({ editionId, ...input, position: (last ?? -1) + 1 })
			.returning({ id: workshops.id });
		await audit(tx, actor, 'workshop.created', 'workshop', row.id, { capacity: input.capacity });
		return row.id;
	});
	invalidatePublicReads();
	return id;
}

export const WorkshopEditForm = WorkshopForm.extend({
	workshop: rowId()
});

/**
 * A workshop's seats are registration business: under the edition lock, never below the seats
 * already given, and new seats go to the workshop's waiting list at once.
 */
export async function updateWorkshop(
	db: Database,
	edition: { id: number; year: number },
	input: z.infer<typeof WorkshopEditForm>,
	actor: Actor
): Promise<void> {
	// Only a published edition takes registrations (and has waiting lists to serve).
	const registering = await registrationEdition(db, edition.year);
	const change = async (tx: Transaction, capacity: number) => {
		const loads = await workshopLoads(tx, edition.id);
		const current = loads.get(input.workshop);
		if (!current) throw new EditingError(messageRef('bo.err.workshopGone'), 'form');
		if (input.capacity < current.taken) {
			throw new EditingError(messageRef('bo.err.seatsTaken', { taken: current.taken }), 'capacity');
		}
		await tx
			.update(workshops)
			.set({ title: input.title, description: input.description, capacity: input.capacity })
			.where(eq(workshops.id, input.workshop));
		await audit(tx, actor, 'workshop.updated', 'workshop', input.workshop, {
			title: input.title,
			from: current.capacity,
			to: input.capacity
		});
		if (registering && input.capacity > current.capacity) {
			await fillFreedSeats(tx, registering, capacity, actor);
		}
	};
	if (registering) await withEditionLock(db, edition.id, change);
	else await db.transaction((tx) => change(tx, 0));
	invalidatePublicReads();
}

/** Only a workshop nobody has chosen, holds or waits for may go; registrations keep their wishes. */
export async function deleteWorkshop(
	db: Database,
	editionId: number,
	workshopId: number,
	actor: Actor
): Promise<void> {
	await db.transaction(async (tx) => {
		const [workshop] = await tx
			.select({ id: workshops.id, title: workshops.title })
			.from(workshops)
			.where(and(eq(workshops.id, workshopId), eq(workshops.editionId, editionId)))
			.for('update');
		if (!workshop) throw new EditingError(messageRef('bo.err.workshopGone'), 'form');
		const [{ n }] = await tx
			.select({ n: count() })
			.from(registrations)
			.where(
				or(
					eq(registrations.workshopFirstId, workshopId),
					eq(registrations.workshopSecondId, workshopId),
					eq(registrations.workshopId, workshopId),
					eq(registrations.workshopWaitlistId, workshopId)
				)
			);
		if (n > 0) {
			throw new EditingError(
				messageRef(n === 1 ? 'bo.err.workshopInUse.one' : 'bo.err.workshopInUse.other', {
					title: workshop.title,
					count: n
				}),
				'form'
			);
		}
		await tx.delete(workshops).where(eq(workshops.id, workshopId));
		await audit(tx, actor, 'workshop.deleted', 'workshop', workshopId, { title: workshop.title });
	});
	invalidatePublicReads();
}

/** Swaps a workshop with its neighbour in the order the public page and the form show. */
export async function moveWorkshop(
	db: Database,
	editionId: number,
	workshopId: number,
	direction: 'up' | 'down',
	actor: Actor
): Promise<void> {
	await moveInOrder(db, workshopId, direction, {
		order: (tx) =>
			tx
				.select({ id: workshops.id })
				.from(workshops)
				.where(eq(workshops.editionId, editionId))
				.orderBy(asc(workshops.position), asc(workshops.id)),
		place: (tx, id, position) => tx.update(workshops).set({ position }).where(eq(workshops.id, id)),
		audit: (tx) => audit(tx, actor, 'workshop.moved', 'workshop', workshopId, { direction })
	});
}

/**
 * Moves one item of an edition's ordered list (sessions, workshops, speakers, partners) one place
 * up or down and renumbers the list, in one transaction with its audit entry. `order` reads the
 * list in its current order, `place` writes one item's new position.
 */
export async function moveInOrder(
	db: Database,
	id: number,
	direction: 'up' | 'down',
	steps: {
		order: (tx: Transaction) => Promise<{ id: number }[]>;
		place: (tx: Transaction, id: number, position: number) => Promise<unknown>;
		audit: (tx: Transaction) => Promise<void>;
	}
): Promise<void> {
	await db.transaction(async (tx) => {
		const order = await steps.order(tx);
		if (!swapNeighbours(order, id, direction)) return;
		for (const [position, item] of order.entries()) await steps.place(tx, item.id, position);
		await steps.audit(tx);
	});
	invalidatePublicReads();
}

/** Swaps the item with its neighbour in place; false when there is none in that direction. */
export function swapNeighbours<T extends { id: number }>(
	order: T[],
	id: number,
	direction: 'up' | 'down'
): boolean {
	const index = order.findIndex((s) => s.id === id);
	const other = index + (direction === 'up' ? -1 : 1);
	if (index < 0 || other < 0 || other >= order.length) return false;
	[order[index], order[other]] = [order[other], order[index]];
	return true;
}

export async function programmeForEditing(db: Database, editionId: number) {
	const [sessionRows, workshopRows, speakerRows, links] = await Promise.all([
		db
			.select()
			.from(sessions)
			.where(eq(sessions.editionId, editionId))
			.orderBy(asc(sessions.position), asc(sessions.id)),
		db
			.select()
			.from(workshops)
			.where(eq(workshops.editionId, editionId))
			.orderBy(asc(workshops.position), asc(workshops.id)),
		db
			.select({ id: speakers.id, name: speakers.name })
			.from(speakers)
			.where(eq(speakers.editionId, editionId))
			.orderBy(asc(speakers.position), asc(speakers.id)),
		db
			.select({ sessionId: sessionSpeakers.sessionId, speakerId: sessionSpeakers.speakerId })
			.from(sessionSpeakers)
			.innerJoin(sessions, eq(sessions.id, sessionSpeakers.sessionId))
			.where(eq(sessions.editionId, editionId))
			.orderBy(asc(sessionSpeakers.position))
	]);
	return {
		sessions: sessionRows.map((s) => ({
			...s,
			speakerIds: links.filter((l) => l.sessionId === s.id).map((l) => l.speakerId)
		})),
		workshops: workshopRows,
		speakers: speakerRows
	};
}

/** The edition as the form's values (`datetime-local` wants Berlin wall-clock time). */
export async function editionFormValues(
	db: Database,
	year: number
): Promise<Record<string, string> | null> {
	const [row] = await db.select().from(editions).where(eq(editions.year, year));
	if (!row) return null;
	const moment = (d: Date | null) => (d ? berlinLocalInput(d) : '');
	return {
		title: row.title,
		theme: row.theme ?? '',
		description: row.description ?? '',
		date: row.date ?? '',
		startTime: row.startTime?.slice(0, 5) ?? '',
		endTime: row.endTime?.slice(0, 5) ?? '',
		venueName: row.venueName ?? '',
		venueStreet: row.venueStreet ?? '',
		venuePostcode: row.venuePostcode ?? '',
		venueCity: row.venueCity ?? '',
		capacity: row.capacity === null ? '' : String(row.capacity),
		retentionDays: String(row.retentionDays),
		registrationOpensAt: moment(row.registrationOpensAt),
		registrationClosesAt: moment(row.registrationClosesAt),
		published: row.published ? 'on' : ''
	};
}
