/**
 * Every change to a Handlungsprogramm, each shaped the same way: parse the input (bad input is
 * refused before anything is opened) → guard (may this account plan for the plan's scope?) →
 * lock (one advisory lock per municipality or Kreis, so two saves of the same plan never
 * interleave) → one transaction with the change and its audit entry (`plan.created`,
 * `target.created`, …). Nothing is written when any check fails.
 */
export { deleteGoal, saveGoal } from './goals';
export { scopeOf, type PlanningActor } from './guard';
export { deleteMeasure, saveMeasure } from './measures';
export { saveOrganisation, searchOrganisations } from './organisations';
export { createPlan, updatePlan } from './plans';
export { MEASURE_TITLE_MAX, proposeMeasureFromIdea, titleFromIdea } from './proposals';
export {
	attentionAreaCodes,
	carryOverHandlungsraum,
	deleteHandlungsraum,
	saveHandlungsraum,
	takeOverAttentionAreas
} from './raeume';
export { createTarget, deleteTarget, updateTarget } from './targets';
