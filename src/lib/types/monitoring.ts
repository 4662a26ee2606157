/** Value lists of the social monitoring, shared by the database schema, validation and the UI. */

/** The six fields of integrated social planning, plus the population context. */
export const handlungsfelder = [
	'wohnen',
	'bildung',
	'gesundheit',
	'arbeit',
	'kultur',
	'partizipation',
	'bevoelkerung'
] as const;
export type Handlungsfeld = (typeof handlungsfelder)[number];

/** share = numerator ÷ denominator × per; count = a number of people; measure = anything else. */
export const indicatorKinds = ['share', 'count', 'measure'] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

/** Does a higher value mean more need (up), less need (down), or neither (context)? */
export const indicatorDirections = ['need_up', 'need_down', 'neutral'] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];

/**
 * When a value holds: on a reference date (Stichtag 31.12. of the year) or as the average over
 * the year (Jahresdurchschnitt, as INKAR publishes unemployment). Values of different time bases
 * are never set side by side as if comparable.
 */
export const timeBases = ['stichtag', 'jahresdurchschnitt'] as const;
export type TimeBasis = (typeof timeBases)[number];

export const importKinds = ['gebiete', 'werte'] as const;
export type ImportKind = (typeof importKinds)[number];

/**
 * `entwurf`: a value import not yet published (at most one per municipality, decision 0025);
 * `aktiv`: published; `rueckgaengig`: taken back; `verworfen`: a draft thrown away unpublished;
 * `laedt`: a value file whose rows are still being written (decision 0039), invisible until it
 * becomes the draft or joins it, and removed if the import fails.
 */
export const importStatuses = ['entwurf', 'aktiv', 'rueckgaengig', 'verworfen', 'laedt'] as const;
export type ImportStatus = (typeof importStatuses)[number];

export const classificationMethods = ['quantile', 'equal', 'jenks', 'mss'] as const;
export type ClassificationMethod = (typeof classificationMethods)[number];

export const paletteNames = ['blau', 'viridis', 'cividis'] as const;
export type PaletteName = (typeof paletteNames)[number];
