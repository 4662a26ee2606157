/** A person at the World Café. A host is pinned to one table (`hostTableId`) for every round. */
export interface Participant {
	id: string;
	sector: string;
	municipality: string;
	/** Topics this person would like to work on; unknown topics are ignored. */
	preferredTopics?: readonly string[];
	hostTableId?: string;
}

export interface CafeTable {
	id: string;
	/** Several tables may share a topic; nobody should visit the same topic twice. */
	topic: string;
	capacity: number;
}

export interface WorldCafeInput {
	participants: readonly Participant[];
	tables: readonly CafeTable[];
	rounds: number;
}

export interface TableSeating {
	tableId: string;
	participantIds: string[];
}

/** `rounds[r]` lists every table of round r with the people sitting there (hosts first). */
export interface SeatingPlan {
	rounds: TableSeating[][];
}

/** The day so far: the plan people were following and how many of its rounds are over. */
export interface ReplanInput extends WorldCafeInput {
	previousPlan: SeatingPlan;
	finishedRounds: number;
}

export interface SolveOptions {
	/** Same seed and same iteration count give the same plan. */
	seed: number;
	/** Wall-clock budget; needs `now`, since the solver never reads the clock itself. */
	timeBudgetMs?: number;
	/** Milliseconds from any fixed origin, e.g. `() => performance.now()`. */
	now?: () => number;
	/** Upper bound on local-search steps; the only budget that makes runs exactly repeatable. */
	maxIterations?: number;
}

export interface RangeSummary {
	min: number;
	mean: number;
}

export interface PlanQuality {
	/** Pair meetings beyond the first: a pair that shares a table three times counts 2. */
	repeatPairs: number;
	/** Most times any one pair shares a table. */
	maxMeetings: number;
	sectorsPerTable: RangeSummary;
	municipalitiesPerTable: RangeSummary;
	/** Pairs at one table from the same sector (resp. municipality), summed over rounds. */
	sameSectorPairs: number;
	sameMunicipalityPairs: number;
	/** Preferred topics a participant visits, summed; hosts are left out. */
	preferencesMet: number;
	/** Per participant min(preferred topics that exist, rounds attended), summed. */
	preferencesPossible: number;
	/** Topic visits beyond the first per participant (hosts are left out). */
	topicRepeats: number;
	/** Topic repeats no plan can avoid: more rounds than topics. */
	topicRepeatsUnavoidable: number;
	/** Largest difference between the fullest and the emptiest table within one round. */
	tableSizeSpread: number;
	/** Tables over capacity, hosts away from their table, people seated twice in a round. */
	capacityViolations: number;
	hostViolations: number;
	doubleSeats: number;
}

export interface SearchReport {
	iterations: number;
	/** Restarts from the best plan after the search got stuck. */
	perturbations: number;
	/** True when every objective reached its lower bound, so more time cannot help. */
	reachedLowerBound: boolean;
	/** Only when a clock was passed in. */
	elapsedMs?: number;
}

export interface SolveResult {
	plan: SeatingPlan;
	quality: PlanQuality;
	search: SearchReport;
}
