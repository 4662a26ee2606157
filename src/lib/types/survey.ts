/** Survey types shared by the server and the pages (see src/lib/server/survey). */
export const surveyQuestionKinds = ['scale', 'single', 'multiple', 'text'] as const;
export type SurveyQuestionKind = (typeof surveyQuestionKinds)[number];

/** An answer option of a choice question, in both languages (English may be empty). */
export interface SurveyOption {
	de: string;
	en: string | null;
}

/** One answer in a response: a scale value 1–5, an option index, option indexes, or text. */
export type SurveyAnswerValue = number | number[] | string;

export interface OptionCount {
	de: string;
	en: string | null;
	count: number;
}

export interface QuestionSummary {
	id: number;
	kind: SurveyQuestionKind;
	textDe: string;
	textEn: string | null;
	/** How many responses answered this question. */
	answered: number;
	/** Fewer than five answers: nothing more is shown. */
	suppressed: boolean;
	/** Scale (1–5) and choice questions: answers per value or option. */
	counts: OptionCount[];
	/** Scale questions: the mean value. */
	mean: number | null;
	/** Free-text questions: the answers, in a stable order that is not the order of answering. */
	texts: string[];
}

export interface SurveySummary {
	responses: number;
	invited: number;
	questions: QuestionSummary[];
}
