import { fail } from '@sveltejs/kit';
import { ResetRequestForm, requestPasswordReset } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const parsed = parseForm(ResetRequestForm, form);
		if (!parsed.ok) return fail(400, parsed.problem);
		// The same work and the same answer whether or not the address has an account: the
		// request is queued, and a job mails the link within seconds.
		await requestPasswordReset(
			database(),
			// The mail is written in the language of the page the reader asked from.
			{ email: parsed.data.email, ip: event.getClientAddress(), language: event.locals.locale },
			new Date()
		);
		return { sent: true };
	}
};
