/**
 * What the planning area shows of one municipality's monitoring: settings and published state,
 * areas, and which indicators have values for which years — aggregated in the database, so the
 * page stays small however many values there are. Who may ask is the route's guard's business.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { areas, indicatorValues, indicators, monitoringDatasets } from '../db/schema';
import { analysisSettingsOf, maxTypes, type AnalysisSettings } from './analysis';
import { loadIndicators } from './read';
import { listImports, type ImportRecord } from './store';

export interface IndicatorCoverage {
	readonly key: string;
	readonly name: string;
	readonly nameEn: string | null;
	readonly years: readonly number[];
	readonly values: number;
}

export interface PlannerOverview {
	readonly ags: string;
	/** Null until the first import or settings change creates the dataset. */
	readonly settings: typeof monitoringDatasets.$inferSelect | null;
	readonly areaCount: number;
	readonly syntheticAreas: number;
	readonly indicators: readonly IndicatorCoverage[];
	readonly imports: readonly ImportRecord[];
	/** The import undo may take back (the latest active one), if any. */
	readonly undoableImportId: number | null;
}

export async function plannerOverview(db: Database, ags: string): Promise<PlannerOverview> {
	const [settings] = await db
		.select()
		.from(monitoringDatasets)
		.where(eq(monitoringDatasets.ags, ags));
	const [counts] = await db
		.select({
			n: sql<number>`count(*)::int`,
			synthetic: sql<number>`count(*) filter (where ${areas.synthetic})::int`
		})
		.from(areas)
		.where(and(eq(areas.ags, ags), isNull(areas.validTo)));
	const coverage = await db
		.select({
			key: indicatorValues.indicatorKey,
			name: indicators.name,
			nameEn: indicators.nameEn,
			year: indicatorValues.year,
			n: sql<number>`count(*)::int`
		})
		.from(indicatorValues)
		.innerJoin(areas, eq(areas.id, indicatorValues.areaId))
		.innerJoin(indicators, eq(indicators.key, indicatorValues.indicatorKey))
		.where(eq(areas.ags, ags))
		.groupBy(
			indicatorValues.indicatorKey,
			indicators.name,
			indicators.nameEn,
			indicators.position,
			indicatorValues.year
		)
		.orderBy(
			asc(indicators.position),
			asc(indicatorValues.indicatorKey),
			asc(indicatorValues.year)
		);
	const byKey = new Map<
		string,
		{ key: string; name: string; nameEn: string | null; years: number[]; values: number }
	>();
	for (const row of coverage) {
		const entry = byKey.get(row.key) ?? {
			key: row.key,
			name: row.name,
			nameEn: row.nameEn,
			years: [],
			values: 0
		};
		entry.years.push(row.year);
		entry.values += Number(row.n);
		byKey.set(row.key, entry);
	}
	const imports = await listImports(db, ags);
	return {
		ags,
		settings: settings ?? null,
		areaCount: Number(counts?.n ?? 0),
		syntheticAreas: Number(counts?.synthetic ?? 0),
		indicators: [...byKey.values()],
		imports,
		undoableImportId: imports.find((i) => i.status === 'aktiv')?.id ?? null
	};
}

export interface AnalysisChoices {
	readonly ags: string;
	readonly settings: AnalysisSettings;
	/** Indicators with values in this municipality; `status`: may feed the MSS index. */
	readonly indicators: readonly (IndicatorCoverage & { readonly status: boolean })[];
	readonly areas: readonly { readonly code: string; readonly name: string }[];
	/** Upper end of the number of types for all areas (the check uses the complete ones). */
	readonly maxTypes: number;
}

/** What the analysis form offers: the indicators with data, the areas and the saved choice. */
export async function analysisChoices(db: Database, ags: string): Promise<AnalysisChoices> {
	const [overview, catalogue, areaRows] = await Promise.all([
		plannerOverview(db, ags),
		loadIndicators(db, ags),
		db
			.select({ code: areas.code, name: areas.name })
			.from(areas)
			.where(and(eq(areas.ags, ags), isNull(areas.validTo)))
			.orderBy(asc(areas.code))
	]);
	const kindOf = new Map(catalogue.map((i) => [i.key, i]));
	return {
		ags,
		settings: analysisSettingsOf(overview.settings),
		indicators: overview.indicators.map((i) => {
			const row = kindOf.get(i.key);
			return { ...i, status: row?.kind === 'share' && row.direction === 'need_up' };
		}),
		areas: areaRows,
		maxTypes: Math.max(2, maxTypes(overview.areaCount))
	};
}
