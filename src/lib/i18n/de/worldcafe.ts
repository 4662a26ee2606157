export const worldcafe = {
	'cafe.itinerary.title': 'Ihr Weg durch das {title}',
	'cafe.itinerary.round': 'Runde {round}',
	'cafe.itinerary.minutes': '{minutes} Minuten',
	'cafe.itinerary.host': 'Gastgeber:in: {name}',
	'cafe.topics.title': 'Wunschthemen für das {title}',
	'cafe.topics.legend': 'Zu welchen Themen möchten Sie am liebsten an einen Tisch?',
	'cafe.topics.save': 'Wunschthemen speichern',
	'cafe.topics.saved': 'Ihre Wunschthemen sind gespeichert.'
};
