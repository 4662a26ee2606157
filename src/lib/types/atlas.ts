/** The shapes the atlas pages render (built on the server, drawn by components). */
export interface LegendItem {
	readonly fill: string;
	readonly label: string;
}

export interface MapPath {
	readonly code: string;
	readonly name: string;
	readonly href: string | null;
	readonly d: string;
	readonly fill: string;
	/** What the area shows, e.g. "12,5 %" or "." (secret); part of the accessible name. */
	readonly label: string;
	readonly suppressed: boolean;
}

export interface MapModel {
	readonly title: string;
	readonly width: number;
	readonly height: number;
	readonly paths: readonly MapPath[];
	readonly outline: string | null;
	readonly legend: readonly LegendItem[];
	readonly notes: readonly string[];
}
