/**
 * The Fortschreibung of targets: values of each Handlungsraum and the municipality per year,
 * evaluated with the pure rules (aggregate → targets → comparison with similar areas).
 */
import { type PlanningField } from '$lib/types/planning';
import type { Database } from '../../db';
import { targets } from '../../db/schema';
import { atlasAreaTypes, PUBLIC, type Access } from '../../monitoring';
import { compareDevelopment, comparisonGroup, type ComparisonGroup } from '../comparison';
import { evaluateTarget, type SeriesPoint, type TargetEvaluation } from '../targets';
import { membershipChangeYears, territoryBreakYear } from '../territory';
import {
	aggregator,
	areaOutlines,
	boundaryChanges,
	type IndicatorInfo,
	type ScopeArea,
	type View
} from '../values';
import { type Loaded } from './load';
import { type TargetView } from './shapes';

const dataVersionOf = (t: typeof targets.$inferSelect) =>
	`Import ${t.baselineImportId ?? '–'} vom ${t.baselineImportedAt.toISOString()}`;

/** Area types of each municipality (the monitoring's typology, as the view may see it), by area id. */
export async function areaTypesOf(
	db: Database,
	agsList: readonly string[],
	view: View,
	areasById: Map<number, ScopeArea>
): Promise<Map<number, number | null>> {
	const types = new Map<number, number | null>();
	for (const ags of agsList) {
		const access: Access = view === 'public' ? PUBLIC : { kind: 'planner', ags };
		const typeOf = await atlasAreaTypes(db, ags, access);
		for (const [id, type] of typeOf ?? []) if (areasById.get(id)?.ags === ags) types.set(id, type);
	}
	return types;
}

/**
 * What the targets of one read share: the aggregates (each set of areas × indicator × year once,
 * see `aggregator`), the areas of each municipality, and the comparison groups per
 * Handlungsraum and fields. Two hundred targets sit on a few Handlungsräume and indicators.
 */
interface Shared {
	at: ReturnType<typeof aggregator>;
	/** The areas of the municipalities of a Handlungsraum (by its members' municipalities). */
	municipalAreasOf: (memberAgs: readonly string[]) => number[];
	/** The comparison group of a Handlungsraum for a goal's fields. */
	groupOf: (
		raumId: number,
		members: number[],
		memberAgs: string[],
		fields: PlanningField[]
	) => {
		group: ComparisonGroup;
		ids: number[];
	};
}

function sharedOf(loaded: Loaded, view: View, types: Map<number, number | null>): Shared {
	const areasOfAgs = new Map<string, number[]>();
	for (const a of loaded.areasById.values()) {
		const list = areasOfAgs.get(a.ags);
		if (list) list.push(a.id);
		else areasOfAgs.set(a.ags, [a.id]);
	}
	const municipal = new Map<string, number[]>();
	const typesOfAgs = new Map<string, Record<string, number | null>>();
	const withMeasure = new Map<string, string[]>();
	const groups = new Map<string, { group: ComparisonGroup; ids: number[] }>();
	return {
		at: aggregator(loaded.table, view),
		municipalAreasOf(memberAgs) {
			const key = [...memberAgs].sort().join(',');
			let ids = municipal.get(key);
			if (!ids) {
				const wanted = new Set(memberAgs);
				ids = [...loaded.areasById.values()].filter((a) => wanted.has(a.ags)).map((a) => a.id);
				municipal.set(key, ids);
			}
			return ids;
		},
		groupOf(raumId, members, memberAgs, fields) {
			const fieldsKey = [...new Set(fields)].sort().join(',');
			const key = `${raumId}|${fieldsKey}`;
			let found = groups.get(key);
			if (found) return found;
			let areaTypes = typesOfAgs.get(memberAgs[0]);
			if (!areaTypes) {
				areaTypes = {};
				for (const id of areasOfAgs.get(memberAgs[0]) ?? [])
					areaTypes[String(id)] = types.get(id) ?? null;
				typesOfAgs.set(memberAgs[0], areaTypes);
			}
			let inField = withMeasure.get(fieldsKey);
			if (!inField) {
				inField = loaded.measures
					.filter((m) => m.fields.some((f) => fields.includes(f)))
					.flatMap((m) => m.areas.map((a) => String(a.id)));
				withMeasure.set(fieldsKey, inField);
			}
			const group = comparisonGroup({
				handlungsraumAreas: members.map(String),
				areaTypes,
				areasWithMeasureInField: inField
			});
			found = { group, ids: group.state === 'ok' ? group.areaCodes.map(Number) : [] };
			groups.set(key, found);
			return found;
		}
	};
}

