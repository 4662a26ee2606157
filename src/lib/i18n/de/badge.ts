export const badge = {
	'badge.title': 'Ihr Tag auf der Konferenz',
	'badge.intro':
		'Diese Seite öffnet der QR-Code auf Ihrem Namensschild. Sie zeigt Ihren Workshop und Ihre Tische im World Café.',
	'badge.name': 'Name',
	'badge.organisation': 'Organisation',
	'badge.workshop': 'Workshop',
	'badge.noWorkshop': 'kein Workshop',
	'badge.arrived': 'Angekommen',
	'badge.arrivedAt': 'eingecheckt um {time} Uhr',
	'badge.notArrived': 'noch nicht eingecheckt',
	'badge.noTables': 'Ihre Tische im World Café stehen noch nicht fest.',
	'badge.programme': 'Zum Programm',
	'badge.unknown':
		'Zu diesem Namensschild gibt es keine gültige Anmeldung (mehr). Bitte wenden Sie sich an den Empfang.'
} as const;
