/**
 * What the planner's forms offer: the indicators a target may be set on.
 */
import type { Database } from '../../db';
import { loadIndicatorInfo } from '../values';

export interface TargetIndicator {
	key: string;
	name: string;
	nameEn: string | null;
	unit: string;
	direction: 'need_up' | 'need_down';
}

/**
 * The indicators a target may be set on (the target form's choices): only those with a need
 * direction — neutral indicators, area types and MSS classes have none — in catalogue order, then
 * the municipality's local ones (for a plan of that municipality; `null`: a Kreis plan).
 */
export async function targetIndicators(
	db: Database,
	ags: string | null
): Promise<TargetIndicator[]> {
	const all = await loadIndicatorInfo(db, ags);
	return [...all.values()].flatMap((i) =>
		i.direction === 'neutral'
			? []
			: [{ key: i.key, name: i.name, nameEn: i.nameEn, unit: i.unit, direction: i.direction }]
	);
}
