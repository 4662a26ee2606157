import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requireMunicipality, requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import {
	MONITORING_MESSAGES,
	plannerOverview,
	type MonitoringErrorCode,
	publishDataset,
	undoImport,
	unpublishDataset,
	updateDatasetSettings
} from '$lib/server/monitoring';
import { monitoringFailure } from '$lib/server/monitoring/respond';
import type { Actions, PageServerLoad } from './$types';

const SettingsForm = z.object({
	areaTerm: z.string().trim().min(2, 'ungueltige_einstellung').max(60, 'ungueltige_einstellung'),
	areaTermPlural: z
		.string()
		.trim()
		.min(2, 'ungueltige_einstellung')
		.max(60, 'ungueltige_einstellung'),
	disclosureThreshold: z.coerce
		.number('ungueltige_schwelle')
		.int('ungueltige_schwelle')
		.min(1, 'ungueltige_schwelle')
		.max(1000, 'ungueltige_schwelle')
});

const UndoForm = z.object({ importId: z.coerce.number().int().positive() });

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'planner');
	const ags = requireMunicipality(user, event.params.ags);
	return { overview: await plannerOverview(database(), ags) };
};

function who(user: { id: number; name: string }) {
	return { now: new Date(), actor: user.name, actorUserId: user.id };
}

export const actions: Actions = {
	publish: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		try {
			await publishDataset(database(), { ags, ...who(user) });
			return { action: 'publish', done: true };
		} catch (error) {
			return monitoringFailure(error, 'publish');
		}
	},
	unpublish: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		try {
			await unpublishDataset(database(), { ags, ...who(user) });
			return { action: 'unpublish', done: true };
		} catch (error) {
			return monitoringFailure(error, 'unpublish');
		}
	},
	settings: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		const parsed = parseForm(SettingsForm, await event.request.formData());
		if (!parsed.ok) {
			const errors = Object.fromEntries(
				Object.entries(parsed.problem.errors).map(([field, code]) => [
					field,
					MONITORING_MESSAGES[code as MonitoringErrorCode] ??
						MONITORING_MESSAGES.ungueltige_einstellung
				])
			);
			return fail(400, { action: 'settings', errors, values: parsed.problem.values });
		}
		try {
			await updateDatasetSettings(database(), { ags, change: parsed.data, ...who(user) });
			return { action: 'settings', done: true };
		} catch (error) {
			return monitoringFailure(error, 'settings');
		}
	},
	undo: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		const parsed = parseForm(UndoForm, await event.request.formData());
		if (!parsed.ok) return fail(400, { action: 'undo', message: 'Kein Import angegeben.' });
		try {
			const undone = await undoImport(database(), {
				ags,
				importId: parsed.data.importId,
				...who(user)
			});
			return { action: 'undo', done: true, fileName: undone.fileName };
		} catch (error) {
			return monitoringFailure(error, 'undo');
		}
	}
};
