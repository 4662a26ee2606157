import { fail, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { ArchiveError } from '../archive';
import { EditingError } from '../conference';
import { messageText, translator } from '$lib/i18n';
import { formValues, parseForm } from '../forms';
import { errorKey, RegistrationError } from '../registration';
import { PosterError } from '../posters/errors';

/** As organiserAction, for content edits: the domains' editing errors become a 4xx. */
export async function editingAction<S extends z.ZodType, T>(
	event: RequestEvent,
	action: string,
	schema: S,
	run: (data: z.output<S>) => Promise<T>,
	/** Checkbox groups: all values of each named field arrive as one comma-separated value. */
	lists: readonly string[] = []
) {
	const form = await event.request.formData();
	for (const name of lists) form.set(name, form.getAll(name).join(','));
	const t = translator(event.locals.locale);
	const parsed = parseForm(schema, form, t);
	if (!parsed.ok) return fail(400, { action, ...parsed.problem });
	try {
		return { action, done: true as const, result: await run(parsed.data) };
	} catch (e) {
		if (
			!(e instanceof EditingError) &&
			!(e instanceof RegistrationError) &&
			!(e instanceof ArchiveError) &&
			!(e instanceof PosterError)
		)
			throw e;
		// Each problem in the page's language: the rules' message, the registration's code.
		const text =
			e instanceof EditingError
				? messageText(t, e.ref)
				: e instanceof RegistrationError
					? t(errorKey(e.code))
					: messageText(t, e.message);
		return fail(400, {
			action,
			errors: { [e.field ?? 'form']: text },
			values: formValues(form)
		});
	}
}