/** Member versions of a Handlungsraum, as `territory.ts` reads them. */
const memberVersions = (loaded: Loaded, raumId: number) =>
	(loaded.raumMembers.get(raumId) ?? []).flatMap((id) => loaded.areasById.get(id) ?? []);

/**
 * Each target's first year whose Handlungsraum covers other ground than in the baseline year
 * (boundary versions, decision 0044), by target id; only targets with such a year are in it.
 * Outlines are read only for Handlungsräume whose members changed since a baseline year.
 */
async function territoryBreaks(db: Database, loaded: Loaded): Promise<Map<number, number>> {
	const changing = loaded.targetRows
		.map((t) => ({ t, members: memberVersions(loaded, t.handlungsraumId) }))
		.filter(({ t, members }) => membershipChangeYears(members, t.baselineYear).length);
	const breaks = new Map<number, number>();
	if (changing.length === 0) return breaks;
	const ids = [...new Set(changing.flatMap(({ members }) => members.map((m) => m.id)))];
	const outlines = await areaOutlines(db, ids);
	for (const { t, members } of changing) {
		const year = territoryBreakYear(members, t.baselineYear, (id) => outlines.get(id));
		if (year !== null) breaks.set(t.id, year);
	}
	return breaks;
}

function evaluateTargets(
	loaded: Loaded,
	view: View,
	types: Map<number, number | null>,
	changes: Map<number, Date[]>,
	territory: Map<number, number>
): TargetView[] {
	const { table, indicators, raumMembers, areasById } = loaded;
	const raumById = new Map(loaded.raeume.map((r) => [r.id, r]));
	const goalById = new Map(loaded.goalRows.map((g) => [g.id, g]));
	const shared = sharedOf(loaded, view, types);
	const { at } = shared;
	return loaded.targetRows.flatMap((t): TargetView[] => {
		const indicator = indicators.get(t.indicatorKey);
		const raum = raumById.get(t.handlungsraumId);
		const goal = goalById.get(t.goalId);
		if (!indicator || !raum || !goal || indicator.direction === 'neutral') return [];
		const members = raumMembers.get(raum.id) ?? [];
		const memberAgs = [
			...new Set(members.map((id) => areasById.get(id)?.ags).filter((a): a is string => !!a))
		];
		const municipalAreas = shared.municipalAreasOf(memberAgs);
		const years = (table.years.get(indicator.key) ?? []).filter((y) => y >= t.baselineYear);
		const series: SeriesPoint[] = years.map((year) => {
			const r = at(members, indicator, year);
			return r.state === 'value'
				? { year, state: 'value', value: r.value }
				: { year, state: r.state === 'missing' ? 'missing' : 'suppressed' };
		});
		const municipalSeries = years.flatMap((year) => {
			const r = at(municipalAreas, indicator, year);
			return r.state === 'value' ? [{ year, value: r.value }] : [];
		});
		const current = at(members, indicator, t.baselineYear);
		const currentBaselineValue = current.state === 'value' ? current.value : null;
		// An outline replaced in place since the baseline was frozen, or members that cover other
		// ground than in the baseline year: either way no longer the same territory.
		const replaced = members.some((id) =>
			(changes.get(id) ?? []).some((d) => d > t.baselineImportedAt)
		);
		const breaks = [
			...(replaced ? [t.baselineYear + 1] : []),
			...(territory.has(t.id) ? [territory.get(t.id)!] : [])
		];
		const base = {
			id: t.id,
			goalId: goal.id,
			goalTitle: goal.title,
			goalFields: goal.fields as PlanningField[],
			indicator: {
				key: indicator.key,
				name: indicator.name,
				nameEn: indicator.nameEn,
				unit: indicator.unit,
				decimals: indicator.decimals,
				direction: indicator.direction
			},
			handlungsraum: { id: raum.id, name: raum.name, kind: raum.kind },
			targetYear: t.targetYear,
			kind: t.kind,
			gapClosePercent: t.gapClosePercent,
			series,
			municipalSeries,
			note: t.note
		};
		// Public view: a baseline that is not publishable now is not shown, nor anything derived from it.
		if (view === 'public' && currentBaselineValue === null) {
			return [
				{
					...base,
					baseline: null,
					targetValue: t.kind === 'absolute' ? t.targetValue : null,
					status: 'nicht_bewertbar' as const,
					evaluation: null,
					series: series.map((p) => ({ year: p.year, state: 'suppressed' as const })),
					comparison: { group: { state: 'kein_vergleich' as const, found: 0 }, development: null }
				}
			];
		}
		const evaluation = evaluateTarget({
			spec: {
				direction: indicator.direction,
				baseline: {
					year: t.baselineYear,
					value: t.baselineValue,
					numerator: t.baselineNumerator,
					denominator: t.baselineDenominator,
					dataVersion: dataVersionOf(t)
				},
				targetYear: t.targetYear,
				kind: t.kind,
				targetValue: t.targetValue,
				gapClosePercent: t.gapClosePercent,
				baselineMunicipalValue: t.baselineMunicipalValue
			},
			series,
			municipalSeries,
			boundaryChangedSince: breaks.length ? Math.min(...breaks) : null,
			currentBaselineValue,
			view
		});
		return [
			{
				...base,
				baseline: {
					year: t.baselineYear,
					value: t.baselineValue,
					numerator: view === 'internal' ? t.baselineNumerator : null,
					denominator: view === 'internal' ? t.baselineDenominator : null,
					dataVersion: dataVersionOf(t)
				},
				targetValue: evaluation.targetValue,
				status: evaluation.status,
				evaluation,
				comparison: compareWithSimilar(
					shared,
					t,
					indicator,
					raum.id,
					members,
					memberAgs,
					evaluation,
					goal.fields as PlanningField[]
				)
			}
		];
	});
}

