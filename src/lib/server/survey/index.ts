export {
	MIN_ANSWERS,
	SCALE,
	QuestionForm,
	SurveyError,
	checkAnswers,
	optionLabel,
	optionsText,
	parseOptions,
	questionText,
	summarise
} from './rules';
export type {
	AnswerCheck,
	OptionCount,
	QuestionInput,
	QuestionSummary,
	SurveyQuestion,
	SurveySummary
} from './rules';
export {
	addQuestion,
	answerSurvey,
	copySurvey,
	deleteQuestion,
	publishSurveySummary,
	publishedSurveySummary,
	remindSurvey,
	revokeSurveyLinks,
	sendSurvey,
	surveyForm,
	surveyMail,
	surveyMayBeSent,
	surveyState,
	surveySummary,
	withdrawSurveySummary
} from './store';
export type { AnswerOutcome, SurveyActor, SurveyForm, SurveyState } from './store';
