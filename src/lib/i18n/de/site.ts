export const site = {
	'site.name': 'Sozialkonferenz Ruhr',
	'site.tagline': 'Forschung und Praxis der Sozialpolitik in der Metropole Ruhr',
	'site.skipLink': 'Zum Inhalt springen',
	'site.mainNav': 'Hauptnavigation',
	'site.languageSwitch': 'English',
	'site.languageSwitchLabel': 'Switch to English',
	'nav.home': 'Start',
	'nav.programme': 'Programm',
	'nav.archive': 'Archiv',
	'nav.sources': 'Quellen',
	'footer.organiser':
		'Eine Konferenzreihe des Regionalverbands Ruhr (RVR), Referat Bildung und Soziales.',
	'footer.sources': 'Quellen und Lizenzen',
	'footer.api': 'Offene Schnittstelle (API)',
	'sources.title': 'Quellen und Lizenzen',
	'sources.intro':
		'Die Angaben zu den Konferenzen stammen aus öffentlichen Quellen, die auf den Dokumentationsseiten genannt sind. Für die Karten und Daten der Plattform gelten diese Quellen und Lizenzen:',
	'sources.fontsTitle': 'Schriften',
	'sources.fontsIntro':
		'In den PDF-Dokumenten der Plattform steckt diese Schrift; ihre Lizenz erlaubt die Weitergabe eingebettet in Dokumente:',
	'error.title': 'Fehler {status}',
	'error.notFound': 'Diese Seite gibt es nicht.',
	'error.generic': 'Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal.',
	'error.noRegistration': 'Diese Anmeldung gibt es nicht.',
	'error.noEdition': 'Diese Konferenz gibt es nicht.',
	'error.noAccount': 'Dieses Konto gibt es nicht.',
	'error.noAtlas': 'Für diese Gemeinde sind keine kleinräumigen Daten veröffentlicht.',
	'error.noArea': 'Dieses Gebiet gibt es nicht oder seine Daten sind nicht veröffentlicht.',
	'error.noReport': 'Diesen Bericht gibt es nicht.',
	'error.backHome': 'Zur Startseite'
} as const;
