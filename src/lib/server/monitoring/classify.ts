/**
 * Classification of map values (quantiles, equal intervals, natural breaks) and the colour-blind
 * safe, neutral palettes of the atlas. Pure.
 */
import { jenks, quantileSorted } from 'simple-statistics';
import {
	interpolateCividis,
	interpolateViridis,
	schemeBlues,
	schemePurples
} from 'd3-scale-chromatic';
import type { ClassificationMethod, IndicatorDirection, PaletteName } from '$lib/types/monitoring';

export interface Classes {
	/** Upper edges: class i holds values ≤ upper[i] (and > upper[i − 1]). */
	readonly lower: number;
	readonly upper: readonly number[];
}

export const DEFAULT_CLASS_COUNT = 5;

/**
 * Breaks for the values; fewer classes than asked when the values do not allow more (few distinct
 * values, or coinciding quantiles).
 */
export function classBreaks(
	values: readonly number[],
	method: Exclude<ClassificationMethod, 'mss'>,
	k = DEFAULT_CLASS_COUNT
): Classes | null {
	const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	const min = sorted[0];
	const max = sorted[sorted.length - 1];
	if (min === max) return { lower: min, upper: [max] };
	const distinct = new Set(sorted).size;
	const classes = Math.max(1, Math.min(k, distinct));
	let edges: number[];
	if (method === 'equal') {
		edges = Array.from({ length: classes }, (_, i) => min + ((max - min) * (i + 1)) / classes);
	} else if (method === 'quantile') {
		edges = Array.from({ length: classes }, (_, i) => quantileSorted(sorted, (i + 1) / classes));
	} else {
		// Jenks natural breaks (minimises within-class variance); needs more values than classes.
		edges = classes < sorted.length ? jenksUpperEdges(sorted, classes) : [...new Set(sorted)];
		if (edges.length === 0) edges = [max];
	}
	edges[edges.length - 1] = max;
	const upper = edges.filter((edge, i) => i === 0 || edge > edges[i - 1]);
	return { lower: min, upper };
}

/**
 * simple-statistics returns each class's lowest value (plus the maximum); a class's upper edge is
 * then the largest value below the next class's lowest.
 */
function jenksUpperEdges(sorted: readonly number[], classes: number): number[] {
	const lowest = jenks([...sorted], classes) ?? [];
	const edges: number[] = [];
	for (let i = 1; i < lowest.length - 1; i += 1) {
		const below = sorted.filter((v) => v < lowest[i]);
		if (below.length) edges.push(below[below.length - 1]);
	}
	edges.push(sorted[sorted.length - 1]);
	return edges;
}

export function classOf(value: number, classes: Classes): number {
	for (let i = 0; i < classes.upper.length; i += 1) if (value <= classes.upper[i]) return i;
	return classes.upper.length - 1;
}

/** No red–green: sequential blue, viridis and cividis (both designed for colour-vision deficiency). */
export function paletteColours(name: PaletteName, n: number): string[] {
	if (n <= 0) return [];
	if (name === 'blau') {
		const scheme = schemeBlues[Math.max(3, Math.min(9, n))] as readonly string[];
		return n < 3 ? [scheme[0], scheme[2]].slice(0, n) : [...scheme];
	}
	const interpolate = name === 'viridis' ? interpolateViridis : interpolateCividis;
	// Light = little, dark = much: the scales run dark → light, so read them backwards.
	return Array.from({ length: n }, (_, i) =>
		interpolate(n === 1 ? 0.5 : 0.95 - (0.9 * i) / (n - 1))
	);
}

/**
 * Colours ordered so that darker always means more need: for an indicator where a lower value
 * means more need (living space, Gymnasium transitions) the ramp is reversed.
 */
export function coloursFor(name: PaletteName, n: number, direction: IndicatorDirection): string[] {
	const colours = paletteColours(name, n);
	return direction === 'need_down' ? colours.reverse() : colours;
}

/** The four MSS status classes in a neutral purple ramp (class 4 darkest). */
export const MSS_STATUS_COLOURS = [...schemePurples[5].slice(1)] as readonly string[];

/**
 * An area without a value: a flat mid-light grey (drawn with a dashed outline), darker than the
 * lightest class colours and of no hue. A suppressed area is white under a dark hatching (map.ts).
 */
export const NO_DATA_FILL = '#cdd2d8';
export const SUPPRESSED_FILL = '#ffffff';
