import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { areas, auditLog, indicatorValues } from '../db/schema';
import { clearAtlasCache } from './atlas/context';
import { municipalityAtlas } from './atlas/municipality';
import { importKomMonitorAreas, importKomMonitorValues } from './kommonitor-import';
import { PUBLIC, type Access } from './read';
import { ensureReferenceData } from './reference';
import {
	draftSummary,
	importAndPublishValues,
	importAndPublishAreas,
	listImports,
	publishDataset,
	publishDraft
} from './store';
import { clearMonitoringData, gridGeoJson, TEST_AGS, utf8 } from './testing';

const now = new Date('2026-03-02T09:00:00Z');
const DRAFT: Access = { kind: 'draft', ags: TEST_AGS };

/** A KomMonitor indicator export for the test grid: 2022 (31.12.) for Q01–Q03, Q04 "NaN". */
const EXPORT_2022 = JSON.stringify({
	type: 'FeatureCollection',
	features: ['Q01', 'Q02', 'Q03', 'Q04'].map((id, i) => ({
		type: 'Feature',
		id: i + 1,
		properties: {
			ID: id,
			NAME: `Quartier ${i + 1}`,
			validStartDate: '2018-01-01',
			validEndDate: null,
			arisenFrom: null,
			'DATE_2022-12-31': i < 3 ? 20 + i : 'NaN'
		},
		geometry: null
	}))
});

describe.each(backends)('KomMonitor imports on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await ensureReferenceData(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	beforeEach(async () => {
		clearAtlasCache();
		await clearMonitoringData(handle.db);
		await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'q.geojson',
			text: gridGeoJson(),
			now
		});
		const first = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: '2021.csv',
			bytes: utf8(
				['Gebiet;Indikator;Jahr;Wert', 'Q01;sgb2_quote;2021;10', 'Q02;sgb2_quote;2021;11'].join(
					'\n'
				)
			),
			now
		});
		expect(first.ok).toBe(true);
		await publishDataset(handle.db, { ags: TEST_AGS, now });
	});

	const years = async (access: Access) =>
		(await municipalityAtlas(handle.db, TEST_AGS, access))?.years;

	const valuesOf = async (year: number) =>
		(
			await handle.db
				.select({ code: areas.code, value: indicatorValues.value })
				.from(indicatorValues)
				.innerJoin(areas, eq(areas.id, indicatorValues.areaId))
				.where(eq(indicatorValues.year, year))
				.orderBy(asc(areas.code))
		).map((r) => [r.code, r.value]);

	it('lands an indicator export as a draft, out of the public atlas until it is published', async () => {
		const outcome = await importKomMonitorValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'sgb2-kommonitor.geojson',
			bytes: utf8(EXPORT_2022),
			indicator: 'sgb2_quote',
			now,
			actor: 'Planerin'
		});
		expect(outcome).toMatchObject({
			ok: true,
			rowCount: 3,
			inserted: 3,
			replaced: 0,
			details: { format: 'KomMonitor', indikator: 'sgb2_quote', gebiete: 4, jahre: '2022' }
		});
		expect(await years(PUBLIC)).toEqual([2021]);
		expect(await years(DRAFT)).toEqual([2021, 2022]);
		expect(await draftSummary(handle.db, TEST_AGS)).toMatchObject({
			fileNames: 'sgb2-kommonitor.geojson',
			values: 3,
			years: [{ year: 2022, added: true }]
		});

		const published = await publishDraft(handle.db, { ags: TEST_AGS, now });
		expect(published).toMatchObject({ status: 'aktiv', rowCount: 3 });
		expect(await years(PUBLIC)).toEqual([2021, 2022]);
		expect(await valuesOf(2022)).toEqual([
			['Q01', 20],
			['Q02', 21],
			['Q03', 22]
		]);
		const actions = await handle.db
			.select({ action: auditLog.action })
			.from(auditLog)
			.orderBy(asc(auditLog.id));
		expect(actions.map((a) => a.action).slice(-2)).toEqual([
			'monitoring.values.drafted',
			'monitoring.values.published'
		]);
	});

	it('stores nothing when one feature has a problem, and lists it by feature and id', async () => {
		const broken = EXPORT_2022.replace('"ID":"Q03"', '"ID":"X03"');
		const before = await listImports(handle.db, TEST_AGS);
		const outcome = await importKomMonitorValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'kaputt.geojson',
			bytes: utf8(broken),
			indicator: 'sgb2_quote',
			now
		});
		expect(outcome.ok).toBe(false);
		expect(!outcome.ok && outcome.problems.map((p) => [p.row, p.column, p.code, p.found])).toEqual([
			[3, 'ID', 'unbekanntes_gebiet', 'X03']
		]);
		expect(await listImports(handle.db, TEST_AGS)).toEqual(before);
		expect(await draftSummary(handle.db, TEST_AGS)).toBeNull();
		expect(await years(DRAFT)).toEqual([2021]);
	});

	it('imports a spatial-unit export through the area import, its report numbering the uploaded features', async () => {
		const grid = JSON.parse(gridGeoJson()) as {
			features: { properties: { id: string; name: string }; geometry: unknown }[];
		};
		const feature = (
			id: string,
			name: string,
			start: string,
			end: string | null,
			geometry: unknown
		) => ({
			type: 'Feature',
			properties: { ID: id, NAME: name, validStartDate: start, validEndDate: end },
			geometry
		});
		const units = {
			type: 'FeatureCollection',
			features: [
				// A period that ended: left out.
				feature('Q01', 'Altstadt (alt)', '2010-01-01', '2019-12-31', grid.features[0].geometry),
				feature('Q01', 'Altstadt', '2020-01-01', null, grid.features[0].geometry),
				feature('Q07', 'Neubaugebiet', '2020-01-01', null, grid.features[1].geometry)
			]
		};
		const stored = await importKomMonitorAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'stadtteile.geojson',
			bytes: utf8(JSON.stringify(units)),
			now
		});
		expect(stored).toMatchObject({ ok: true, inserted: 1, replaced: 1 });
		expect(stored.details).toMatchObject({ format: 'KomMonitor', gebiete: 2, ausgelassen: 1 });
		// Spatial units land as a draft like any boundary file: nothing changes until published.
		expect(await draftSummary(handle.db, TEST_AGS)).toMatchObject({
			kind: 'gebiete',
			areas: 2,
			added: 1
		});
		const before = await handle.db
			.select({ code: areas.code, name: areas.name })
			.from(areas)
			.where(eq(areas.ags, TEST_AGS))
			.orderBy(asc(areas.code));
		expect(before.map((n) => n.code)).not.toContain('Q07');
		await publishDraft(handle.db, { ags: TEST_AGS, now });
		const names = await handle.db
			.select({ code: areas.code, name: areas.name })
			.from(areas)
			.where(eq(areas.ags, TEST_AGS))
			.orderBy(asc(areas.code));
		expect(names.slice(0, 1)).toEqual([{ code: 'Q01', name: 'Altstadt' }]);
		expect(names.map((n) => n.code)).toContain('Q07');

		units.features[2].geometry = { type: 'Point', coordinates: [7, 51.5] };
		const refused = await importKomMonitorAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'punkt.geojson',
			bytes: utf8(JSON.stringify(units)),
			now
		});
		expect(!refused.ok && refused.problems.map((p) => [p.row, p.code])).toEqual([
			[3, 'geometrie_typ']
		]);
	});
});
