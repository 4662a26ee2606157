import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { auditLog, indicatorValues } from '../db/schema';
import { clearAtlasCache } from './atlas/context';
import { publicData, publicValues, valuesCsv } from './atlas/exports';
import { municipalityAtlas } from './atlas/municipality';
import { MonitoringError } from './errors';
import { PUBLIC, type Access } from './read';
import { ensureReferenceData } from './reference';
import {
	discardDraft,
	draftSummary,
	importAndPublishValues,
	importAndPublishAreas,
	importValues,
	listImports,
	publishDataset,
	publishDraft,
	undoLatestImport
} from './store';
import { clearMonitoringData, gridGeoJson, TEST_AGS, utf8 } from './testing';
import { dataVersionOf } from './version';

const now = new Date('2026-03-02T09:00:00Z');
const DRAFT: Access = { kind: 'draft', ags: TEST_AGS };
const PLANNER: Access = { kind: 'planner', ags: TEST_AGS };

/** 2021 for all six areas of the grid. */
const PUBLISHED = [
	'Gebiet;Indikator;Jahr;Wert',
	...['Q01', 'Q02', 'Q03', 'Q04', 'Q05', 'Q06'].map((c, i) => `${c};sgb2_quote;2021;${10 + i}`)
].join('\n');

/** The file from the bug report: two rows for a new year (with their base, so they are public). */
const TWO_ROWS_2022 =
	'Gebiet;Indikator;Jahr;Wert;Nenner\nQ01;sgb2_quote;2022;20;1000\nQ02;sgb2_quote;2022;21;1000\n';

