import type { LegendItem } from './atlas';

/** Value lists of the Sozialbericht (a municipality's social report), shared by schema, rules and UI. */

/**
 * The chapters of a report in their fixed order: summary, population, one chapter per field,
 * the MSS index, the area types, the Handlungsprogramm and the annex.
 */
export const reportChapters = [
	'zusammenfassung',
	'bevoelkerung',
	'wohnen',
	'bildung',
	'gesundheit',
	'arbeit',
	'kultur',
	'partizipation',
	'mss',
	'gebietstypen',
	'handlungsprogramm',
	'anhang'
] as const;
export type ReportChapter = (typeof reportChapters)[number];

/** The six fields that have a chapter of their own (their indicators: `handlungsfeld`). */
export const fieldChapters = [
	'wohnen',
	'bildung',
	'gesundheit',
	'arbeit',
	'kultur',
	'partizipation'
] as const satisfies readonly ReportChapter[];

export const reportStatuses = ['entwurf', 'veroeffentlicht'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const reportLanguages = ['de', 'en'] as const;
export type ReportLanguage = (typeof reportLanguages)[number];

/** The report as a structured document (built on the server, rendered as PDF, DOCX and preview). */
export type Block =
	| { kind: 'heading'; level: 2 | 3; text: string }
	| { kind: 'paragraph'; text: string; role?: 'planner' | 'note' }
	| { kind: 'list'; items: string[] }
	| {
			kind: 'table';
			caption: string;
			columns: string[];
			/** Columns set flush right (numbers). */
			numeric: boolean[];
			rows: string[][];
	  }
	| {
			kind: 'figure';
			figure: 'map' | 'chart';
			caption: string;
			alt: string;
			svg: string;
			width: number;
			height: number;
			legend: LegendItem[];
	  };

export interface ReportChapterDoc {
	key: ReportChapter;
	title: string;
	blocks: Block[];
}

export interface ReportDocument {
	language: ReportLanguage;
	title: string;
	subtitle: string;
	/** "DEMO – …" / "ENTWURF – …" marks for the title page and every footer; empty when none. */
	marks: string[];
	/** The running footer: municipality, report, data stand. */
	footer: string;
	stand: string;
	chapters: ReportChapterDoc[];
}
