import type { z } from 'zod';
import { messageText, type Translate } from '$lib/i18n';

/**
 * Form handling shared by the back-office routes. A form schema's messages are error codes of
 * the domain's catalogue; the page translates them. `values` go back to the form so the user
 * doesn't retype them (never passwords).
 */
export interface FormProblem {
	errors: Record<string, string>;
	values: Record<string, string>;
}

export function formValues(form: FormData, omit: readonly string[] = []): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value === 'string' && !omit.includes(key) && !/password/i.test(key)) {
			values[key] = value;
		}
	}
	return values;
}

/**
 * `translate`: for pages that show messages as they come (the back-office editing pages), the
 * shared fields' catalogue keys (`field.err.…`) become text in the page's language here. Pages
 * that translate codes themselves leave it out.
 */
export function parseForm<S extends z.ZodType>(
	schema: S,
	form: FormData,
	translate?: Translate
): { ok: true; data: z.output<S> } | { ok: false; problem: FormProblem } {
	const raw = Object.fromEntries(
		[...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string')
	);
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { ok: true, data: parsed.data };
	const errors: Record<string, string> = {};
	for (const issue of parsed.error.issues) {
		const field = issue.path.length ? String(issue.path[0]) : 'form';
		errors[field] ??= translate ? messageText(translate, issue.message) : issue.message;
	}
	return { ok: false, problem: { errors, values: formValues(form) } };
}
