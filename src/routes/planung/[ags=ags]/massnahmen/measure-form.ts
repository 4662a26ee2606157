import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { rowIdFrom } from '$lib/server/fields';
import { organisationKinds } from '$lib/server/db/schema';
import {
	MeasureInput,
	OrganisationInput,
	deleteMeasure,
	formObject,
	measureDetail,
	measureFormInput,
	parsePlanningInput,
	planningFailure,
	programmePage,
	saveMeasure,
	saveOrganisation,
	searchOrganisations
} from '$lib/server/planning';
import { translator, type MessageKey } from '$lib/i18n';
import { chosenPlan, plannerOf, postedPlanId } from '../planner';

type Event = RequestEvent<{ ags: string; id?: string }>;

/** A 404 in the reader's language. */
function notFound(event: Event, key: MessageKey): never {
	error(404, translator(event.locals.locale)(key));
}

/** The measure of an edit page (after the guard), null on the "new" page. */
function measureIdOf(event: Event): number | null {
	if (event.params.id === undefined) return null;
	const id = rowIdFrom(event.params.id);
	if (id === null) notFound(event, 'programme.err.massnahme_unbekannt');
	return id;
}

/** What the measure form offers: the plan's goals and Handlungsräume, the organisation directory. */
export async function loadMeasureForm(event: Event) {
	const { user, ags, municipality } = plannerOf(event);
	const measureId = measureIdOf(event);
	const db = database();
	const chosen = await chosenPlan(db, user, ags, event.url);
	let plan = chosen.plan;
	let measure = null;
	if (measureId) {
		// A link without ?plan= still finds the measure in the plan it belongs to.
		const order = [...(plan ? [plan] : []), ...chosen.plans.filter((p) => p.id !== plan?.id)];
		for (const candidate of order) {
			measure = await measureDetail(db, candidate.id, measureId, 'internal');
			if (measure) {
				plan = candidate;
				break;
			}
		}
		if (!measure) notFound(event, 'programme.err.massnahme_unbekannt');
	}
	if (!plan) return { municipality, plan: null };
	const page = await programmePage(db, plan.id, 'internal');
	if (!page) notFound(event, 'programme.err.plan_unbekannt');
	const organisations = await searchOrganisations(db, {
		agsList: page.municipalities.map((m) => m.ags),
		limit: 1000
	});
	const flat = (
		nodes: typeof page.goalTree,
		depth = 0
	): { id: number; title: string; level: string; depth: number }[] =>
		nodes.flatMap((n) => [
			{ id: n.id, title: n.title, level: n.level, depth },
			...flat(n.children, depth + 1)
		]);
	return {
		municipality,
		plan,
		measure,
		goals: flat(page.goalTree),
		handlungsraeume: page.handlungsraeume.map((r) => ({ id: r.id, name: r.name })),
		organisations: organisations.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
		organisationKinds
	};
}

/** Save (create or edit) a measure: guard, the domain's input, one domain call. */
export async function saveMeasureAction(event: Event) {
	const { user, ags } = plannerOf(event);
	const measureId = measureIdOf(event);
	const data = await event.request.formData();
	const planId = postedPlanId(data);
	const values = measureFormInput(data);
	let id = 0;
	try {
		const input = parsePlanningInput(MeasureInput, values);
		id = (await saveMeasure(database(), user, planId, { ...input, id: measureId }, new Date())).id;
	} catch (e) {
		return planningFailure(e, event.locals.locale, 'measure', values);
	}
	redirect(303, `/planung/${ags}/massnahmen/${id}?plan=${planId}&gespeichert=1`);
}

export async function deleteMeasureAction(event: Event) {
	const { user, ags } = plannerOf(event);
	const measureId = measureIdOf(event) ?? 0;
	const data = await event.request.formData();
	const planId = postedPlanId(data);
	try {
		await deleteMeasure(database(), user, planId, measureId, new Date());
	} catch (e) {
		return planningFailure(e, event.locals.locale, 'delete');
	}
	redirect(303, `/planung/${ags}/massnahmen?plan=${planId}`);
}

/** A new organisation of this municipality in the directory. */
export async function organisationAction(event: Event) {
	const { user, ags } = plannerOf(event);
	const data = await event.request.formData();
	const values = { ...formObject(data), municipalityAgs: ags };
	try {
		const input = parsePlanningInput(OrganisationInput, values);
		await saveOrganisation(database(), user, input, new Date());
	} catch (e) {
		return planningFailure(e, event.locals.locale, 'organisation', values);
	}
	return { form: 'organisation', done: true };
}
