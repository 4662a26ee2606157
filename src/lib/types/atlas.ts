/** The shapes the atlas pages render (built on the server, drawn by components). */

/**
 * How a map shows an area without a class colour: `suppressed` (geheim, hatched) or `missing`
 * (keine Angabe, light grey with a dashed outline).
 */
export type MapPattern = 'suppressed' | 'missing';

export interface LegendItem {
	readonly fill: string;
	readonly label: string;
	/** Absent for a class colour. Optional: report snapshots stored before it have none. */
	readonly pattern?: MapPattern;
}

export interface MapPath {
	readonly code: string;
	readonly name: string;
	readonly href: string | null;
	readonly d: string;
	readonly fill: string;
	/** What the area shows, e.g. "12,5 %" or "geheim (.)"; part of the accessible name. */
	readonly label: string;
	readonly suppressed: boolean;
	/** No value ("keine Angabe"). Optional: report snapshots stored before it have none. */
	readonly missing?: boolean;
	/** The legend line of the area's class, e.g. "über 8,1 bis 11,7"; null if it has none. */
	readonly legendLabel?: string | null;
	/** Where a label fits inside the area (pole of inaccessibility), in map coordinates. */
	readonly anchor?: readonly [number, number] | null;
	/** The distance from the anchor to the area's border: the room for a label (map units). */
	readonly room?: number | null;
}

export interface MapModel {
	readonly title: string;
	readonly width: number;
	readonly height: number;
	/** In reading order (top to bottom, left to right): the order of keyboard focus. */
	readonly paths: readonly MapPath[];
	readonly outline: string | null;
	readonly legend: readonly LegendItem[];
	readonly notes: readonly string[];
}

export interface RankingBar {
	readonly code: string;
	readonly name: string;
	readonly href: string | null;
	readonly value: number;
	readonly display: string;
	readonly fill: string;
}

export interface RankingArea {
	readonly code: string;
	readonly name: string;
	readonly href: string | null;
}

/** Areas sorted by value (bars), and the areas without a bar listed apart. */
export interface Ranking {
	readonly bars: readonly RankingBar[];
	/** The axis: min ≤ 0 ≤ max. */
	readonly min: number;
	readonly max: number;
	readonly suppressed: readonly RankingArea[];
	readonly missing: readonly RankingArea[];
}
