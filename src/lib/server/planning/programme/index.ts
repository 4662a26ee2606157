/**
 * Read models of the Handlungsprogramm: everything a page or the API shows, gathered in a few
 * queries and evaluated with the pure rules (aggregate → targets → comparison). Two views:
 * `internal` for whoever may plan for the scope (the caller guards with `requirePlanScope`),
 * `public` for everyone — published monitoring data only, every figure under disclosure control,
 * public measures only, draft plans not at all.
 *
 * Wording: the Fortschreibung shows how indicators developed ("Entwicklung"), never an effect.
 */
export type { View } from '../values';
export { targetIndicators, type TargetIndicator } from './choices';
export {
	fortschreibung,
	measureDetail,
	measureList,
	programmePage,
	type Fortschreibung,
	type MeasureFilter,
	type MeasureList
} from './pages';
export { kreisPlans, planById, plansFor } from './plans';
export { publicProgramme, type PublicProgramme } from './public';
export type {
	AreaRef,
	GoalView,
	HandlungsraumView,
	MeasureView,
	OrganisationRef,
	OutputView,
	PlanSummary,
	ProgrammePage,
	TargetView
} from './shapes';
