/**
 * Value lists of the Handlungsprogramm's data that are not part of the rules (those are in
 * `planning.ts`): funding sources of measures and the kinds of Handlungsraum.
 */

/** Where a measure's money comes from (one main source; details go into the description). */
export const fundingSources = [
	'kommunal',
	'land',
	'bund',
	'esf_plus',
	'eu_sonstige',
	'stiftung',
	'eigenmittel',
	'sonstige'
] as const;
export type FundingSource = (typeof fundingSources)[number];

/**
 * `gebiete`: a chosen set of small areas; `gemeinde`: a whole member municipality, whose areas are
 * resolved when it is read (so areas imported later belong to it). Every plan has the latter for
 * each municipality of its scope, created with the plan.
 */
export const handlungsraumKinds = ['gebiete', 'gemeinde'] as const;
export type HandlungsraumKind = (typeof handlungsraumKinds)[number];

/** How a set of areas came about: chosen by hand, or taken over from the MSS attention areas. */
export const handlungsraumOrigins = ['auswahl', 'mss_aufmerksamkeit'] as const;
export type HandlungsraumOrigin = (typeof handlungsraumOrigins)[number];
