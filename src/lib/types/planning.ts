/** Value lists of the Handlungsprogramm, shared by the database schema, the rules and the UI. */

/** Fields of a goal or measure: the six Handlungsfelder plus "übergreifend". */
export const planningFields = [
	'wohnen',
	'bildung',
	'gesundheit',
	'arbeit',
	'kultur',
	'partizipation',
	'uebergreifend'
] as const;
export type PlanningField = (typeof planningFields)[number];

export const goalLevels = ['leitziel', 'handlungsziel', 'wirkungsziel'] as const;
export type GoalLevel = (typeof goalLevels)[number];

export const planStatuses = ['entwurf', 'beschlossen', 'abgeschlossen'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const measureStatuses = ['geplant', 'laufend', 'abgeschlossen', 'eingestellt'] as const;
export type MeasureStatus = (typeof measureStatuses)[number];

export const targetKinds = ['absolute', 'close_gap'] as const;
export type TargetKind = (typeof targetKinds)[number];
