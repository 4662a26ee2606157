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
