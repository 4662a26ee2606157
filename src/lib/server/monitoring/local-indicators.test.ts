import { messageText, translator } from '$lib/i18n';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { auditLog, indicators } from '../db/schema';
import { clearAtlasCache } from './atlas/context';
import { publicData, valuesCsv } from './atlas/exports';
import { municipalityAtlas } from './atlas/municipality';
import { ruhrOverview } from './atlas/ruhr';
import { MonitoringError } from './errors';
import {
	createLocalIndicator,
	deleteLocalIndicator,
	listLocalIndicators,
	updateLocalIndicator
} from './local-indicators';
import { loadIndicators, PUBLIC, publicIndicators } from './read';
import { ensureReferenceData } from './reference';
import {
	discardDraft,
	importAndPublishValues,
	importAndPublishAreas,
	importValues,
	publishDataset,
	publishDraft
} from './store';
import { valueTemplate } from './template';
import { clearMonitoringData, gridGeoJson, TEST_AGS, utf8 } from './testing';

const now = new Date('2026-03-02T09:00:00Z');
const OTHER = '05513000';
const KEY = `lokal_${TEST_AGS}_bibliothek`;

const LIBRARY = {
	key: 'bibliothek',
	name: 'Besuche der Stadtbibliothek',
	nameEn: 'Visits to the public library',
	definition: 'Besuche der Stadtbibliothek je 1.000 Einwohner (Besuche ÷ Einwohner × 1.000)',
	numeratorLabel: 'Besuche der Stadtbibliothek',
	denominatorLabel: 'Einwohner',
	unit: 'je 1.000 EW',
	kind: 'share',
	per: '1000',
	direction: 'need_down',
	handlungsfeld: 'kultur',
	source: 'Stadtbibliothek, Ausleihstatistik',
	timeBasis: 'jahresdurchschnitt',
	decimals: '0'
};

const LIBRARY_VALUES = [
	`Gebiet;Jahr;${KEY}`,
	...['Q01', 'Q02', 'Q03', 'Q04', 'Q05', 'Q06'].map((c, i) => `${c};2024;${800 + i * 150}`)
].join('\n');

