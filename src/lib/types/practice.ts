import type { MeasureStatus, PlanningField } from './planning';

/** What every public listing of a measure shows about it. */
interface MeasureSummary {
	id: number;
	title: string;
	description: string;
	fields: PlanningField[];
	targetGroup: string;
	status: MeasureStatus;
	startsOn: string | null;
	endsOn: string | null;
	lead: string | null;
}

/**
 * A public measure as the public pages show it: names instead of records, and output counts
 * already under disclosure control (null = kept confidential; the number never leaves the server).
 */
export interface PublicMeasure extends MeasureSummary {
	partners: string[];
	handlungsraeume: string[];
	/** Areas of the page's municipality the measure covers. */
	areas: { code: string; name: string }[];
	outputs: { label: string; count: number | null }[];
}

/** One public measure as the Praxisbeispiele list it: enough to find it and follow the link. */
export interface PracticeItem extends MeasureSummary {
	plan: { id: number; title: string; isDemo: boolean };
	/** The plan's municipality (or, for a Kreis plan, the Kreis). */
	scopeName: string;
	/** The municipality whose atlas lists the measure; null for a Kreis plan. */
	ags: string | null;
}
