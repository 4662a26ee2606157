/**
 * What the planner's form actions share: a submitted form as the input object of the domain's
 * zod schemas (repeated names become lists; a measure's goals and outputs from their rows), and a
 * refusal as `fail(status, { form, message, field, values })` with the catalogue text in the
 * page's language. Anything that is not a PlanningError stays an error.
 */
import { fail } from '@sveltejs/kit';
import { translator, type Locale } from '$lib/i18n';
import { PlanningError, planningHttpStatus } from './errors';
import { parseInput } from './model';

/** Parses a form's input with a domain schema; bad input throws a PlanningError with its field. */
export { parseInput as parsePlanningInput };

/** The form's text entries; the names in `lists` always as lists (checkboxes, multi-selects). */
export function formObject(form: FormData, lists: readonly string[] = []): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const name of lists) out[name] = [];
	for (const [name, value] of form.entries()) {
		if (typeof value !== 'string') continue;
		if (lists.includes(name)) (out[name] as string[]).push(value);
		else out[name] = value;
	}
	return out;
}

/**
 * A measure form: `goalIds` (checkboxes) with `contribution-<id>`, and output rows
 * (`outputLabel`/`outputCount` pairs; a row left empty on both is no output).
 */
export function measureFormInput(form: FormData): Record<string, unknown> {
	const base = formObject(form, ['fields', 'partnerIds', 'handlungsraumIds']);
	const text = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' ? v : '';
	};
	const goals = form
		.getAll('goalIds')
		.filter((v): v is string => typeof v === 'string')
		.map((goalId) => ({ goalId, contribution: text(`contribution-${goalId}`) }));
	const labels = form.getAll('outputLabel').map(String);
	const counts = form.getAll('outputCount').map(String);
	const outputs = labels
		.map((label, i) => ({ label, count: counts[i] ?? '' }))
		.filter((o) => o.label.trim() !== '' || o.count.trim() !== '');
	const rest: Record<string, unknown> = { ...base };
	for (const key of Object.keys(rest))
		if (['goalIds', 'outputLabel', 'outputCount'].includes(key) || key.startsWith('contribution-'))
			delete rest[key];
	return { ...rest, goals, outputs };
}

/** A domain refusal as the form's answer, in the page's language. */
export function planningFailure(
	error: unknown,
	locale: Locale,
	form: string,
	values: Record<string, unknown> = {}
) {
	if (error instanceof PlanningError) {
		return fail(planningHttpStatus(error), {
			form,
			message: translator(locale)(error.key),
			field: error.field ?? null,
			values
		});
	}
	throw error;
}
