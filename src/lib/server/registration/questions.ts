import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { MessageKey } from '$lib/i18n';
import type { Locale } from '$lib/i18n';
import type { Database, Transaction } from '../db';
import { editions, questions, registrationAnswers, type QuestionKind } from '../db/schema';
import { hasForbiddenCharacters, normaliseText } from '../fields';
import { fieldError, type FieldError } from './input';
import { NO, YES, isShown } from '$lib/types/questions';

/**
 * An edition's own registration questions: which are asked (conditions), what counts as an
 * answer, and the answers' storage. Pure rules first, the database after.
 */
export type Question = typeof questions.$inferSelect;

/** Longest text answer. */
export const ANSWER_MAX = 500;
export { YES, NO };

/** The form field of a question (`q.<id>`; a multiple choice adds `.<option index>`). */
export const answerField = (id: number) => `q.${id}`;

/** Answers as they arrive, per question id: the values given (empty: not answered). */
export type RawAnswers = Map<number, string[]>;

/**
 * The answers in a request body: the form sends `q.<id>` (one value) and `q.<id>.<n>` (each
 * ticked option), the JSON API an object `answers: { "<id>": value or list }` where yes/no may be
 * a boolean and a number a number.
 */
export function rawAnswersFrom(body: Record<string, unknown>): RawAnswers {
	const raw: RawAnswers = new Map();
	const add = (id: number, value: unknown) => {
		const list = raw.get(id) ?? [];
		if (typeof value === 'string') list.push(value);
		else if (typeof value === 'number' && Number.isFinite(value)) list.push(String(value));
		else if (typeof value === 'boolean') list.push(value ? YES : NO);
		else if (value !== null && value !== undefined) list.push('\u0000');
		raw.set(id, list);
	};
	const api = body.answers;
	if (api && typeof api === 'object' && !Array.isArray(api)) {
		for (const [key, value] of Object.entries(api)) {
			if (!/^\d{1,9}$/.test(key)) continue;
			for (const v of Array.isArray(value) ? value : [value]) add(Number(key), v);
		}
	}
	for (const [key, value] of Object.entries(body)) {
		const match = /^q\.(\d{1,9})(?:\.\d{1,3})?$/.exec(key);
		if (match) add(Number(match[1]), value);
	}
	return raw;
}

/** What was given for a question, without empty strings. */
function given(raw: RawAnswers, id: number): string[] {
	return (raw.get(id) ?? []).filter((v) => v.trim() !== '');
}

/** Whether a question is asked, given the answers (see `isShown` of the shared types). */
export function isAsked(question: Question, all: readonly Question[], raw: RawAnswers): boolean {
	return isShown(question, all, (id) => given(raw, id).map((v) => normaliseText(v)));
}

export interface CheckedAnswer {
	questionId: number;
	value: string;
}

const err = (id: number, key: MessageKey) => fieldError(answerField(id), key);

/** One question's values, checked and normalised; a problem as a catalogue key. */
function checkOne(q: Question, values: string[]): string[] | MessageKey {
	if (values.some((v) => hasForbiddenCharacters(v))) return 'q.err.characters';
	const clean = values.map((v) => normaliseText(v, q.kind === 'text')).filter((v) => v !== '');
	if (!clean.length) return q.required ? 'q.err.required' : [];
	const options = q.options.map((o) => o.de);
	switch (q.kind) {
		case 'text':
			if (clean.length > 1) return 'q.err.one';
			return clean[0].length > ANSWER_MAX ? 'q.err.tooLong' : clean;
		case 'choice':
			if (clean.length > 1) return 'q.err.one';
			return options.includes(clean[0]) ? clean : 'q.err.choice';
		case 'multi':
			return clean.every((v) => options.includes(v)) ? [...new Set(clean)] : 'q.err.choice';
		case 'yesno':
			if (clean.length > 1) return 'q.err.one';
			return clean[0] === YES || clean[0] === NO ? clean : 'q.err.yesno';
		case 'number': {
			if (clean.length > 1) return 'q.err.one';
			const match = /^(-?\d{1,9})(?:[.,](\d{1,4}))?$/.exec(clean[0]);
			if (!match) return 'q.err.number';
			return [match[2] ? `${match[1]}.${match[2]}` : match[1]];
		}
	}
}

/**
 * The answers to store, or every problem on its question's field. A question that is not asked
 * (its condition is not met) is neither required nor stored, whatever was sent for it; answers
 * to questions of another edition are ignored.
 */
export function checkAnswers(
	all: readonly Question[],
	raw: RawAnswers
): { ok: true; answers: CheckedAnswer[] } | { ok: false; errors: FieldError[] } {
	const answers: CheckedAnswer[] = [];
	const errors: FieldError[] = [];
	for (const q of all) {
		if (!isAsked(q, all, raw)) continue;
		const result = checkOne(q, raw.get(q.id) ?? []);
		if (typeof result === 'string') errors.push(err(q.id, result));
		else for (const value of result) answers.push({ questionId: q.id, value });
	}
	return errors.length ? { ok: false, errors } : { ok: true, answers };
}

/**
 * A form schema that also checks the edition's questions: one parse reports the problems of
 * both (each answer's on its question's field, as a catalogue key), so a form shows them all at
 * once; the output carries the checked answers.
 */
