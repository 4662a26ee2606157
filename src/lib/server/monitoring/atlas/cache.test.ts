import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db';
import { backends } from '../../db/testing';
import { DEFAULT_ANALYSIS } from '../analysis';
import { PUBLIC } from '../read';
import { ensureReferenceData } from '../reference';
import {
	editArea,
	importAndPublishAreas,
	importAndPublishValues,
	publishDataset,
	saveAnalysisSettings,
	undoImport,
	unpublishDataset,
	updateDatasetSettings
} from '../store';
import { atlasTestValues, gridGeoJson, TEST_AGS, utf8 } from '../testing';
import { saveTypeLabels } from '../type-labels';
import { dataVersionOf } from '../version';
import { VersionedCache } from './cache';
import { atlasCached } from './context';
import { publicValues, valuesCsv } from './exports';
import { municipalityAtlas } from './municipality';

const now = new Date('2026-03-02T09:00:00Z');

describe('VersionedCache', () => {
	it('builds an entry once for concurrent readers of the same version', async () => {
		const cache = new VersionedCache<{ n: number }>(100, () => 1);
		let builds = 0;
		const build = async () => ({ n: ++builds });
		const [a, b] = await Promise.all([cache.read('x', 1, build), cache.read('x', 1, build)]);
		expect(builds).toBe(1);
		expect(a).toBe(b);
		expect(await cache.read('x', 1, build)).toBe(a);
	});

	it('builds again for a new version and drops the older one', async () => {
		const cache = new VersionedCache<{ v: number }>(100, () => 1);
		await cache.read('x', 1, async () => ({ v: 1 }));
		expect((await cache.read('x', 2, async () => ({ v: 2 })))?.v).toBe(2);
		expect(cache.has('x', 1)).toBe(false);
		expect(cache.has('x', 2)).toBe(true);
	});

	it('keeps neither a failed build nor a missing dataset', async () => {
		const cache = new VersionedCache<{ v: number }>(100, () => 1);
		await expect(cache.read('x', 1, () => Promise.reject(new Error('down')))).rejects.toThrow();
		expect(await cache.read('x', 1, async () => null)).toBeNull();
		expect((await cache.read('x', 1, async () => ({ v: 3 })))?.v).toBe(3);
	});

	it('builds every time when its limit is 0', async () => {
		const cache = new VersionedCache<{ v: number }>(0, () => 1);
		await cache.read('x', 1, async () => ({ v: 1 }));
		expect(cache.has('x', 1)).toBe(false);
	});

	it('holds no more values than its limit, least recently used out first', async () => {
		const cache = new VersionedCache<{ size: number }>(10, (e) => e.size);
		await cache.read('a', 1, async () => ({ size: 6 }));
		await cache.read('b', 1, async () => ({ size: 6 }));
		expect(cache.has('a', 1)).toBe(false);
		expect(cache.has('b', 1)).toBe(true);
	});
});

