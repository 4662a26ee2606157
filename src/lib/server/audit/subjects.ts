import { eq, inArray } from 'drizzle-orm';
import { municipalityByAgs } from '$lib/reference/municipalities';
import type { Database } from '../db';
import {
	cafeTables,
	documents,
	editions,
	registrations,
	sessions,
	speakers,
	users,
	workshops,
	worldCafes
} from '../db/schema';
import type { AuditRow } from './log';

/** What an audit entry is about, in the organiser's words: a name and, where there is one, a page. */
export interface AuditSubject {
	/** A name ("Jürgen Müller"); null when the thing is gone, then the page shows its kind. */
	name: string | null;
	href: string | null;
}

type Resolver = (db: Database, ids: number[]) => Promise<Map<number, AuditSubject>>;

const byId = <T extends { id: number }>(rows: T[], shape: (row: T) => AuditSubject) =>
	new Map(rows.map((row) => [row.id, shape(row)]));

const programmeHref = (year: number | null) =>
	year === null ? null : `/admin/konferenzen/${year}/programm`;

/**
 * One query per kind of subject on the page (at most 50 rows), never one per row. Kinds the
 * back office has no page for get a name only.
 */
const resolvers: Record<string, Resolver> = {
	user: async (db, ids) =>
		byId(
			await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)),
			(u) => ({ name: u.name, href: `/admin/benutzer/${u.id}` })
		),
	registration: async (db, ids) =>
		byId(
			await db
				.select({
					id: registrations.id,
					firstName: registrations.firstName,
					lastName: registrations.lastName,
					anonymisedAt: registrations.anonymisedAt,
					year: editions.year
				})
				.from(registrations)
				.innerJoin(editions, eq(editions.id, registrations.editionId))
				.where(inArray(registrations.id, ids)),
			(r) =>
				r.anonymisedAt
					? { name: null, href: null }
					: {
							name: `${r.firstName} ${r.lastName} (${r.year})`,
							href: `/admin/konferenzen/${r.year}/teilnehmende/${r.id}`
						}
		),
	edition: async (db, ids) =>
		byId(
			await db
				.select({ id: editions.id, year: editions.year })
				.from(editions)
				.where(inArray(editions.id, ids)),
			(e) => ({
				name: `Sozialkonferenz Ruhr ${e.year}`,
				href: `/admin/konferenzen/${e.year}/bearbeiten`
			})
		),
	document: async (db, ids) =>
		byId(
			await db
				.select({ id: documents.id, title: documents.title, year: editions.year })
				.from(documents)
				.innerJoin(editions, eq(editions.id, documents.editionId))
				.where(inArray(documents.id, ids)),
			(d) => ({ name: d.title, href: `/admin/konferenzen/${d.year}/dokumentation` })
		),
	session: async (db, ids) =>
		byId(
			await db
				.select({ id: sessions.id, title: sessions.title, year: editions.year })
				.from(sessions)
				.innerJoin(editions, eq(editions.id, sessions.editionId))
				.where(inArray(sessions.id, ids)),
			(s) => ({ name: s.title, href: programmeHref(s.year) })
		),
	workshop: async (db, ids) =>
		byId(
			await db
				.select({ id: workshops.id, title: workshops.title, year: editions.year })
				.from(workshops)
				.innerJoin(editions, eq(editions.id, workshops.editionId))
				.where(inArray(workshops.id, ids)),
			(w) => ({ name: w.title, href: programmeHref(w.year) })
		),
	speaker: async (db, ids) =>
		byId(
			await db
				.select({ id: speakers.id, name: speakers.name, year: editions.year })
				.from(speakers)
				.innerJoin(editions, eq(editions.id, speakers.editionId))
				.where(inArray(speakers.id, ids)),
			(s) => ({ name: s.name, href: `/admin/konferenzen/${s.year}/mitwirkende` })
		),
	world_cafe: async (db, ids) =>
		byId(
			await db
				.select({ id: worldCafes.id, title: worldCafes.title })
				.from(worldCafes)
				.where(inArray(worldCafes.id, ids)),
			(c) => ({ name: c.title, href: `/admin/worldcafe/${c.id}` })
		),
	cafe_table: async (db, ids) =>
		byId(
			await db
				.select({
					id: cafeTables.id,
					label: cafeTables.label,
					cafeId: worldCafes.id,
					cafe: worldCafes.title
				})
				.from(cafeTables)
				.innerJoin(worldCafes, eq(worldCafes.id, cafeTables.cafeId))
				.where(inArray(cafeTables.id, ids)),
			(t) => ({ name: `${t.label} (${t.cafe})`, href: `/admin/worldcafe/${t.cafeId}` })
		)
};

function municipality(ags: string): AuditSubject {
	const found = municipalityByAgs(ags);
	return { name: found ? found.name : ags, href: found ? `/planung/${ags}` : null };
}

const key = (row: Pick<AuditRow, 'subjectType' | 'subjectId'>) =>
	`${row.subjectType}:${row.subjectId}`;

/**
 * The subject of each row by `type:id`. A subject deleted since (a removed table, a deleted
 * document) is missing from the map; the page then names its kind and the number in the log.
 */
export async function auditSubjects(
	db: Database,
	rows: Pick<AuditRow, 'subjectType' | 'subjectId'>[],
	options: { userPages: boolean }
): Promise<Map<string, AuditSubject>> {
	const wanted = new Map<string, Set<number>>();
	const found = new Map<string, AuditSubject>();
	for (const row of rows) {
		if (!row.subjectType || row.subjectId === null) continue;
		if (row.subjectType === 'municipality') {
			found.set(key(row), municipality(row.subjectId));
			continue;
		}
		const id = Number(row.subjectId);
		if (!resolvers[row.subjectType] || !Number.isSafeInteger(id)) continue;
		wanted.set(row.subjectType, (wanted.get(row.subjectType) ?? new Set()).add(id));
	}
	await Promise.all(
		[...wanted].map(async ([type, ids]) => {
			const names = await resolvers[type](db, [...ids]);
			for (const [id, subject] of names) {
				// Only admins may open an account's page; others see the name alone.
				const href = type === 'user' && !options.userPages ? null : subject.href;
				found.set(`${type}:${id}`, { ...subject, href });
			}
		})
	);
	return found;
}
