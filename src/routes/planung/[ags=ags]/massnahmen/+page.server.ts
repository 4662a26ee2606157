import { database } from '$lib/server/db';
import { NO_ROW, rowIdFrom, searchText } from '$lib/server/fields';
import {
	harvestedIdeas,
	measureList,
	plannerMeasureMap,
	planningFailure,
	proposeMeasureFromIdea,
	type MeasureFilter
} from '$lib/server/planning';
import { translator } from '$lib/i18n';
import { plural } from '$lib/components/practice/format';
import { measureStatuses, planningFields } from '$lib/types/planning';
import { chosenPlan, plannerOf, postedPlanId } from '../planner';
import type { Actions, PageServerLoad } from './$types';

/** The filter of the GET form; unknown or empty values are no filter. */
function filterOf(params: URLSearchParams): MeasureFilter {
	const oneOf = <T extends string>(list: readonly T[], value: string | null) =>
		list.find((x) => x === value);
	const id = (name: string) => rowIdFrom(params.get(name)) ?? undefined;
	const type = params.get('areaType');
	return {
		field: oneOf(planningFields, params.get('field')),
		status: oneOf(measureStatuses, params.get('status')),
		organisationId: id('organisationId'),
		handlungsraumId: id('handlungsraumId'),
		areaType: type && /^\d{1,2}$/.test(type) ? Number(type) : undefined,
		q: searchText(params.get('q'), 200).query ?? undefined
	};
}

export const load: PageServerLoad = async (event) => {
	const { user, ags, municipality } = plannerOf(event);
	const db = database();
	const { plans, plan } = await chosenPlan(db, user, ags, event.url);
	const filter = filterOf(event.url.searchParams);
	const list = plan ? await measureList(db, plan.id, filter, 'internal') : null;
	const t = translator(event.locals.locale);
	const map = list
		? await plannerMeasureMap(db, ags, list.measures, {
				title: t('practice.mapTitle'),
				withMeasures: (n) => plural(t, 'practice.withMeasures', n, event.locals.locale),
				withMeasuresLegend: t('practice.withMeasuresLegend'),
				without: t('practice.without')
			})
		: null;
	const ideas = plan ? await harvestedIdeas(db, plan.id) : [];
	return { municipality, plans, plan, filter, list, map, ideas };
};

export const actions: Actions = {
	/** A harvested World Café idea as a measure proposal of the posted plan: one domain call. */
	propose: async (event) => {
		const { user } = plannerOf(event);
		const data = await event.request.formData();
		const planId = postedPlanId(data);
		const ideaId = rowIdFrom(data.get('ideaId')) ?? NO_ROW;
		try {
			const { id } = await proposeMeasureFromIdea(database(), user, planId, ideaId, new Date());
			return { form: 'idea', ideaId, measureId: id, planId };
		} catch (e) {
			return planningFailure(e, event.locals.locale, 'idea', {
				ideaId: String(data.get('ideaId'))
			});
		}
	}
};
