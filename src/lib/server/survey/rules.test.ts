import { describe, expect, it } from 'vitest';
import { QuestionForm, checkAnswers, parseOptions, summarise, type SurveyQuestion } from './rules';

const questions: SurveyQuestion[] = [
	{ id: 1, kind: 'scale', textDe: 'Wie zufrieden?', textEn: null, options: [], required: true },
	{
		id: 2,
		kind: 'single',
		textDe: 'Wie erfahren?',
		textEn: 'How did you hear?',
		options: [
			{ de: 'E-Mail', en: 'E-mail' },
			{ de: 'Kollegium', en: null }
		],
		required: false
	},
	{
		id: 3,
		kind: 'multiple',
		textDe: 'Welche Formate?',
		textEn: null,
		options: [
			{ de: 'Vortrag', en: 'Talk' },
			{ de: 'Workshop', en: null },
			{ de: 'World Café', en: null }
		],
		required: false
	},
	{ id: 4, kind: 'text', textDe: 'Was noch?', textEn: null, options: [], required: false }
];

describe('a submitted answer form', () => {
	it('is stored as values per question, leaving out unanswered optional questions', () => {
		expect(
			checkAnswers(questions, { q1: ['4'], q3: ['2', '0', '2'], q4: ['  Mehr Pausen  '] })
		).toEqual({
			ok: true,
			answers: { 1: 4, 3: [0, 2], 4: 'Mehr Pausen' }
		});
	});

	it('is refused question by question: a missing required answer, a value that is not offered', () => {
		expect(checkAnswers(questions, { q2: ['7'], q3: ['x'] })).toEqual({
			ok: false,
			errors: { q1: 'survey.err.required', q2: 'survey.err.invalid', q3: 'survey.err.invalid' }
		});
		expect(checkAnswers(questions, { q1: ['6'] })).toMatchObject({
			errors: { q1: 'survey.err.invalid' }
		});
		expect(checkAnswers(questions, { q1: ['3'], q2: ['0', '1'] })).toMatchObject({
			errors: { q2: 'survey.err.invalid' }
		});
		expect(checkAnswers(questions, { q1: ['3'], q4: ['x'.repeat(2001)] })).toMatchObject({
			errors: { q4: 'survey.err.answerLong' }
		});
	});
});

describe('a question as organisers write it', () => {
	it('takes options one per line, the English after a bar', () => {
		expect(parseOptions('Sehr gut | Very good\n\n  Gut  \r\nSchlecht|Bad')).toEqual([
			{ de: 'Sehr gut', en: 'Very good' },
			{ de: 'Gut', en: null },
			{ de: 'Schlecht', en: 'Bad' }
		]);
	});

	it('needs at least two options for a choice, and ignores options for a scale', () => {
		const single = QuestionForm.safeParse({ kind: 'single', textDe: 'Wie?', options: 'Nur eine' });
		expect(single.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
			['options', 'survey.err.optionsFew']
		]);
		const scale = QuestionForm.parse({
			kind: 'scale',
			textDe: 'Wie?',
			options: 'A\nB',
			required: 'on'
		});
		expect(scale).toMatchObject({ kind: 'scale', options: [], required: true, textEn: null });
	});
});

describe('the summary', () => {
	const answers = (n: number) =>
		Array.from({ length: n }, (_, i) => ({ 1: (i % 5) + 1, 3: [i % 3], 4: `Antwort ${i}` }));

	it('counts each scale value and option, with the mean, and lists free texts', () => {
		const summary = summarise(questions, answers(5), 9);
		expect(summary).toMatchObject({ responses: 5, invited: 9 });
		const [scale, single, multiple, text] = summary.questions;
		expect(scale).toMatchObject({ answered: 5, suppressed: false, mean: 3 });
		expect(scale.counts.map((c) => c.count)).toEqual([1, 1, 1, 1, 1]);
		expect(single).toMatchObject({ answered: 0, suppressed: true, counts: [] });
		expect(multiple.counts.map((c) => [c.de, c.count])).toEqual([
			['Vortrag', 2],
			['Workshop', 2],
			['World Café', 1]
		]);
		expect(text.texts).toHaveLength(5);
	});

	it('shows nothing but the number for a question with fewer than five answers', () => {
		const summary = summarise(questions, answers(4), 4);
		for (const q of summary.questions) {
			expect(q.suppressed).toBe(true);
			expect(q.counts).toEqual([]);
			expect(q.mean).toBeNull();
			expect(q.texts).toEqual([]);
		}
		expect(summary.questions[0].answered).toBe(4);
	});

	it('lists free texts in an order that is not the order of answering', () => {
		const texts = summarise(
			[questions[3]],
			['Zebra', 'Apfel', 'Mitte', 'Brot', 'Nuss'].map((t) => ({ 4: t })),
			5
		).questions[0].texts;
		expect(texts).toEqual(['Apfel', 'Brot', 'Mitte', 'Nuss', 'Zebra']);
	});
});
