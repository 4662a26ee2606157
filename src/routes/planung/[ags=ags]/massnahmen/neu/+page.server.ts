import { loadMeasureForm, organisationAction, saveMeasureAction } from '../measure-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = loadMeasureForm;

export const actions: Actions = {
	save: async (event) => saveMeasureAction(event),
	organisation: async (event) => organisationAction(event)
};
