import { error } from '@sveltejs/kit';
import {
	PLANNING_ROLES,
	mayPlanFor,
	requirePlanScope,
	requireRole,
	type SessionUser
} from '$lib/server/auth';
import type { Database } from '$lib/server/db';
import { NO_ROW, rowIdFrom } from '$lib/server/fields';
import { plansFor, type PlanSummary } from '$lib/server/planning';
import { municipalityByAgs, type Municipality } from '$lib/reference/municipalities';
import { translator } from '$lib/i18n';

type Event = Parameters<typeof requireRole>[0] & { params: { ags: string } };

/**
 * The guard of every planner page and action of a municipality: a planner of this municipality,
 * a Kreis planner of its Kreis or an admin — everyone else a 403 before anything is read.
 */
export function plannerOf(event: Event): {
	user: SessionUser;
	ags: string;
	municipality: Municipality;
} {
	const user = requireRole(event, ...PLANNING_ROLES);
	const ags = event.params.ags;
	requirePlanScope(user, { kind: 'gemeinde', ags });
	const municipality = municipalityByAgs(ags);
	if (!municipality)
		error(404, translator(event.locals.locale)('programme.err.gemeinde_unbekannt'));
	return { user, ags, municipality };
}

/** The plans of the municipality (and its Kreis) this account may plan for, and the chosen one. */
export async function chosenPlan(
	db: Database,
	user: SessionUser,
	ags: string,
	url: URL
): Promise<{ plans: PlanSummary[]; plan: PlanSummary | null }> {
	const plans = (await plansFor(db, ags, 'internal')).filter((p) => mayPlanFor(user, p.scope));
	const wanted = url.searchParams.get('plan');
	return { plans, plan: plans.find((p) => String(p.id) === wanted) ?? plans[0] ?? null };
}

/** The plan id a form posts (hidden field), or 0 (refused by the store as unknown). */
export function postedPlanId(form: FormData): number {
	return rowIdFrom(form.get('planId')) ?? NO_ROW;
}
