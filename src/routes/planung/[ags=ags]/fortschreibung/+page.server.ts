import { database } from '$lib/server/db';
import { fortschreibung } from '$lib/server/planning';
import { chosenPlan, plannerOf } from '../planner';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { user, ags, municipality } = plannerOf(event);
	const db = database();
	const { plans, plan } = await chosenPlan(db, user, ags, event.url);
	const review = plan ? await fortschreibung(db, plan.id, 'internal') : null;
	return { municipality, plans, plan, review };
};
