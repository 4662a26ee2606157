/**
 * What an area file does to a municipality's boundaries (decision 0029), decided without
 * writing: which areas keep their identity, which get a new version from which year, which
 * versions end. The area import plans once to report problems when the draft is stored, and
 * again when it is published (decision 0032), against the areas as they are then; the planner's
 * preview lays the same plan over the current areas.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db';
import { areas, draftAreas, monitoringImports } from '../db/schema';
import { compareBoundaries } from './boundaries';
import type { ParsedArea } from './geo';
import { Problems } from './problems';

export type AreaRow = typeof areas.$inferSelect;

export interface AreaPlan {
	readonly problems: Problems;
	/** Same key, same boundary: updated in place. */
	readonly keep: readonly { readonly old: AreaRow; readonly area: ParsedArea }[];
	/** A new version (of a new or a changed area) and the versions it follows. */
	readonly create: readonly { readonly area: ParsedArea; readonly follows: readonly AreaRow[] }[];
	/** Current versions that end the year before `validFrom`. */
	readonly close: readonly AreaRow[];
}

/**
 * Decides what the file's areas do to the municipality's current ones; problems by feature (row =
 * the feature's place in the file, `predecessorColumn` = the property naming predecessors).
 */
export async function planAreas(
	db: Database | Transaction,
	ags: string,
	parsed: readonly ParsedArea[],
	validFrom: number,
	predecessorColumn = 'vorgaenger'
): Promise<AreaPlan> {
	const problems = new Problems();
	const existing = await db
		.select()
		.from(areas)
		.where(and(eq(areas.ags, ags), isNull(areas.validTo)));
	const current = new Map(existing.map((a) => [a.code, a]));
	const keep: { old: AreaRow; area: ParsedArea }[] = [];
	const create: { area: ParsedArea; follows: AreaRow[] }[] = [];
	const close = new Map<number, { row: number; area: AreaRow }>();
	// An area another feature names as predecessor gives territory away: its boundary changed.
	const givesAway = new Set(
		parsed.flatMap((a) => a.predecessors.filter((code) => code !== a.code))
	);
	parsed.forEach((area, i) => {
		const row = i + 1;
		const old = current.get(area.code);
		const named: AreaRow[] = [];
		for (const code of area.predecessors) {
			const predecessor = current.get(code);
			if (!predecessor) problems.add(row, predecessorColumn, 'vorgaenger_unbekannt', code);
			else named.push(predecessor);
		}
		const changed =
			named.length > 0 ||
			givesAway.has(area.code) ||
			(old !== undefined && compareBoundaries(old.geometry, area.geometry).material);
		if (!old && !changed) {
			// A new key without predecessors: a new area, valid from the beginning like the first.
			create.push({ area, follows: [] });
			return;
		}
		if (old && !changed) {
			keep.push({ old, area });
			return;
		}
		if (old && old.validFrom === validFrom && named.every((p) => p.id === old.id)) {
			// The version began this very year: a correction of it, not another change.
			keep.push({ old, area });
			return;
		}
		const follows = old && !named.some((p) => p.id === old.id) ? [old, ...named] : named;
		// A problem with a closed version is reported at the first feature that closes it.
		for (const p of follows) if (!close.has(p.id)) close.set(p.id, { row, area: p });
		create.push({ area, follows });
	});
	const closing = [...close.values()];
	for (const { row, area } of closing) {
		if (area.validFrom !== null && area.validFrom >= validFrom) {
			problems.add(row, 'gueltig_ab', 'gueltig_ab_zu_frueh', `${area.code}: ab ${area.validFrom}`);
		}
	}
	if (closing.length) {
		const ids = closing.map((c) => c.area.id);
		const result = await db.execute(sql`
			select area_id, min(year)::int as year from (
				select area_id, year from indicator_values where area_id in ${ids} and year >= ${validFrom}
				union all
				select area_id, year from monitoring_draft_values where area_id in ${ids} and year >= ${validFrom}
			) v group by area_id`);
		for (const hit of (result as { rows: { area_id: number; year: number }[] }).rows) {
			const found = closing.find((c) => c.area.id === Number(hit.area_id))!;
			problems.add(
				found.row,
				'gueltig_ab',
				'werte_nach_grenzaenderung',
				`${found.area.code}: Werte ${hit.year}`
			);
		}
	}
	return { problems, keep, create, close: closing.map((c) => c.area) };
}

/** What a plan changes, counted as the draft summary and the import report show it. */
export interface AreaPlanCounts {
	/** Features in the file. */
	readonly areas: number;
	/** New keys without predecessors: areas from the beginning. */
	readonly added: number;
	/** New boundary versions (of changed, split or merged areas) from `validFrom`. */
	readonly versions: number;
	/** Current versions that end the year before `validFrom`. */
	readonly closed: number;
	/** Kept areas whose name or parent changes. */
	readonly renamed: number;
	/** Kept areas with nothing to change but, possibly, an immaterial outline correction. */
	readonly unchanged: number;
}

