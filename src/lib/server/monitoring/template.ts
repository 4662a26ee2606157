/**
 * The import template: a CSV in the wide form the value import reads — one row per area of the
 * municipality, one column per chosen indicator, values left empty for the planner to fill in.
 *
 * It carries the areas' names for reading (the import ignores that column) but no example row
 * with numbers: a template uploaded with an invented example value would store it for a real
 * area. The import page shows an example line instead.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db';
import { areas } from '../db/schema';
import { loadIndicators } from './read';
import { CSV_BOM, csvLine } from '../spreadsheet';

export interface TemplateArea {
	readonly code: string;
	readonly name: string;
}

/**
 * The template's text: header `Gebiet;Gebietsname;Jahr;<keys>`, then one row per area. A share
 * gets its numerator and base columns beside it (`<key>_zaehler`, `<key>_nenner`): without them
 * disclosure control cannot check it, and the public atlas does not show it.
 */
export function valueTemplateCsv(
	areaList: readonly TemplateArea[],
	keys: readonly string[],
	year: number,
	shares: ReadonlySet<string> = new Set()
): string {
	const columns = keys.flatMap((k) => (shares.has(k) ? [k, `${k}_zaehler`, `${k}_nenner`] : [k]));
	const lines = [csvLine(['Gebiet', 'Gebietsname', 'Jahr', ...columns])];
	for (const area of areaList) {
		lines.push(csvLine([area.code, area.name, year, ...columns.map(() => null)]));
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
	const usable = await loadIndicators(db, input.ags);
	const chosen = usable.filter((i) => input.keys.includes(i.key));
	const keys = (chosen.length ? chosen : usable).map((i) => i.key);
	const shares = new Set(usable.filter((i) => i.kind === 'share').map((i) => i.key));
	const areaList = await db
		.select({ code: areas.code, name: areas.name })
		.from(areas)
		.where(
			and(
				eq(areas.ags, input.ags),
				// The boundaries of the template's year (decision 0029).
				sql`(${areas.validFrom} is null or ${areas.validFrom} <= ${input.year})`,
				sql`(${areas.validTo} is null or ${areas.validTo} >= ${input.year})`
			)
		)
		.orderBy(asc(areas.code));
	return {
		csv: valueTemplateCsv(areaList, keys, input.year, shares),
		keys,
		areaCount: areaList.length
	};
}