/**
 * Areas of the same type without a measure in the goal's fields, in the Handlungsraum's own
 * municipality (types of different municipalities' typologies are not comparable).
 */
function compareWithSimilar(
	shared: Shared,
	t: typeof targets.$inferSelect,
	indicator: IndicatorInfo,
	raumId: number,
	members: number[],
	memberAgs: string[],
	evaluation: TargetEvaluation,
	fields: PlanningField[]
): TargetView['comparison'] {
	if (memberAgs.length !== 1)
		return { group: { state: 'kein_vergleich', found: 0 }, development: null };
	const { group, ids } = shared.groupOf(raumId, members, memberAgs, fields);
	if (group.state !== 'ok' || !evaluation.latest || evaluation.status === 'zeitreihenbruch')
		return { group, development: null };
	const groupBase = shared.at(ids, indicator, t.baselineYear);
	const groupLatest = shared.at(ids, indicator, evaluation.latest.year);
	if (groupBase.state !== 'value' || groupLatest.state !== 'value')
		return { group, development: null };
	const direction = indicator.direction === 'need_down' ? 'need_down' : 'need_up';
	return {
		group,
		development: compareDevelopment(
			{ baseline: t.baselineValue, latest: evaluation.latest.value },
			{ baseline: groupBase.value, latest: groupLatest.value },
			direction
		)
	};
}

export async function targetViews(db: Database, loaded: Loaded, view: View): Promise<TargetView[]> {
	if (loaded.targetRows.length === 0) return [];
	const raumIds = new Set(loaded.targetRows.map((t) => t.handlungsraumId));
	const memberIds = [...new Set([...raumIds].flatMap((id) => loaded.raumMembers.get(id) ?? []))];
	const agsWithTargets = [
		...new Set(memberIds.map((id) => loaded.areasById.get(id)?.ags).filter((a): a is string => !!a))
	];
	const [types, changes, territory] = await Promise.all([
		areaTypesOf(db, agsWithTargets, view, loaded.areasById),
		boundaryChanges(db, memberIds),
		territoryBreaks(db, loaded)
	]);
	return evaluateTargets(loaded, view, types, changes, territory);
}
