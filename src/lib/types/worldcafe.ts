import { handlungsfelder } from './monitoring';

/**
 * The Handlungsfelder an idea of a World Café table can be tagged with: the monitoring's fields
 * (same keys, so ideas and indicators can be read side by side) without "Bevölkerung", which is
 * a description of the region rather than a field for action.
 */
export const cafeFields = handlungsfelder.filter(
	(field): field is Exclude<(typeof handlungsfelder)[number], 'bevoelkerung'> =>
		field !== 'bevoelkerung'
);
export type CafeField = (typeof cafeFields)[number];

export const cafeFieldLabels: Record<CafeField, string> = {
	wohnen: 'Wohnen',
	bildung: 'Bildung',
	gesundheit: 'Gesundheit',
	arbeit: 'Arbeit',
	kultur: 'Kultur',
	partizipation: 'Partizipation'
};
