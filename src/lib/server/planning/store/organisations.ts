/**
 * Organisations (Träger), shared by all plans of a municipality, and their search.
 */
import { municipalityByAgs } from '$lib/reference/municipalities';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { mayPlanFor, type PlanScope } from '../../auth/rules';
import type { Database, Transaction } from '../../db';
import { organisations } from '../../db/schema';
import { PlanningError } from '../errors';
import { OrganisationInput, parseInput } from '../model';
import { audit, inScope, type PlanningActor } from './guard';

function slugOf(name: string): string {
	const base = name
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/g, '');
	return base || 'organisation';
}

async function freeSlug(tx: Transaction, name: string): Promise<string> {
	const base = slugOf(name);
	const taken = new Set(
		(
			await tx
				.select({ slug: organisations.slug })
				.from(organisations)
				.where(sql`${organisations.slug} = ${base} or ${organisations.slug} like ${`${base}-%`}`)
		).map((r) => r.slug)
	);
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Creates (no `id`) or edits an organisation of the planning directory. A local one (with a
 * municipality) may be changed by whoever plans for that municipality; a regional one (without)
 * by any planning account when new, and by admins afterwards, since plans of many municipalities
 * may name it.
 */
export async function saveOrganisation(
	db: Database,
	actor: PlanningActor,
	input: OrganisationInput & { id?: number | null },
	now: Date,
	options: { isDemo?: boolean } = {}
): Promise<{ id: number }> {
	const data = parseInput(OrganisationInput, input);
	if (data.municipalityAgs && !municipalityByAgs(data.municipalityAgs))
		throw new PlanningError('gemeinde_unbekannt', 'municipalityAgs');
	const mayTouch = (ags: string | null) =>
		ags
			? mayPlanFor(actor, { kind: 'gemeinde', ags })
			: ['admin', 'planner', 'kreis_planner'].includes(actor.role);
	if (!mayTouch(data.municipalityAgs)) throw new PlanningError('keine_berechtigung');
	const scope: PlanScope = { kind: 'gemeinde', ags: data.municipalityAgs ?? '00000000' };
	return inScope(db, scope, async (tx) => {
		let id: number;
		if (input.id) {
			const [existing] = await tx
				.select()
				.from(organisations)
				.where(eq(organisations.id, input.id));
			if (!existing) throw new PlanningError('organisation_unbekannt', 'id');
			const allowed = existing.municipalityAgs
				? mayTouch(existing.municipalityAgs)
				: actor.role === 'admin';
			if (!allowed) throw new PlanningError('keine_berechtigung');
			id = existing.id;
			await tx.update(organisations).set(data).where(eq(organisations.id, id));
		} else {
			const [row] = await tx
				.insert(organisations)
				.values({ ...data, slug: await freeSlug(tx, data.name), isDemo: options.isDemo ?? false })
				.returning({ id: organisations.id });
			id = row.id;
		}
		await audit(
			tx,
			actor,
			now,
			input.id ? 'organisation.updated' : 'organisation.created',
			'organisation',
			id,
			{
				name: data.name,
				kind: data.kind,
				municipalityAgs: data.municipalityAgs
			}
		);
		return { id };
	});
}

/** Searchable directory: the organisations a plan of `ags` may name, matching `query` in any name. */
export async function searchOrganisations(
	db: Database,
	filter: { agsList: readonly string[]; query?: string; limit?: number }
) {
	const text = filter.query?.trim();
	const local = filter.agsList.length
		? sql`(${organisations.municipalityAgs} is null or ${inArray(organisations.municipalityAgs, [...filter.agsList])})`
		: sql`${organisations.municipalityAgs} is null`;
	const match = text
		? sql`(${organisations.name} ilike ${`%${escapeLike(text)}%`} or ${organisations.shortName} ilike ${`%${escapeLike(text)}%`})`
		: sql`true`;
	return db
		.select()
		.from(organisations)
		.where(sql`${local} and ${match}`)
		.orderBy(asc(organisations.name))
		.limit(filter.limit ?? 50);
}

function escapeLike(text: string): string {
	return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
