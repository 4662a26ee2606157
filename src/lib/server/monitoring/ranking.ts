/**
 * The ranking beside a map: the areas with a value as bars sorted from the highest value to the
 * lowest, in the colours of their map class; suppressed areas and areas without a value listed
 * apart by name (never as bars of length zero). Pure.
 */
import type { Ranking, RankingArea } from '$lib/types/atlas';

export interface RankingInput {
	readonly code: string;
	readonly name: string;
	readonly href: string | null;
	/** null: no bar (see `state`). */
	readonly value: number | null;
	readonly display: string;
	readonly fill: string;
	readonly state: 'value' | 'suppressed' | 'missing';
}

export function buildRanking(areas: readonly RankingInput[]): Ranking {
	const bars = areas
		.filter((a) => a.state === 'value' && a.value !== null && Number.isFinite(a.value))
		.map((a) => ({
			code: a.code,
			name: a.name,
			href: a.href,
			value: a.value!,
			display: a.display,
			fill: a.fill
		}))
		.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, 'de'));
	const named = (state: RankingInput['state']): RankingArea[] =>
		areas
			.filter((a) => a.state === state)
			.map((a) => ({ code: a.code, name: a.name, href: a.href }))
			.sort((a, b) => a.name.localeCompare(b.name, 'de'));
	return {
		bars,
		// Bars start at zero: the axis spans zero and every value, negative changes included.
		min: Math.min(0, ...bars.map((b) => b.value)),
		max: Math.max(0, ...bars.map((b) => b.value)),
		suppressed: named('suppressed'),
		missing: named('missing')
	};
}
