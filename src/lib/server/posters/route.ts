import { fail, type RequestEvent } from '@sveltejs/kit';
import { RateLimiter } from '../registration/ratelimit';
import { appConfig } from '../runtime';
import { PosterError } from './errors';
import { posterFileFrom } from './files';
import { readSubmission, type SubmissionInput } from './input';
import type { SubmitContext } from './store';
import type { UploadedPoster } from './files';

/** Public submissions per address and minute, as for registrations (0 = no limit). */
let limiter: RateLimiter | null = null;

/**
 * The shared half of the public submit and edit actions: rate limit, the form read and checked,
 * the domain call; its refusal becomes a 400 with the field's problem and the values typed.
 */
export async function submissionAction(
	event: RequestEvent,
	run: (input: SubmissionInput, file: UploadedPoster | null, ctx: SubmitContext) => Promise<void>
) {
	const config = appConfig();
	limiter ??= new RateLimiter(config.registrationRateLimit, 60_000);
	const form = await event.request.formData();
	if (!limiter.allow(event.getClientAddress(), Date.now())) {
		return fail(429, { errors: { form: 'poster.err.tooMany' }, values: formValuesOf(form) });
	}
	const parsed = readSubmission(form);
	if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
	try {
		await run(parsed.data, await posterFileFrom(form), {
			now: new Date(),
			origin: config.origin,
			language: event.locals.locale,
			settings: { dir: config.uploads.dir }
		});
	} catch (e) {
		if (!(e instanceof PosterError)) throw e;
		return fail(400, { errors: { [e.field]: e.message }, values: formValuesOf(form) });
	}
	return { done: true as const, email: parsed.data.email };
}

function formValuesOf(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value === 'string' && key !== 'fields') values[key] = value;
	}
	values.fields = form
		.getAll('fields')
		.filter((v) => typeof v === 'string')
		.join(',');
	return values;
}
