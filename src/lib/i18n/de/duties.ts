/** Public duties: accessibility statement and feedback, Leichte Sprache, privacy notice. */
export const duties = {
	'footer.accessibility': 'Barrierefreiheit',
	'footer.privacy': 'Datenschutz',
	'footer.easyLanguage': 'Leichte Sprache',
	'duty.err.email': 'Bitte geben Sie eine gültige E-Mail-Adresse an, damit wir antworten können.',
	'duty.err.nameLong': 'Der Name darf höchstens 200 Zeichen lang sein.',
	'duty.err.pageLong': 'Die Angabe zur Seite darf höchstens 500 Zeichen lang sein.',
	'duty.err.message': 'Bitte beschreiben Sie die Barriere oder Ihre Frage.',
	'duty.err.messageLong': 'Die Nachricht darf höchstens 5000 Zeichen lang sein.',
	'duty.err.tooMany':
		'Von Ihrem Anschluss kamen in der letzten Stunde schon mehrere Nachrichten. Bitte versuchen Sie es später noch einmal oder schreiben Sie direkt an die Ombudsstelle.',
	'audit.do.accessibility.feedback_received':
		'Rückmeldung zur Barrierefreiheit an {mails} Personen des Organisationsteams weitergeleitet',
	'a11y.title': 'Erklärung zur Barrierefreiheit',
	'a11y.intro':
		'Der Regionalverband Ruhr (RVR) ist bemüht, diese Website im Einklang mit § 10 des Behindertengleichstellungsgesetzes Nordrhein-Westfalen (BGG NRW) und der Barrierefreie-Informationstechnik-Verordnung NRW (BITV NRW), die die Anforderungen der BITV 2.0 und der Richtlinie (EU) 2016/2102 umsetzen, barrierefrei zugänglich zu machen. Diese Erklärung gilt für die Website der Sozialkonferenz Ruhr unter {origin}.',
	'a11y.statusTitle': 'Stand der Vereinbarkeit mit den Anforderungen',
	'a11y.status.full': 'Diese Website ist mit den Anforderungen der BITV NRW vollständig vereinbar.',
	'a11y.status.partial':
		'Diese Website ist wegen der folgenden Unvereinbarkeiten mit den Anforderungen der BITV NRW teilweise vereinbar.',
	'a11y.status.none': 'Diese Website ist mit den Anforderungen der BITV NRW nicht vereinbar.',
	'a11y.limitationsTitle': 'Nicht barrierefreie Inhalte',
	'a11y.methodTitle': 'Erstellung dieser Erklärung',
	'a11y.prepared': 'Diese Erklärung wurde am {date} erstellt.',
	'a11y.feedbackTitle': 'Barrieren melden: Feedback und Kontakt',
	'a11y.feedbackIntro':
		'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen, oder brauchen Sie einen Inhalt in zugänglicher Form? Schreiben Sie uns. Die Nachricht geht an das Organisationsteam der Konferenz im RVR, das innerhalb einer angemessenen Frist antwortet.',
	'a11y.name': 'Ihr Name (freiwillig)',
	'a11y.email': 'Ihre E-Mail-Adresse',
	'a11y.page': 'Welche Seite oder welches Dokument? (freiwillig)',
	'a11y.message': 'Ihre Nachricht',
	'a11y.website': 'Dieses Feld bitte leer lassen',
	'a11y.send': 'Rückmeldung senden',
	'a11y.sent':
		'Danke! Ihre Rückmeldung ist beim Organisationsteam angekommen. Wir antworten an die angegebene E-Mail-Adresse.',
	'a11y.privacyHint': 'Wie wir Ihre Angaben verarbeiten, steht in den Datenschutzhinweisen.',
	'a11y.enforcementTitle': 'Schlichtungsverfahren (Ombudsstelle)',
	'a11y.enforcement':
		'Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie ein Ombudsverfahren nach § 10d BGG NRW beantragen. Zuständig ist die',
	'a11y.ombudsEmail': 'E-Mail',
	'a11y.ombudsWeb': 'Website der Ombudsstelle',
	'easy.title': 'Leichte Sprache',
	'easy.note': 'Diese Seite ist in Leichter Sprache auf Deutsch.',
	'privacy.title': 'Datenschutzhinweise',
	'privacy.intro':
		'Hier steht, welche Daten diese Website speichert, wozu, auf welcher Rechtsgrundlage und wie lange. Der Text entsteht aus den Einstellungen der Plattform: Ändert das Organisationsteam eine Frist, ändert sich dieser Text mit.',
	'privacy.controller': 'Verantwortlich',
	'privacy.purpose': 'Zweck',
	'privacy.legalBasis': 'Rechtsgrundlage',
	'privacy.data': 'Welche Daten',
	'privacy.recipients': 'Wer sie sieht',
	'privacy.retention': 'Wie lange',
	'privacy.rightsTitle': 'Ihre Rechte',
	'privacy.rights':
		'Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21). Eine Einwilligung können Sie jederzeit für die Zukunft widerrufen. Über Ihren persönlichen Link aus der Anmeldebestätigung sehen, laden und löschen Sie Ihre Anmeldung selbst. Beschweren können Sie sich bei der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW).',
	'privacy.noCookies':
		'Für Besucherinnen und Besucher setzt die Website keine Cookies und bindet keine Dienste anderer Anbieter ein. Nur wer sich als Organisationsteam oder Planende einloggt, bekommt ein Sitzungs-Cookie.',
	'privacy.admin.title': 'Datenschutz-Dokumente',
	'privacy.admin.intro':
		'Verzeichnis von Verarbeitungstätigkeiten und Löschkonzept entstehen aus denselben Einstellungen wie die öffentlichen Datenschutzhinweise.',
	'privacy.admin.record': 'Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO) herunterladen',
	'privacy.admin.conceptTitle': 'Löschkonzept der Konferenz {year}',
	'privacy.admin.conceptDownload': 'Löschkonzept {year} herunterladen',
	'privacy.admin.edition': 'Konferenz',
	'privacy.admin.show': 'Anzeigen',
	'privacy.admin.what': 'Was',
	'privacy.admin.when': 'Wann',
	'privacy.admin.day': 'Tag',
	'privacy.admin.how': 'Wie',
	'privacy.admin.kept': 'Was bleibt',
	'privacy.admin.gaps': 'Bekannte Lücken',
	'privacy.admin.noDay': 'steht noch nicht fest',
	'privacy.admin.steps': 'Schritte des Löschkonzepts',
	'bo.retentionDays': 'Löschfrist in Tagen nach der Konferenz',
	'nav.privacyDocs': 'Datenschutz'
};
