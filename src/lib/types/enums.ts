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
