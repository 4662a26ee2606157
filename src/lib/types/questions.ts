/** An edition's own registration question, as the form and the back office see it. */
export const questionKinds = ['text', 'choice', 'multi', 'yesno', 'number'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export interface QuestionOption {
	de: string;
	en: string;
}

export interface QuestionView {
	id: number;
	kind: QuestionKind;
	labelDe: string;
	labelEn: string;
	required: boolean;
	options: QuestionOption[];
	showIfQuestionId: number | null;
	showIfValue: string | null;
}

/** The stored values of a yes/no question. */
export const YES = 'ja';
export const NO = 'nein';

/**
 * Whether a question is asked: without a condition always; with one when the question it depends
 * on is asked and its answer is (for a multiple choice: includes) the value. The same rule runs
 * on the server (which decides) and in the browser (which only hides what will not count).
 */
export function isShown(
	question: QuestionView,
	all: readonly QuestionView[],
	valuesOf: (id: number) => readonly string[]
): boolean {
	const seen = new Set<number>();
	let current: QuestionView | undefined = question;
	while (current && current.showIfQuestionId !== null) {
		if (seen.has(current.id)) return false;
		seen.add(current.id);
		const parentId: number = current.showIfQuestionId;
		const parent = all.find((q) => q.id === parentId);
		if (!parent) return false;
		if (
			!valuesOf(parent.id)
				.map((v) => v.trim())
				.includes(current.showIfValue ?? '')
		)
			return false;
		current = parent;
	}
	return true;
}
