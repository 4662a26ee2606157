import type { worldcafe as de } from '../de/worldcafe';

export const worldcafe: Record<keyof typeof de, string> = {
	'cafe.itinerary.title': 'Your way through the {title}',
	'cafe.itinerary.round': 'Round {round}',
	'cafe.itinerary.minutes': '{minutes} minutes',
	'cafe.itinerary.host': 'Host: {name}',
	'cafe.topics.title': 'Preferred topics for the {title}',
	'cafe.topics.legend': 'Which topics would you most like to discuss at a table?',
	'cafe.topics.save': 'Save preferred topics',
	'cafe.topics.saved': 'Your preferred topics are saved.'
};
