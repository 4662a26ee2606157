import { and, asc, eq, gte, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { Database } from '../db';
import { cafePreferences, cafeSeats, cafeTables, registrations, worldCafes } from '../db/schema';
import { recordAudit } from '../audit';
import { WorldCafeError } from './errors';
import { cafeById, tablesOf, type CafeTableRow, type WorldCafe } from './setup';
import { replanSeating, solveSeating } from './solver';
import type { Participant, SeatingPlan, SolveResult, WorldCafeInput } from './types';

/**
 * Who is seated: before the day everyone whose registration is confirmed (an unconfirmed
 * reservation may still lapse); on the day only those checked in, whether or not they had
 * confirmed their address, since they are in the room.
 */
export type Attendance = 'registered' | 'checked_in';

export function attends(attendance: Attendance): SQL | undefined {
	return attendance === 'registered'
		? eq(registrations.status, 'confirmed')
		: and(
				inArray(registrations.status, ['pending', 'confirmed']),
				isNotNull(registrations.checkedInAt)
			);
}

/** Outside the Metropole Ruhr still counts as one "place" for mixing. */
const OUTSIDE = 'ausserhalb';

/** Wall-clock budget per solve; the benchmark in the solver tests stays far below it for 200. */
export const PLAN_BUDGET_MS = 400;

async function participantsOf(
	db: Database,
	cafe: WorldCafe,
	attendance: Attendance
): Promise<Participant[]> {
	const rows = await db
		.select({
			id: registrations.id,
			sector: registrations.sector,
			municipalityAgs: registrations.municipalityAgs
		})
		.from(registrations)
		.where(and(eq(registrations.editionId, cafe.editionId), attends(attendance)))
		.orderBy(asc(registrations.id));
	const preferences = cafe.preferencesOpen
		? await db.select().from(cafePreferences).where(eq(cafePreferences.cafeId, cafe.id))
		: [];
	const wishes = new Map<number, string[]>();
	for (const p of preferences)
		wishes.set(p.registrationId, [...(wishes.get(p.registrationId) ?? []), p.topic]);
	return rows.map((r) => ({
		id: String(r.id),
		sector: r.sector,
		municipality: r.municipalityAgs ?? OUTSIDE,
		preferredTopics: wishes.get(r.id)
	}));
}

function solverInput(
	cafe: WorldCafe,
	tables: CafeTableRow[],
	participants: Participant[]
): WorldCafeInput {
	return {
		participants,
		tables: tables.map((t) => ({ id: String(t.id), topic: t.topic, capacity: t.capacity })),
		rounds: cafe.rounds
	};
}

export async function storedPlan(
	db: Database,
	cafe: WorldCafe,
	tables: CafeTableRow[]
): Promise<SeatingPlan> {
	const seats = await db
		.select()
		.from(cafeSeats)
		.where(eq(cafeSeats.cafeId, cafe.id))
		.orderBy(asc(cafeSeats.round), asc(cafeSeats.registrationId));
	const rounds = Array.from({ length: cafe.rounds }, () =>
		tables.map((t) => ({ tableId: String(t.id), participantIds: [] as string[] }))
	);
	const position = new Map(tables.map((t, i) => [t.id, i]));
	for (const seat of seats) {
		const i = position.get(seat.tableId);
		if (i === undefined || seat.round >= cafe.rounds) continue;
		rounds[seat.round][i].participantIds.push(String(seat.registrationId));
	}
	return { rounds };
}

async function storePlan(
	db: Database,
	cafe: WorldCafe,
	result: SolveResult,
	fromRound: number,
	action: string,
	actorUserId: number | null,
	now: Date
): Promise<number> {
	return db.transaction(async (tx) => {
		// The version check makes two organisers planning at once safe: the second one loses.
		const [bumped] = await tx
			.update(worldCafes)
			.set({
				planVersion: cafe.planVersion + 1,
				finishedRounds: fromRound,
				plannedAt: now,
				planQuality: { ...result.quality }
			})
			.where(and(eq(worldCafes.id, cafe.id), eq(worldCafes.planVersion, cafe.planVersion)))
			.returning({ version: worldCafes.planVersion });
		if (!bumped) throw new WorldCafeError('plan_veraltet');
		await tx.delete(cafeSeats).where(and(eq(cafeSeats.cafeId, cafe.id), gteRound(fromRound)));
		const rows = result.plan.rounds.flatMap((round, r) =>
			r < fromRound
				? []
				: round.flatMap((seating) =>
						seating.participantIds.map((id) => ({
							cafeId: cafe.id,
							round: r,
							registrationId: Number(id),
							tableId: Number(seating.tableId)
						}))
					)
		);
		for (let i = 0; i < rows.length; i += 1000)
			await tx.insert(cafeSeats).values(rows.slice(i, i + 1000));
		await recordAudit(
			tx,
			{
				actorUserId,
				action,
				subjectType: 'world_cafe',
				subjectId: cafe.id,
				details: { fromRound, seats: rows.length, repeatPairs: result.quality.repeatPairs }
			},
			now
		);
		return bumped.version;
	});
}

function gteRound(fromRound: number) {
	return fromRound === 0 ? undefined : gte(cafeSeats.round, fromRound);
}

/** The first plan (or a fresh one before the day): every round from scratch. */
export async function assignCafe(
	db: Database,
	cafeId: number,
	actorUserId: number | null,
	now: Date,
	attendance: Attendance = 'registered'
): Promise<SolveResult> {
	const cafe = await cafeById(db, cafeId);
	const tables = await tablesOf(db, cafeId);
	if (!tables.length) throw new WorldCafeError('keine_tische');
	const participants = await participantsOf(db, cafe, attendance);
	if (!participants.length) throw new WorldCafeError('keine_teilnehmenden');
	const result = solveSeating(solverInput(cafe, tables, participants), {
		seed: cafe.id * 7919 + cafe.planVersion + 1,
		timeBudgetMs: PLAN_BUDGET_MS,
		now: () => performance.now()
	});
	await storePlan(db, cafe, result, 0, 'worldcafe.assigned', actorUserId, now);
	return result;
}

/**
 * On the day: rounds before `finishedRounds` stay exactly as they were; the rest is planned again
 * for the people now present (checked in, by default), so no-shows leave and late arrivals join.
 */
export async function replanCafe(
	db: Database,
	cafeId: number,
	finishedRounds: number,
	actorUserId: number | null,
	now: Date,
	attendance: Attendance = 'checked_in'
): Promise<SolveResult> {
	const cafe = await cafeById(db, cafeId);
	if (cafe.planVersion === 0) throw new WorldCafeError('kein_plan');
	if (!Number.isInteger(finishedRounds) || finishedRounds < 0 || finishedRounds > cafe.rounds) {
		throw new WorldCafeError('ungueltige_abgeschlossene_runden');
	}
	const tables = await tablesOf(db, cafeId);
	const participants = await participantsOf(db, cafe, attendance);
	if (!participants.length) throw new WorldCafeError('keine_teilnehmenden');
	const previousPlan = await storedPlan(db, cafe, tables);
	const result = replanSeating(
		{ ...solverInput(cafe, tables, participants), previousPlan, finishedRounds },
		{
			seed: cafe.id * 7919 + cafe.planVersion + 1,
			timeBudgetMs: PLAN_BUDGET_MS,
			now: () => performance.now()
		}
	);
	await storePlan(db, cafe, result, finishedRounds, 'worldcafe.replanned', actorUserId, now);
	return result;
}

export interface PlanTable {
	id: number;
	label: string;
	topic: string;
	hostName: string;
	capacity: number;
	people: { id: number; name: string; organisation: string | null }[];
}

/** The stored plan for print: per round, every table with host and guests by name. */
export async function planByRound(db: Database, cafeId: number): Promise<PlanTable[][]> {
	const cafe = await cafeById(db, cafeId);
	const tables = await tablesOf(db, cafeId);
	const seats = await db
		.select({
			round: cafeSeats.round,
			tableId: cafeSeats.tableId,
			id: registrations.id,
			firstName: registrations.firstName,
			lastName: registrations.lastName,
			organisation: registrations.organisation
		})
		.from(cafeSeats)
		.innerJoin(registrations, eq(registrations.id, cafeSeats.registrationId))
		.where(eq(cafeSeats.cafeId, cafeId))
		.orderBy(asc(registrations.lastName), asc(registrations.firstName));
	return Array.from({ length: cafe.rounds }, (_, round) =>
		tables.map((t) => ({
			id: t.id,
			label: t.label,
			topic: t.topic,
			hostName: t.hostName,
			capacity: t.capacity,
			people: seats
				.filter((s) => s.round === round && s.tableId === t.id)
				.map((s) => ({
					id: s.id,
					name: `${s.firstName} ${s.lastName}`,
					organisation: s.organisation
				}))
		}))
	);
}

export interface Guest {
	firstName: string;
	organisation: string | null;
}

/**
 * Who sits at a table in one round, for its host: first name and organisation only, since the
 * host link is shared more loosely than the organisers' plan.
 */
export async function guestsAtTable(
	db: Database,
	tableId: number,
	round: number
): Promise<Guest[]> {
	return db
		.select({ firstName: registrations.firstName, organisation: registrations.organisation })
		.from(cafeSeats)
		.innerJoin(registrations, eq(registrations.id, cafeSeats.registrationId))
		.where(and(eq(cafeSeats.tableId, tableId), eq(cafeSeats.round, round)))
		.orderBy(asc(registrations.firstName), asc(registrations.organisation));
}

export interface ItineraryStop {
	round: number;
	table: string;
	topic: string;
	hostName: string;
}

export interface Itinerary {
	cafeId: number;
	title: string;
	roundMinutes: number;
	stops: ItineraryStop[];
}

/** Where one person sits in each round, for every café of their edition that has a plan. */
export async function itineraryForRegistration(
	db: Database,
	registrationId: number
): Promise<Itinerary[]> {
	const rows = await db
		.select({
			cafeId: worldCafes.id,
			title: worldCafes.title,
			roundMinutes: worldCafes.roundMinutes,
			round: cafeSeats.round,
			table: cafeTables.label,
			topic: cafeTables.topic,
			hostName: cafeTables.hostName
		})
		.from(cafeSeats)
		.innerJoin(worldCafes, eq(worldCafes.id, cafeSeats.cafeId))
		.innerJoin(cafeTables, eq(cafeTables.id, cafeSeats.tableId))
		.where(eq(cafeSeats.registrationId, registrationId))
		.orderBy(asc(worldCafes.id), asc(cafeSeats.round));
	const byCafe = new Map<number, Itinerary>();
	for (const row of rows) {
		const itinerary = byCafe.get(row.cafeId) ?? {
			cafeId: row.cafeId,
			title: row.title,
			roundMinutes: row.roundMinutes,
			stops: []
		};
		itinerary.stops.push({
			round: row.round,
			table: row.table,
			topic: row.topic,
			hostName: row.hostName
		});
		byCafe.set(row.cafeId, itinerary);
	}
	return [...byCafe.values()];
}
