import { z } from 'zod';
import type { MessageKey } from '$lib/i18n';
import {
	surveyQuestionKinds,
	type OptionCount,
	type QuestionSummary,
	type SurveyAnswerValue,
	type SurveyOption,
	type SurveyQuestionKind,
	type SurveySummary
} from '$lib/types/survey';

export type { OptionCount, QuestionSummary, SurveySummary };
import { hasForbiddenCharacters, optionalText, requiredText } from '../fields';

/** Fewer answers than this to a question: no breakdown, no summary, no free texts (small groups). */
export const MIN_ANSWERS = 5;
/** The scale runs from 1 (gar nicht) to 5 (voll und ganz). */
export const SCALE = [1, 2, 3, 4, 5] as const;
export const MAX_OPTIONS = 12;
export const MAX_TEXT_ANSWER = 2000;

export interface SurveyQuestion {
	id: number;
	kind: SurveyQuestionKind;
	textDe: string;
	textEn: string | null;
	options: SurveyOption[];
	required: boolean;
}

export class SurveyError extends Error {
	constructor(
		readonly key: MessageKey,
		readonly field = 'form'
	) {
		super(key);
		this.name = 'SurveyError';
	}
}

/**
 * The options of a choice question as organisers type them: one per line, German first, the
 * English after a `|` (optional): `Sehr gut | Very good`.
 */
export function parseOptions(raw: string): SurveyOption[] {
	return raw
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => {
			const [de, ...rest] = line.split('|');
			const en = rest.join('|').trim();
			return { de: de.trim(), en: en || null };
		});
}

export function optionsText(options: SurveyOption[]): string {
	return options.map((o) => (o.en ? `${o.de} | ${o.en}` : o.de)).join('\n');
}

export const QuestionForm = z
	.object({
		kind: z.enum(surveyQuestionKinds, { error: 'survey.err.kind' satisfies MessageKey }),
		textDe: requiredText({
			max: 500,
			required: 'survey.err.textRequired' satisfies MessageKey,
			tooLong: 'survey.err.textLong' satisfies MessageKey
		}),
		textEn: optionalText({ max: 500, tooLong: 'survey.err.textLong' satisfies MessageKey }),
		options: z
			.string()
			.optional()
			.default('')
			.refine((v) => !hasForbiddenCharacters(v), { message: 'field.err.characters' })
			.transform(parseOptions),
		required: z
			.string()
			.optional()
			.transform((v) => v === 'on' || v === 'true')
	})
	.superRefine((q, ctx) => {
		const choice = q.kind === 'single' || q.kind === 'multiple';
		if (choice && q.options.length < 2) {
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'survey.err.optionsFew' });
		}
		if (choice && q.options.length > MAX_OPTIONS) {
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'survey.err.optionsMany' });
		}
		if (q.options.some((o) => o.de.length > 200 || (o.en?.length ?? 0) > 200 || !o.de)) {
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'survey.err.optionLong' });
		}
	})
	.transform((q) => ({
		...q,
		options: q.kind === 'single' || q.kind === 'multiple' ? q.options : []
	}));
export type QuestionInput = z.infer<typeof QuestionForm>;

/** The question's text in the reader's language (German when there is no English text). */
export function questionText(q: Pick<SurveyQuestion, 'textDe' | 'textEn'>, language: string) {
	return language === 'en' && q.textEn ? q.textEn : q.textDe;
}

export function optionLabel(o: SurveyOption, language: string): string {
	return language === 'en' && o.en ? o.en : o.de;
}

export type AnswerCheck =
	| { ok: true; answers: Record<string, SurveyAnswerValue> }
	| { ok: false; errors: Record<string, MessageKey> };

/**
 * Reads a submitted answer form (`q<id>` → the values sent under that name) against the
 * questions: required questions answered, scale values 1–5, option numbers that exist, text
 * within bounds. Anything else is refused field by field; nothing is stored in part.
 */
export function checkAnswers(
	questions: SurveyQuestion[],
	form: Record<string, string[]>
): AnswerCheck {
	const answers: Record<string, SurveyAnswerValue> = {};
	const errors: Record<string, MessageKey> = {};
	for (const q of questions) {
		const field = `q${q.id}`;
		const values = (form[field] ?? []).map((v) => v.trim()).filter(Boolean);
		if (!values.length) {
			if (q.required) errors[field] = 'survey.err.required';
			continue;
		}
		if (q.kind === 'text') {
			const text = values[0];
			if (text.length > MAX_TEXT_ANSWER) errors[field] = 'survey.err.answerLong';
			else if (hasForbiddenCharacters(text)) errors[field] = 'field.err.characters';
			else answers[q.id] = text;
			continue;
		}
		const numbers = values.map((v) => (/^\d{1,3}$/.test(v) ? Number(v) : NaN));
		const valid = (n: number) =>
			q.kind === 'scale'
				? (SCALE as readonly number[]).includes(n)
				: Number.isInteger(n) && n >= 0 && n < q.options.length;
		if (numbers.some((n) => !valid(n)) || (q.kind !== 'multiple' && numbers.length > 1)) {
			errors[field] = 'survey.err.invalid';
			continue;
		}
		answers[q.id] =
			q.kind === 'multiple' ? [...new Set(numbers)].sort((a, b) => a - b) : numbers[0];
	}
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers };
}

const SCALE_LABELS: OptionCount[] = SCALE.map((n) => ({ de: String(n), en: null, count: 0 }));

/**
 * The organisers' summary. A question with fewer than MIN_ANSWERS answers shows only that it
 * has too few: no counts, no mean, no texts, so nobody in a small group can be recognised by
 * their answer.
 */
export function summarise(
	questions: SurveyQuestion[],
	responses: Record<string, SurveyAnswerValue>[],
	invited: number
): SurveySummary {
	return {
		responses: responses.length,
		invited,
		questions: questions.map((q) => {
			const given = responses
				.map((r) => r[q.id])
				.filter((v): v is SurveyAnswerValue => v !== undefined);
			const base = {
				id: q.id,
				kind: q.kind,
				textDe: q.textDe,
				textEn: q.textEn,
				answered: given.length,
				suppressed: given.length < MIN_ANSWERS,
				counts: [] as OptionCount[],
				mean: null as number | null,
				texts: [] as string[]
			};
			if (base.suppressed) return base;
			if (q.kind === 'text') {
				return { ...base, texts: given.map(String).sort((a, b) => a.localeCompare(b, 'de')) };
			}
			const labels = q.kind === 'scale' ? SCALE_LABELS : q.options;
			const counts = labels.map((o) => ({ de: o.de, en: o.en, count: 0 }));
			for (const value of given) {
				for (const n of Array.isArray(value) ? value : [value as number]) {
					const index = q.kind === 'scale' ? n - 1 : n;
					if (counts[index]) counts[index].count++;
				}
			}
			const mean =
				q.kind === 'scale'
					? Math.round((given.reduce<number>((s, v) => s + Number(v), 0) / given.length) * 10) / 10
					: null;
			return { ...base, counts, mean };
		})
	};
}
