import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db';
import { backends } from '../../db/testing';
import { PUBLIC } from '../read';
import { ensureReferenceData } from '../reference';
import { importAndPublishValues, importAndPublishAreas, publishDataset } from '../store';
import { atlasTestValues, gridGeoJson, TEST_AGS, utf8 } from '../testing';
import { clearAtlasCache, context, typologyFor } from './context';

const now = new Date('2026-03-02T09:00:00Z');

/**
 * A planner names the area types on /typen from their own, unsuppressed view; the public atlas
 * shows those names by type number. Both must therefore cluster the same (public) figures, or
 * "Typ 2" of the planner would be another set of areas than "Typ 2" of the public.
 */
describe.each(backends)('area types in the planner and the public view on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await ensureReferenceData(handle.db);
		await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'q.geojson',
			text: gridGeoJson({ columns: 4, rows: 3 }),
			now
		});
		const result = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'w.csv',
			// Some shares have the count 2, which the public view suppresses.
			bytes: utf8(atlasTestValues()),
			now
		});
		expect(result.ok).toBe(true);
		await publishDataset(handle.db, { ags: TEST_AGS, now });
		clearAtlasCache();
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('gives every area the same type, and each type the same profile, in both views', async () => {
		const planner = (await context(handle.db, TEST_AGS, { kind: 'planner', ags: TEST_AGS }))!;
		const visitor = (await context(handle.db, TEST_AGS, PUBLIC))!;
		// The fixture really differs between the views: the planner sees values the public does not.
		const hidden = [...visitor.disclosed.cells.values()].filter((c) => c.value.suppressed);
		expect(hidden.length).toBeGreaterThan(0);
		const own = typologyFor(planner)!;
		const open = typologyFor(visitor)!;
		expect(own.key).toBe(open.key);
		expect([...own.result.typeOf]).toEqual([...open.result.typeOf]);
		expect(own.result.profiles).toEqual(open.result.profiles);
		expect(own.result.untyped).toEqual(open.result.untyped);
	});
});
