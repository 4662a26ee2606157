export { solveSeating, replanSeating, DEFAULT_MAX_ITERATIONS } from './solver';
export { assessPlan } from './quality';
export { createRandom, type Random } from './random';
export {
	WorldCafeError,
	WORLDCAFE_MESSAGES,
	isWorldCafeErrorCode,
	type WorldCafeErrorCode
} from './errors';
export {
	CafeForm,
	TableForm,
	createCafe,
	cafeById,
	listCafes,
	tablesOf,
	addTable,
	removeTable,
	issueHostLink,
	editionChoices,
	cafeFailure
} from './setup';
export { seedWorldCafeDemo } from './demo';
export { cafeOverview, type CafeOverview } from './overview';
export { cafeMessage, notFound } from './respond';
export type { WorldCafe, CafeTableRow, CafeInput, TableInput } from './setup';
export {
	assignCafe,
	replanCafe,
	planByRound,
	guestsAtTable,
	itineraryForRegistration
} from './plan';
export type { Attendance, Guest, PlanTable, Itinerary, ItineraryStop } from './plan';
export { NoteSaveSchema, hostTableByToken, notesOfTable, saveNote, noteFromForm } from './notes';
export type { HostTable, NoteContent, NoteSave, SaveOutcome, StoredNote } from './notes';
export {
	issueVoteLinks,
	voteLinkPreview,
	voteLinkRefusal,
	voterByToken,
	castVote,
	withdrawVote,
	votesOf
} from './votes';
export type { Voter, VoteLinkPreview } from './votes';
export {
	harvestOf,
	harvestText,
	publishHarvest,
	publishedHarvest,
	publishedHarvestPdf,
	filesDirectory,
	UNTAGGED
} from './harvest';
export type { HarvestIdea, HarvestTopic } from './harvest';
export type {
	CafeTable,
	Participant,
	PlanQuality,
	RangeSummary,
	ReplanInput,
	SearchReport,
	SeatingPlan,
	SolveOptions,
	SolveResult,
	TableSeating,
	WorldCafeInput
} from './types';
export {
	preferenceChoices,
	setPreferences,
	topicOffers,
	topicWishesFrom,
	checkTopicWishes,
	storeTopicWishes,
	TopicWishesSchema
} from './preferences';
export type { PreferenceChoice, TopicOffer, TopicWishes } from './preferences';
