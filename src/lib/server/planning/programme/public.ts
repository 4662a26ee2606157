/**
 * The public part of a municipality's plans, for the API and the public pages.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../db';
import { municipalities } from '../../db/schema';
import { programmePage } from './pages';
import { plansFor } from './plans';
import {
	type GoalView,
	type HandlungsraumView,
	type MeasureView,
	type PlanSummary,
	type TargetView
} from './shapes';

export interface PublicProgramme {
	municipality: { ags: string; name: string };
	plans: {
		plan: PlanSummary;
		goalTree: GoalView[];
		targets: TargetView[];
		measures: MeasureView[];
		handlungsraeume: HandlungsraumView[];
	}[];
}

/**
 * The public part of the plans that concern a municipality (its own and its Kreis's, not drafts):
 * goals, targets with baseline/latest/target/status under disclosure control, public measures
 * with their fields, areas and organisations. Null for an AGS outside the Ruhr.
 */
export async function publicProgramme(db: Database, ags: string): Promise<PublicProgramme | null> {
	const [m] = await db
		.select({ ags: municipalities.ags, name: municipalities.name })
		.from(municipalities)
		.where(eq(municipalities.ags, ags));
	if (!m) return null;
	const list = await plansFor(db, ags, 'public');
	const pages = [];
	for (const p of list) {
		const page = await programmePage(db, p.id, 'public');
		if (!page) continue;
		pages.push({
			plan: page.plan,
			goalTree: page.goalTree,
			targets: page.targets,
			measures: page.measures,
			handlungsraeume: page.handlungsraeume
		});
	}
	return { municipality: m, plans: pages };
}
