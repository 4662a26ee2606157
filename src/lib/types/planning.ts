/** Value lists of the planning cycle (Handlungsprogramm), shared by the schema, the rules and the UI. */

/** Fields of a goal or measure: the six Handlungsfelder plus "übergreifend" (spans several). */
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

/** Leitziel → Handlungsziel → Wirkungsziel: each level's parent is the level before it. */
export const goalLevels = ['leitziel', 'handlungsziel', 'wirkungsziel'] as const;
export type GoalLevel = (typeof goalLevels)[number];

export const planStatuses = ['entwurf', 'beschlossen', 'abgeschlossen'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const measureStatuses = ['geplant', 'laufend', 'abgeschlossen', 'eingestellt'] as const;
export type MeasureStatus = (typeof measureStatuses)[number];

/** absolute = a value to reach; close_gap = close N % of the baseline gap to the municipal value. */
export const targetKinds = ['absolute', 'close_gap'] as const;
export type TargetKind = (typeof targetKinds)[number];
