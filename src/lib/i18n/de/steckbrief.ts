/** The one-page area profile PDF (Quartierssteckbrief) of the public atlas. */
export const steckbrief = {
	'steckbrief.title': 'Steckbrief {term} {name}',
	'steckbrief.in': '{municipality} ({kreis})',
	'steckbrief.demo': 'DEMO – synthetische Beispieldaten',
	'steckbrief.facts': 'Auf einen Blick',
	'steckbrief.mss': 'Index der sozialen Lage (MSS)',
	'steckbrief.mssValue':
		'Status {status}, Dynamik {dynamics}, Gesamtindex {cell} ({baseYear}–{year})',
	'steckbrief.mssAttention': 'besonderer Aufmerksamkeitsbedarf',
	'steckbrief.type': 'Gebietstyp',
	'steckbrief.dataYear': 'Datenjahr',
	'steckbrief.figures': 'Kennzahlen: {term} und Gemeinde',
	'steckbrief.col.indicator': 'Indikator',
	'steckbrief.col.year': 'Jahr',
	'steckbrief.col.rank': 'Rang',
	'steckbrief.col.municipality': 'Gemeinde',
	'steckbrief.noFigures': 'Für dieses Gebiet sind keine Werte veröffentlicht.',
	'steckbrief.mapCaption': 'Lage: {name} in {municipality}',
	'steckbrief.mapAlt':
		'Lagekarte: {term} {name} (hervorgehoben) unter den {count} Gebieten von {municipality}.',
	'steckbrief.sources': 'Quellen und Hinweise',
	'steckbrief.indicatorSources': 'Daten: {sources}',
	'steckbrief.footer': 'Sozialatlas Metropole Ruhr · {url}',
	'steckbrief.download': 'Steckbrief als PDF (eine Seite)'
};
