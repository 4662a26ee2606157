import { fail } from '@sveltejs/kit';
import { requireMunicipality, requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { municipalityAtlas, saveTypeLabels, type TypeLabel } from '$lib/server/monitoring';
import { monitoringFailure } from '$lib/server/monitoring/respond';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'planner');
	const ags = requireMunicipality(user, event.params.ags);
	const atlas = await municipalityAtlas(
		database(),
		ags,
		{ kind: 'planner', ags },
		{},
		event.locals.locale
	);
	return { ags, typology: atlas?.typology ?? null };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		const form = await event.request.formData();
		const typology = form.get('typology');
		if (typeof typology !== 'string' || typology === '') {
			return fail(400, { message: 'plan.err.typologyMissing' });
		}
		const labels = new Map<number, TypeLabel>();
		for (const [field, value] of form.entries()) {
			const match = field.match(/^name_(\d+)$/);
			if (!match || typeof value !== 'string') continue;
			const description = form.get(`description_${match[1]}`);
			labels.set(Number(match[1]), {
				name: value,
				description: typeof description === 'string' ? description : ''
			});
		}
		try {
			await saveTypeLabels(database(), {
				ags,
				typology,
				labels,
				now: new Date(),
				actor: user.name,
				actorUserId: user.id
			});
			return { saved: true };
		} catch (error) {
			return monitoringFailure(error, 'types');
		}
	}
};