describe.each(backends)('atlas cache on $name', (backend) => {
	let handle: DatabaseHandle;
	const db = () => handle.db;
	const version = async () => (await dataVersionOf(db(), TEST_AGS))!;
	const csv = async () => {
		const data = await publicValues(db(), TEST_AGS, PUBLIC);
		return data ? valuesCsv(data) : null;
	};
	/** Reads the public atlas (filling the cache), runs `change`, and returns the new version. */
	async function afterChange(change: () => Promise<unknown>): Promise<number> {
		await municipalityAtlas(db(), TEST_AGS, PUBLIC);
		const before = await version();
		expect(atlasCached(TEST_AGS, before)).toBe(true);
		await change();
		const after = await version();
		expect(after).toBeGreaterThan(before);
		return after;
	}

	beforeAll(async () => {
		handle = await backend.open();
		await ensureReferenceData(handle.db);
		await importAndPublishAreas(handle.db, {
			ags: TEST_AGS,
			fileName: 'q.geojson',
			text: gridGeoJson({ columns: 4, rows: 3 }),
			now
		});
		await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'w.csv',
			bytes: utf8(atlasTestValues()),
			now
		});
		await publishDataset(handle.db, { ags: TEST_AGS, now });
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('serves the public view from the cache until the data version changes', async () => {
		const first = await csv();
		expect(atlasCached(TEST_AGS, await version())).toBe(true);
		expect(await csv()).toBe(first);
	});

	it('shows an import and its undo in the next public read', async () => {
		let importId = 0;
		await afterChange(async () => {
			const result = await importAndPublishValues(db(), {
				ags: TEST_AGS,
				fileName: 'neu.csv',
				bytes: utf8('Gebiet;Indikator;Jahr;Wert;Zähler;Nenner\nQ03;wohnflaeche;2024;77,7;;'),
				now
			});
			importId = result.ok ? result.importId : 0;
		});
		expect(await csv()).toContain('Q03;Quartier 3;wohnflaeche;2024;77,7');
		await afterChange(() => undoImport(db(), { ags: TEST_AGS, importId, now }));
		expect(await csv()).not.toContain(';2024;');
	});

	it('keeps the planner’s unsuppressed view apart from the public one and shows a new import at once', async () => {
		const planner = { kind: 'planner', ags: TEST_AGS } as const;
		const own = async () => (await publicValues(db(), TEST_AGS, planner))!;
		const hiddenInPublic = (await publicValues(db(), TEST_AGS, PUBLIC))!.values.filter(
			(v) => v.suppressed
		).length;
		expect(hiddenInPublic).toBeGreaterThan(0);
		expect((await own()).values.filter((v) => v.suppressed)).toEqual([]);
		const result = await importAndPublishValues(db(), {
			ags: TEST_AGS,
			fileName: 'planer.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert;Zähler;Nenner\nQ04;wohnflaeche;2025;55,5;;'),
			now
		});
		expect(result.ok).toBe(true);
		expect((await own()).values.some((v) => v.year === 2025 && v.value === 55.5)).toBe(true);
		expect(
			(await publicValues(db(), TEST_AGS, PUBLIC))!.values.filter((v) => v.suppressed)
		).toHaveLength(hiddenInPublic);
		if (result.ok) await undoImport(db(), { ags: TEST_AGS, importId: result.importId, now });
	});

	it('shows an edited area name in the next public read', async () => {
		await afterChange(() => editArea(db(), { ags: TEST_AGS, code: 'Q02', name: 'Altstadt', now }));
		expect(await csv()).toContain(';Q02;Altstadt;');
	});

	it('applies a changed disclosure threshold in the next public read', async () => {
		const hidden = async () => (await csv())!.split('\r\n').filter((l) => l.endsWith(';geheim'));
		const before = (await hidden()).length;
		expect(before).toBeGreaterThan(0);
		await afterChange(() =>
			updateDatasetSettings(db(), { ags: TEST_AGS, change: { disclosureThreshold: 20 }, now })
		);
		expect((await hidden()).length).toBeGreaterThan(before);
	});

	it('shows a changed choice of analysis and type names in the next public read', async () => {
		await afterChange(async () => {
			const saved = await saveAnalysisSettings(db(), {
				ags: TEST_AGS,
				settings: { ...DEFAULT_ANALYSIS, typologyK: 2 },
				now
			});
			expect(saved.ok).toBe(true);
		});
		const atlas = (await municipalityAtlas(db(), TEST_AGS, PUBLIC))!;
		expect(atlas.typology?.profiles).toHaveLength(2);
		await afterChange(() =>
			saveTypeLabels(db(), {
				ags: TEST_AGS,
				typology: atlas.typology!.key,
				labels: new Map([[1, { name: 'Familienquartiere', description: '' }]]),
				now
			})
		);
		const named = (await municipalityAtlas(db(), TEST_AGS, PUBLIC))!;
		expect(named.typology?.labels[1]?.name).toBe('Familienquartiere');
	});

	it('hides a withdrawn dataset at once and shows it again when published', async () => {
		await afterChange(() => unpublishDataset(db(), { ags: TEST_AGS, now }));
		expect(await csv()).toBeNull();
		expect(await municipalityAtlas(db(), TEST_AGS, PUBLIC)).toBeNull();
		await publishDataset(db(), { ags: TEST_AGS, now });
		expect(await csv()).toContain('Altstadt');
	});
});