export function countPlan(plan: AreaPlan): AreaPlanCounts {
	const renamed = plan.keep.filter(
		({ old, area }) => old.name !== area.name || old.parentCode !== area.parentCode
	).length;
	const versions = plan.create.filter((c) => c.follows.length > 0).length;
	return {
		areas: plan.keep.length + plan.create.length,
		added: plan.create.length - versions,
		versions,
		closed: plan.close.length,
		renamed,
		unchanged: plan.keep.length - renamed
	};
}

/** An area version as the atlas reads it. */
export interface PlannedArea {
	readonly id: number;
	readonly code: string;
	readonly name: string;
	readonly parentCode: string | null;
	readonly geometry: AreaRow['geometry'];
	readonly synthetic: boolean;
	readonly validFrom: number | null;
	readonly validTo: number | null;
	readonly predecessorIds: readonly number[];
}

/**
 * The municipality's area versions as they will be once the plan is written: kept areas with
 * their new name and outline, closed versions ending the year before `validFrom`, new versions
 * appended. New versions have no database id yet; they get negative ones, which no value refers
 * to (a draft of areas carries no values).
 */
export function applyPlan<A extends PlannedArea>(
	versions: readonly A[],
	plan: AreaPlan,
	validFrom: number
): PlannedArea[] {
	const kept = new Map(plan.keep.map(({ old, area }) => [old.id, area]));
	const closed = new Set(plan.close.map((a) => a.id));
	const result: PlannedArea[] = versions.map((v) => {
		const area = kept.get(v.id);
		if (area) {
			return { ...v, name: area.name, parentCode: area.parentCode, geometry: area.geometry };
		}
		return closed.has(v.id) ? { ...v, validTo: validFrom - 1 } : v;
	});
	plan.create.forEach(({ area, follows }, i) => {
		result.push({
			id: -(i + 1),
			code: area.code,
			name: area.name,
			parentCode: area.parentCode,
			geometry: area.geometry,
			synthetic: false,
			validFrom: follows.length ? validFrom : null,
			validTo: null,
			predecessorIds: follows.map((p) => p.id)
		});
	});
	return result;
}

/**
 * The year new boundaries apply from unless the planner says otherwise: the year after the
 * latest year with values (published or drafted), so that no value loses its boundary; the
 * current year when there are no values yet.
 */
export async function defaultBoundaryYear(
	db: Database | Transaction,
	ags: string,
	now: Date
): Promise<number> {
	const result = await db.execute(sql`
		select greatest(
			(select max(v.year) from indicator_values v join areas a on a.id = v.area_id where a.ags = ${ags}),
			(select max(d.year) from monitoring_draft_values d join areas a on a.id = d.area_id where a.ags = ${ags})
		) as latest`);
	const latest = (result as { rows: { latest: number | null }[] }).rows[0]?.latest;
	return latest === null || latest === undefined ? now.getFullYear() : Number(latest) + 1;
}

/** The open area draft's features, in file order, as the file gave them. */
export async function draftedAreas(
	db: Database | Transaction,
	importId: number
): Promise<{ areas: ParsedArea[]; synthetic: boolean }> {
	const rows = await db
		.select()
		.from(draftAreas)
		.where(eq(draftAreas.importId, importId))
		.orderBy(asc(draftAreas.position));
	return {
		areas: rows.map((r) => ({
			code: r.code,
			name: r.name,
			parentCode: r.parentCode,
			geometry: r.geometry,
			predecessors: r.predecessors
		})),
		synthetic: rows.some((r) => r.synthetic)
	};
}

/**
 * The open area draft planned against the current areas, for the planner's preview: what the
 * atlas will look like once it is published. Null without an open area draft.
 */
export async function areaDraftPlan(
	db: Database,
	ags: string
): Promise<{ plan: AreaPlan; validFrom: number; synthetic: boolean } | null> {
	const [draft] = await db
		.select()
		.from(monitoringImports)
		.where(
			and(
				eq(monitoringImports.ags, ags),
				eq(monitoringImports.status, 'entwurf'),
				eq(monitoringImports.kind, 'gebiete')
			)
		);
	return draft ? planOfAreaDraft(db, ags, draft) : null;
}

/** An open area draft (already read) planned against the current areas. */
export async function planOfAreaDraft(
	db: Database | Transaction,
	ags: string,
	draft: Pick<typeof monitoringImports.$inferSelect, 'id' | 'validFrom' | 'createdAt'>
): Promise<{ plan: AreaPlan; validFrom: number; synthetic: boolean }> {
	const validFrom = draft.validFrom ?? (await defaultBoundaryYear(db, ags, draft.createdAt));
	const { areas: parsed, synthetic } = await draftedAreas(db, draft.id);
	return { plan: await planAreas(db, ags, parsed, validFrom), validFrom, synthetic };
}
