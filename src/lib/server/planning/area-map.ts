/**
 * The map of a plan's areas for choosing a Handlungsraum on the map: one path per area of the
 * plan's scope, by area id (a Kreis plan spans several municipalities whose area codes repeat).
 * The list of areas stays the accessible way to choose; the map is an addition to it.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../db';
import { areas, municipalities } from '../db/schema';
import { buildMap } from '../monitoring';
import type { Plan } from './model';

type AreaGeometry = Parameters<typeof buildMap>[0]['areas'][number]['geometry'];

export interface AreaPickerMap {
	width: number;
	height: number;
	paths: { id: number; code: string; name: string; d: string }[];
}

/** Null when no area of the scope has a geometry. */
export async function areaPickerMap(
	db: Database,
	plan: Pick<Plan, 'ags' | 'kreisAgs'>
): Promise<AreaPickerMap | null> {
	const members = plan.ags
		? [plan.ags]
		: (
				await db
					.select({ ags: municipalities.ags })
					.from(municipalities)
					.where(
						and(eq(municipalities.kreisAgs, plan.kreisAgs!), eq(municipalities.kreisfrei, false))
					)
			).map((m) => m.ags);
	if (members.length === 0) return null;
	const rows = await db
		.select({ id: areas.id, code: areas.code, name: areas.name, geometry: areas.geometry })
		.from(areas)
		.where(and(inArray(areas.ags, members), isNull(areas.validTo)))
		.orderBy(asc(areas.ags), asc(areas.code));
	const drawn = rows.filter((r) => r.geometry);
	if (drawn.length === 0) return null;
	const model = buildMap({
		title: '',
		areas: drawn.map((r) => ({
			code: String(r.id),
			name: r.name,
			href: null,
			geometry: r.geometry as AreaGeometry,
			fill: '',
			label: '',
			suppressed: false
		})),
		legend: [],
		notes: []
	});
	return {
		width: model.width,
		height: model.height,
		paths: model.paths.map((p, i) => ({
			id: drawn[i].id,
			code: drawn[i].code,
			name: drawn[i].name,
			d: p.d
		}))
	};
}
