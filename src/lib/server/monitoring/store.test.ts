import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { areas, auditLog, indicatorValues, monitoringDatasets } from '../db/schema';
import { ensureReferenceData } from './reference';
import {
	draftSummary,
	editArea,
	importAndPublishAreas,
	importAndPublishValues,
	importValues,
	listImports,
	publishDataset,
	undoImport,
	undoLatestImport,
	unpublishDataset,
	updateDatasetSettings
} from './store';
import { clearMonitoringData, gridGeoJson, TEST_AGS, utf8, windows1252 } from './testing';

const now = new Date('2026-03-02T09:00:00Z');
const later = new Date('2026-03-03T09:00:00Z');

describe.each(backends)('monitoring store on $name', (backend) => {
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
	});

	async function snapshot() {
		const values = await handle.db
			.select()
			.from(indicatorValues)
			.orderBy(
				asc(indicatorValues.areaId),
				asc(indicatorValues.indicatorKey),
				asc(indicatorValues.year)
			);
		const areaRows = await handle.db.select().from(areas).orderBy(asc(areas.id));
		return JSON.stringify({ values, areaRows });
	}

	async function withGrid(): Promise<void> {
		const result = await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'quartiere.geojson',
			text: gridGeoJson(),
			now
		});
		expect(result.ok).toBe(true);
	}

	it('imports areas from EPSG:25832 and stores them in WGS84', async () => {
		const result = await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'utm.geojson',
			text: gridGeoJson({ crs: 'EPSG:25832' }),
			now
		});
		expect(result).toMatchObject({
			ok: true,
			inserted: 6,
			replaced: 0,
			details: { crs: 'EPSG:25832' }
		});
		const stored = await handle.db
			.select()
			.from(areas)
			.where(eq(areas.ags, TEST_AGS))
			.orderBy(asc(areas.code));
		expect(stored.map((a) => [a.code, a.name, a.parentCode])).toEqual([
			['Q01', 'Quartier 1', 'Nord'],
			['Q02', 'Quartier 2', 'Nord'],
			['Q03', 'Quartier 3', 'Nord'],
			['Q04', 'Quartier 4', 'Süd'],
			['Q05', 'Quartier 5', 'Süd'],
			['Q06', 'Quartier 6', 'Süd']
		]);
		const ring = (stored[3].geometry as { coordinates: number[][][] }).coordinates[0];
		// Q04 is the south-west cell: its corner (6.9, 51.52) survives the round trip within ~1 m.
		const corner = ring.find(([x, y]) => Math.abs(x - 6.9) < 1e-4 && Math.abs(y - 51.52) < 1e-4);
		expect(corner).toBeDefined();
	});

	it('stores a long-form UTF-8 file with BOM, semicolons and decimal commas', async () => {
		await withGrid();
		const csv =
			'Gebiet;Indikator;Jahr;Wert;Zähler;Nenner\r\n' +
			'Q01;sgb2_quote;2023;12,5;125;1000\r\n' +
			'Q02;sgb2_quote;2023;;30;600\r\n' +
			'Q01;einwohner;2023;1.234;;\r\n' +
			'Q01;Wohnfläche je Einwohner;2023;38,2;;\r\n';
		const result = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'werte.csv',
			bytes: utf8(csv, true),
			now
		});
		expect(result).toMatchObject({
			ok: true,
			rowCount: 4,
			inserted: 4,
			details: { kodierung: 'UTF-8 mit BOM', format: 'Langform', trennzeichen: ';' }
		});
		const rows = await handle.db
			.select({
				code: areas.code,
				key: indicatorValues.indicatorKey,
				value: indicatorValues.value,
				numerator: indicatorValues.numerator
			})
			.from(indicatorValues)
			.innerJoin(areas, eq(areas.id, indicatorValues.areaId))
			.orderBy(asc(areas.code), asc(indicatorValues.indicatorKey));
		expect(rows).toEqual([
			{ code: 'Q01', key: 'einwohner', value: 1234, numerator: null },
			{ code: 'Q01', key: 'sgb2_quote', value: 12.5, numerator: 125 },
			{ code: 'Q01', key: 'wohnflaeche', value: 38.2, numerator: null },
			{ code: 'Q02', key: 'sgb2_quote', value: 5, numerator: 30 }
		]);
	});

	it('leaves the foreign keys enforced after a bulk import', async () => {
		await withGrid();
		const result = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'w.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert\nQ01;sgb2_quote;2023;12,5\n'),
			now
		});
		expect(result.ok).toBe(true);
		const importId = result.ok ? result.importId : 0;
		await expect(
			handle.db.execute(
				sql`insert into indicator_values (area_id, indicator_key, year, value, import_id)
					values (-1, 'sgb2_quote', 2023, 1, ${importId})`
			)
		).rejects.toThrow();
		const [{ role }] = (
			(await handle.db.execute(
				sql`select current_setting('session_replication_role') as role`
			)) as unknown as {
				rows: { role: string }[];
			}
		).rows;
		expect(role).toBe('origin');
	});

	/** Six areas × three indicators × years: `count` rows of a valid long-form file. */
	function manyRows(count: number): Uint8Array {
		const lines = ['Gebiet;Indikator;Jahr;Wert'];
		const codes = ['Q01', 'Q02', 'Q03', 'Q04', 'Q05', 'Q06'];
		const keys = ['sgb2_quote', 'kinderarmut', 'anteil_ueber_65'];
		for (let i = 0; lines.length <= count; i += 1) {
			const year = 1950 + Math.floor(i / (codes.length * keys.length));
			lines.push(`${codes[i % 6]};${keys[Math.floor(i / 6) % 3]};${year};${(i % 90) + 1},5`);
		}
		return utf8(lines.join('\n'));
	}

	/** Rows written by imports still loading (or left behind by one that failed). */
	async function stagedRows(): Promise<number> {
		const result = (await handle.db.execute(
			sql`select (select count(*) from monitoring_imports where status = 'laedt')
				+ (select count(*) from monitoring_draft_values d
					where not exists (select 1 from monitoring_imports i where i.id = d.import_id and i.status = 'entwurf'))::int as n`
		)) as unknown as { rows: { n: number }[] };
		return Number(result.rows[0].n);
	}

	it('answers other queries between the chunks of a large import', async () => {
		await withGrid();
		const order: string[] = [];
		let read: Promise<void> | null = null;
		const imported = importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'gross.csv',
			bytes: manyRows(900),
			now,
			chunkRows: 100,
			onProgress: ({ phase }) => {
				// A public read that arrives while the import is writing its first chunks.
				if (phase === 'schreiben' && !read) {
					read = handle.db
						.select({ ags: monitoringDatasets.ags })
						.from(monitoringDatasets)
						.then(() => void order.push('read'));
				}
			}
		}).then((result) => {
			order.push('import');
			return result;
		});
		const result = await imported;
		await read;
		expect(result).toMatchObject({ ok: true, rowCount: 900 });
		expect(order).toEqual(['read', 'import']);
		expect(await stagedRows()).toBe(0);
	});

	it('leaves no trace of an import that fails between its chunks', async () => {
		await withGrid();
		await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'erst.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert\nQ01;sgb2_quote;1950;3,5\n'),
			now
		});
		const before = await snapshot();
		const imports = await listImports(handle.db, TEST_AGS);
		const audit = await handle.db.select().from(auditLog);
		let chunks = 0;
		await expect(
			importAndPublishValues(handle.db, {
				ags: TEST_AGS,
				fileName: 'abbruch.csv',
				bytes: manyRows(900),
				now: later,
				chunkRows: 100,
				onProgress: ({ phase }) => {
					if (phase === 'schreiben' && ++chunks === 5) throw new Error('Verbindung verloren');
				}
			})
		).rejects.toThrow('Verbindung verloren');
		expect(await snapshot()).toBe(before);
		expect(await listImports(handle.db, TEST_AGS)).toEqual(imports);
		expect(await handle.db.select().from(auditLog)).toEqual(audit);
		expect(await stagedRows()).toBe(0);
	});

	it('stores nothing of a file whose problem comes after rows were already written, and lists it by row', async () => {
		await withGrid();
		const before = await snapshot();
		const imports = await listImports(handle.db, TEST_AGS);
		let written = 0;
		const broken = new Uint8Array([...manyRows(900), ...utf8('\nQ01;sgb2_quote;2020;zwölf')]);
		const result = await importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'spaet-kaputt.csv',
			bytes: broken,
			now,
			chunkRows: 100,
			onProgress: ({ phase, done }) => {
				if (phase === 'schreiben') written = done;
			}
		});
		expect(result).toMatchObject({
			ok: false,
			problems: [{ row: 902, column: 'D (Wert)', code: 'keine_zahl' }]
		});
		expect(written).toBeGreaterThan(0); // batches went to the database while the file was read
		expect(await snapshot()).toBe(before);
		expect(await listImports(handle.db, TEST_AGS)).toEqual(imports);
		expect(await draftSummary(handle.db, TEST_AGS)).toBeNull();
		expect(await stagedRows()).toBe(0);
	});

	it('fails whole when an area goes away before the final switch, and cleans its staging up', async () => {
		await withGrid();
		const before = await snapshot();
		const [q06] = await handle.db.select().from(areas).where(eq(areas.code, 'Q06'));
		let deleted = false;
		await expect(
			importAndPublishValues(handle.db, {
				ags: TEST_AGS,
				fileName: 'weg.csv',
				bytes: manyRows(300),
				now,
				chunkRows: 100,
				onProgress: async ({ phase }) => {
					if (phase === 'schreiben' && !deleted) {
						deleted = true;
						await handle.db.delete(areas).where(eq(areas.id, q06.id));
					}
				}
			})
		).rejects.toThrow();
		expect(await handle.db.select().from(indicatorValues)).toEqual([]);
		expect(await listImports(handle.db, TEST_AGS)).toHaveLength(1); // the area import
		expect(await stagedRows()).toBe(0);
		expect(before).not.toBe(await snapshot()); // only the deleted area differs
	});

	it('removes staged rows an interrupted process left behind more than an hour ago', async () => {
		await withGrid();
		const [q01] = await handle.db.select().from(areas).where(eq(areas.code, 'Q01'));
		await handle.db.execute(sql`
			with orphan as (
				insert into monitoring_imports (ags, kind, status, file_name, row_count, inserted_count, replaced_count, created_at)
				values (${TEST_AGS}, 'werte', 'laedt', 'verwaist.csv', 1, 0, 0,
					${new Date(now.getTime() - 2 * 3600_000).toISOString()}::timestamptz)
				returning id)
			insert into monitoring_draft_values (import_id, area_id, indicator_key, year, value)
			select id, ${q01.id}, 'sgb2_quote', 2020, 1 from orphan`);
		expect(await stagedRows()).toBe(2);
		const result = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'w.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert\nQ01;sgb2_quote;2023;12,5\n'),
			now
		});
		expect(result.ok).toBe(true);
		expect(await stagedRows()).toBe(0);
	});

	it('keeps a value reference as a foreign key would: an area takes its published and draft values along, a used indicator stays', async () => {
		await withGrid();
		const [q01] = await handle.db.select().from(areas).where(eq(areas.code, 'Q01'));
		await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'a.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert\nQ01;sgb2_quote;2022;12,5\nQ02;sgb2_quote;2022;7\n'),
			now
		});
		await importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'b.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert\nQ01;sgb2_quote;2023;13\nQ02;sgb2_quote;2023;8\n'),
			now: later
		});
		await expect(
			handle.db.execute(sql`delete from indicators where key = 'sgb2_quote'`)
		).rejects.toThrow();
		await expect(
			handle.db.execute(
				sql`update monitoring_draft_values set indicator_key = 'gibt_es_nicht' where area_id = ${q01.id}`
			)
		).rejects.toThrow();
		await handle.db.delete(areas).where(eq(areas.id, q01.id));
		const left = (await handle.db.execute(sql`
			select (select count(*) from indicator_values)::int as published,
				(select count(*) from monitoring_draft_values)::int as drafted,
				(select count(*) from indicator_values where area_id = ${q01.id})::int
					+ (select count(*) from monitoring_draft_values where area_id = ${q01.id})::int as orphans`)) as unknown as {
			rows: { published: number; drafted: number; orphans: number }[];
		};
		expect(left.rows[0]).toEqual({ published: 1, drafted: 1, orphans: 0 });
	});

	it('shows a file still loading nowhere: not in the history, not as the draft', async () => {
		await withGrid();
		let seen: { history: number; draft: unknown } | null = null;
		const result = await importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'gross.csv',
			bytes: manyRows(300),
			now,
			chunkRows: 100,
			onProgress: async ({ phase, done }) => {
				if (phase === 'schreiben' && done === 200) {
					seen = {
						history: (await listImports(handle.db, TEST_AGS)).length,
						draft: await draftSummary(handle.db, TEST_AGS)
					};
				}
			}
		});
		expect(result.ok).toBe(true);
		expect(seen).toEqual({ history: 1, draft: null }); // only the area import
		expect(await draftSummary(handle.db, TEST_AGS)).toMatchObject({ kind: 'werte', values: 300 });
	});

	it('keeps undo in publishing order when another import is published while a file loads', async () => {
		await withGrid();
		let smallId = 0;
		const big = await importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'gross.csv',
			bytes: manyRows(300),
			now,
			chunkRows: 100,
			onProgress: async ({ phase }) => {
				if (phase === 'schreiben' && smallId === 0) {
					const small = await importAndPublishValues(handle.db, {
						ags: TEST_AGS,
						fileName: 'klein.csv',
						bytes: utf8('Gebiet;Indikator;Jahr;Wert\nQ01;kinderarmut;2024;20\n'),
						now
					});
					smallId = small.ok ? small.importId : -1;
				}
			}
		});
		expect(big.ok).toBe(true);
		const draft = await draftSummary(handle.db, TEST_AGS);
		expect(smallId).toBeGreaterThan(0);
		expect(draft?.importId).toBeGreaterThan(smallId);
		await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'leer-nachtrag.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert\nQ02;kinderarmut;2024;21\n'),
			now
		});
		const undone = await undoLatestImport(handle.db, { ags: TEST_AGS, now: later });
		expect(undone.fileName).toBe('gross.csv, leer-nachtrag.csv');
		const next = await undoLatestImport(handle.db, { ags: TEST_AGS, now: later });
		expect(next.fileName).toBe('klein.csv');
	});

	it('reads a Windows-1252 wide-form file with the year given at import', async () => {
		await withGrid();
		const csv = 'Quartier;Einwohnerzahl;Wohnfläche je Einwohner\nQ01;2500;41,5\nQ02;1800;\n';
		const result = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'breit.csv',
			bytes: windows1252(csv),
			year: 2022,
			now
		});
		expect(result).toMatchObject({
			ok: true,
			rowCount: 3,
			details: { kodierung: 'Windows-1252', format: 'Breitform' }
		});
	});

	it('reports every problem of a malformed file with row and column and stores nothing', async () => {
		await withGrid();
		await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'gut.csv',
			bytes: utf8('gebiet;indikator;jahr;wert\nQ01;sgb2_quote;2022;10,0\n'),
			now
		});
		const before = await snapshot();
		const importsBefore = await listImports(handle.db, TEST_AGS);
		const csv = [
			'Gebiet;Indikator;Jahr;Wert;Zähler;Nenner',
			'Q01;sgb2_quote;2023;12,5;125;1000', // fine
			'Q99;sgb2_quote;2023;5;;', // unknown area
			'Q02;armut;2023;5;;', // unknown indicator
			'Q03;sgb2_quote;2023;viel;;', // not a number
			'Q04;sgb2_quote;2023;140;;', // out of range
			'Q01;sgb2_quote;2023;12,5;125;1000', // duplicate of line 2
			'Q05;sgb2_quote;20x3;5;;', // bad year
			'Q06;sgb2_quote;2023;5' // missing field
		].join('\n');
		const result = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'kaputt.csv',
			bytes: utf8(csv),
			now: later
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
			[3, 'A (Gebiet)', 'unbekanntes_gebiet'],
			[4, 'B (Indikator)', 'unbekannter_indikator'],
			[5, 'D (Wert)', 'keine_zahl'],
			[6, 'D (Wert)', 'ausserhalb_bereich'],
			[7, null, 'doppelt'],
			[8, 'C (Jahr)', 'ungueltiges_jahr'],
			[9, null, 'spaltenzahl']
		]);
		expect(result.problems[0].message).toContain('Gebiet');
		expect(result.problems[4].found).toBe('erstmals in Zeile 2');
		expect(await snapshot()).toBe(before);
		expect(await listImports(handle.db, TEST_AGS)).toEqual(importsBefore);
	});

	it('replaces values on re-import and undo brings the old values back', async () => {
		await withGrid();
		const first = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: '2023-a.csv',
			bytes: utf8('gebiet;indikator;jahr;wert\nQ01;sgb2_quote;2023;10\nQ02;sgb2_quote;2023;20\n'),
			now
		});
		const afterFirst = await snapshot();
		const second = await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: '2023-b.csv',
			bytes: utf8('gebiet;indikator;jahr;wert\nQ01;sgb2_quote;2023;11\nQ03;sgb2_quote;2023;30\n'),
			now: later
		});
		expect(second).toMatchObject({ ok: true, inserted: 1, replaced: 1 });
		if (!first.ok || !second.ok) throw new Error('imports failed');

		await expect(
			undoImport(handle.db, { ags: TEST_AGS, importId: first.importId, now: later })
		).rejects.toMatchObject({ code: 'nur_letzter_import' });

		const undone = await undoImport(handle.db, {
			ags: TEST_AGS,
			importId: second.importId,
			now: later
		});
		expect(undone).toMatchObject({ status: 'rueckgaengig', undoneAt: later });
		expect(await snapshot()).toBe(afterFirst);

		await expect(
			undoImport(handle.db, { ags: TEST_AGS, importId: second.importId, now: later })
		).rejects.toMatchObject({ code: 'import_schon_rueckgaengig' });
		const history = await listImports(handle.db, TEST_AGS);
		expect(history.map((h) => [h.fileName, h.status])).toEqual([
			['2023-b.csv', 'rueckgaengig'],
			['2023-a.csv', 'aktiv'],
			['quartiere.geojson', 'aktiv']
		]);
	});

	it('undoes an area import: new areas go, changed areas get their old name and shape', async () => {
		await withGrid();
		const before = await snapshot();
		const renamed = JSON.parse(gridGeoJson({ columns: 4 }));
		renamed.features[0].properties.name = 'Altstadt';
		const second = await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'neu.geojson',
			text: JSON.stringify(renamed),
			now: later
		});
		// 4 columns × 2 rows: Q01–Q03 keep their outline (updated in place); Q04–Q06 now lie
		// elsewhere (new boundary versions, the old ones closed); Q07 and Q08 are new.
		expect(second).toMatchObject({
			ok: true,
			inserted: 5,
			replaced: 3,
			details: { neue_abgrenzungen: 3, beendete_abgrenzungen: 3 }
		});
		if (!second.ok) return;
		await undoImport(handle.db, { ags: TEST_AGS, importId: second.importId, now: later });
		expect(await snapshot()).toBe(before);
	});

	it('refuses an area file with problems and names the feature', async () => {
		const broken = JSON.parse(gridGeoJson());
		delete broken.features[1].properties.name;
		broken.features[2].properties.id = 'Q01';
		broken.features[3].geometry = { type: 'Point', coordinates: [6.9, 51.5] };
		const result = await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'x.geojson',
			text: JSON.stringify(broken),
			now
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((p) => [p.row, p.code])).toEqual([
			[2, 'name_fehlt'],
			[3, 'kennung_doppelt'],
			[4, 'geometrie_typ']
		]);
		expect(await handle.db.select().from(areas)).toEqual([]);
	});

	it('publishes only a dataset with areas, and withdraws it again', async () => {
		await expect(publishDataset(handle.db, { ags: TEST_AGS, now })).rejects.toMatchObject({
			code: 'keine_gebiete'
		});
		await withGrid();
		const published = await publishDataset(handle.db, {
			ags: TEST_AGS,
			now,
			actor: 'planer-bottrop'
		});
		expect(published).toMatchObject({ published: true, publishedAt: now });
		const withdrawn = await unpublishDataset(handle.db, { ags: TEST_AGS, now: later });
		expect(withdrawn).toMatchObject({ published: false, publishedAt: null });
		const events = await handle.db
			.select({ action: auditLog.action, details: auditLog.details })
			.from(auditLog)
			.where(eq(auditLog.subjectId, TEST_AGS))
			.orderBy(asc(auditLog.id));
		expect(events.map((e) => e.action)).toEqual([
			'monitoring.areas.drafted',
			'monitoring.areas.published',
			'monitoring.dataset.published',
			'monitoring.dataset.unpublished'
		]);
		expect(events[2].details.actor).toBe('planer-bottrop');
	});

	it('edits settings and area names, and rejects an unknown municipality', async () => {
		await withGrid();
		const settings = await updateDatasetSettings(handle.db, {
			ags: TEST_AGS,
			now,
			change: {
				areaTerm: 'Statistischer Bezirk',
				areaTermPlural: 'Statistische Bezirke',
				disclosureThreshold: 5
			}
		});
		expect(settings).toMatchObject({
			areaTerm: 'Statistischer Bezirk',
			disclosureThreshold: 5,
			minPopulation: 300
		});
		for (const tooLow of [0, 1, 2]) {
			// Counts of 1 or 2 on a public page point to single people.
			await expect(
				updateDatasetSettings(handle.db, {
					ags: TEST_AGS,
					now,
					change: { disclosureThreshold: tooLow }
				})
			).rejects.toMatchObject({ code: 'ungueltige_schwelle' });
		}
		await updateDatasetSettings(handle.db, {
			ags: TEST_AGS,
			now,
			change: { disclosureThreshold: 3 }
		});
		await editArea(handle.db, { ags: TEST_AGS, code: 'Q01', name: 'Altstadt', now });
		const [row] = await handle.db
			.select({ name: areas.name })
			.from(areas)
			.where(eq(areas.code, 'Q01'));
		expect(row.name).toBe('Altstadt');
		await expect(
			editArea(handle.db, { ags: TEST_AGS, code: 'Q77', name: 'X', now })
		).rejects.toMatchObject({
			code: 'gebiet_unbekannt'
		});
		await expect(publishDataset(handle.db, { ags: '05999000', now })).rejects.toMatchObject({
			code: 'gemeinde_unbekannt'
		});
		const [dataset] = await handle.db.select().from(monitoringDatasets);
		expect(dataset.published).toBe(false);
	});
});
