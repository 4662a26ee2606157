import { fail } from '@sveltejs/kit';
import { formValues } from '../forms';
import { AuthError } from './errors';

/**
 * Turns an expected domain error into the 4xx answer of a form action, with the message code on
 * the field it concerns ('form' for the whole form) and the entered values; anything else is a
 * bug and goes on to handleError.
 */
export function authFailure(error: unknown, form: FormData, action?: string) {
	if (!(error instanceof AuthError)) throw error;
	return fail(error.status, {
		action,
		errors: { [error.field ?? 'form']: error.code } as Record<string, string>,
		values: formValues(form),
		retryAfterMinutes: error.retryAfterSeconds ? Math.ceil(error.retryAfterSeconds / 60) : undefined
	});
}
