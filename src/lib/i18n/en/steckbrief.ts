import type { steckbrief as de } from '../de/steckbrief';

/** The one-page area profile PDF of the public atlas. */
export const steckbrief: Record<keyof typeof de, string> = {
	'steckbrief.title': 'Area profile: {term} {name}',
	'steckbrief.in': '{municipality} ({kreis})',
	'steckbrief.demo': 'DEMO – synthetic sample data',
	'steckbrief.facts': 'At a glance',
	'steckbrief.mss': 'Index of social conditions (MSS)',
	'steckbrief.mssValue':
		'status {status}, dynamics {dynamics}, overall index {cell} ({baseYear}–{year})',
	'steckbrief.mssAttention': 'needs special attention',
	'steckbrief.type': 'Area type',
	'steckbrief.dataYear': 'Data year',
	'steckbrief.figures': 'Key figures: {term} and municipality',
	'steckbrief.col.indicator': 'Indicator',
	'steckbrief.col.year': 'Year',
	'steckbrief.col.rank': 'Rank',
	'steckbrief.col.municipality': 'Municipality',
	'steckbrief.noFigures': 'No values are published for this area.',
	'steckbrief.mapCaption': 'Location: {name} in {municipality}',
	'steckbrief.mapAlt':
		'Locator map: {term} {name} (highlighted) among the {count} areas of {municipality}.',
	'steckbrief.sources': 'Sources and notes',
	'steckbrief.indicatorSources': 'Data: {sources}',
	'steckbrief.footer': 'Social atlas Metropole Ruhr · {url}',
	'steckbrief.download': 'Area profile as PDF (one page)'
};
