import type { archive as de } from '../de/archive';

export const archive: Record<keyof typeof de, string> = {
	'archive.title': 'Archive',
	'archive.intro':
		'Every edition of the Sozialkonferenz Ruhr since 2018 with its documentation. The full-text search covers conferences, documents and the social reports the municipalities have published.',
	'archive.searchLabel': 'Search the archive',
	'archive.searchButton': 'Search',
	'archive.searchHint': 'For example: Sozialplanung, Integration, Quartier',
	'archive.results': '{count} results for “{query}”',
	'archive.resultsOne': '1 result for “{query}”',
	'archive.noResults': 'No results for “{query}”. Try another word.',
	'archive.editionHit': 'Conference {year}',
	'archive.documentHit': 'Document of the {year} conference',
	'archive.reportHit': 'Social report of {municipality}, reporting year {year}',
	'archive.editions': 'All conferences',
	'archive.missingEditions':
		'The third and fourth editions are not yet on record; they will be added once documented.',
	'archive.documentation': 'Documentation of the Sozialkonferenz Ruhr {year}',
	'archive.summary': 'Results',
	'archive.documents': 'Documents and links',
	'archive.noDocuments': 'No documents are stored for this conference yet.',
	'archive.documentType': 'Type',
	'archive.documentSize': 'Size',
	'archive.externalLink': 'Link',
	'archive.toEdition': 'To the conference page',
	'doc.dokumentation': 'Documentation',
	'doc.programm': 'Programme',
	'doc.tagungsreader': 'Conference reader',
	'doc.praesentation': 'Presentation',
	'doc.poster': 'Poster',
	'doc.ergebnisse': 'Results',
	'doc.bericht': 'Report',
	'doc.quelle': 'Source'
};
