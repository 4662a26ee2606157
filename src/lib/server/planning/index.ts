/**
 * The Handlungsprogramm (planning cycle): plans of a municipality or a Kreis, Handlungsräume,
 * the goal tree, targets on indicators with a frozen baseline, measures with their Träger — and
 * the Fortschreibung after every import. What routes may import; the rest is internal.
 */
export {
	createPlan,
	updatePlan,
	saveHandlungsraum,
	deleteHandlungsraum,
	carryOverHandlungsraum,
	takeOverAttentionAreas,
	attentionAreaCodes,
	saveGoal,
	deleteGoal,
	createTarget,
	updateTarget,
	deleteTarget,
	saveMeasure,
	deleteMeasure,
	proposeMeasureFromIdea,
	saveOrganisation,
	searchOrganisations,
	scopeOf,
	type PlanningActor
} from './store';
export {
	programmePage,
	fortschreibung,
	measureList,
	measureDetail,
	publicProgramme,
	plansFor,
	kreisPlans,
	planById,
	targetIndicators,
	type TargetIndicator,
	type View,
	type PlanSummary,
	type ProgrammePage,
	type Fortschreibung,
	type MeasureList,
	type MeasureFilter,
	type MeasureView,
	type TargetView,
	type GoalView,
	type HandlungsraumView,
	type OrganisationRef,
	type OutputView,
	type AreaRef,
	type PublicProgramme
} from './programme';
export {
	ideasTakenUp,
	publicTakeUps,
	takeUpMarks,
	harvestedIdeas,
	type TakenUp,
	type HarvestedIdea
} from './proposals';
export { scopeAreas, scopeMunicipalities, type ScopeArea } from './values';
export { areaPickerMap, type AreaPickerMap } from './area-map';
export {
	PlanningError,
	planningErrorCodes,
	planningErrorKey,
	planningHttpStatus,
	isPlanningErrorCode,
	type PlanningErrorCode
} from './errors';
export {
	PlanInput,
	HandlungsraumInput,
	GoalInput,
	TargetInput,
	TargetChange,
	MeasureInput,
	OrganisationInput,
	type Plan,
	type Handlungsraum,
	type Goal,
	type Target,
	type Measure,
	type Organisation
} from './model';
export { planningCsv, planningXlsx, measuresGeoJson, programmeApiBody } from './exports';
export { seedPlanningDemo, DEMO_PLAN_AGS } from './demo';
export {
	searchPractice,
	measuresInArea,
	measuresInAreasLikeMine,
	likeMineChoices,
	practiceOverview,
	atlasMeasures,
	publicMeasuresGeoJson,
	plannerMeasureMap,
	PRACTICE_PAGE_SIZE,
	type PracticeItem,
	type PracticePage,
	type AreasLikeMine,
	type AtlasMeasures,
	type PracticeOverview
} from './practice';
export { formObject, measureFormInput, parsePlanningInput, planningFailure } from './forms';
