import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { areas, draftValues, indicatorValues, monitoringImports } from '../db/schema';
import { ensureReferenceData } from './reference';
import { importAndPublishValues, importAreas, importValues } from './store';
import { clearMonitoringData, gridGeoJson, TEST_AGS, utf8 } from './testing';

const now = new Date('2026-03-02T09:00:00Z');

/** What the foreign keys of indicator values promised, now kept by statement-level triggers. */
describe.each(backends)('references of indicator values on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await ensureReferenceData(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	beforeEach(async () => {
		await clearMonitoringData(handle.db);
		const result = await importAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'quartiere.geojson',
			text: gridGeoJson(),
			now
		});
		expect(result.ok).toBe(true);
	});

	const file = utf8(
		'Gebiet;Indikator;Jahr;Wert\nQ01;sgb2_quote;2023;12,5\nQ02;sgb2_quote;2023;7\n'
	);

	async function published(): Promise<number> {
		const result = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'w.csv',
			bytes: file,
			now
		});
		if (!result.ok) throw new Error('import failed');
		return result.importId;
	}

	const code = (error: unknown) =>
		(error as { code?: string; cause?: { code?: string } }).cause?.code ??
		(error as { code?: string }).code;

	it('refuses a value for a missing area, indicator or import, with the foreign-key code', async () => {
		const importId = await published();
		const [area] = await handle.db.select({ id: areas.id }).from(areas).limit(1);
		for (const [areaId, key, imp] of [
			[-1, 'sgb2_quote', importId],
			[area.id, 'gibt_es_nicht', importId],
			[area.id, 'sgb2_quote', -1]
		] as const) {
			const error = await handle.db
				.execute(
					sql`insert into indicator_values (area_id, indicator_key, year, value, import_id)
						values (${areaId}, ${key}, 1999, 1, ${imp})`
				)
				.then(
					() => null,
					(e: unknown) => e
				);
			expect(code(error)).toBe('23503');
		}
	});

	it('deletes an area’s values and draft values with the area', async () => {
		await published();
		await importValues(handle.db, { ags: TEST_AGS, fileName: 'd.csv', bytes: file, now });
		const [area] = await handle.db
			.select({ id: areas.id })
			.from(areas)
			.where(eq(areas.code, 'Q01'));
		await handle.db.delete(areas).where(eq(areas.id, area.id));
		expect(
			await handle.db.select().from(indicatorValues).where(eq(indicatorValues.areaId, area.id))
		).toEqual([]);
		expect(
			await handle.db.select().from(draftValues).where(eq(draftValues.areaId, area.id))
		).toEqual([]);
		expect(await handle.db.select().from(indicatorValues)).toHaveLength(1);
	});

	it('refuses to delete an import with published values or an indicator with values', async () => {
		const importId = await published();
		await expect(
			handle.db.delete(monitoringImports).where(eq(monitoringImports.id, importId))
		).rejects.toThrow();
		await expect(
			handle.db.execute(sql`delete from indicators where key = 'sgb2_quote'`)
		).rejects.toThrow();
		expect(await handle.db.select().from(indicatorValues)).toHaveLength(2);
	});

	it('deletes a discarded draft’s values with its import', async () => {
		const draft = await importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'd.csv',
			bytes: file,
			now
		});
		if (!draft.ok) throw new Error('import failed');
		await handle.db.delete(monitoringImports).where(eq(monitoringImports.id, draft.importId));
		expect(await handle.db.select().from(draftValues)).toEqual([]);
	});
});
