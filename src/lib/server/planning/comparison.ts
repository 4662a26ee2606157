/**
 * Comparison with similar areas: how did the indicator develop in areas like those of the
 * Handlungsraum that have no measure in the target's field? The answer describes a development
 * next to another; it is no proof that a measure caused the difference (areas are not assigned at
 * random, and the group is small), and the wording says so.
 */
import type { NeedDirection } from './targets';

/** The rule: fewer than 5 similar areas make no comparison. */
export const DEFAULT_COMPARISON_MIN_SIZE = 5;

/**
 * Two developments are "ähnlich" when their changes differ by at most 2 % of the larger baseline
 * level (SGB II shares around 20 %: less than 0.4 points apart).
 */
export const SIMILAR_DEVELOPMENT_TOLERANCE = 0.02;

export interface ComparisonInput {
	handlungsraumAreas: string[];
	/** Area code → area type (typology of the municipality) or null; every area of the municipality. */
	areaTypes: Record<string, number | null>;
	/** Areas in the Handlungsraum of any measure in the target's field. */
	areasWithMeasureInField: string[];
	/** Default `DEFAULT_COMPARISON_MIN_SIZE`. */
	minSize?: number;
}

export type ComparisonGroup =
	| { state: 'ok'; areaCodes: string[]; types: number[] }
	| { state: 'kein_vergleich'; found: number };

/**
 * The areas of the same area type(s) as the Handlungsraum's areas, outside the Handlungsraum and
 * without a measure in the field. An area without a type is never part of the group and gives the
 * Handlungsraum no type.
 */
export function comparisonGroup(input: ComparisonInput): ComparisonGroup {
	const minSize = input.minSize ?? DEFAULT_COMPARISON_MIN_SIZE;
	const own = new Set(input.handlungsraumAreas);
	const withMeasure = new Set(input.areasWithMeasureInField);
	const types = new Set<number>();
	for (const code of own) {
		const type = input.areaTypes[code];
		if (type !== null && type !== undefined) types.add(type);
	}
	const areaCodes = Object.entries(input.areaTypes)
		.filter(([, type]) => type !== null && types.has(type))
		.filter(([code]) => !own.has(code) && !withMeasure.has(code))
		.map(([code]) => code)
		.sort();
	if (areaCodes.length < minSize) return { state: 'kein_vergleich', found: areaCodes.length };
	return { state: 'ok', areaCodes, types: [...types].sort((a, b) => a - b) };
}

export type DevelopmentWording = 'günstiger' | 'ungünstiger' | 'ähnlich';

/**
 * The change of the Handlungsraum next to the change of the comparison group, in the indicator's
 * points (both from the same baseline year to the same latest year). difference = own change −
 * group change; "günstiger" when it means less need than the group's development.
 */
export function compareDevelopment(
	own: { baseline: number; latest: number },
	group: { baseline: number; latest: number },
	direction: NeedDirection,
	tolerance: number = SIMILAR_DEVELOPMENT_TOLERANCE
): { ownChange: number; groupChange: number; difference: number; wording: DevelopmentWording } {
	const ownChange = own.latest - own.baseline;
	const groupChange = group.latest - group.baseline;
	const difference = ownChange - groupChange;
	const lessNeed = direction === 'need_up' ? -difference : difference;
	const similar = tolerance * Math.max(Math.abs(own.baseline), Math.abs(group.baseline));
	const wording: DevelopmentWording =
		Math.abs(difference) <= similar ? 'ähnlich' : lessNeed > 0 ? 'günstiger' : 'ungünstiger';
	return { ownChange, groupChange, difference, wording };
}
