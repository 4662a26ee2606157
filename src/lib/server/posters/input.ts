import { z } from 'zod';
import { municipalityByAgs } from '$lib/reference/municipalities';
import {
	MAX_AUTHORS,
	posterDecisions,
	posterFields,
	SCORE_MAX,
	SCORE_MIN
} from '$lib/types/posters';
import {
	integer,
	isLocalDateTime,
	optionalRowId,
	optionalText,
	requiredText,
	rowId
} from '../fields';

/** Checkbox groups arrive as one comma-separated value (see `editingAction`'s `lists`). */
const fieldList = z
	.string({ error: 'poster.err.fields' })
	.transform((v) => v.split(',').filter(Boolean))
	.pipe(z.array(z.enum(posterFields, { error: 'poster.err.fields' })).min(1, 'poster.err.fields'))
	.transform((v) => [...new Set(v)]);

const checkbox = z
	.string()
	.optional()
	.transform((v) => v === 'on');

/** The organiser's settings of a call. `deadline` is Berlin wall-clock time (`datetime-local`). */
export const CallForm = z.object({
	deadline: z
		.string({ error: 'poster.err.deadline' })
		.trim()
		.refine(isLocalDateTime, 'poster.err.deadline')
		.transform((v) => v.slice(0, 16)),
	fields: fieldList,
	guidelines: optionalText({ max: 5000, multiline: true }),
	maxMegabytes: integer({ min: 1, max: 100, invalid: 'poster.err.maxMegabytes' }),
	criteria: requiredText({ max: 2000, multiline: true, required: 'poster.err.criteria' })
		.transform((v) =>
			v
				.split('\n')
				.map((line) => line.trim())
				.filter(Boolean)
		)
		.pipe(
			z
				.array(z.string().max(200, 'poster.err.criterionLength'))
				.min(1, 'poster.err.criteria')
				.max(8, 'poster.err.criteriaCount')
		),
	anonymousReview: checkbox,
	session: optionalRowId()
});
export type CallInput = z.output<typeof CallForm>;

const Author = z.object({
	name: optionalText({ max: 200 }),
	organisation: optionalText({ max: 300 })
});

export { MAX_AUTHORS };

/**
 * A submission as the public form sends it (see `submissionFromForm`). Empty author rows are
 * dropped; the presenting person is the row chosen in `presenter`, which must have a name.
 */
export const SubmissionForm = z
	.object({
		title: requiredText({ max: 300, required: 'poster.err.title' }),
		abstract: requiredText({ max: 3000, multiline: true, required: 'poster.err.abstract' }),
		fields: fieldList,
		municipality: z
			.string()
			.optional()
			.transform((v) => (v ? v : null))
			.refine((v) => v === null || municipalityByAgs(v) !== undefined, 'poster.err.municipality'),
		organisation: optionalText({ max: 300 }),
		email: z
			.string({ error: 'poster.err.email' })
			.trim()
			.toLowerCase()
			.pipe(z.email({ error: 'poster.err.email' }).max(254, 'poster.err.email')),
		authors: z.array(Author).max(MAX_AUTHORS),
		presenter: z.coerce.number({ error: 'poster.err.presenter' }).int().min(0),
		consent: z.literal('on', { error: 'poster.err.consent' })
	})
	.transform((v, ctx) => {
		const rows = v.authors.map((a, i) => ({ ...a, index: i }));
		const named = rows.filter((a) => a.name !== null);
		if (named.length === 0) {
			ctx.addIssue({ code: 'custom', path: ['authors'], message: 'poster.err.authors' });
			return z.NEVER;
		}
		if (!named.some((a) => a.index === v.presenter)) {
			ctx.addIssue({ code: 'custom', path: ['presenter'], message: 'poster.err.presenter' });
			return z.NEVER;
		}
		return {
			title: v.title,
			abstract: v.abstract,
			fields: v.fields,
			municipalityAgs: v.municipality,
			organisation: v.organisation,
			email: v.email,
			authors: named.map((a) => ({
				name: a.name as string,
				organisation: a.organisation,
				presents: a.index === v.presenter
			}))
		};
	});
export type SubmissionInput = z.output<typeof SubmissionForm>;

/** The raw object `SubmissionForm` reads, from the form's fields (`author-<i>-name` …). */
export function submissionFromForm(form: FormData): Record<string, unknown> {
	const text = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' ? v : undefined;
	};
	return {
		title: text('title'),
		abstract: text('abstract'),
		fields: form
			.getAll('fields')
			.filter((v) => typeof v === 'string')
			.join(','),
		municipality: text('municipality'),
		organisation: text('organisation'),
		email: text('email'),
		authors: Array.from({ length: MAX_AUTHORS }, (_, i) => ({
			name: text(`author-${i}-name`),
			organisation: text(`author-${i}-organisation`)
		})),
		presenter: text('presenter'),
		consent: text('consent')
	};
}

/** A form's problems by field, as catalogue keys; values go back to the form. */
export function readSubmission(
	form: FormData
):
	| { ok: true; data: SubmissionInput }
	| { ok: false; errors: Record<string, string>; values: Record<string, string> } {
	const parsed = SubmissionForm.safeParse(submissionFromForm(form));
	if (parsed.success) return { ok: true, data: parsed.data };
	const errors: Record<string, string> = {};
	for (const issue of parsed.error.issues) {
		const field =
			issue.path[0] === 'authors' && issue.path.length > 1
				? `author-${String(issue.path[1])}-${String(issue.path[2])}`
				: issue.path.length
					? String(issue.path[0])
					: 'form';
		errors[field] ??= issue.message;
	}
	const values: Record<string, string> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value === 'string' && key !== 'fields') values[key] = value;
	}
	values.fields = form
		.getAll('fields')
		.filter((v) => typeof v === 'string')
		.join(',');
	return { ok: false, errors, values };
}

const score = integer({ min: SCORE_MIN, max: SCORE_MAX, invalid: 'poster.err.score' });

/** One review: `score-<i>` per criterion of the call, and a comment. */
export function reviewForm(criteria: number) {
	return z.object({
		submission: rowId(),
		...Object.fromEntries(Array.from({ length: criteria }, (_, i) => [`score-${i}`, score])),
		comment: optionalText({ max: 3000, multiline: true })
	});
}

export const DecisionForm = z.object({
	submission: rowId(),
	decision: z.enum(posterDecisions, { error: 'poster.err.decision' })
});

export const BoardForm = z.object({
	submission: rowId(),
	board: integer({ min: 1, max: 9999, invalid: 'poster.err.board' })
});

export const ReviewerForm = z.object({ user: rowId('poster.err.reviewer') });

export const MeasureForm = z.object({ submission: rowId(), measure: optionalRowId() });
