import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { areas } from '../db/schema';
import {
	importAndPublishAreas,
	importAndPublishValues,
	publicValues,
	publishDataset,
	PUBLIC
} from '../monitoring';
import { ensureReferenceData } from '../monitoring/reference';
import { gridGeoJson } from '../monitoring/testing';
import { TOWN } from './testing';
import { aggregateYear, loadIndicatorInfo, loadValues, markPublicSuppression } from './values';

const now = new Date('2026-03-02T09:00:00Z');

/** Eight areas; in Q03 only two people are unemployed, a count the public atlas must hide. */
function smallCountCsv(): string {
	const lines = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
	for (let i = 1; i <= 8; i++) {
		const code = `Q${String(i).padStart(2, '0')}`;
		const numerator = i === 3 ? 2 : 40 + i * 7;
		lines.push(`${code};einwohner;2021;1000;;`);
		lines.push(
			`${code};arbeitslose_je_100;2021;${String(numerator / 10).replace('.', ',')};${numerator};1000`
		);
	}
	return lines.join('\n');
}

describe.each(backends)('public Handlungsraum values on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		const db = handle.db;
		await ensureReferenceData(db);
		const areaResult = await importAndPublishAreas(db, {
			ags: TOWN,
			fileName: 'grid.geojson',
			text: gridGeoJson({ columns: 4, rows: 2 }),
			now
		});
		if (!areaResult.ok) throw new Error(JSON.stringify(areaResult.problems));
		const values = await importAndPublishValues(db, {
			ags: TOWN,
			fileName: 'werte.csv',
			bytes: new TextEncoder().encode(smallCountCsv()),
			now
		});
		if (!values.ok) throw new Error(JSON.stringify(values.problems.slice(0, 3)));
		await publishDataset(db, { ags: TOWN, now });
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('never publishes a Handlungsraum value that gives back a cell the public atlas hides', async () => {
		const db = handle.db;
		const idOf = new Map(
			(await db.select().from(areas).orderBy(asc(areas.id))).map((a) => [a.code, a.id])
		);
		const published = await publicValues(db, TOWN, PUBLIC, {
			indicator: 'arbeitslose_je_100',
			year: 2021
		});
		const hidden = published!.values.filter((v) => v.suppressed).map((v) => v.area);
		const shown = published!.values.filter((v) => !v.suppressed).map((v) => v.area);
		// The small count itself and at least one more cell (secondary suppression) are hidden.
		expect(hidden).toContain('Q03');
		expect(hidden.length).toBeGreaterThanOrEqual(2);

		const table = await loadValues(db, [TOWN], ['arbeitslose_je_100']);
		await markPublicSuppression(db, table);
		const indicator = (await loadIndicatorInfo(db, TOWN)).get('arbeitslose_je_100')!;
		for (const area of hidden) {
			const pair = [idOf.get(area)!, idOf.get(shown[0])!];
			const result = aggregateYear(table, pair, indicator, 2021, 'public');
			expect(result.state, `${area} with ${shown[0]}`).not.toBe('value');
		}
		const open = aggregateYear(
			table,
			shown.slice(0, 2).map((code) => idOf.get(code)!),
			indicator,
			2021,
			'public'
		);
		expect(open.state).toBe('value');
	});
});
