import { and, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import { messageRef, type MessageKey } from '$lib/i18n';
import { NO, YES, questionKinds, type QuestionOption } from '$lib/types/questions';
import type { Database } from '../db';
import { questions } from '../db/schema';
import { recordAudit } from '../audit';
import { hasForbiddenCharacters, normaliseText, optionalRowId, rowId } from '../fields';
import { editionQuestions, type Question } from '../registration/questions';
import { EditingError } from './editing';
import { invalidatePublicReads } from './public';

/**
 * The organisers' side of an edition's own questions: adding (with the options of a choice and
 * an optional condition on an earlier question) and deleting. A question's answers go with it.
 */
const LABEL_MAX = 300;
const OPTION_MAX = 200;
const OPTIONS_MAX = 30;

const label = (invalid: MessageKey, required: boolean) =>
	z
		.string()
		.optional()
		.transform((v) => v ?? '')
		.refine((v) => !hasForbiddenCharacters(v), invalid)
		.transform((v) => normaliseText(v))
		.refine((v) => v.length <= LABEL_MAX && (!required || v.length > 0), invalid);

export const QuestionForm = z.object({
	kind: z.enum(questionKinds, { error: 'q.err.kind' satisfies MessageKey }),
	labelDe: label('q.err.label', true),
	labelEn: label('q.err.labelEn', false),
	required: z
		.string()
		.optional()
		.transform((v) => v === 'on'),
	options: z
		.string()
		.optional()
		.transform((v) => v ?? '')
		.refine((v) => !hasForbiddenCharacters(v), 'q.err.options' satisfies MessageKey),
	showIfQuestionId: optionalRowId('q.err.conditionQuestion' satisfies MessageKey),
	showIfValue: z
		.string()
		.optional()
		.transform((v) => (v ? normaliseText(v) : ''))
});
export type QuestionInput = z.output<typeof QuestionForm>;

export const QuestionRef = z.object({ question: rowId() });

/** "Bus | bus" per line; the English falls back to the German. */
export function parseOptions(text: string): QuestionOption[] | null {
	const options = text
		.split(/\r?\n/)
		.map((line) => line.split('|').map((part) => normaliseText(part)))
		.filter(([de]) => de)
		.map(([de, en]) => ({ de, en: en || de }));
	const distinct = new Set(options.map((o) => o.de));
	if (options.length < 2 || options.length > OPTIONS_MAX || distinct.size !== options.length) {
		return null;
	}
	if (options.some((o) => o.de.length > OPTION_MAX || o.en.length > OPTION_MAX)) return null;
	return options;
}

/** The answers a condition on this question may name. */
export function conditionValues(q: Pick<Question, 'kind' | 'options'>): string[] | null {
	if (q.kind === 'yesno') return [YES, NO];
	if (q.kind === 'choice' || q.kind === 'multi') return q.options.map((o) => o.de);
	return null;
}

interface Actor {
	actorUserId: number;
	now: Date;
}

export async function addQuestion(
	db: Database,
	editionId: number,
	input: QuestionInput,
	actor: Actor
): Promise<{ id: number }> {
	const choice = input.kind === 'choice' || input.kind === 'multi';
	const options = choice ? parseOptions(input.options) : [];
	if (!options) throw new EditingError('q.err.options', 'options');
	const existing = await editionQuestions(db, editionId);
	let showIfValue: string | null = null;
	if (input.showIfQuestionId !== null) {
		const parent = existing.find((q) => q.id === input.showIfQuestionId);
		const allowed = parent ? conditionValues(parent) : null;
		if (!allowed) throw new EditingError('q.err.conditionQuestion', 'showIfQuestionId');
		if (!allowed.includes(input.showIfValue)) {
			throw new EditingError(
				messageRef('q.err.conditionValue', { values: allowed.join(', ') }),
				'showIfValue'
			);
		}
		showIfValue = input.showIfValue;
	}
	const added = await db.transaction(async (tx) => {
		const [{ last }] = await tx
			.select({ last: max(questions.position) })
			.from(questions)
			.where(eq(questions.editionId, editionId));
		const [row] = await tx
			.insert(questions)
			.values({
				editionId,
				kind: input.kind,
				labelDe: input.labelDe,
				labelEn: input.labelEn || input.labelDe,
				required: input.required,
				options,
				showIfQuestionId: showIfValue === null ? null : input.showIfQuestionId,
				showIfValue,
				position: (last ?? -1) + 1
			})
			.returning({ id: questions.id });
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: 'edition.question_added',
				subjectType: 'edition',
				subjectId: editionId,
				details: { question: row.id, kind: input.kind }
			},
			actor.now
		);
		return row;
	});
	// Registrations read the questions through the read cache.
	invalidatePublicReads();
	return added;
}

/** Deletes a question with its answers and the questions that depend on it. */
export async function deleteQuestion(
	db: Database,
	editionId: number,
	id: number,
	actor: Actor
): Promise<void> {
	await db.transaction(async (tx) => {
		const gone = await tx
			.delete(questions)
			.where(and(eq(questions.id, id), eq(questions.editionId, editionId)))
			.returning({ id: questions.id });
		if (!gone.length) throw new EditingError('q.err.unknown', 'form');
		await recordAudit(
			tx,
			{
				actorUserId: actor.actorUserId,
				action: 'edition.question_deleted',
				subjectType: 'edition',
				subjectId: editionId,
				details: { question: id }
			},
			actor.now
		);
	});
	invalidatePublicReads();
}
