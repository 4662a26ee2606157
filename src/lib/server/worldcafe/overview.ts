import type { Database } from '../db';
import { planByRound, type PlanTable } from './plan';
import { cafeById, tablesOf, type CafeTableRow, type WorldCafe } from './setup';
import type { PlanQuality } from './types';
import { voteLinkPreview, type VoteLinkPreview } from './votes';

export interface CafeOverview {
	cafe: WorldCafe;
	tables: CafeTableRow[];
	/** The stored plan by round, null before the first "Zuteilen". */
	plan: PlanTable[][] | null;
	/** The figures `assessPlan` stored with the plan. */
	quality: PlanQuality | null;
	voteLinks: VoteLinkPreview;
}

/** Everything the organiser's café page shows: tables, the plan itself, the vote-link step. */
export async function cafeOverview(db: Database, cafeId: number): Promise<CafeOverview> {
	const cafe = await cafeById(db, cafeId);
	const [tables, plan, voteLinks] = await Promise.all([
		tablesOf(db, cafeId),
		cafe.planVersion ? planByRound(db, cafeId) : null,
		voteLinkPreview(db, cafeId)
	]);
	// Written by storePlan from the solver's PlanQuality, so the stored shape is that type.
	const quality = cafe.planVersion ? (cafe.planQuality as unknown as PlanQuality | null) : null;
	return { cafe, tables, plan, quality, voteLinks };
}
