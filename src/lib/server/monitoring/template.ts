/**
 * The import template: a CSV in the wide form the value import reads — one row per area of the
 * municipality, one column per chosen indicator, values left empty for the planner to fill in.
 *
 * It carries the areas' names for reading (the import ignores that column) but no example row
 * with numbers: a template uploaded with an invented example value would store it for a real
 * area. The import page shows an example line instead.
 */
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db';
import { areas } from '../db/schema';
import { loadIndicators } from './read';
import { CSV_BOM, csvLine } from '../spreadsheet';

export interface TemplateArea {
	readonly code: string;
	readonly name: string;
}

/** The template's text: header `Gebiet;Gebietsname;Jahr;<keys>`, then one row per area. */
export function valueTemplateCsv(
	areaList: readonly TemplateArea[],
	keys: readonly string[],
	year: number
): string {
	const lines = [csvLine(['Gebiet', 'Gebietsname', 'Jahr', ...keys])];
	for (const area of areaList) {
		lines.push(csvLine([area.code, area.name, year, ...keys.map(() => null)]));
	}
	return CSV_BOM + lines.join('');
}

/**
 * The template for a municipality: its areas in key order and the chosen indicators in catalogue
 * order (all of them when none or only unknown keys are chosen).
 */
export async function valueTemplate(
	db: Database,
	input: { readonly ags: string; readonly keys: readonly string[]; readonly year: number }
): Promise<{ csv: string; keys: string[]; areaCount: number }> {
	// The catalogue and the municipality's own local indicators, never another municipality's.
	const usable = (await loadIndicators(db, input.ags)).map((i) => i.key);
	const chosen = usable.filter((key) => input.keys.includes(key));
	const keys = chosen.length ? chosen : usable;
	const areaList = await db
		.select({ code: areas.code, name: areas.name })
		.from(areas)
		.where(eq(areas.ags, input.ags))
		.orderBy(asc(areas.code));
	return { csv: valueTemplateCsv(areaList, keys, input.year), keys, areaCount: areaList.length };
}
