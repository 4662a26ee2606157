export { solveSeating, replanSeating, DEFAULT_MAX_ITERATIONS } from './solver';
export { assessPlan } from './quality';
export { createRandom, type Random } from './random';
export { WorldCafeError, WORLDCAFE_MESSAGES, type WorldCafeErrorCode } from './errors';
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
