/** The planner's preview of a choice of analysis: type profiles and MSS classes, nothing stored. */
import type { Database } from '../../db';
import { translator, type Locale } from '$lib/i18n';
import { checkAnalysisSettings, type AnalysisProblem, type AnalysisSettings } from '../analysis';
import { indicatorName, unitText, type AtlasIndicator } from '../format';
import { DYNAMICS_CLASSES } from '../mss';
import { typologyQuality, type TypeProfile, type TypologyQuality } from '../typology';

/** The preview compares the chosen number of types with 2 … 8 types on the same data. */
const MAX_COMPARED_TYPES = 8;
import {
	context,
	notIndexedText,
	statusRows,
	typologyFor,
	typeProfilesIn,
	type StatusRow
} from './context';

export interface AnalysisPreview {
	readonly typology: {
		readonly year: number;
		readonly k: number;
		readonly winsorise: number | null;
		readonly indicators: readonly Pick<AtlasIndicator, 'key' | 'name' | 'unit' | 'decimals'>[];
		readonly profiles: readonly TypeProfile[];
		readonly untyped: number;
		/** Mean silhouette width of the chosen typology (−1 … 1), null for fewer than 2 types. */
		readonly silhouette: number | null;
		/** Types asked for that no area ended up in. */
		readonly emptyTypes: number;
		/** The same data clustered into 2 … 8 types, to choose the number of types. */
		readonly quality: readonly TypologyQuality[];
	} | null;
	readonly mss: {
		readonly year: number;
		readonly baseYear: number;
		readonly indicators: readonly string[];
		readonly indexed: number;
		/** "1 hoch" … "4 sehr niedrig" with the number of areas in the class. */
		readonly status: readonly StatusRow[];
		readonly dynamics: readonly { readonly label: string; readonly count: number }[];
		/** Indexed areas whose status indicators are all 0, proposed as outliers (special areas). */
		readonly allZero: readonly { readonly code: string; readonly name: string }[];
		/** Areas without an index and why, e.g. "Bezirk 7: als Sonderfall vom Index ausgenommen". */
		readonly notIndexed: readonly {
			readonly code: string;
			readonly name: string;
			readonly reason: string;
		}[];
	} | null;
}

export type AnalysisOutcome =
	| { readonly ok: true; readonly preview: AnalysisPreview }
	| { readonly ok: false; readonly problems: readonly AnalysisProblem[] };

/**
 * What a choice of analysis would produce on the municipality's own data (published or not):
 * the type profiles and the MSS classes. Checks the choice first; nothing is stored.
 */
export async function analysisPreview(
	db: Database,
	ags: string,
	settings: AnalysisSettings,
	locale: Locale = 'de'
): Promise<AnalysisOutcome | null> {
	const t = translator(locale);
	const ctx = await context(db, ags, { kind: 'planner', ags }, settings);
	if (!ctx) return null;
	const checked = checkAnalysisSettings(
		settings,
		{ catalogue: ctx.catalogue, areas: ctx.dataset.areas, values: ctx.dataset.values },
		locale
	);
	if (checked.problems.length) return { ok: false, problems: checked.problems };
	const typology = typologyFor(ctx);
	const byKey = new Map(ctx.catalogue.map((i) => [i.key, i]));
	const areaOf = new Map(ctx.dataset.areas.map((a) => [String(a.id), a]));
	return {
		ok: true,
		preview: {
			typology: typology && {
				year: typology.year,
				k: typology.k,
				winsorise: typology.winsorise,
				indicators: settings.typologyIndicators.map((k) => {
					const i = byKey.get(k)!;
					return {
						key: i.key,
						name: indicatorName(i, locale),
						unit: unitText(i.unit, locale),
						decimals: i.decimals
					};
				}),
				profiles: typeProfilesIn(typology, locale),
				silhouette: typology.result.silhouette,
				emptyTypes: typology.result.emptyTypes,
				quality: typologyQuality(typology.input, MAX_COMPARED_TYPES),
				untyped: typology.result.untyped.length
			},
			mss: ctx.mss && {
				year: ctx.mss.year,
				baseYear: ctx.mss.baseYear,
				indicators: settings.mssIndicators.map((k) => {
					const i = byKey.get(k);
					return i ? indicatorName(i, locale) : k;
				}),
				indexed: ctx.mss.result.counts.indexed,
				status: statusRows(ctx.mss.result.counts, locale),
				dynamics: DYNAMICS_CLASSES.map((c) => ({
					label: `${t(`mss.dynamics.${c}`)} (${c.replace('-', '−')})`,
					count: ctx.mss!.result.counts.dynamics[c]
				})),
				allZero: ctx.mss.result.allZero.map((id) => {
					const area = areaOf.get(id)!;
					return { code: area.code, name: area.name };
				}),
				notIndexed: ctx.mss.result.areas.flatMap((a) => {
					if (a.indexed) return [];
					const area = areaOf.get(a.id)!;
					return [{ code: area.code, name: area.name, reason: notIndexedText(a.reason, locale) }];
				})
			}
		}
	};
}
