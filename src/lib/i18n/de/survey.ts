export const survey = {
	'survey.kind.scale': 'Skala von 1 bis 5',
	'survey.kind.single': 'Einfachauswahl',
	'survey.kind.multiple': 'Mehrfachauswahl',
	'survey.kind.text': 'Freitext',
	'survey.scale.1': 'gar nicht',
	'survey.scale.2': 'wenig',
	'survey.scale.3': 'teils, teils',
	'survey.scale.4': 'ziemlich',
	'survey.scale.5': 'voll und ganz',
	// Refusals and form problems.
	'survey.err.kind': 'Bitte wählen Sie die Art der Frage.',
	'survey.err.textRequired': 'Bitte geben Sie den Fragetext an.',
	'survey.err.textLong': 'Der Fragetext darf höchstens 500 Zeichen lang sein.',
	'survey.err.optionsFew': 'Eine Auswahlfrage braucht mindestens zwei Antwortmöglichkeiten.',
	'survey.err.optionsMany': 'Höchstens 12 Antwortmöglichkeiten.',
	'survey.err.optionLong':
		'Jede Antwortmöglichkeit braucht einen deutschen Text von höchstens 200 Zeichen.',
	'survey.err.required': 'Bitte beantworten Sie diese Frage.',
	'survey.err.answerLong': 'Die Antwort darf höchstens 2.000 Zeichen lang sein.',
	'survey.err.invalid': 'Diese Antwort gibt es nicht. Bitte wählen Sie aus den angebotenen.',
	'survey.err.alreadySent':
		'Die Umfrage ist schon verschickt; ihre Fragen lassen sich nicht mehr ändern.',
	'survey.err.noQuestion': 'Diese Frage gibt es nicht (mehr).',
	'survey.err.tooEarly': 'Die Umfrage kann erst ab Beginn der Konferenz verschickt werden.',
	'survey.err.noQuestions': 'Die Umfrage hat noch keine Fragen.',
	'survey.err.nobody': 'Es ist noch niemand eingecheckt: Die Umfrage geht nur an Eingecheckte.',
	'survey.err.notSent': 'Die Umfrage ist noch nicht verschickt.',
	'survey.err.alreadyReminded': 'Die Erinnerung ist schon verschickt; es gibt nur eine.',
	'survey.err.noAnswers': 'Es gibt noch keine Antworten, die sich veröffentlichen ließen.',
	// The back office.
	'bo.surveyOf': 'Umfrage {year}',
	'survey.admin.title': 'Umfrage {year}',
	'survey.admin.intro':
		'Eine kurze Befragung nach der Konferenz. Sie geht nur an Personen, die eingecheckt wurden, mit einer Erinnerung. Die Antworten werden ohne Verbindung zur Anmeldung gespeichert; jede Person kann einmal antworten.',
	'survey.admin.status': 'Stand',
	'survey.admin.notSent': 'Noch nicht verschickt.',
	'survey.admin.sent':
		'Verschickt am {when} an {invited} eingecheckte Personen; {answered} haben geantwortet.',
	'survey.admin.reminded': 'Erinnerung verschickt am {when}.',
	'survey.admin.send': 'An alle Eingecheckten senden',
	'survey.admin.sendHint':
		'Nach dem Versand lassen sich die Fragen nicht mehr ändern. Wer danach eincheckt, erhält keine Einladung.',
	'survey.admin.tooEarly': 'Die Umfrage kann ab Beginn der Konferenz verschickt werden.',
	'survey.admin.remind': 'Erinnerung senden',
	'survey.admin.remindHint':
		'Einmalig: Alle, die noch nicht geantwortet haben, erhalten einen neuen Link.',
	'survey.admin.sentNow': '{count} Einladungen zur Umfrage sind im Postausgang.',
	'survey.admin.remindedNow': '{count} Erinnerungen sind im Postausgang.',
	'survey.admin.publishedNow': 'Die Auswertung ist in der Dokumentation veröffentlicht.',
	'survey.admin.added': 'Die Frage ist hinzugefügt.',
	'survey.admin.questions': 'Fragen',
	'survey.admin.noQuestions': 'Noch keine Fragen.',
	'survey.admin.required': 'Pflichtfrage',
	'survey.admin.delete': 'Frage löschen',
	'survey.admin.addTitle': 'Frage hinzufügen',
	'survey.admin.kind': 'Art der Frage',
	'survey.admin.textDe': 'Fragetext (Deutsch)',
	'survey.admin.textEn': 'Fragetext (Englisch, freiwillig)',
	'survey.admin.options': 'Antwortmöglichkeiten (nur bei Auswahlfragen)',
	'survey.admin.optionsHint':
		'Eine je Zeile; die englische Fassung nach einem senkrechten Strich, z. B. „Sehr gut | Very good“.',
	'survey.admin.requiredLabel': 'Pflichtfrage',
	'survey.admin.add': 'Frage hinzufügen',
	'survey.admin.summary': 'Auswertung',
	'survey.admin.published': 'In der Dokumentation veröffentlicht am {when}.',
	'survey.admin.toArchive': 'Zur Dokumentation',
	'survey.admin.publishHint':
		'Die Auswertung, wie sie jetzt ist, erscheint öffentlich in der Dokumentation der Konferenz. Fragen mit weniger als fünf Antworten bleiben ohne Auswertung.',
	'survey.admin.publish': 'Auswertung veröffentlichen',
	'survey.admin.republish': 'Veröffentlichte Auswertung aktualisieren',
	'survey.admin.withdraw': 'Veröffentlichung zurücknehmen',
	// The summary.
	'survey.summary.responses': '{responses} Antworten von {invited} eingeladenen Personen.',
	'survey.summary.answered': '{count} Antworten auf diese Frage',
	'survey.summary.suppressed':
		'Weniger als {min} Antworten: Zum Schutz der Antwortenden wird diese Frage nicht ausgewertet.',
	'survey.summary.mean': 'Mittelwert: {mean} (1 = gar nicht, 5 = voll und ganz)',
	'survey.summary.asTable': 'Als Tabelle',
	'survey.summary.answer': 'Antwort',
	'survey.summary.count': 'Anzahl',
	'survey.archive.title': 'Ergebnisse der Befragung',
	'survey.archive.intro':
		'Die Teilnehmenden wurden nach der Konferenz anonym befragt. Fragen mit weniger als fünf Antworten werden nicht ausgewertet.',
	// The answer page.
	'survey.page.title': 'Ihre Rückmeldung zur Sozialkonferenz Ruhr {year}',
	'survey.page.intro':
		'Vielen Dank, dass Sie bei „{title}“ dabei waren. Ihre Antworten helfen uns, die nächste Konferenz zu planen.',
	'survey.page.anonymous':
		'Ihre Antworten werden anonym gespeichert: ohne Ihren Namen und ohne Verbindung zu Ihrer Anmeldung. Sie können einmal antworten.',
	'survey.page.required': 'Pflichtfrage',
	'survey.page.problem': 'Bitte prüfen Sie Ihre Antworten',
	'survey.page.submit': 'Antworten senden',
	'survey.page.thanks': 'Vielen Dank! Ihre Antworten sind gespeichert.',
	'survey.page.used':
		'Mit diesem Link wurde schon geantwortet. Jede Person kann die Umfrage einmal beantworten.',
	'survey.page.unknown': 'Diesen Umfrage-Link gibt es nicht (mehr).',
	// The mails.
	'mail.survey.subject': 'Ihre Rückmeldung zur Sozialkonferenz Ruhr {year}',
	'mail.survey.reminderSubject': 'Erinnerung: Ihre Rückmeldung zur Sozialkonferenz Ruhr {year}',
	'mail.survey.body':
		'vielen Dank, dass Sie bei der Sozialkonferenz Ruhr {year} „{title}“ dabei waren. Wir würden gern wissen, wie sie Ihnen gefallen hat. Die Umfrage dauert wenige Minuten:',
	'mail.survey.reminderBody':
		'vor einigen Tagen haben wir Sie um Ihre Rückmeldung zur Sozialkonferenz Ruhr {year} „{title}“ gebeten. Falls Sie noch nicht dazu gekommen sind: Die Umfrage dauert wenige Minuten. Dies ist die einzige Erinnerung.',
	'mail.survey.anonymous':
		'Ihre Antworten werden anonym gespeichert, ohne Verbindung zu Ihrer Anmeldung. Der Link gilt für eine Antwort; bitte geben Sie ihn nicht weiter.',
	'audit.do.survey.question_added': 'Frage zur Umfrage der Konferenz {subject} hinzugefügt',
	'audit.do.survey.question_deleted': 'Frage aus der Umfrage der Konferenz {subject} gelöscht',
	'audit.do.survey.sent': 'Umfrage der Konferenz {subject} an {recipients} Eingecheckte geschickt',
	'audit.do.survey.reminded':
		'Erinnerung an die Umfrage der Konferenz {subject} an {recipients} Personen geschickt',
	'audit.do.survey.published':
		'Auswertung der Umfrage der Konferenz {subject} veröffentlicht ({responses} Antworten)',
	'audit.do.survey.withdrawn':
		'Veröffentlichte Auswertung der Umfrage der Konferenz {subject} zurückgenommen'
} as const;
