import { LIMITS } from '$lib/types/registration';

export const registration = {
	'reg.title': 'Anmeldung zur Sozialkonferenz Ruhr {year}',
	'reg.open': 'Die Anmeldung ist geöffnet bis {deadline}.',
	'reg.cta': 'Anmeldung zur Konferenz',
	'reg.seatsLeft': 'Noch {count} von {capacity} Plätzen frei.',
	'reg.full':
		'Die Konferenz ist ausgebucht. Sie können sich auf die Warteliste setzen lassen; wird ein Platz frei, rücken Sie automatisch nach.',
	'reg.closed.none':
		'Für diese Konferenz gibt es keine Anmeldung über diese Seite. Hinweise zur Teilnahme finden Sie auf der Konferenzseite.',
	'reg.closed.notYet': 'Die Anmeldung öffnet am {opens}. Bitte schauen Sie dann wieder vorbei.',
	'reg.closed.closed':
		'Der Anmeldeschluss ({deadline}) ist vorbei. Bei Fragen wenden Sie sich bitte an das Team der Sozialkonferenz beim Regionalverband Ruhr.',
	// Problems with a registration, shown on the field they concern (`reg.err.<code>`).
	'reg.err.firstName': 'Bitte geben Sie Ihren Vornamen an.',
	'reg.err.firstNameLong': `Der Vorname darf höchstens ${LIMITS.name} Zeichen lang sein.`,
	'reg.err.lastName': 'Bitte geben Sie Ihren Nachnamen an.',
	'reg.err.lastNameLong': `Der Nachname darf höchstens ${LIMITS.name} Zeichen lang sein.`,
	'reg.err.email': 'Bitte geben Sie Ihre E-Mail-Adresse an.',
	'reg.err.emailLong': `Die E-Mail-Adresse darf höchstens ${LIMITS.email} Zeichen lang sein.`,
	'reg.err.emailInvalid': 'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.',
	'reg.err.organisationLong': `Die Organisation darf höchstens ${LIMITS.organisation} Zeichen lang sein.`,
	'reg.err.jobTitleLong': `Die Funktion darf höchstens ${LIMITS.jobTitle} Zeichen lang sein.`,
	'reg.err.needsOtherLong': `Der Hinweis zur Barrierefreiheit darf höchstens ${LIMITS.needsOther} Zeichen lang sein.`,
	'reg.err.dietaryLong': `Der Hinweis zur Verpflegung darf höchstens ${LIMITS.dietary} Zeichen lang sein.`,
	'reg.err.workshop': 'Bitte wählen Sie einen Workshop aus der Liste.',
	'reg.err.sector': 'Bitte wählen Sie Ihren Bereich aus der Liste.',
	'reg.err.municipality': 'Bitte wählen Sie Ihre Kommune aus der Liste.',
	'reg.err.privacy': 'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.',
	'reg.err.boolean':
		'Bitte geben Sie Ja/Nein-Angaben als true oder false an (ohne Anführungszeichen).',
	'reg.err.language': 'Bitte geben Sie als Sprache de (Deutsch) oder en (Englisch) an.',
	'reg.err.sure': 'Bitte setzen Sie das Häkchen zur Bestätigung.',
	'reg.err.topics':
		'Die Wunschthemen für das World Café sind nicht lesbar: erwartet wird je World Café eine Liste von Themen.',
	'reg.err.anmeldung_nicht_moeglich':
		'Für diese Konferenz ist keine Anmeldung über diese Seite möglich.',
	'reg.err.anmeldung_noch_nicht_offen': 'Die Anmeldung ist noch nicht geöffnet.',
	'reg.err.anmeldeschluss': 'Der Anmeldeschluss ist vorbei.',
	'reg.err.konferenz_unbekannt': 'Diese Konferenz gibt es nicht.',
	'reg.err.workshop_unbekannt': 'Dieser Workshop gehört nicht zu dieser Konferenz.',
	'reg.err.workshop_doppelt':
		'Bitte wählen Sie als Zweitwunsch einen anderen Workshop als den Erstwunsch.',
	'reg.err.link_ungueltig':
		'Dieser Link ist ungültig. Bitte nutzen Sie den Link aus Ihrer letzten E-Mail oder melden Sie sich neu an.',
	'reg.err.bereits_storniert': 'Diese Anmeldung ist bereits storniert.',
	'reg.err.verfallen':
		'Diese Anmeldung ist verfallen, weil sie nicht rechtzeitig bestätigt wurde. Bitte melden Sie sich neu an.',
	'reg.err.ausgelastet':
		'Der Server ist gerade stark ausgelastet. Bitte versuchen Sie es in einem Moment noch einmal.',
	'reg.err.anmeldung_unbekannt': 'Diese Anmeldung gibt es nicht.',
	'reg.err.email_vergeben':
		'Mit dieser E-Mail-Adresse besteht für diese Konferenz schon eine Anmeldung. Bitte suchen Sie sie in der Liste.',
	'reg.err.nicht_auf_warteliste': 'Diese Person steht nicht auf der Warteliste.',
	'reg.err.zu_viele_anfragen':
		'Zu viele Anmeldungen von Ihrem Anschluss in kurzer Zeit. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.',
	'reg.errorSummary': 'Bitte prüfen Sie Ihre Angaben:',
	'reg.person': 'Ihre Angaben',
	'reg.firstName': 'Vorname',
	'reg.lastName': 'Nachname',
	'reg.email': 'E-Mail-Adresse',
	'reg.emailHint':
		'An diese Adresse schicken wir den Bestätigungslink und Ihren persönlichen Link.',
	'reg.organisation': 'Organisation (freiwillig)',
	'reg.jobTitle': 'Funktion (freiwillig)',
	'reg.sector': 'Bereich',
	'reg.choose': 'Bitte wählen',
	'reg.municipality': 'Kommune',
	'reg.outsideRuhr': 'außerhalb der Metropole Ruhr',
	'reg.kreisfrei': 'Kreisfreie Städte',
	'reg.workshops': 'Workshops',
	'reg.workshopsHint':
		'Ist Ihr Erstwunsch voll, erhalten Sie Ihren Zweitwunsch und rücken beim Erstwunsch nach, sobald dort ein Platz frei wird.',
	'reg.workshopFirst': 'Erstwunsch',
	'reg.workshopSecond': 'Zweitwunsch (freiwillig)',
	'reg.noWorkshop': 'kein Workshop',
	'reg.workshopFree': '{free} von {capacity} frei',
	'reg.workshopFull': 'voll, Warteliste',
	'reg.access': 'Barrierefreiheit',
	'reg.accessHint':
		'Damit wir alles vorbereiten können. Diese Angaben sehen nur die Organisatorinnen und Organisatoren.',
	'reg.stepFree': 'stufenloser Zugang',
	'reg.signLanguage': 'Gebärdensprachdolmetschung',
	'reg.inductionLoop': 'Induktionsschleife (Hörhilfe)',
	'reg.needsOther': 'Weitere Bedarfe (freiwillig)',
	'reg.dietary': 'Verpflegung: Unverträglichkeiten oder Wünsche (freiwillig)',
	'reg.consents': 'Einwilligungen (freiwillig, jederzeit widerrufbar)',
	'reg.consentListing':
		'Mein Name und meine Organisation dürfen in der Teilnehmendenliste erscheinen.',
	'reg.consentPhotos':
		'Ich bin einverstanden, dass Fotos, auf denen ich zu sehen bin, in der Dokumentation erscheinen.',
	'reg.privacy': 'Datenschutz',
	'reg.privacyText':
		'Der Regionalverband Ruhr verarbeitet Ihre Angaben, um die Konferenz durchzuführen (Art. 6 Abs. 1 lit. b DSGVO). Angaben zur Barrierefreiheit und Verpflegung nutzen wir nur zur Vorbereitung. {days} Tage nach der Konferenz werden Ihre personenbezogenen Daten gelöscht; es bleiben nur anonyme Zahlen für die Statistik. Über Ihren persönlichen Link können Sie Ihre Daten jederzeit einsehen, herunterladen und löschen.',
	'reg.privacyAck': 'Ich habe die Datenschutzhinweise gelesen.',
	'reg.honeypot': 'Bitte dieses Feld leer lassen',
	'reg.submit': 'Verbindlich anmelden',
	'reg.submitWaitlist': 'Auf die Warteliste setzen',
	'reg.required': 'Pflichtfeld',
	'reg.thanks.title': 'Fast geschafft: Bitte bestätigen Sie Ihre E-Mail-Adresse',
	'reg.thanks.sent':
		'Wir haben Ihnen eine E-Mail an die angegebene Adresse geschickt. Sie enthält Ihren persönlichen Link und sagt Ihnen, ob Sie einen Platz haben oder auf der Warteliste stehen. Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von {hours} Stunden über diesen Link, sonst verfällt die Anmeldung.',
	'reg.accepted':
		'Wir haben Ihnen eine E-Mail an die angegebene Adresse geschickt. Sie enthält Ihren persönlichen Link und sagt Ihnen, wie es weitergeht.',
	'reg.thanks.noMail':
		'Keine E-Mail bekommen? Sehen Sie bitte im Spam-Ordner nach. Wenn Sie sich mit derselben Adresse noch einmal anmelden, schicken wir Ihnen Ihren Link erneut.',
	'reg.status.pending': 'Platz reserviert – E-Mail-Adresse noch nicht bestätigt',
	'reg.status.confirmed': 'Angemeldet',
	'reg.status.waitlisted': 'Warteliste, Platz {position}',
	'reg.status.cancelled': 'Abgemeldet',
	'reg.status.expired': 'Verfallen (nicht rechtzeitig bestätigt)',
	'manage.title': 'Ihre Anmeldung',
	'manage.name': 'Name',
	'manage.status': 'Status',
	'manage.confirmTitle': 'E-Mail-Adresse bestätigen',
	'manage.confirmText': 'Bitte bestätigen Sie Ihre Anmeldung bis {deadline}.',
	'manage.confirmButton': 'Anmeldung bestätigen',
	'manage.confirmed': 'Vielen Dank, Ihre E-Mail-Adresse ist bestätigt.',
	'manage.workshop': 'Ihr Workshop',
	'manage.workshopNone': 'kein Workshop',
	'manage.workshopWaiting': 'Warteliste für „{title}“',
	'manage.changeTitle': 'Workshop und Hinweise ändern',
	'manage.save': 'Änderungen speichern',
	'manage.saved': 'Ihre Änderungen sind gespeichert.',
	'manage.cancelTitle': 'Abmelden',
	'manage.cancelText':
		'Wenn Sie nicht kommen können, melden Sie sich bitte ab: Ihr Platz geht dann an die erste Person auf der Warteliste.',
	'manage.cancelConfirm': 'Ja, ich möchte mich abmelden.',
	'manage.cancelButton': 'Abmelden',
	'manage.cancelled':
		'Ihre Anmeldung ist storniert. Eine Bestätigung ist per E-Mail unterwegs. Ein frei gewordener Platz geht an die nächste Person auf der Warteliste.',
	'manage.registerAgain':
		'Möchten Sie doch teilnehmen? Bis zum Anmeldeschluss können Sie sich neu anmelden:',
	'manage.registerAgainLink': 'zur Anmeldung',
	'manage.event': 'Sozialkonferenz Ruhr {year}: {title}',
	'manage.yourRegistration': 'Ihre Angaben',
	'manage.organisation': 'Organisation',
	'manage.jobTitle': 'Funktion',
	'manage.dataTitle': 'Ihre Daten',
	'manage.download': 'Meine Daten herunterladen (JSON)',
	'manage.deleteText':
		'Sie können Ihre Daten jederzeit löschen. Eine bestehende Anmeldung wird dabei abgemeldet; der persönliche Link funktioniert danach nicht mehr.',
	'manage.deleteConfirm': 'Ja, meine Daten endgültig löschen.',
	'manage.deleteButton': 'Daten löschen',
	'manage.deleted': 'Ihre Daten sind gelöscht.',
	'manage.mustConfirm': 'Bitte setzen Sie das Häkchen zur Bestätigung.',
	'manage.invalid': 'Dieser Link ist ungültig',
	'manage.toEdition': 'Zur Konferenzseite',
	'sector.wissenschaft': 'Wissenschaft',
	'sector.kommunalverwaltung': 'Kommunalverwaltung',
	'sector.politik': 'Politik',
	'sector.freie_wohlfahrtspflege': 'Freie Wohlfahrtspflege',
	'sector.praxis_traeger': 'Praxis/Träger',
	'sector.sonstiges': 'Sonstiges'
} as const;
