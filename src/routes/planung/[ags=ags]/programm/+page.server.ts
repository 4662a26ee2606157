import { redirect } from '@sveltejs/kit';
import { mayPlanFor } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { NO_ROW, rowIdFrom } from '$lib/server/fields';
import {
	GoalInput,
	HandlungsraumInput,
	PlanInput,
	TargetChange,
	TargetInput,
	attentionAreaCodes,
	carryOverHandlungsraum,
	createPlan,
	createTarget,
	deleteGoal,
	deleteHandlungsraum,
	deleteTarget,
	formObject,
	parsePlanningInput,
	planningFailure,
	programmePage,
	saveGoal,
	saveHandlungsraum,
	scopeAreas,
	areaPickerMap,
	takeOverAttentionAreas,
	targetIndicators,
	updatePlan,
	updateTarget
} from '$lib/server/planning';
import { chosenPlan, plannerOf, postedPlanId } from '../planner';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, ags, municipality } = plannerOf(event);
	const db = database();
	const { plans, plan } = await chosenPlan(db, user, ags, event.url);
	const kreis =
		!municipality.kreisfrei && mayPlanFor(user, { kind: 'kreis', kreisAgs: municipality.kreisAgs })
			? { kreisAgs: municipality.kreisAgs, name: municipality.kreis }
			: null;
	if (!plan) return { municipality, kreis, plans, plan: null };
	const scope =
		plan.scope.kind === 'gemeinde'
			? { ags: plan.scope.ags, kreisAgs: null }
			: { ags: null, kreisAgs: plan.scope.kreisAgs };
	const [page, areas, areaMap, attention, indicators] = await Promise.all([
		programmePage(db, plan.id, 'internal'),
		scopeAreas(db, scope),
		areaPickerMap(db, scope),
		attentionAreaCodes(db, ags),
		targetIndicators(db, plan.scope.kind === 'gemeinde' ? plan.scope.ags : null)
	]);
	return {
		municipality,
		kreis,
		plans,
		plan,
		page,
		areas,
		areaMap,
		attentionCodes: attention?.codes ?? [],
		indicators
	};
};

/** Guard, then the posted form; a refusal is the form's answer in the page's language. */
async function act(
	event: RequestEvent,
	form: string,
	work: (ctx: {
		user: ReturnType<typeof plannerOf>['user'];
		ags: string;
		kreisAgs: string;
		planId: number;
		data: FormData;
		values: Record<string, unknown>;
	}) => Promise<unknown>,
	lists: readonly string[] = []
) {
	const { user, ags, municipality } = plannerOf(event);
	const data = await event.request.formData();
	const values = formObject(data, lists);
	try {
		await work({
			user,
			ags,
			kreisAgs: municipality.kreisAgs,
			planId: postedPlanId(data),
			data,
			values
		});
	} catch (error) {
		return planningFailure(error, event.locals.locale, form, values);
	}
	return { form, done: true };
}

const now = () => new Date();
/** A posted id; one that names no row (too large, not a number) is `NO_ROW`, "not found". */
const idOf = (data: FormData, name: string) => rowIdFrom(data.get(name)) ?? NO_ROW;

export const actions: Actions = {
	createPlan: async (event) => {
		let created = 0;
		const answer = await act(event, 'newPlan', async ({ user, ags, kreisAgs, values }) => {
			const scope =
				values.scope === 'kreis'
					? { kind: 'kreis' as const, kreisAgs }
					: { kind: 'gemeinde' as const, ags };
			created = (
				await createPlan(database(), user, scope, parsePlanningInput(PlanInput, values), now())
			).id;
		});
		if (created) redirect(303, `?plan=${created}`);
		return answer;
	},
	updatePlan: async (event) =>
		act(event, 'plan', ({ user, planId, values }) =>
			updatePlan(database(), user, planId, parsePlanningInput(PlanInput, values), now())
		),
	saveRaum: async (event) =>
		act(
			event,
			'raum',
			({ user, planId, data, values }) =>
				saveHandlungsraum(
					database(),
					user,
					planId,
					{ ...parsePlanningInput(HandlungsraumInput, values), id: idOf(data, 'id') || null },
					now()
				),
			['areaIds']
		),
	deleteRaum: async (event) =>
		act(event, 'raum', ({ user, planId, data }) =>
			deleteHandlungsraum(database(), user, planId, idOf(data, 'id'), now())
		),
	carryOverRaum: async (event) =>
		act(event, 'raum', ({ user, planId, data }) =>
			carryOverHandlungsraum(database(), user, planId, idOf(data, 'id'), now())
		),
	attention: async (event) =>
		act(event, 'attention', ({ user, planId, ags }) =>
			takeOverAttentionAreas(database(), user, planId, { ags }, now())
		),
	saveGoal: async (event) =>
		act(
			event,
			'goal',
			({ user, planId, data, values }) =>
				saveGoal(
					database(),
					user,
					planId,
					{ ...parsePlanningInput(GoalInput, values), id: idOf(data, 'id') || null },
					now()
				),
			['fields']
		),
	deleteGoal: async (event) =>
		act(event, 'goal', ({ user, planId, data }) =>
			deleteGoal(database(), user, planId, idOf(data, 'id'), now())
		),
	createTarget: async (event) =>
		act(event, 'target', ({ user, planId, values }) =>
			createTarget(database(), user, planId, parsePlanningInput(TargetInput, values), now())
		),
	updateTarget: async (event) =>
		act(event, 'target', ({ user, planId, data, values }) =>
			updateTarget(
				database(),
				user,
				planId,
				idOf(data, 'id'),
				parsePlanningInput(TargetChange, values),
				now()
			)
		),
	deleteTarget: async (event) =>
		act(event, 'target', ({ user, planId, data }) =>
			deleteTarget(database(), user, planId, idOf(data, 'id'), now())
		)
};
