import type { site as de } from '../de/site';

export const site: Record<keyof typeof de, string> = {
	'site.name': 'Sozialkonferenz Ruhr',
	'site.tagline': 'Research and practice of social policy in the Ruhr metropolitan region',
	'site.skipLink': 'Skip to content',
	'site.mainNav': 'Main navigation',
	'site.languageSwitch': 'Deutsch',
	'site.languageSwitchLabel': 'Auf Deutsch umschalten',
	'nav.home': 'Home',
	'nav.programme': 'Programme',
	'nav.archive': 'Archive',
	'nav.sources': 'Sources',
	'footer.organiser':
		'A conference series of the Regionalverband Ruhr (RVR), department of education and social affairs.',
	'footer.sources': 'Sources and licences',
	'footer.api': 'Open interface (API)',
	'sources.title': 'Sources and licences',
	'sources.intro':
		'Facts about the conferences come from public sources named on the documentation pages. The maps and data of the platform use these sources and licences:',
	'sources.fontsTitle': 'Fonts',
	'sources.fontsIntro':
		'The PDF documents of the platform embed this font; its licence allows passing it on embedded in documents:',
	'error.title': 'Error {status}',
	'error.notFound': 'This page does not exist.',
	'error.generic': 'Something went wrong. Please try again later.',
	'error.noRegistration': 'This registration does not exist.',
	'error.noEdition': 'This conference does not exist.',
	'error.noAccount': 'This account does not exist.',
	'error.noAtlas': 'This municipality has published no small-area data.',
	'error.noArea': 'This area does not exist, or its data are not published.',
	'error.noReport': 'This report does not exist.',
	'error.backHome': 'To the home page'
};
