/**
 * Downloads of a plan's public part (or, for planners, the internal one): measures and targets as
 * CSV (German spreadsheet conventions: `;`, decimal comma, UTF-8 with BOM), and the measures by
 * area as GeoJSON. Built from the read models, so the same disclosure control applies.
 */
import { inArray } from 'drizzle-orm';
import type { Database } from '../db';
import { areas } from '../db/schema';
import type { GoalView, OrganisationRef, ProgrammePage, PublicProgramme } from './programme';
import { CSV_BOM, csvLine, toXlsx, type Cell, type Table } from '../spreadsheet';

function rounded(value: number | null | undefined, digits = 2): number | null {
	if (value === null || value === undefined || !Number.isFinite(value)) return null;
	return Number(value.toFixed(digits));
}

/** Budgets keep their two decimals ("480000,00"); they are never negative, so never neutralised. */
function euros(value: string | null): string | null {
	return value === null ? null : value.replace('.', ',');
}

/** Measures or targets of a programme page as CSV for German spreadsheets (shared module's rules). */
export function planningCsv(page: ProgrammePage, what: 'measures' | 'targets'): string {
	const table = planningTable(page, what);
	return CSV_BOM + [table.header, ...table.rows].map(csvLine).join('');
}

/** The same table as an Excel workbook (text cells neutralised by the shared module). */
export function planningXlsx(page: ProgrammePage, what: 'measures' | 'targets'): Uint8Array {
	return toXlsx(planningTable(page, what), what === 'measures' ? 'Massnahmen' : 'Zielwerte');
}

const table = (rows: Cell[][]): Table => ({ header: rows[0] as string[], rows: rows.slice(1) });

/** Measures (one row each) or targets (one row each) of a programme page. */
export function planningTable(page: ProgrammePage, what: 'measures' | 'targets'): Table {
	if (what === 'measures') {
		const header = [
			'id',
			'titel',
			'handlungsfelder',
			'zielgruppe',
			'status',
			'beginn',
			'ende',
			'budget_geplant_eur',
			'budget_ausgegeben_eur',
			'finanzierung',
			'federfuehrung',
			'partner',
			'handlungsraeume',
			'gebiete',
			'ziele',
			'leistungen',
			'oeffentlich'
		];
		return table([
			header,
			...page.measures.map((m) => [
				m.id,
				m.title,
				m.fields.join(', '),
				m.targetGroup,
				m.status,
				m.startsOn ?? '',
				m.endsOn ?? '',
				euros(m.budgetPlanned),
				euros(m.budgetSpent),
				m.fundingSource ?? '',
				m.lead?.name ?? null,
				m.partners.map((p) => p.name).join(', '),
				m.handlungsraeume.map((r) => r.name).join(', '),
				m.areas.map((a) => a.code).join(', '),
				m.goals.map((g) => g.title).join(', '),
				m.outputs.map((o) => `${o.label}: ${o.suppressed ? 'geheim' : o.count}`).join(', '),
				m.isPublic ? 'ja' : 'nein'
			])
		]);
	}
	const header = [
		'id',
		'ziel',
		'indikator',
		'einheit',
		'handlungsraum',
		'ausgangsjahr',
		'ausgangswert',
		'datenstand_ausgangswert',
		'zieljahr',
		'zielwert',
		'neuestes_jahr',
		'neuester_wert',
		'veraenderung',
		'abstand_gemeindewert',
		'status',
		'ausgangswert_geaendert',
		'vergleichsgruppe'
	];
	return table([
		header,
		...page.targets.map((t) => [
			t.id,
			t.goalTitle,
			t.indicator.key,
			t.indicator.unit,
			t.handlungsraum.name,
			t.baseline ? t.baseline.year : null,
			rounded(t.baseline?.value, t.indicator.decimals),
			t.baseline?.dataVersion ?? null,
			t.targetYear,
			rounded(t.targetValue, t.indicator.decimals),
			t.evaluation?.latest ? t.evaluation.latest.year : null,
			rounded(t.evaluation?.latest?.value, t.indicator.decimals),
			rounded(t.evaluation?.change, t.indicator.decimals),
			rounded(t.evaluation?.gapToMunicipal, t.indicator.decimals),
			t.status,
			t.evaluation?.baselineChanged ? 'ja' : 'nein',
			t.comparison.group.state === 'ok'
				? `${t.comparison.group.areaCodes.length} Gebiete`
				: 'kein Vergleich möglich'
		])
	]);
}

/**
 * The measures by area: one feature per area that has at least one measure, with the measures'
 * ids, titles and fields. Areas without geometry are left out.
 */
