import type { Locale, Translate } from '$lib/i18n';
import type { QuestionView } from '$lib/types/questions';

/**
 * An entry of a form's error summary. A problem with an answer names its question, since its
 * message ("Please answer this question.") says which only beside the field, and links to the
 * question's field (`f-q.<id>`, see OwnQuestions); any other entry stays as it is.
 */
export function summaryEntry(
	entry: { field: string; text: string },
	questions: readonly QuestionView[],
	locale: Locale,
	t: Translate
): { field: string; text: string } {
	const id = /^q\.(\d+)$/.exec(entry.field)?.[1];
	const question = id ? questions.find((q) => q.id === Number(id)) : undefined;
	if (!question) return entry;
	return {
		field: `f-${entry.field}`,
		text: t('q.err.summary', {
			question: locale === 'en' ? question.labelEn : question.labelDe,
			message: entry.text
		})
	};
}