describe.each(backends)('local indicators on $name', (backend) => {
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
		await handle.db.execute(sql`delete from indicators where ags is not null`);
		for (const ags of [TEST_AGS, OTHER]) {
			await importAndPublishAreas(handle.db, {
				ags,
				fileName: 'q.geojson',
				text: gridGeoJson(),
				now
			});
			await publishDataset(handle.db, { ags, now });
		}
	});

	const create = (ags = TEST_AGS, definition: Record<string, unknown> = LIBRARY) =>
		createLocalIndicator(handle.db, { ags, definition, now, actorUserId: null });

	async function auditActions() {
		return (await handle.db.select({ action: auditLog.action }).from(auditLog)).map(
			(r) => r.action
		);
	}

	it('stores the planner’s key under the municipality’s namespace, audited, in the field Kultur', async () => {
		expect(await create()).toEqual({ ok: true, key: KEY });
		const [row] = await handle.db.select().from(indicators).where(eq(indicators.key, KEY));
		expect(row).toMatchObject({
			ags: TEST_AGS,
			handlungsfeld: 'kultur',
			kind: 'share',
			per: 1000,
			timeBasis: 'jahresdurchschnitt',
			decimals: 0,
			minValue: 0,
			maxValue: null
		});
		expect(await auditActions()).toContain('monitoring.indicator.created');
		const listed = await listLocalIndicators(handle.db, TEST_AGS);
		expect(listed.map((i) => [i.shortKey, i.values])).toEqual([['bibliothek', 0]]);
	});

	it('refuses control characters the shared field rules refuse, DEL and C1 included', async () => {
		for (const name of ['Biblio\u007fthek', 'Biblio\u0085thek', 'Biblio\u0000thek']) {
			const outcome = await create(TEST_AGS, { ...LIBRARY, name });
			expect(outcome.ok ? [] : outcome.problems.map((p) => p.field)).toEqual(['name']);
		}
		expect(await listLocalIndicators(handle.db, TEST_AGS)).toEqual([]);
	});

	it('answers an incomplete definition by field, in the reader’s language, and stores nothing', async () => {
		const outcome = await create(TEST_AGS, {
			...LIBRARY,
			name: ' ',
			per: '',
			denominatorLabel: '',
			kind: 'share',
			handlungsfeld: 'sport'
		});
		expect(outcome.ok).toBe(false);
		const problems = outcome.ok ? [] : outcome.problems;
		const inGerman = problems.map((p) => [p.field, messageText(translator('de'), p.message)]);
		expect(inGerman).toEqual(
			expect.arrayContaining([
				['name', 'Bitte ausfüllen.'],
				['handlungsfeld', 'Bitte einen der angebotenen Werte wählen.']
			])
		);
		const inEnglish = problems.map((p) => [p.field, messageText(translator('en'), p.message)]);
		expect(inEnglish).toEqual(
			expect.arrayContaining([['handlungsfeld', 'Please choose one of the values offered.']])
		);
		expect((await create(TEST_AGS, { ...LIBRARY, per: '' })).ok).toBe(false);
		const noBase = await create(TEST_AGS, { ...LIBRARY, per: '', denominatorLabel: '' });
		expect(noBase.ok ? [] : noBase.problems.map((p) => p.field)).toEqual([
			'denominatorLabel',
			'per'
		]);
		expect(noBase.ok ? '' : messageText(translator('de'), noBase.problems[1].message)).toMatch(
			/^Eine Quote braucht eine Bezugsgröße/
		);
		expect(await listLocalIndicators(handle.db, TEST_AGS)).toEqual([]);
		expect(await auditActions()).not.toContain('monitoring.indicator.created');
	});

	it('takes blank optional fields as not given, and a German number as the base', async () => {
		const count = await create(TEST_AGS, {
			...LIBRARY,
			key: 'veranstaltungen',
			kind: 'count',
			per: '',
			nameEn: '',
			numeratorLabel: '',
			denominatorLabel: ''
		});
		expect(count).toEqual({ ok: true, key: `lokal_${TEST_AGS}_veranstaltungen` });
		expect(await create(TEST_AGS, { ...LIBRARY, per: '1.000' })).toEqual({ ok: true, key: KEY });
		const rows = await handle.db.select().from(indicators).where(eq(indicators.ags, TEST_AGS));
		expect(Object.fromEntries(rows.map((r) => [r.key, [r.per, r.nameEn]]))).toEqual({
			[`lokal_${TEST_AGS}_veranstaltungen`]: [null, null],
			[KEY]: [1000, 'Visits to the public library']
		});
	});

	it('refuses a catalogue key, a key taken in the municipality and a key with the namespace typed in', async () => {
		const catalogue = await create(TEST_AGS, { ...LIBRARY, key: 'sgb2_quote' });
		expect(catalogue.ok ? null : catalogue.problems[0].field).toBe('key');
		const message = catalogue.ok ? '' : catalogue.problems[0].message;
		expect(messageText(translator('de'), message)).toBe(
			'„sgb2_quote“ ist ein Indikator des gemeinsamen Katalogs; bitte einen anderen Schlüssel wählen.'
		);
		expect(messageText(translator('en'), message)).toContain('sgb2_quote” is an indicator of');
		expect((await create()).ok).toBe(true);
		const twice = await create();
		expect(twice.ok ? '' : messageText(translator('de'), twice.problems[0].message)).toContain(
			'gibt es in dieser Gemeinde schon'
		);
		const prefixed = await create(TEST_AGS, { ...LIBRARY, key: 'lokal_bibliothek' });
		expect(prefixed.ok ? null : prefixed.problems[0].field).toBe('key');
		// Another municipality may use the same short key: its key is its own.
		expect(await create(OTHER)).toEqual({ ok: true, key: `lokal_${OTHER}_bibliothek` });
	});

	it('the database keeps catalogue keys out of the local namespace and local keys in their own', async () => {
		const base = {
			name: 'x',
			definition: 'x',
			unit: '%',
			kind: 'measure' as const,
			direction: 'neutral' as const,
			handlungsfeld: 'kultur' as const,
			source: 'x'
		};
		await expect(
			handle.db.insert(indicators).values({ ...base, key: 'lokal_x' })
		).rejects.toThrow();
		await expect(
			handle.db.insert(indicators).values({ ...base, key: `lokal_${OTHER}_x`, ags: TEST_AGS })
		).rejects.toThrow();
	});

	it('another municipality never sees a local indicator: not in its catalogue, template, import or public list', async () => {
		await create();
		expect((await loadIndicators(handle.db, TEST_AGS)).map((i) => i.key)).toContain(KEY);
		expect((await loadIndicators(handle.db, OTHER)).map((i) => i.key)).not.toContain(KEY);
		expect((await loadIndicators(handle.db, null)).map((i) => i.key)).not.toContain(KEY);

		const own = await valueTemplate(handle.db, { ags: TEST_AGS, keys: [KEY], year: 2024 });
		expect(own.keys).toEqual([KEY]);
		const other = await valueTemplate(handle.db, { ags: OTHER, keys: [KEY], year: 2024 });
		expect(other.keys).not.toContain(KEY);

		const refused = await importValues(handle.db, {
			ags: OTHER,
			fileName: 'fremd.csv',
			bytes: utf8(LIBRARY_VALUES),
			now
		});
		expect(refused.ok).toBe(false);

		expect((await publicIndicators(handle.db, TEST_AGS)).map((i) => i.key)).toContain(KEY);
		expect((await publicIndicators(handle.db, OTHER)).map((i) => i.key)).not.toContain(KEY);
		expect((await publicIndicators(handle.db, null)).map((i) => i.key)).not.toContain(KEY);
	});

	it('imports values for a local indicator by its key as a draft, and once published the atlas maps it and the download lists it', async () => {
		await create();
		const drafted = await importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'bibliothek.csv',
			bytes: utf8(LIBRARY_VALUES),
			now
		});
		expect(drafted.ok).toBe(true);
		const before = await municipalityAtlas(handle.db, TEST_AGS, PUBLIC, { indicator: KEY });
		expect(before?.indicator?.key).not.toBe(KEY);
		await publishDraft(handle.db, { ags: TEST_AGS, now });

		const atlas = await municipalityAtlas(handle.db, TEST_AGS, PUBLIC, { indicator: KEY });
		expect(atlas?.indicator?.key).toBe(KEY);
		expect(atlas?.indicator?.handlungsfeld).toBe('kultur');
		expect(atlas?.year).toBe(2024);
		const data = await publicData(handle.db, TEST_AGS, PUBLIC);
		expect(valuesCsv(data!)).toContain(KEY);
		// The Ruhr-wide overview compares catalogue indicators only.
		const ruhr = await ruhrOverview(handle.db);
		expect(ruhr.indicators.map((i) => i.key)).not.toContain(KEY);
	});

	it('takes a rate per 1,000 whose numerator exceeds its denominator, which a catalogue share refuses', async () => {
		await create();
		const file = (key: string) =>
			utf8(`Gebiet;Indikator;Jahr;Wert;Zähler;Nenner\nQ01;${key};2024;2000;4000;2000\n`);
		const local = await importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'rate.csv',
			bytes: file(KEY),
			now
		});
		expect(local.ok).toBe(true);
		await discardDraft(handle.db, { ags: TEST_AGS, now });
		const share = await importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'share.csv',
			bytes: utf8('Gebiet;Indikator;Jahr;Wert;Zähler;Nenner\nQ01;sgb2_quote;2024;200;4000;2000\n'),
			now
		});
		expect(share.ok ? [] : share.problems.map((p) => p.code)).toEqual(['nenner_ungueltig']);
	});

	it('lets the definition be edited, but kind, base and time basis only while no values exist', async () => {
		await create();
		const renamed = await updateLocalIndicator(handle.db, {
			ags: TEST_AGS,
			key: KEY,
			definition: { ...LIBRARY, name: 'Bibliotheksbesuche', per: '100' },
			now
		});
		expect(renamed.ok).toBe(true);
		expect(await auditActions()).toContain('monitoring.indicator.changed');
		await importAndPublishValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'bibliothek.csv',
			bytes: utf8(LIBRARY_VALUES.replace(/;(\d+)$/gm, (_, v) => `;${Number(v) / 10}`)),
			now
		});
		const refused = await updateLocalIndicator(handle.db, {
			ags: TEST_AGS,
			key: KEY,
			definition: { ...LIBRARY, timeBasis: 'stichtag', per: '100' },
			now
		});
		expect(refused.ok ? [] : refused.problems.map((p) => p.field)).toEqual(['timeBasis']);
		expect(refused.ok ? '' : messageText(translator('de'), refused.problems[0].message)).toMatch(
			/^Kann nicht geändert werden/
		);
		const [row] = await handle.db.select().from(indicators).where(eq(indicators.key, KEY));
		expect(row).toMatchObject({
			name: 'Bibliotheksbesuche',
			per: 100,
			timeBasis: 'jahresdurchschnitt'
		});
		// Another municipality cannot edit it.
		await expect(
			updateLocalIndicator(handle.db, { ags: OTHER, key: KEY, definition: LIBRARY, now })
		).rejects.toThrow(MonitoringError);
	});

	it('deletes a local indicator only when no values depend on it, published or in the draft', async () => {
		await create();
		await importValues(handle.db, {
			ags: TEST_AGS,
			fileName: 'bibliothek.csv',
			bytes: utf8(LIBRARY_VALUES),
			now
		});
		await expect(deleteLocalIndicator(handle.db, { ags: TEST_AGS, key: KEY, now })).rejects.toThrow(
			expect.objectContaining({ code: 'lokaler_indikator_hat_werte' })
		);
		await discardDraft(handle.db, { ags: TEST_AGS, now });
		await expect(deleteLocalIndicator(handle.db, { ags: OTHER, key: KEY, now })).rejects.toThrow(
			expect.objectContaining({ code: 'lokaler_indikator_unbekannt' })
		);
		await deleteLocalIndicator(handle.db, { ags: TEST_AGS, key: KEY, now });
		expect(await listLocalIndicators(handle.db, TEST_AGS)).toEqual([]);
		expect(await auditActions()).toContain('monitoring.indicator.deleted');
	});
});
