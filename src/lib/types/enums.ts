/** Value lists shared by the database schema, validation and the UI. */
export const sessionKinds = [
	'ankommen',
	'begruessung',
	'vortrag',
	'podium',
	'worldcafe',
	'workshop',
	'posterausstellung',
	'pause',
	'abschluss',
	'sonstiges'
] as const;
export type SessionKind = (typeof sessionKinds)[number];

export const partnerRoles = ['veranstalter', 'kooperationspartner'] as const;
export type PartnerRole = (typeof partnerRoles)[number];

export const documentKinds = [
	'dokumentation',
	'programm',
	'tagungsreader',
	'praesentation',
	'poster',
	'ergebnisse',
	'bericht',
	'quelle'
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const sectors = [
	'wissenschaft',
	'kommunalverwaltung',
	'politik',
	'freie_wohlfahrtspflege',
	'praxis_traeger',
	'sonstiges'
] as const;
export type Sector = (typeof sectors)[number];

export const registrationStatuses = [
	'pending',
	'confirmed',
	'waitlisted',
	'cancelled',
	'expired'
] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** The languages of the interface and of mails to participants (German first). */
export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];
