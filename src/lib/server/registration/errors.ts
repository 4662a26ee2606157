/** Expected failures of the registration, each with the German message a person can act on. */
export const registrationMessages = {
	anmeldung_nicht_moeglich: 'Für diese Konferenz ist keine Anmeldung über diese Seite möglich.',
	anmeldung_noch_nicht_offen: 'Die Anmeldung ist noch nicht geöffnet.',
	anmeldeschluss: 'Der Anmeldeschluss ist vorbei.',
	konferenz_unbekannt: 'Diese Konferenz gibt es nicht.',
	workshop_unbekannt: 'Dieser Workshop gehört nicht zu dieser Konferenz.',
	workshop_doppelt: 'Bitte wählen Sie als Zweitwunsch einen anderen Workshop als den Erstwunsch.',
	bereits_angemeldet:
		'Mit dieser E-Mail-Adresse besteht schon eine Anmeldung. Wir haben Ihnen Ihren persönlichen Link noch einmal geschickt.',
	link_ungueltig:
		'Dieser Link ist ungültig. Bitte nutzen Sie den Link aus Ihrer letzten E-Mail oder melden Sie sich neu an.',
	bereits_storniert: 'Diese Anmeldung ist bereits storniert.',
	verfallen:
		'Diese Anmeldung ist verfallen, weil sie nicht rechtzeitig bestätigt wurde. Bitte melden Sie sich neu an.',
	ausgelastet:
		'Der Server ist gerade stark ausgelastet. Bitte versuchen Sie es in einem Moment noch einmal.',
	anmeldung_unbekannt: 'Diese Anmeldung gibt es nicht.',
	email_vergeben:
		'Mit dieser E-Mail-Adresse besteht für diese Konferenz schon eine Anmeldung. Bitte suchen Sie sie in der Liste.',
	nicht_auf_warteliste: 'Diese Person steht nicht auf der Warteliste.',
	zu_viele_anfragen:
		'Zu viele Anmeldungen von Ihrem Anschluss in kurzer Zeit. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.'
} as const;

export type RegistrationErrorCode = keyof typeof registrationMessages;

export class RegistrationError extends Error {
	constructor(
		readonly code: RegistrationErrorCode,
		readonly field?: string
	) {
		super(registrationMessages[code]);
		this.name = 'RegistrationError';
	}
}

/** HTTP status for each expected failure (API and form actions). */
export function httpStatusOf(code: RegistrationErrorCode): number {
	switch (code) {
		case 'bereits_angemeldet':
			return 409;
		case 'link_ungueltig':
		case 'konferenz_unbekannt':
		case 'anmeldung_unbekannt':
			return 404;
		case 'zu_viele_anfragen':
			return 429;
		case 'ausgelastet':
			return 503;
		case 'anmeldung_nicht_moeglich':
		case 'anmeldung_noch_nicht_offen':
		case 'anmeldeschluss':
		case 'bereits_storniert':
		case 'verfallen':
		case 'email_vergeben':
		case 'nicht_auf_warteliste':
			return 409;
		default:
			return 422;
	}
}
