import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { documents } from './archive';
import { editions } from './conference';
import { registrations } from './registration';

/** The published harvest as it was at publication, so the archive page never changes under it. */
export interface HarvestSnapshot {
	title: string;
	topics: {
		topic: string;
		keyPoints: { table: string; round: number; text: string }[];
		fields: {
			field: string;
			/** The Handlungsfeld's key (`wohnen`, or `untagged`), so a page can name it in its language. */
			key?: string;
			/** `id` (the idea's row, for "taken up" marks) since ideas could become measures. */
			ideas: { id?: number; text: string; table: string; round: number; votes: number }[];
		}[];
	}[];
}

/**
 * A World Café in an edition's programme: its questions, the number and length of the rounds,
 * whether participants may name topics they prefer, and how many votes each may give to ideas.
 * `finishedRounds` is moved on during the day; a re-plan keeps those rounds as they were.
 */
export const worldCafes = pgTable(
	'world_cafes',
	{
		id: serial('id').primaryKey(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => editions.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		/** One question or topic per line, as put to the participants. */
		questions: text('questions').notNull().default(''),
		rounds: integer('rounds').notNull(),
		roundMinutes: integer('round_minutes').notNull(),
		preferencesOpen: boolean('preferences_open').notNull().default(false),
		votesPerParticipant: integer('votes_per_participant').notNull().default(3),
		finishedRounds: integer('finished_rounds').notNull().default(0),
		/** Incremented with every stored plan; the seats below belong to this version. */
		planVersion: integer('plan_version').notNull().default(0),
		plannedAt: timestamp('planned_at', { withTimezone: true }),
		planQuality: jsonb('plan_quality').$type<Record<string, unknown>>(),
		publishedDocumentId: integer('published_document_id').references(() => documents.id, {
			onDelete: 'set null'
		}),
		publishedHarvest: jsonb('published_harvest').$type<HarvestSnapshot>(),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [
		check('world_cafes_rounds_range', sql`${t.rounds} between 1 and 12`),
		check('world_cafes_round_minutes_range', sql`${t.roundMinutes} between 5 and 180`),
		check('world_cafes_votes_range', sql`${t.votesPerParticipant} between 0 and 20`),
		check('world_cafes_finished_rounds_range', sql`${t.finishedRounds} between 0 and ${t.rounds}`),
		index('world_cafes_edition_idx').on(t.editionId)
	]
);

/** A table with its topic, host and seats for guests (the host is not counted). */
export const cafeTables = pgTable(
	'cafe_tables',
	{
		id: serial('id').primaryKey(),
		cafeId: integer('cafe_id')
			.notNull()
			.references(() => worldCafes.id, { onDelete: 'cascade' }),
		label: text('label').notNull(),
		topic: text('topic').notNull(),
		hostName: text('host_name').notNull(),
		capacity: integer('capacity').notNull(),
		/** SHA-256 of the host's link token; null until a link is made. */
		hostTokenHash: text('host_token_hash'),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		check('cafe_tables_capacity_positive', sql`${t.capacity} >= 1`),
		uniqueIndex('cafe_tables_label').on(t.cafeId, t.label),
		uniqueIndex('cafe_tables_host_token').on(t.hostTokenHash)
	]
);

/** The stored plan: one row per participant and round. */
export const cafeSeats = pgTable(
	'cafe_seats',
	{
		cafeId: integer('cafe_id')
			.notNull()
			.references(() => worldCafes.id, { onDelete: 'cascade' }),
		round: integer('round').notNull(),
		registrationId: integer('registration_id')
			.notNull()
			.references(() => registrations.id, { onDelete: 'cascade' }),
		tableId: integer('table_id')
			.notNull()
			.references(() => cafeTables.id, { onDelete: 'cascade' })
	},
	(t) => [
		primaryKey({ columns: [t.cafeId, t.round, t.registrationId] }),
		check('cafe_seats_round_nonnegative', sql`${t.round} >= 0`),
		index('cafe_seats_registration_idx').on(t.registrationId),
		index('cafe_seats_table_idx').on(t.tableId, t.round)
	]
);

/** Topics a participant would like to visit (only while the café accepts preferences). */
export const cafePreferences = pgTable(
	'cafe_preferences',
	{
		cafeId: integer('cafe_id')
			.notNull()
			.references(() => worldCafes.id, { onDelete: 'cascade' }),
		registrationId: integer('registration_id')
			.notNull()
			.references(() => registrations.id, { onDelete: 'cascade' }),
		topic: text('topic').notNull()
	},
	(t) => [primaryKey({ columns: [t.cafeId, t.registrationId, t.topic] })]
);

/**
 * What the host of a table wrote down in one round. `version` rises with every accepted save;
 * a save must name the version it started from (optimistic concurrency, see docs/worldcafe.md).
 */
export const cafeNotes = pgTable(
	'cafe_notes',
	{
		id: serial('id').primaryKey(),
		tableId: integer('table_id')
			.notNull()
			.references(() => cafeTables.id, { onDelete: 'cascade' }),
		round: integer('round').notNull(),
		keyPoints: text('key_points').notNull().default(''),
		version: integer('version').notNull().default(0),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull()
	},
	(t) => [
		uniqueIndex('cafe_notes_table_round').on(t.tableId, t.round),
		check('cafe_notes_round_nonnegative', sql`${t.round} >= 0`)
	]
);

/**
 * An idea from a table's note, tagged with Handlungsfelder. An idea may be saved before it is
 * tagged (autosave catches it while being typed); the harvest lists untagged ideas separately.
 */
export const cafeIdeas = pgTable(
	'cafe_ideas',
	{
		id: serial('id').primaryKey(),
		noteId: integer('note_id')
			.notNull()
			.references(() => cafeNotes.id, { onDelete: 'cascade' }),
		/** Chosen by the page that created the idea, so a re-sent save updates instead of duplicating. */
		key: text('key').notNull(),
		text: text('text').notNull(),
		fields: text('fields').array().notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [uniqueIndex('cafe_ideas_note_key').on(t.noteId, t.key)]
);

/** One vote link per participant and café, stored as the SHA-256 of its token. */
export const cafeVoters = pgTable(
	'cafe_voters',
	{
		id: serial('id').primaryKey(),
		cafeId: integer('cafe_id')
			.notNull()
			.references(() => worldCafes.id, { onDelete: 'cascade' }),
		registrationId: integer('registration_id')
			.notNull()
			.references(() => registrations.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [
		uniqueIndex('cafe_voters_person').on(t.cafeId, t.registrationId),
		uniqueIndex('cafe_voters_token').on(t.tokenHash)
	]
);

export const cafeVotes = pgTable(
	'cafe_votes',
	{
		voterId: integer('voter_id')
			.notNull()
			.references(() => cafeVoters.id, { onDelete: 'cascade' }),
		ideaId: integer('idea_id')
			.notNull()
			.references(() => cafeIdeas.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.voterId, t.ideaId] }), index('cafe_votes_idea_idx').on(t.ideaId)]
);
