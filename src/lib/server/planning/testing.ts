/**
 * Builders for planning tests: a municipality with a small grid of areas and values for three
 * years, and the accounts that act on plans.
 */
import type { Database } from '../db';
import { importAndPublishAreas, importAndPublishValues, publishDataset } from '../monitoring';
import { gridGeoJson } from '../monitoring/testing';
import type { PlanningActor } from './store';

/** Bottrop (kreisfrei, not in the demo) and Dorsten (Kreis Recklinghausen). */
export const TOWN = '05512000';
export const KREIS_TOWN = '05562012';
export const KREIS = '05562';
export const YEARS = [2019, 2020, 2021] as const;

export const planner = (ags = TOWN, id: number | null = null): PlanningActor => ({
	id,
	role: 'planner',
	municipalityAgs: ags,
	kreisAgs: null
});
export const kreisPlanner = (kreisAgs = KREIS): PlanningActor => ({
	id: null,
	role: 'kreis_planner',
	municipalityAgs: null,
	kreisAgs
});
export const admin: PlanningActor = {
	id: null,
	role: 'admin',
	municipalityAgs: null,
	kreisAgs: null
};
export const organiser: PlanningActor = {
	id: null,
	role: 'organiser',
	municipalityAgs: null,
	kreisAgs: null
};

const MSS = ['arbeitslose_je_100', 'langzeitarbeitslose_je_100', 'sgb2_quote', 'kinderarmut'];

/**
 * Value of an MSS indicator in area `i` (1-based) and a year: all areas near 10 %, the last one
 * far above (the MSS marks it for attention); each area drifts a little differently, so the
 * dynamics have spread.
 */
export function shareOf(i: number, count: number, year: number): number {
	const base = i === count ? 40 : 8 + i * 0.5;
	return Math.round((base + (year - YEARS[0]) * (i % 3) * 0.4) * 10) / 10;
}

export function valuesCsv(
	count: number,
	years: readonly number[] = YEARS,
	shift: (i: number, year: number) => number = () => 0
): string {
	const lines = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
	for (let i = 1; i <= count; i++) {
		const code = `Q${String(i).padStart(2, '0')}`;
		for (const year of years) {
			lines.push(`${code};einwohner;${year};1000;;`);
			for (const key of MSS) {
				const value = shareOf(i, count, year) + shift(i, year);
				const numerator = Math.round(value * 10);
				lines.push(
					`${code};${key};${year};${String(numerator / 10).replace('.', ',')};${numerator};1000`
				);
			}
			lines.push(`${code};anteil_ueber_65;${year};20;200;1000`);
		}
	}
	return lines.join('\n');
}

/** A published dataset: a grid of `columns × 2` areas Q01 … with values for YEARS. */
export async function municipalityWithData(
	db: Database,
	ags: string,
	now: Date,
	columns = 4
): Promise<void> {
	const areaResult = await importAndPublishAreas(db, {
		ags,
		fileName: 'grid.geojson',
		text: gridGeoJson({ columns, rows: 2 }),
		now
	});
	if (!areaResult.ok) throw new Error(JSON.stringify(areaResult.problems));
	const values = await importAndPublishValues(db, {
		ags,
		fileName: 'werte.csv',
		bytes: new TextEncoder().encode(valuesCsv(columns * 2)),
		now
	});
	if (!values.ok) throw new Error(JSON.stringify(values.problems.slice(0, 3)));
	await publishDataset(db, { ags, now });
}
