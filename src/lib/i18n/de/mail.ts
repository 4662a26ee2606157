export const mail = {
	'outbox.title': 'Postausgang (Entwicklung)',
	'outbox.intro':
		'Ohne SMTP-Server bleiben E-Mails im Postausgang. Diese Seite zeigt sie zum Ausprobieren; im Betrieb ist sie abgeschaltet.',
	'outbox.empty': 'Der Postausgang ist leer.',
	'outbox.to': 'An'
} as const;