describe.each(backends)('value drafts on $name', (backend) => {
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
			bytes: utf8(PUBLISHED),
			now
		});
		expect(first.ok).toBe(true);
		await publishDataset(handle.db, { ags: TEST_AGS, now });
	});

	const importDraft = (text: string, fileName = '2022.csv') =>
		importValues(handle.db, { ags: TEST_AGS, fileName, bytes: utf8(text), now });

	async function storedValues() {
		return handle.db
			.select()
			.from(indicatorValues)
			.orderBy(
				asc(indicatorValues.areaId),
				asc(indicatorValues.indicatorKey),
				asc(indicatorValues.year)
			);
	}

	async function yearsFor(access: Access) {
		const atlas = await municipalityAtlas(handle.db, TEST_AGS, access);
		return { year: atlas?.year, years: atlas?.years };
	}

	it('keeps an imported file out of the public atlas, its downloads and the planning reads until it is published', async () => {
		const version = await dataVersionOf(handle.db, TEST_AGS);
		const imported = await importDraft(TWO_ROWS_2022);
		expect(imported.ok).toBe(true);

		expect(await yearsFor(PUBLIC)).toEqual({ year: 2021, years: [2021] });
		expect(await yearsFor(PLANNER)).toEqual({ year: 2021, years: [2021] });
		const data = await publicData(handle.db, TEST_AGS, PUBLIC);
		expect(data?.yearsOf()).toEqual([2021]);
		expect(valuesCsv(data!)).not.toContain('2022');
		// A draft changes nothing the public sees, so the public cache stays valid.
		expect(await dataVersionOf(handle.db, TEST_AGS)).toBe(version);

		// The planner's preview shows the atlas as it will look.
		expect(await yearsFor(DRAFT)).toEqual({ year: 2022, years: [2021, 2022] });
		// A draft view of another municipality reads nothing unpublished of it.
		expect(await municipalityAtlas(handle.db, '05513000', { kind: 'draft', ags: TEST_AGS })).toBe(
			null
		);
	});

	it('publishes the draft in one step, and undo returns to the previous published state', async () => {
		const before = await storedValues();
		await importDraft(
			'Gebiet;Indikator;Jahr;Wert\nQ01;sgb2_quote;2021;30\nQ01;sgb2_quote;2022;20\n'
		);
		const version = await dataVersionOf(handle.db, TEST_AGS);

		const published = await publishDraft(handle.db, { ags: TEST_AGS, now });
		expect(published).toMatchObject({
			status: 'aktiv',
			rowCount: 2,
			insertedCount: 1,
			replacedCount: 1
		});
		expect(published.publishedAt).toEqual(now);
		expect(await dataVersionOf(handle.db, TEST_AGS)).toBeGreaterThan(version!);
		expect(await yearsFor(PUBLIC)).toEqual({ year: 2022, years: [2021, 2022] });
		expect(await draftSummary(handle.db, TEST_AGS)).toBeNull();

		const undone = await undoLatestImport(handle.db, { ags: TEST_AGS, now });
		expect(undone.id).toBe(published.id);
		expect(await storedValues()).toEqual(before);
		expect(await yearsFor(PUBLIC)).toEqual({ year: 2021, years: [2021] });
	});

	it('says what publishing would change: years, indicators, areas and values added or changed', async () => {
		await importDraft(
			[
				'Gebiet;Indikator;Jahr;Wert',
				'Q01;sgb2_quote;2021;10',
				'Q02;sgb2_quote;2021;99',
				'Q01;sgb2_quote;2022;20',
				'Q03;anteil_unter_18;2022;18'
			].join('\n')
		);
		const summary = await draftSummary(handle.db, TEST_AGS);
		expect(summary).toMatchObject({
			fileNames: '2022.csv',
			values: 4,
			added: 2,
			changed: 1,
			unchanged: 1,
			areas: 3,
			areasTotal: 6,
			// Four shares without numerator or base: the public atlas will not show them.
			unchecked: 4,
			years: [
				{ year: 2021, added: false },
				{ year: 2022, added: true }
			]
		});
		expect(summary?.kind === 'werte' ? summary.indicators : null).toEqual(
			expect.arrayContaining([
				{ key: 'sgb2_quote', added: false },
				{ key: 'anteil_unter_18', added: true }
			])
		);
	});

	it('adds a second file to the open draft, its rows replacing the draft’s for the same key', async () => {
		const first = await importDraft(TWO_ROWS_2022);
		const second = await importDraft(
			'Gebiet;Indikator;Jahr;Wert;Nenner\nQ02;sgb2_quote;2022;25;1000\nQ03;sgb2_quote;2022;22;1000\n',
			'nachtrag.csv'
		);
		expect(first.ok && second.ok && first.importId === second.importId).toBe(true);
		const drafts = (await listImports(handle.db, TEST_AGS)).filter((i) => i.status === 'entwurf');
		expect(drafts).toHaveLength(1);
		expect(drafts[0]).toMatchObject({ fileName: '2022.csv, nachtrag.csv', rowCount: 3 });
		const preview = await publicValues(handle.db, TEST_AGS, DRAFT, {
			indicator: 'sgb2_quote',
			year: 2022
		});
		expect(preview?.values.map((v) => [v.area, v.value])).toEqual([
			['Q01', 20],
			['Q02', 25],
			['Q03', 22]
		]);
	});

	it('discards a draft without touching the published state', async () => {
		const before = await storedValues();
		await importDraft(TWO_ROWS_2022);
		const discarded = await discardDraft(handle.db, { ags: TEST_AGS, now });
		expect(discarded.status).toBe('verworfen');
		expect(await storedValues()).toEqual(before);
		expect(await yearsFor(DRAFT)).toEqual({ year: 2021, years: [2021] });
		await expect(publishDraft(handle.db, { ags: TEST_AGS, now })).rejects.toMatchObject({
			code: 'kein_entwurf'
		});
	});

	it('refuses to publish a draft that grew after the planner confirmed it', async () => {
		const first = await importDraft(TWO_ROWS_2022);
		await importDraft('Gebiet;Indikator;Jahr;Wert\nQ03;sgb2_quote;2022;22\n', 'b.csv');
		const seen = { importId: first.ok ? first.importId : 0, rowCount: 2 };
		await expect(
			publishDraft(handle.db, { ags: TEST_AGS, now, expect: seen })
		).rejects.toBeInstanceOf(MonitoringError);
		expect(await yearsFor(PUBLIC)).toEqual({ year: 2021, years: [2021] });
	});

	it('writes every step into the audit log', async () => {
		await handle.db.execute(sql`delete from audit_log`);
		await importDraft(TWO_ROWS_2022);
		await publishDraft(handle.db, { ags: TEST_AGS, now, actorUserId: null });
		await undoLatestImport(handle.db, { ags: TEST_AGS, now });
		await importDraft(TWO_ROWS_2022);
		await discardDraft(handle.db, { ags: TEST_AGS, now });
		const actions = await handle.db
			.select({ action: auditLog.action })
			.from(auditLog)
			.orderBy(asc(auditLog.id));
		expect(actions.map((a) => a.action)).toEqual([
			'monitoring.values.drafted',
			'monitoring.values.published',
			'monitoring.import.undone',
			'monitoring.values.drafted',
			'monitoring.values.draft_discarded'
		]);
	});
});
