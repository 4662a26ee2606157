import type { badge as de } from '../de/badge';

export const badge: Record<keyof typeof de, string> = {
	'badge.title': 'Your day at the conference',
	'badge.intro':
		'The QR code on your name badge opens this page. It shows your workshop and your World Café tables.',
	'badge.name': 'Name',
	'badge.organisation': 'Organisation',
	'badge.workshop': 'Workshop',
	'badge.noWorkshop': 'no workshop',
	'badge.arrived': 'Arrival',
	'badge.arrivedAt': 'checked in at {time}',
	'badge.notArrived': 'not checked in yet',
	'badge.noTables': 'Your World Café tables have not been assigned yet.',
	'badge.programme': 'Programme',
	'badge.unknown':
		'There is no (longer a) valid registration for this badge. Please ask at the reception desk.'
};
