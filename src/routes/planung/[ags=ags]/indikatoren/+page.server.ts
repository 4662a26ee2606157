import { fail } from '@sveltejs/kit';
import { requireMunicipality, requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { formValues } from '$lib/server/forms';
import {
	createLocalIndicator,
	deleteLocalIndicator,
	listLocalIndicators,
	LOCAL_INDICATOR_FIELDS,
	updateLocalIndicator,
	type LocalIndicatorProblem
} from '$lib/server/monitoring';
import { monitoringFailure } from '$lib/server/monitoring/respond';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'planner');
	const ags = requireMunicipality(user, event.params.ags);
	const list = await listLocalIndicators(database(), ags);
	return {
		ags,
		indicators: list.map((i) => ({
			key: i.key,
			shortKey: i.shortKey,
			name: i.name,
			nameEn: i.nameEn,
			definition: i.definition,
			numeratorLabel: i.numeratorLabel,
			denominatorLabel: i.denominatorLabel,
			unit: i.unit,
			kind: i.kind,
			per: i.per,
			direction: i.direction,
			handlungsfeld: i.handlungsfeld,
			source: i.source,
			timeBasis: i.timeBasis,
			decimals: i.decimals,
			values: i.values,
			draftValues: i.draftValues,
			targets: i.targets
		}))
	};
};

function who(user: { id: number; name: string }) {
	return { now: new Date(), actorUserId: user.id };
}

/** The definition as posted: every field of the form, as text (the domain checks it). */
function posted(form: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const field of Object.keys(LOCAL_INDICATOR_FIELDS)) {
		const value = form.get(field);
		if (typeof value === 'string') out[field] = value;
	}
	return out;
}

const byField = (problems: readonly LocalIndicatorProblem[]) =>
	Object.fromEntries(problems.map((p) => [p.field, p.message]));

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		const form = await event.request.formData();
		try {
			const outcome = await createLocalIndicator(database(), {
				ags,
				definition: posted(form),
				...who(user)
			});
			if (!outcome.ok)
				return fail(400, {
					action: 'create',
					errors: byField(outcome.problems),
					values: formValues(form)
				});
			return { action: 'create', done: true, key: outcome.key };
		} catch (error) {
			return monitoringFailure(error, 'create');
		}
	},
	update: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		const form = await event.request.formData();
		const key = String(form.get('indicator') ?? '');
		try {
			const outcome = await updateLocalIndicator(database(), {
				ags,
				key,
				definition: posted(form),
				...who(user)
			});
			if (!outcome.ok)
				return fail(400, {
					action: 'update',
					indicator: key,
					errors: byField(outcome.problems),
					values: formValues(form)
				});
			return { action: 'update', done: true, key };
		} catch (error) {
			return monitoringFailure(error, 'update');
		}
	},
	delete: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		const form = await event.request.formData();
		const key = String(form.get('indicator') ?? '');
		if (form.get('confirm') !== 'ja')
			return fail(400, {
				action: 'delete',
				indicator: key,
				message: 'Bitte bestätigen Sie das Löschen mit dem Häkchen.'
			});
		try {
			await deleteLocalIndicator(database(), { ags, key, ...who(user) });
			return { action: 'delete', done: true, key };
		} catch (error) {
			return monitoringFailure(error, 'delete');
		}
	}
};
