/**
 * Boundary versions of small areas (pure; decision 0029). An area's boundary can change: a
 * Quartier is split, two are merged, a block moves from one to the other. Each boundary is a
 * version with the years it is valid; values belong to the version valid in their year, and a
 * time series does not run across a change as if the area had stayed the same.
 */
import { union, xor } from 'polyclip-ts';
import type { Position } from 'geojson';
import { ringArea, type AreaGeometry } from './geo';

/**
 * A boundary changes materially when the symmetric difference of old and new outline exceeds
 * this share of the larger of the two areas. Both outlines have been through the same
 * topology-preserving simplification (triangles under ≈ 75 m² dropped, coordinates rounded to
 * ≈ 0.1 m), and a re-digitised border moves by a few metres along its length: for a Quartier
 * of half a square kilometre or more that stays well under 1 %. A real change — a block of
 * houses moved to a neighbour — is more; a smaller one can be declared in the file
 * (`vorgaenger`).
 */
export const BOUNDARY_TOLERANCE = 0.01;

export interface Validity {
	/** First year; null = from the beginning. */
	readonly validFrom: number | null;
	/** Last year; null = still current. */
	readonly validTo: number | null;
}

/** Whether a version is valid in `year`. */
export function validIn(area: Validity, year: number): boolean {
	return (
		(area.validFrom === null || area.validFrom <= year) &&
		(area.validTo === null || area.validTo >= year)
	);
}

/** The versions valid in `year`, in the given order. */
export function versionsIn<T extends Validity>(areas: readonly T[], year: number): T[] {
	return areas.filter((a) => validIn(a, year));
}

/** The current versions (not closed), in the given order. */
export function currentVersions<T extends Validity>(areas: readonly T[]): T[] {
	return areas.filter((a) => a.validTo === null);
}

/** "2015–2022", "ab 2023", "bis 2022", or null for a version valid throughout. */
export function validityText(area: Validity, locale: 'de' | 'en' = 'de'): string | null {
	if (area.validFrom === null && area.validTo === null) return null;
	if (area.validFrom !== null && area.validTo !== null) return `${area.validFrom}–${area.validTo}`;
	if (area.validFrom !== null) return `${locale === 'de' ? 'ab' : 'from'} ${area.validFrom}`;
	return `${locale === 'de' ? 'bis' : 'until'} ${area.validTo}`;
}

/** Planar area of an outline in WGS84, in square degrees scaled to the latitude (for ratios). */
export function outlineArea(geometry: AreaGeometry): number {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return polygonsArea(polygons);
}

function polygonsArea(polygons: readonly (readonly Position[][])[]): number {
	let sum = 0;
	let lat = 0;
	let n = 0;
	for (const polygon of polygons) {
		polygon.forEach((ring, i) => {
			const a = Math.abs(ringArea(ring)) / 2;
			sum += i === 0 ? a : -a;
			if (i === 0 && ring.length) {
				lat += ring[0][1];
				n += 1;
			}
		});
	}
	return n === 0 ? 0 : sum * Math.cos(((lat / n) * Math.PI) / 180);
}

export interface BoundaryComparison {
	/** Symmetric difference as a share of the larger outline (0 = identical). */
	readonly share: number;
	readonly material: boolean;
}

/** How far two outlines of the same area differ, and whether that is a boundary change. */
export function compareBoundaries(
	before: AreaGeometry | null,
	after: AreaGeometry | null
): BoundaryComparison {
	// A first outline for an area that had none is no change of its boundary.
	if (!before || !after) return { share: 0, material: false };
	const larger = Math.max(outlineArea(before), outlineArea(after));
	if (larger === 0) return { share: 0, material: false };
	const coords = (g: AreaGeometry) =>
		(g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as [number, number][][][];
	const difference = polygonsArea(xor(coords(before), coords(after)));
	const share = difference / larger;
	return { share, material: share > BOUNDARY_TOLERANCE };
}

/**
 * How far the territory of one set of outlines differs from that of another (each set taken as
 * the union of its outlines), by the rule of `compareBoundaries`: a group of areas that was split
 * into parts covering the same ground is the same territory, one that lost or gained a block is
 * not.
 */
export function compareTerritories(
	before: readonly AreaGeometry[],
	after: readonly AreaGeometry[]
): BoundaryComparison {
	const merged = (outlines: readonly AreaGeometry[]): AreaGeometry | null => {
		const polygons = outlines.flatMap(
			(g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as [number, number][][][]
		);
		if (polygons.length === 0) return null;
		const [first, ...rest] = polygons;
		return { type: 'MultiPolygon', coordinates: union(first, ...rest) };
	};
	const a = merged(before);
	const b = merged(after);
	// Ground on one side only (nothing on the other) is all of it changed.
	if (!a || !b) return a || b ? { share: 1, material: true } : { share: 0, material: false };
	return compareBoundaries(a, b);
}

// ---------------------------------------------------------------------------------------------
// Time series across a boundary change

export interface VersionRef extends Validity {
	readonly id: number;
	readonly code: string;
	readonly name: string;
}

export interface SeriesBreak {
	/** First year of the new boundary. */
	readonly year: number;
	/** The predecessor versions. */
	readonly predecessors: readonly { readonly code: string; readonly name: string }[];
}

/**
 * The break rule of an area's time series. `current` holds the years the shown version is
 * valid; before its first year the area had another boundary, so a value from then is no value
 * of this area: the series breaks there ("Zeitreihenbruch") instead of running on. The values
 * before the break are those of the predecessor, shown as such (`predecessor`) and never joined
 * into one line with the current ones — and only when there is exactly one predecessor: after a
 * merge none of the merged areas is "the same area" before. A version without predecessor (the
 * first boundaries, or a new area) has no break.
 */
export function seriesAcrossBoundaries<P>(
	years: readonly number[],
	version: VersionRef,
	predecessors: readonly VersionRef[],
	pointOf: (areaId: number, year: number) => P
): {
	readonly current: readonly P[];
	readonly predecessor: readonly P[];
	readonly break: SeriesBreak | null;
} {
	const current = years.filter((y) => validIn(version, y)).map((y) => pointOf(version.id, y));
	if (version.validFrom === null || predecessors.length === 0) {
		return { current, predecessor: [], break: null };
	}
	const from = version.validFrom;
	const single = predecessors.length === 1 ? predecessors[0] : null;
	return {
		current,
		predecessor: single
			? years.filter((y) => y < from && validIn(single, y)).map((y) => pointOf(single.id, y))
			: [],
		break: {
			year: from,
			predecessors: predecessors.map((p) => ({ code: p.code, name: p.name }))
		}
	};
}
