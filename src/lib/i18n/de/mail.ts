export const mail = {
	'outbox.title': 'Postausgang (Entwicklung)',
	'outbox.intro':
		'Ohne SMTP-Server bleiben E-Mails im Postausgang. Diese Seite zeigt sie zum Ausprobieren; im Betrieb ist sie abgeschaltet.',
	'outbox.empty': 'Der Postausgang ist leer.',
	'outbox.to': 'An',
	// Mails to participants, in the language they registered in. `{…}` are names, dates or links.
	'mail.greeting': 'Guten Tag {name},',
	'mail.signature':
		'Mit freundlichen Grüßen\nIhr Team der Sozialkonferenz Ruhr\nRegionalverband Ruhr',
	'mail.event': 'Sozialkonferenz Ruhr {year}: {title}',
	// Mails to staff accounts, in the account's language (or the page's, for a reset).
	'mail.account.inviteSubject': 'Ihr Konto bei der Sozialkonferenz Ruhr',
	'mail.account.inviteIntro':
		'für Sie wurde ein Konto auf der Plattform der Sozialkonferenz Ruhr angelegt (Login: {email}). Bitte legen Sie über diesen Link Ihr Passwort fest:',
	'mail.account.inviteValidity':
		'Der Link gilt 72 Stunden und kann nur einmal benutzt werden. Danach loggen Sie sich unter „Login“ (unten auf jeder Seite) mit Ihrer E-Mail-Adresse und dem neuen Passwort ein.',
	'mail.account.resetSubject': 'Passwort zurücksetzen – Sozialkonferenz Ruhr',
	'mail.account.resetIntro':
		'für Ihr Konto auf der Plattform der Sozialkonferenz Ruhr wurde ein neues Passwort angefordert. Über diesen Link legen Sie es fest:',
	'mail.account.resetValidity':
		'Der Link gilt eine Stunde und kann nur einmal benutzt werden. Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren; Ihr bisheriges Passwort bleibt gültig.',
	'mail.dateFollows': 'Datum folgt',
	'mail.dayAndTimes': '{day}, {start}–{end} Uhr',
	'mail.dayAndTime': '{day}, {time} Uhr',
	'mail.details': 'Ihre Angaben:',
	'mail.detail.name': 'Name: {value}',
	'mail.detail.email': 'E-Mail: {value}',
	'mail.detail.organisation': 'Organisation: {value}',
	'mail.detail.jobTitle': 'Funktion: {value}',
	'mail.detail.sector': 'Bereich: {value}',
	'mail.detail.municipality': 'Kommune: {value}',
	'mail.detail.workshop': 'Workshop: {value}',
	'mail.detail.workshopWaitlist': 'Warteliste für den Workshop: {value}',
	'mail.detail.access': 'Barrierefreiheit: {value}',
	'mail.detail.dietary': 'Verpflegung: {value}',
	'mail.need.stepFree': 'stufenloser Zugang',
	'mail.need.signLanguage': 'Gebärdensprachdolmetschung',
	'mail.need.inductionLoop': 'Induktionsschleife',
	'mail.confirmRequest.subject':
		'Bitte bestätigen Sie Ihre Anmeldung – Sozialkonferenz Ruhr {year}',
	'mail.confirmRequest.seat': 'vielen Dank für Ihre Anmeldung. Ihr Platz ist für Sie reserviert.',
	'mail.confirmRequest.waitlist':
		'vielen Dank für Ihre Anmeldung. Die Konferenz ist ausgebucht. Sie stehen auf Platz {position} der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach und erhalten eine E-Mail.',
	'mail.confirmRequest.confirm':
		'Bitte bestätigen Sie Ihre E-Mail-Adresse bis {deadline} über diesen Link; sonst verfällt die Anmeldung:\n{link}',
	'mail.confirmRequest.linkUse':
		'Über denselben persönlichen Link können Sie Ihre Anmeldung jederzeit ansehen, Workshop und Hinweise ändern, absagen oder Ihre Daten herunterladen und löschen. Bitte geben Sie ihn nicht weiter.',
	'mail.linkAgain.subject': 'Ihr persönlicher Link – Sozialkonferenz Ruhr {year}',
	'mail.linkAgain.body':
		'mit dieser E-Mail-Adresse wurde noch einmal eine Anmeldung abgeschickt. Sie sind bereits angemeldet; Ihre bestehende Anmeldung gilt weiter, eine zweite wurde nicht angelegt. Waren Sie das nicht, können Sie diese E-Mail ignorieren.',
	'mail.linkAgain.link': 'Hier ist Ihr persönlicher Link:\n{link}',
	'mail.linkAgain.confirm':
		'Bitte bestätigen Sie Ihre E-Mail-Adresse bis {deadline} über diesen Link; sonst verfällt die Anmeldung.',
	'mail.promoted.subject': 'Ein Platz ist frei geworden – Sozialkonferenz Ruhr {year}',
	'mail.promoted.body':
		'gute Nachricht: Ein Platz ist frei geworden, und Sie sind von der Warteliste nachgerückt.',
	'mail.promoted.confirm':
		'Bitte bestätigen Sie noch Ihre E-Mail-Adresse bis {deadline} über den Link aus Ihrer ersten E-Mail; sonst verfällt der Platz.',
	'mail.promoted.binding': 'Ihre Anmeldung ist damit verbindlich.',
	'mail.promoted.workshop': 'Ihr Workshop: {workshop}',
	'mail.workshopPromoted.subject': 'Workshopplatz frei geworden – Sozialkonferenz Ruhr {year}',
	'mail.workshopPromoted.body':
		'im Workshop „{workshop}“ ist ein Platz frei geworden; er ist jetzt für Sie reserviert.',
	'mail.confirmed.subject': 'Anmeldung bestätigt – Sozialkonferenz Ruhr {year}',
	'mail.confirmed.body': 'Ihre Anmeldung ist bestätigt. Wir freuen uns auf Sie.',
	'mail.confirmed.waitlist':
		'Ihre E-Mail-Adresse ist bestätigt. Sie stehen auf Platz {position} der Warteliste.',
	'mail.confirmed.link':
		'Über Ihren persönlichen Link können Sie Ihre Anmeldung jederzeit ansehen, Ihre Angaben ändern oder absagen. Bitte geben Sie ihn nicht weiter:\n{link}',
	'mail.changed.subject': 'Anmeldung geändert – Sozialkonferenz Ruhr {year}',
	'mail.changed.body': 'Ihre Änderungen sind gespeichert.',
	'mail.cancelled.subject': 'Abmeldung bestätigt – Sozialkonferenz Ruhr {year}',
	'mail.cancelled.body':
		'Sie haben sich von der Sozialkonferenz Ruhr abgemeldet. Ihr Platz wird an die Warteliste weitergegeben.',
	'mail.expired.subject': 'Anmeldung verfallen – Sozialkonferenz Ruhr {year}',
	'mail.expired.body':
		'Ihre Anmeldung wurde nicht rechtzeitig bestätigt und ist deshalb verfallen.',
	'mail.registerAgain': 'Sie können sich bis zum Anmeldeschluss erneut anmelden: {link}',
	'mail.vote.subject': 'Ihre Stimmen für die Ideen des World Cafés „{title}“',
	'mail.vote.body':
		'die Tische des World Cafés „{title}“ haben ihre Ideen gesammelt. Sie können {votes} Stimmen an die Ideen vergeben, die Ihnen am wichtigsten sind:',
	'mail.vote.personal': 'Der Link ist persönlich; bitte geben Sie ihn nicht weiter.',
	// The ready reminder: a template the organisers may edit; {vorname} and {nachname} stay.
	'mail.reminder.subject': 'Erinnerung: Sozialkonferenz Ruhr {year} in einer Woche',
	'mail.reminder.greeting': 'Guten Tag {vorname} {nachname},',
	'mail.reminder.beginsAt':
		'in einer Woche ist es so weit: Die Sozialkonferenz Ruhr {year} „{title}“ beginnt am {day} um {time} Uhr.',
	'mail.reminder.beginsOn':
		'in einer Woche ist es so weit: Die Sozialkonferenz Ruhr {year} „{title}“ beginnt am {day}.',
	'mail.reminder.beginsSoon':
		'in einer Woche ist es so weit: Die Sozialkonferenz Ruhr {year} „{title}“ beginnt.',
	'mail.reminder.venue': 'Ort: {venue}',
	'mail.reminder.badge':
		'Bitte bringen Sie Ihr Namensschild nicht mit – Sie erhalten es am Empfang. Wenn Sie nicht teilnehmen können, sagen Sie bitte über den Link in Ihrer Bestätigung ab, damit Ihr Platz an die Warteliste geht.',
	'mail.reminder.closing': 'Wir freuen uns auf Sie!\nIhr Organisationsteam der Sozialkonferenz Ruhr'
} as const;
