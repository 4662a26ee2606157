import { fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { formValues, parseForm } from '../forms';
import { AnswersError, RegistrationError, errorKey, httpStatusOf } from '../registration';

/**
 * Runs an organiser's form action: parse with the schema, call the domain, and turn an expected
 * RegistrationError into a 4xx with its message key on the field it concerns (the page
 * translates it, as it does the schema's); refused answers to the own questions each on theirs.
 */
export async function organiserAction<S extends z.ZodType, T>(
	event: RequestEvent,
	action: string,
	schema: S,
	run: (data: z.output<S>) => Promise<T>
) {
	const form = await event.request.formData();
	const parsed = parseForm(schema, form);
	if (!parsed.ok) return fail(400, { action, ...parsed.problem });
	try {
		return { action, done: true as const, result: await run(parsed.data) };
	} catch (e) {
		if (e instanceof AnswersError) {
			return fail(422, {
				action,
				errors: Object.fromEntries(e.errors.map((f) => [f.field, f.key ?? f.message])),
				values: formValues(form)
			});
		}
		if (!(e instanceof RegistrationError)) throw e;
		return fail(httpStatusOf(e.code), {
			action,
			errors: { [e.field ?? 'form']: errorKey(e.code) },
			values: formValues(form)
		});
	}
}
