/** Back office (Verwaltung), user administration, audit log and the planning area's start page. */
export const admin = {
	'admin.nav': 'Verwaltung',
	'admin.home': 'Übersicht',
	'admin.title': 'Verwaltung',
	'admin.signedInAs': 'Eingeloggt als {name} ({role}).',
	'admin.sections': 'Bereiche',
	'admin.outboxTitle': 'Postausgang',
	'admin.outboxText':
		'Alle E-Mails der Plattform – Bestätigungen, Einladungen, Links zum Zurücksetzen – mit ihrem Versandstatus.',
	'admin.auditTitle': 'Protokoll',
	'admin.auditText':
		'Wer hat wann was geändert: Logins, Anmeldungen zur Konferenz, neue Konten, Rollenwechsel, Passwort-Links.',
	'admin.usersTitle': 'Benutzerverwaltung',
	'admin.usersText':
		'Konten anlegen, Rollen und Kommunen zuweisen, Konten deaktivieren, Links zum Setzen des Passworts senden.',
	'admin.planningTitle': 'Planungsbereich',
	'admin.planningText': 'Der Arbeitsbereich der kommunalen Sozialplanung.',
	'admin.accountTitle': 'Ihr Konto',
	'admin.accountText': 'Passwort ändern, auf allen Geräten ausloggen.',
	'outbox.adminIntro':
		'Ohne SMTP-Server bleiben E-Mails hier als „pending“; mit SMTP zeigt der Status, ob eine E-Mail versendet wurde oder endgültig gescheitert ist.',
	'outbox.status': 'Status',
	'outbox.hidden':
		'Der Text ist verborgen: Er enthält einen persönlichen Link zum Setzen eines Passworts.',
	'outbox.showText': 'Text anzeigen',
	'outbox.lastError': 'Letzter Fehler',
	'audit.title': 'Protokoll',
	'audit.intro':
		'Jede Änderung, die zählt, wird zusammen mit der Änderung selbst protokolliert. Neueste Einträge zuerst.',
	'audit.filter': 'Art der Einträge',
	'audit.filterAll': 'Alle',
	'audit.filterSubmit': 'Anzeigen',
	'audit.when': 'Zeitpunkt',
	'audit.action': 'Vorgang',
	'audit.actor': 'Durch',
	'audit.subject': 'Betrifft',
	'audit.details': 'Einzelheiten',
	'audit.system': 'System',
	'audit.empty': 'Keine Einträge.',
	'audit.summary': '{total} Einträge, Seite {page} von {pages}',
	'audit.pages': 'Seiten',
	'audit.newer': 'Neuere Einträge',
	'audit.older': 'Ältere Einträge',
	'audit.caption': 'Protokolleinträge',
	'users.title': 'Benutzerverwaltung',
	'users.caption': 'Konten',
	'users.name': 'Name',
	'users.email': 'E-Mail-Adresse',
	'users.role': 'Rolle',
	'users.municipality': 'Kommune',
	'users.status': 'Status',
	'users.active': 'aktiv',
	'users.inactive': 'deaktiviert',
	'users.invited': 'Einladung offen',
	'users.demo': 'Demo',
	'users.edit': 'Bearbeiten',
	'users.editLabel': '{name} bearbeiten',
	'users.create': 'Konto anlegen',
	'users.createIntro':
		'Die neue Person erhält eine E-Mail mit einem Link, über den sie ihr Passwort selbst festlegt (72 Stunden gültig). Sie erfahren das Passwort nie.',
	'users.createSubmit': 'Konto anlegen und Einladung senden',
	'users.created': 'Das Konto für {email} ist angelegt; die Einladung ist im Postausgang.',
	'users.chooseRole': 'Rolle wählen',
	'users.noMunicipality': 'keine (nur für Sozialplanung)',
	'users.municipalityHint':
		'Nur für die Rolle Sozialplanung: die Kommune, für die die Person plant.',
	'users.kreis': 'Kreis',
	'users.noKreis': 'keiner (nur für Kreissozialplanung)',
	'users.kreisHint':
		'Nur für die Rolle Kreissozialplanung: der Kreis, dessen Kreisplan und Pläne der kreisangehörigen Kommunen die Person bearbeitet.',
	'users.back': 'Zur Benutzerverwaltung',
	'users.changeRole': 'Rolle ändern',
	'users.saveRole': 'Rolle speichern',
	'users.roleSaved':
		'Die Rolle ist gespeichert. Sie gilt ab der nächsten Seite, die die Person aufruft.',
	'users.passwordLink': 'Passwort-Link',
	'users.passwordLinkIntro':
		'Sendet der Person eine E-Mail mit einem Link, über den sie ein neues Passwort festlegt. Ältere Links werden ungültig.',
	'users.sendLink': 'Link zum Setzen des Passworts senden',
	'users.linkSent': 'Der Link ist an {email} unterwegs (siehe Postausgang).',
	'users.access': 'Zugang',
	'users.deactivateIntro':
		'Ein deaktiviertes Konto kann sich nicht mehr einloggen; laufende Sitzungen enden sofort. Das Protokoll bleibt erhalten.',
	'users.deactivate': 'Konto deaktivieren',
	'users.reactivate': 'Konto wieder aktivieren',
	'users.deactivated': 'Das Konto ist deaktiviert.',
	'users.reactivated': 'Das Konto ist wieder aktiv.',
	'planning.title': 'Planung',
	'planning.municipality': 'Ihre Kommune: {name} (Gemeindeschlüssel {ags})',
	'planning.allMunicipalities':
		'Als Administration sehen Sie den Planungsbereich aller 53 Kommunen der Metropole Ruhr.',
	'planning.intro':
		'Der Planungsbereich ist das Werkzeug der integrierten kommunalen Sozialplanung. Hier arbeiten Sie mit den Daten Ihrer Kommune:',
	'planning.monitoring':
		'Kleinräumiges Sozialmonitoring: Quartiere, Indikatoren zu Armutsrisiken und zur Zusammensetzung der Bevölkerung, Zeitreihen.',
	'planning.indices':
		'Status- und Dynamikindex nach der Methode des Berliner Monitorings Soziale Stadtentwicklung, Gebietstypen.',
	'planning.maps':
		'Karten und Quartiersprofile, mit statistischer Geheimhaltung kleiner Fallzahlen.',
	'planning.measures':
		'Handlungsprogramm: Ziele, Handlungsräume und Maßnahmen in sechs Handlungsfeldern – Wohnen, Bildung, Gesundheit, Arbeit, Kultur, Partizipation – mit Zielwerten auf Indikatoren und ihrer Fortschreibung nach jedem Import.',
	'planning.ownData':
		'Sie sehen und bearbeiten die Daten Ihrer Kommune; die Konferenzverwaltung gehört nicht zu Ihrer Rolle.'
} as const;
