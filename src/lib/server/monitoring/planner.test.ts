import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearAtlasCache } from './atlas/context';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { auditLog, indicatorValues } from '../db/schema';
import { MonitoringError } from './errors';
import { plannerOverview } from './planner';
import { ensureReferenceData } from './reference';
import { analysisSettingsOf, type AnalysisSettings } from './analysis';
import { municipalityAtlas } from './atlas/municipality';
import { analysisPreview } from './atlas/preview';
import {
	importAndPublishAreas,
	importAndPublishValues,
	importValues,
	publishDraft,
	discardDraft,
	publishDataset,
	saveAnalysisSettings,
	undoImport
} from './store';
import { clearMonitoringData, gridGeoJson, TEST_AGS, utf8 } from './testing';
import { saveTypeLabels, typeLabels, typologyKey } from './type-labels';

const now = new Date('2026-03-02T09:00:00Z');

describe.each(backends)('planning area on $name', (backend) => {
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
		// The emptied tables start their data versions again from 1: cached views must not survive.
		clearAtlasCache();
	});

	async function auditActions(): Promise<string[]> {
		const rows = await handle.db
			.select({ action: auditLog.action, subjectId: auditLog.subjectId })
			.from(auditLog)
			.where(eq(auditLog.subjectId, TEST_AGS))
			.orderBy(auditLog.id);
		return rows.map((r) => r.action);
	}

	it('writes an audit entry with the acting user for every change, in the same transaction', async () => {
		const who = { now, actor: 'Petra Planer', actorUserId: null };
		await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'q.geojson',
			text: gridGeoJson(),
			...who
		});
		const values = await importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'w.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert\nQ01;sgb2_quote;2023;12,5\n'),
			...who
		});
		expect(values.ok).toBe(true);
		await publishDraft(handle.db, { ags: TEST_AGS, ...who });
		await publishDataset(handle.db, { ags: TEST_AGS, ...who });
		await undoImport(handle.db, {
			ags: TEST_AGS,
			importId: values.ok ? values.importId : 0,
			...who
		});
		await importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'w2.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert\nQ01;sgb2_quote;2024;13\n'),
			...who
		});
		await discardDraft(handle.db, { ags: TEST_AGS, ...who });
		expect(await auditActions()).toEqual([
			'monitoring.areas.drafted',
			'monitoring.areas.published',
			'monitoring.values.drafted',
			'monitoring.values.published',
			'monitoring.dataset.published',
			'monitoring.import.undone',
			'monitoring.values.drafted',
			'monitoring.values.draft_discarded'
		]);
	});

	it('writes no audit entry for a refused change', async () => {
		await expect(publishDataset(handle.db, { ags: TEST_AGS, now })).rejects.toThrow(
			MonitoringError
		);
		const invalid = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'w.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert\nQ99;sgb2_quote;2023;x\n'),
			now
		});
		expect(invalid.ok).toBe(false);
		expect(await auditActions()).toEqual([]);
	});

	it('summarises areas, indicators with their years, and the undoable import', async () => {
		const empty = await plannerOverview(handle.db, TEST_AGS);
		expect(empty).toMatchObject({ settings: null, areaCount: 0, indicators: [], imports: [] });
		expect(empty.undoableImportId).toBeNull();

		await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'q.geojson',
			text: gridGeoJson(),
			now
		});
		const csv = [
			'Gebiet;Indikator;Jahr;Wert',
			'Q01;sgb2_quote;2021;10',
			'Q02;sgb2_quote;2021;11',
			'Q01;sgb2_quote;2023;12',
			'Q01;anteil_unter_18;2023;20'
		].join('\n');
		const result = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'w.csv',
			bytes: utf8(csv),
			now
		});
		const overview = await plannerOverview(handle.db, TEST_AGS);
		expect(overview.areaCount).toBe(6);
		expect(overview.settings?.published).toBe(false);
		expect(overview.indicators.find((i) => i.key === 'sgb2_quote')).toMatchObject({
			years: [2021, 2023],
			values: 3
		});
		expect(overview.indicators.find((i) => i.key === 'anteil_unter_18')).toMatchObject({
			years: [2023],
			values: 1
		});
		expect(overview.imports.map((i) => i.kind)).toEqual(['werte', 'gebiete']);
		expect(overview.undoableImportId).toBe(result.ok ? result.importId : -1);
	});

	it('stores type names per municipality and typology run, and removes a name left empty', async () => {
		const key = typologyKey(2023, 3, ['sgb2_quote', 'anteil_unter_18']);
		const other = typologyKey(2022, 3, ['sgb2_quote', 'anteil_unter_18']);
		await saveTypeLabels(handle.db, {
			ags: TEST_AGS,
			typology: key,
			labels: new Map([
				[1, { name: ' Familienquartiere ', description: 'Viele Kinder, wenig Transfer.' }],
				[2, { name: 'Innenstadtnah', description: '' }]
			]),
			now,
			actorUserId: null
		});
		expect(await typeLabels(handle.db, TEST_AGS, key)).toEqual({
			1: { name: 'Familienquartiere', description: 'Viele Kinder, wenig Transfer.' },
			2: { name: 'Innenstadtnah', description: '' }
		});
		expect(await typeLabels(handle.db, TEST_AGS, other)).toEqual({});
		expect(await typeLabels(handle.db, '05513000', key)).toEqual({});

		await saveTypeLabels(handle.db, {
			ags: TEST_AGS,
			typology: key,
			labels: new Map([[2, { name: '', description: 'egal' }]]),
			now
		});
		expect(Object.keys(await typeLabels(handle.db, TEST_AGS, key))).toEqual(['1']);
		expect(await auditActions()).toEqual([
			'monitoring.types.labelled',
			'monitoring.types.labelled'
		]);
		await expect(
			saveTypeLabels(handle.db, {
				ags: TEST_AGS,
				typology: key,
				labels: new Map([[1, { name: 'x'.repeat(81), description: '' }]]),
				now
			})
		).rejects.toThrow(MonitoringError);
	});

	it('keeps values of other municipalities out of the overview', async () => {
		await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'q.geojson',
			text: gridGeoJson(),
			now
		});
		await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'w.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert\nQ01;sgb2_quote;2023;12\n'),
			now
		});
		const [{ n }] = await handle.db
			.select({ n: sql<number>`count(*)::int` })
			.from(indicatorValues)
			.where(and(eq(indicatorValues.year, 2023)));
		expect(n).toBe(1);
		const elsewhere = await plannerOverview(handle.db, '05513000');
		expect(elsewhere.areaCount).toBe(0);
		expect(elsewhere.indicators).toEqual([]);
		expect(elsewhere.imports).toEqual([]);
	});

	it('saves undo data only for keys that existed when a file mixes new and existing values', async () => {
		await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'q.geojson',
			text: gridGeoJson(),
			now
		});
		const first = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'a.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert\nQ01;sgb2_quote;2023;10\nQ02;sgb2_quote;2023;11\n'),
			now
		});
		const second = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'b.csv',
			bytes: utf8(
				'Gebiet;Indikator;Jahr;Wert\nQ02;sgb2_quote;2023;21\nQ03;sgb2_quote;2023;22\nQ04;sgb2_quote;2023;23\n'
			),
			now
		});
		expect(second).toMatchObject({ ok: true, rowCount: 3, inserted: 2, replaced: 1 });
		const stored = async () =>
			(
				await handle.db
					.select({ areaId: indicatorValues.areaId, value: indicatorValues.value })
					.from(indicatorValues)
					.orderBy(indicatorValues.areaId)
			).map((r) => r.value);
		expect(await stored()).toEqual([10, 21, 22, 23]);
		const [{ n }] = await handle.db
			.select({ n: sql<number>`count(*)::int` })
			.from(sql`monitoring_replaced_values`);
		expect(n).toBe(1);
		await undoImport(handle.db, { ags: TEST_AGS, importId: second.ok ? second.importId : 0, now });
		expect(await stored()).toEqual([10, 11]);
		expect(first.ok).toBe(true);
	});

	describe('choice of analysis', () => {
		const who = { now, actor: 'Petra Planer', actorUserId: null };

		/** 12 areas Q01…Q12 with poverty, child poverty, under-18 share and population, 2019 and 2021. */
		async function twelveAreas() {
			await importAndPublishAreas(handle.db, {
				ags: TEST_AGS,
				fileName: 'q.geojson',
				text: gridGeoJson({ columns: 4, rows: 3 }),
				...who
			});
			const rows = [
				'Gebiet;Jahr;sgb2_quote;sgb2_quote_nenner;kinderarmut;kinderarmut_nenner;anteil_unter_18;anteil_unter_18_nenner;einwohner'
			];
			for (let i = 1; i <= 12; i += 1) {
				const code = `Q${String(i).padStart(2, '0')}`;
				for (const year of [2019, 2021]) {
					const drift = year === 2021 ? (i % 3) - 1 : 0;
					const population = i === 12 ? 150 : 1000;
					rows.push(
						`${code};${year};${5 + i + drift};${population};${10 + ((i * 7) % 12) + (year === 2021 ? i % 2 : 0)};${population};${15 + (i % 4)};${population};${population}`
					);
				}
			}
			const result = await importAndPublishValues(handle.db, {
				ags: TEST_AGS,
				fileName: 'w.csv',
				bytes: utf8(rows.join('\n')),
				...who
			});
			expect(result.ok).toBe(true);
		}

		const choice: AnalysisSettings = {
			typologyIndicators: ['sgb2_quote', 'anteil_unter_18'],
			typologyK: 3,
			typologyWinsorise: 2.5,
			mssIndicators: ['sgb2_quote', 'kinderarmut'],
			minPopulation: 300,
			mssOutliers: ['Q01']
		};

		it('previews a choice without storing it', async () => {
			await twelveAreas();
			const outcome = await analysisPreview(handle.db, TEST_AGS, choice);
			expect(outcome?.ok).toBe(true);
			if (!outcome?.ok) return;
			expect(outcome.preview.typology).toMatchObject({ year: 2021, k: 3, winsorise: 2.5 });
			expect(outcome.preview.typology?.profiles.reduce((n, p) => n + p.size, 0)).toBe(12);
			expect(outcome.preview.mss).toMatchObject({ year: 2021, baseYear: 2019, indexed: 10 });
			expect(outcome.preview.mss?.notIndexed.map((a) => [a.code, a.reason])).toEqual([
				['Q01', 'als Sonderfall vom Index ausgenommen'],
				['Q12', 'weniger als 300 Einwohner']
			]);
			expect(analysisSettingsOf((await plannerOverview(handle.db, TEST_AGS)).settings)).toEqual(
				analysisSettingsOf(null)
			);
		});

		it('saves a valid choice with an audit entry, and the atlas uses it', async () => {
			await twelveAreas();
			const saved = await saveAnalysisSettings(handle.db, {
				ags: TEST_AGS,
				settings: choice,
				...who
			});
			expect(saved).toEqual({ ok: true });
			const stored = (await plannerOverview(handle.db, TEST_AGS)).settings;
			expect(analysisSettingsOf(stored)).toEqual(choice);
			expect(await auditActions()).toContain('monitoring.analysis_changed');
			const atlas = await municipalityAtlas(handle.db, TEST_AGS, {
				kind: 'planner',
				ags: TEST_AGS
			});
			expect(atlas?.typology).toMatchObject({
				key: typologyKey(2021, 3, ['sgb2_quote', 'anteil_unter_18'], 2.5),
				indicators: ['SGB-II-Quote', 'Anteil unter 18 Jahren']
			});
			expect(atlas?.mss?.counts.notIndexed).toBe(2);
		});

		it('the atlas states the saved minimum population and counts every indexed area in a status class', async () => {
			await twelveAreas();
			expect(
				await saveAnalysisSettings(handle.db, {
					ags: TEST_AGS,
					settings: { ...choice, minPopulation: 120 },
					...who
				})
			).toEqual({ ok: true });
			const atlas = await municipalityAtlas(handle.db, TEST_AGS, {
				kind: 'planner',
				ags: TEST_AGS
			});
			expect(atlas?.mss?.minPopulation).toBe(120);
			expect(atlas?.mss?.status.map((r) => r.label)).toEqual([
				'1 hoch',
				'2 mittel',
				'3 niedrig',
				'4 sehr niedrig'
			]);
			expect(atlas?.mss?.status.reduce((n, r) => n + r.count, 0)).toBe(atlas?.mss?.counts.indexed);
		});

		it('refuses an invalid choice by field and changes nothing', async () => {
			await twelveAreas();
			const refused = await saveAnalysisSettings(handle.db, {
				ags: TEST_AGS,
				settings: {
					...choice,
					typologyIndicators: ['sgb2_quote'],
					typologyK: 9,
					mssOutliers: ['X']
				},
				...who
			});
			expect(refused.ok).toBe(false);
			if (refused.ok) return;
			expect(refused.problems.map((p) => p.field)).toEqual(['typologyIndicators', 'mssOutliers']);
			const stored = (await plannerOverview(handle.db, TEST_AGS)).settings;
			expect(analysisSettingsOf(stored)).toEqual(analysisSettingsOf(null));
			expect(await auditActions()).not.toContain('monitoring.analysis_changed');
		});
	});
});
