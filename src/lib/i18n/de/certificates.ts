export const certificates = {
	// The PDF.
	'cert.series': 'Sozialkonferenz Ruhr',
	'cert.title': 'Teilnahmebescheinigung',
	'cert.confirms': 'Hiermit wird bestätigt, dass',
	'cert.attended': 'an der {ordinal}Sozialkonferenz Ruhr {year} „{title}“ teilgenommen hat.',
	'cert.date': 'Datum',
	'cert.time': 'Zeit',
	'cert.timeValue': '{from} bis {to} Uhr',
	'cert.place': 'Ort',
	'cert.hours': 'Umfang',
	'cert.hoursValue': '{hours} Zeitstunden',
	'cert.workshop': 'Workshop',
	'cert.workshops': 'Workshops',
	'cert.noWorkshop': 'kein Workshop',
	'cert.issuedBy': 'Für die Veranstalter',
	'cert.signature': 'Team der Sozialkonferenz Ruhr',
	'cert.noSignatureNeeded':
		'Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig. Ihre Echtheit lässt sich mit dem Prüfcode unten bestätigen.',
	'cert.verify': 'Echtheit prüfen – Prüfcode:',
	// The personal page.
	'cert.personal.title': 'Teilnahmebescheinigung',
	'cert.personal.download': 'Teilnahmebescheinigung herunterladen (PDF)',
	'cert.personal.ready':
		'Sie waren bei der Konferenz eingecheckt. Ihre Bescheinigung nennt Datum, Ort, Ihren Workshop und den Umfang in Stunden.',
	'cert.personal.afterEvent':
		'Nach der Konferenz können Sie hier Ihre Teilnahmebescheinigung herunterladen.',
	'cert.personal.notCheckedIn':
		'Eine Teilnahmebescheinigung erhalten alle, die am Konferenztag eingecheckt wurden. Für Ihre Anmeldung ist kein Check-in verzeichnet.',
	'cert.refused.not_checked_in':
		'Für diese Anmeldung ist kein Check-in verzeichnet; eine Teilnahmebescheinigung gibt es nur für Personen, die da waren.',
	'cert.refused.not_over': 'Die Teilnahmebescheinigung gibt es nach dem Ende der Konferenz.',
	'cert.refused.no_seat': 'Zu dieser Anmeldung gibt es keine Teilnahmebescheinigung.',
	// The public verification page.
	'cert.check.title': 'Teilnahmebescheinigung prüfen',
	'cert.check.genuine': 'Diese Teilnahmebescheinigung ist echt.',
	'cert.check.name': 'Name',
	'cert.check.nameDeleted':
		'gelöscht (die persönlichen Daten wurden nach Ablauf der Aufbewahrungsfrist gelöscht)',
	'cert.check.edition': 'Veranstaltung',
	'cert.check.editionValue': 'Sozialkonferenz Ruhr {year}: {title}',
	'cert.check.date': 'Datum',
	'cert.check.scope':
		'Diese Seite bestätigt nur Name, Veranstaltung und Datum. Weitere Angaben der Bescheinigung gibt sie nicht heraus.',
	'cert.check.unknown':
		'Zu diesem Prüfcode gibt es keine Teilnahmebescheinigung. Bitte prüfen Sie die Schreibweise.',
	// The back office.
	'bo.cert.title': 'Teilnahmebescheinigungen {year}',
	'bo.cert.intro':
		'Alle, die am Konferenztag eingecheckt wurden, erhalten nach der Konferenz eine Teilnahmebescheinigung mit Prüfcode. Sie laden sie über ihren persönlichen Link herunter.',
	'bo.cert.notOver': 'Die Konferenz ist noch nicht zu Ende: Bescheinigungen gibt es erst danach.',
	'bo.cert.counts':
		'{checkedIn} Personen eingecheckt, {issued} Bescheinigungen ausgestellt, {mailed} per E-Mail verschickt.',
	'bo.cert.allPdf': 'Alle Bescheinigungen als ein PDF',
	'bo.cert.mail': 'Links per E-Mail senden',
	'bo.cert.mailHint':
		'Jede eingecheckte Person, der noch kein Link geschickt wurde, erhält eine E-Mail mit dem Link zu ihrer Bescheinigung.',
	'bo.cert.mailed': '{count} E-Mails mit dem Link zur Bescheinigung sind im Postausgang.',
	'bo.certificatesOf': 'Bescheinigungen {year}',
	// The mail.
	'mail.certificate.subject': 'Ihre Teilnahmebescheinigung: Sozialkonferenz Ruhr {year}',
	'mail.certificate.body':
		'vielen Dank für Ihre Teilnahme an der Sozialkonferenz Ruhr {year} „{title}“. Ihre Teilnahmebescheinigung (PDF) finden Sie unter diesem Link:',
	'mail.certificate.page':
		'Der Link ist persönlich; bitte geben Sie ihn nicht weiter. Ihre Anmeldung sehen Sie hier:',
	'audit.do.certificate.links_mailed':
		'Links zur Teilnahmebescheinigung an {recipients} Personen der Konferenz {subject} geschickt'
} as const;