export function withAnswers<S extends z.ZodType<object>>(schema: S, all: readonly Question[]) {
	return z.record(z.string(), z.unknown()).transform((body, ctx) => {
		const parsed = schema.safeParse(body);
		const checked = checkAnswers(all, rawAnswersFrom(body));
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
			}
		}
		if (!checked.ok) {
			for (const e of checked.errors) {
				ctx.addIssue({ code: 'custom', path: [e.field], message: e.key ?? e.message });
			}
		}
		if (!parsed.success || !checked.ok) return z.NEVER;
		return { ...(parsed.data as z.output<S>), answers: checked.answers };
	});
}

/** A form of answers only, as it arrives; checked by the domain against the questions of then. */
export const RawAnswersSchema = z
	.record(z.string(), z.string())
	.transform((body) => rawAnswersFrom(body));

/**
 * Stored answers as the values of the form's fields (see `answerField`): a multiple choice's
 * options under `q.<id>.<option index>`, as the form sends them.
 */
export function answerValues(
	all: readonly Question[],
	stored: ReadonlyMap<number, readonly string[]>
): Record<string, string> {
	const values: Record<string, string> = {};
	for (const q of all) {
		const given = stored.get(q.id);
		if (!given?.length) continue;
		if (q.kind !== 'multi') {
			values[answerField(q.id)] = given[0];
			continue;
		}
		q.options.forEach((option, i) => {
			if (given.includes(option.de)) values[`${answerField(q.id)}.${i}`] = option.de;
		});
	}
	return values;
}

/** A question's label in a language. */
export const labelOf = (q: Pick<Question, 'labelDe' | 'labelEn'>, lang: Locale) =>
	lang === 'en' ? q.labelEn : q.labelDe;

/** An answer as shown to a reader: options in their language, yes/no translated. */
export function answerText(q: Question, values: readonly string[], lang: Locale): string {
	return values
		.map((v) => {
			if (q.kind === 'yesno') return lang === 'en' ? (v === YES ? 'yes' : 'no') : v;
			if (q.kind === 'choice' || q.kind === 'multi') {
				const option = q.options.find((o) => o.de === v);
				return option ? (lang === 'en' ? option.en : option.de) : v;
			}
			return v;
		})
		.join(', ');
}

export async function editionQuestions(
	db: Database | Transaction,
	editionId: number
): Promise<Question[]> {
	return db
		.select()
		.from(questions)
		.where(eq(questions.editionId, editionId))
		.orderBy(asc(questions.position), asc(questions.id));
}

/** The questions of the edition of a year (none for an unknown year). */
export async function questionsOfYear(db: Database, year: number): Promise<Question[]> {
	const rows = await db
		.select({ question: questions })
		.from(questions)
		.innerJoin(editions, eq(editions.id, questions.editionId))
		.where(eq(editions.year, year))
		.orderBy(asc(questions.position), asc(questions.id));
	return rows.map((r) => r.question);
}

/** Writes checked answers in the registration's transaction. */
export async function storeAnswers(
	tx: Transaction,
	registrationId: number,
	answers: readonly CheckedAnswer[]
): Promise<void> {
	if (!answers.length) return;
	await tx
		.insert(registrationAnswers)
		.values(answers.map((a) => ({ registrationId, questionId: a.questionId, value: a.value })));
}

/**
 * Replaces a registration's answers with checked ones, in the caller's transaction. The
 * questions answered are locked against deletion until commit; one deleted since the answers
 * were checked takes its answer with it, as its deletion does with every stored answer.
 */
export async function replaceAnswers(
	tx: Transaction,
	registrationId: number,
	answers: readonly CheckedAnswer[]
): Promise<void> {
	const ids = [...new Set(answers.map((a) => a.questionId))];
	const still = ids.length
		? await tx
				.select({ id: questions.id })
				.from(questions)
				.where(inArray(questions.id, ids))
				.for('key share')
		: [];
	const known = new Set(still.map((q) => q.id));
	await tx
		.delete(registrationAnswers)
		.where(eq(registrationAnswers.registrationId, registrationId));
	await storeAnswers(
		tx,
		registrationId,
		answers.filter((a) => known.has(a.questionId))
	);
}

/** The answers of some registrations: registration id → question id → values. */
export async function answersOf(
	db: Database | Transaction,
	registrationIds: readonly number[]
): Promise<Map<number, Map<number, string[]>>> {
	const out = new Map<number, Map<number, string[]>>();
	if (!registrationIds.length) return out;
	const rows = await db
		.select()
		.from(registrationAnswers)
		.where(inArray(registrationAnswers.registrationId, [...registrationIds]))
		.orderBy(asc(registrationAnswers.id));
	for (const row of rows) {
		const person = out.get(row.registrationId) ?? new Map<number, string[]>();
		person.set(row.questionId, [...(person.get(row.questionId) ?? []), row.value]);
		out.set(row.registrationId, person);
	}
	return out;
}

/** Deletes the answers of registrations (anonymisation, "delete my data"). */
export async function deleteAnswers(tx: Transaction, registrationIds: readonly number[]) {
	if (!registrationIds.length) return;
	await tx
		.delete(registrationAnswers)
		.where(inArray(registrationAnswers.registrationId, [...registrationIds]));
}

export type { QuestionKind };
