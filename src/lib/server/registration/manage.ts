import { fail, type ActionFailure } from '@sveltejs/kit';
import type { Database } from '../db';
import { pokeMailWorker } from '../runtime';
import { AnswersError, RegistrationError, errorKey, httpStatusOf } from './errors';
import { changeOwnAnswers } from './answers';
import { rawAnswersFrom } from './questions';
import { DetailsSchema, fieldError, fieldErrors, type FieldError } from './input';
import {
	cancelRegistration,
	changeDetails,
	confirmRegistration,
	deleteRegistration,
	leaveWaitlist,
	type Context
} from './store';

export type ManageAction = 'confirm' | 'update' | 'answers' | 'cancel' | 'delete' | 'leave';

/** `values`: what was sent, for a form that shows it again rather than the stored state. */
type Failure = ActionFailure<{
	errors: FieldError[];
	action: ManageAction;
	values?: Record<string, string>;
}>;

/**
 * The personal page's form actions: one place that validates, runs the change and turns an
 * expected failure into a 4xx with the German message and the field it concerns.
 */
export async function manageRegistration(
	db: Database,
	token: string,
	action: ManageAction,
	form: Record<string, string>,
	ctx: Context
): Promise<{ done: ManageAction } | Failure> {
	try {
		if (action === 'confirm') await confirmRegistration(db, token, ctx);
		if (action === 'update') {
			const parsed = DetailsSchema.safeParse(form);
			if (!parsed.success) return fail(422, { errors: fieldErrors(parsed.error), action });
			await changeDetails(db, token, parsed.data, ctx);
		}
		if (action === 'answers') await changeOwnAnswers(db, token, rawAnswersFrom(form), ctx);
		if (action === 'cancel' || action === 'delete' || action === 'leave') {
			if (form.sure !== 'on') {
				return fail(422, {
					errors: [fieldError(`${action}-sure`, 'reg.err.sure')],
					action
				});
			}
			if (action === 'cancel') await cancelRegistration(db, token, ctx);
			else if (action === 'leave') await leaveWaitlist(db, token, ctx);
			else await deleteRegistration(db, token, ctx);
		}
		pokeMailWorker();
		return { done: action };
	} catch (error) {
		if (error instanceof AnswersError) {
			return fail(422, { errors: error.errors, action, values: form });
		}
		if (!(error instanceof RegistrationError)) throw error;
		return fail(httpStatusOf(error.code), {
			errors: [fieldError(error.field ?? 'form', errorKey(error.code))],
			action
		});
	}
}