export async function measuresGeoJson(db: Database, page: ProgrammePage): Promise<string> {
	const byArea = new Map<number, ProgrammePage['measures']>();
	for (const m of page.measures) {
		for (const a of m.areas) byArea.set(a.id, [...(byArea.get(a.id) ?? []), m]);
	}
	const ids = [...byArea.keys()];
	const rows = ids.length
		? await db
				.select({
					id: areas.id,
					code: areas.code,
					name: areas.name,
					ags: areas.ags,
					geometry: areas.geometry
				})
				.from(areas)
				.where(inArray(areas.id, ids))
		: [];
	const features = rows
		.filter((a) => a.geometry)
		.map((a) => {
			const list = byArea.get(a.id) ?? [];
			return {
				type: 'Feature',
				id: `${a.ags}-${a.code}`,
				properties: {
					ags: a.ags,
					code: a.code,
					name: a.name,
					massnahmen: list.length,
					massnahmen_ids: list.map((m) => m.id).join(','),
					titel: list.map((m) => m.title).join(' | '),
					handlungsfelder: [...new Set(list.flatMap((m) => m.fields))].join(',')
				},
				geometry: a.geometry
			};
		});
	return JSON.stringify({
		type: 'FeatureCollection',
		name: page.plan.title,
		demodaten: page.plan.isDemo,
		features
	});
}

const flatGoals = (tree: GoalView[]): GoalView[] =>
	tree.flatMap((g) => [g, ...flatGoals(g.children)]);

const organisationBody = (o: OrganisationRef) => ({
	id: o.id,
	name: o.name,
	kind: o.kind,
	url: o.url,
	address: o.address,
	point: o.point,
	isDemo: o.isDemo
});

/**
 * The body of `GET /api/planning/municipalities/{ags}/programme`: the public part of the plans
 * that concern the municipality, as plain JSON (described in the OpenAPI document).
 */
export function programmeApiBody(data: PublicProgramme) {
	return {
		municipality: data.municipality,
		note: 'Die Angaben zeigen, wie sich Indikatoren entwickelt haben (Entwicklung); sie belegen keine Wirkung einzelner Maßnahmen. Kleine Fallzahlen sind geheim gehalten (null, suppressed).',
		plans: data.plans.map((p) => ({
			id: p.plan.id,
			title: p.plan.title,
			scope: p.plan.scope,
			scopeName: p.plan.scopeName,
			period: { start: p.plan.periodStart, end: p.plan.periodEnd },
			status: p.plan.status,
			decidedOn: p.plan.decidedOn,
			decisionReference: p.plan.decisionReference,
			baselineYear: p.plan.baselineYear,
			isDemo: p.plan.isDemo,
			goals: flatGoals(p.goalTree).map((g) => ({
				id: g.id,
				parentId: g.parentId,
				level: g.level,
				fields: g.fields,
				targetGroup: g.targetGroup,
				title: g.title,
				description: g.description
			})),
			handlungsraeume: p.handlungsraeume.map((r) => ({
				id: r.id,
				name: r.name,
				kind: r.kind,
				areas: r.areas.map((a) => ({ ags: a.ags, code: a.code, name: a.name }))
			})),
			targets: p.targets.map((t) => ({
				id: t.id,
				goalId: t.goalId,
				indicator: t.indicator,
				handlungsraumId: t.handlungsraum.id,
				baseline: t.baseline ? { year: t.baseline.year, value: t.baseline.value } : null,
				latest: t.evaluation?.latest ?? null,
				target: {
					year: t.targetYear,
					value: t.targetValue,
					kind: t.kind,
					gapClosePercent: t.gapClosePercent
				},
				status: t.status,
				change: t.evaluation?.change ?? null,
				gapToMunicipal: t.evaluation?.gapToMunicipal ?? null,
				trend: t.evaluation?.trend ?? null,
				baselineChanged: t.evaluation?.baselineChanged ?? false,
				comparison:
					t.comparison.group.state === 'ok'
						? {
								state: 'ok' as const,
								areas: t.comparison.group.areaCodes.length,
								wording: t.comparison.development?.wording ?? null
							}
						: { state: 'kein_vergleich' as const, areas: t.comparison.group.found, wording: null }
			})),
			measures: p.measures.map((m) => ({
				id: m.id,
				title: m.title,
				description: m.description,
				fields: m.fields,
				targetGroup: m.targetGroup,
				status: m.status,
				startsOn: m.startsOn,
				endsOn: m.endsOn,
				fundingSource: m.fundingSource,
				lead: m.lead ? organisationBody(m.lead) : null,
				partners: m.partners.map(organisationBody),
				handlungsraumIds: m.handlungsraeume.map((r) => r.id),
				areas: m.areas.map((a) => ({ ags: a.ags, code: a.code, name: a.name })),
				goals: m.goals.map((g) => ({ id: g.id, contribution: g.contribution })),
				outputs: m.outputs
			}))
		}))
	};
}
