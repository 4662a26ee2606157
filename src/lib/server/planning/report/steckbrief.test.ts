import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db';
import { backends } from '../../db/testing';
import {
	areaProfile,
	importAndPublishAreas,
	importAndPublishValues,
	publicValues,
	publishDataset,
	PUBLIC,
	type Access
} from '../../monitoring';
import { formatFigure } from '../../monitoring/format';
import { ensureReferenceData } from '../../monitoring/reference';
import { atlasTestValues, gridGeoJson, TEST_AGS, utf8 } from '../../monitoring/testing';
import { renderSteckbrief } from './render';
import { collectSteckbrief, steckbriefFileName } from './steckbrief';
import { steckbriefPdf } from './steckbrief-pdf';
import { pdfObjects, pdfStrings, pdfText, pdfTitle } from './testing';

const now = new Date('2026-03-02T09:00:00Z');
const OWN: Access = { kind: 'planner', ags: TEST_AGS };
const PAGE = 'https://sozialkonferenz.example/atlas/05512000/Q01';

const pageCount = (pdf: Uint8Array) => pdfObjects(pdf).match(/\/Type \/Page\b/g)?.length ?? 0;

describe.each(backends)('the area profile PDF (Steckbrief) on $name', (backend) => {
	let handle: DatabaseHandle;
	let db: DatabaseHandle['db'];
	/** An area with a suppressed SGB II rate in the latest year, and that hidden value. */
	let secret: { code: string; display: string };

	beforeAll(async () => {
		handle = await backend.open();
		db = handle.db;
		await ensureReferenceData(db);
		await importAndPublishAreas(db, {
			ags: TEST_AGS,
			fileName: 'q.geojson',
			text: gridGeoJson({ columns: 4, rows: 3 }),
			now
		});
		const values = await importAndPublishValues(db, {
			ags: TEST_AGS,
			fileName: 'w.csv',
			bytes: utf8(atlasTestValues()),
			now
		});
		expect(values.ok).toBe(true);
		await publishDataset(db, { ags: TEST_AGS, now });
		const [hidden, open] = await Promise.all([
			publicValues(db, TEST_AGS, PUBLIC, { indicator: 'sgb2_quote', year: 2023 }),
			publicValues(db, TEST_AGS, OWN, { indicator: 'sgb2_quote', year: 2023 })
		]);
		const indicator = hidden!.indicators.find((i) => i.key === 'sgb2_quote')!;
		const shown = new Set(
			hidden!.values
				.filter((v) => v.value !== null)
				.map((v) => formatFigure({ suppressed: false, value: v.value! }, indicator))
		);
		const candidates = hidden!.values
			.filter((v) => v.suppressed)
			.map((v) => {
				const value = open!.values.find((o) => o.area === v.area)!.value!;
				return {
					code: v.area,
					display: formatFigure({ suppressed: false, value }, indicator)
				};
			})
			.filter((c) => !shown.has(c.display));
		expect(candidates.length).toBeGreaterThan(0);
		secret = candidates[0];
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('shows the area page’s figures beside the municipality’s, its MSS class, type, data year and sources', async () => {
		const doc = (await collectSteckbrief(db, TEST_AGS, secret.code, 'de', PAGE))!;
		const profile = (await areaProfile(db, TEST_AGS, secret.code, PUBLIC, 'de'))!;
		expect(doc.title).toBe(`Steckbrief ${profile.areaTerm} ${profile.area.name}`);
		expect(doc.place).toBe('Bottrop (kreisfreie Stadt)');
		expect(doc.figures?.rows).toEqual(
			profile.indicators.map((i) => [
				i.indicator.name,
				String(i.latestYear),
				i.latest,
				i.rank ? `${i.rank.rank} von ${i.rank.of}` : '–',
				i.municipality ?? '–'
			])
		);
		const sgb2 = doc.figures!.rows.find((r) => r[0] === 'SGB-II-Quote')!;
		expect(sgb2[2]).toBe('.');
		expect(sgb2[4]).toMatch(/^\d+,\d %$/);
		expect(doc.facts.map((f) => f.label)).toEqual([
			'Index der sozialen Lage (MSS)',
			'Gebietstyp',
			'Datenjahr'
		]);
		expect(doc.facts[2].value).toBe('2023');
		expect(doc.map?.svg.match(/fill="#1f5f99"/g)).toHaveLength(1);
		expect(doc.map?.alt).toContain(
			`${profile.areaTerm} ${profile.area.name} (hervorgehoben) unter den 12`
		);

		const pdf = await steckbriefPdf(doc);
		expect(pageCount(pdf)).toBe(1);
		const text = await pdfText(pdf);
		expect(text).toContain(doc.title);
		expect(text).toContain('Bottrop (kreisfreie Stadt)');
		expect(text).toContain(`SGB-II-Quote 2023 .`);
		expect(text).toContain('Datenjahr: 2023');
		expect(text).toContain('© GeoBasis-DE / BKG');
		expect(text).toContain(PAGE);
		expect(text).not.toContain(secret.display);
	});

	it('is a tagged one-page PDF with the page’s language, title and a described locator map', async () => {
		const doc = (await collectSteckbrief(db, TEST_AGS, 'Q01', 'en', PAGE))!;
		const pdf = await steckbriefPdf(doc);
		expect(pageCount(pdf)).toBe(1);
		const raw = pdfObjects(pdf);
		expect(raw).toContain('/Lang (en-GB)');
		expect(raw).toMatch(/\/S \/Figure/);
		expect(raw).toMatch(/\/S \/TH/);
		expect(pdfStrings(pdf, 'Alt')).toEqual([doc.map!.alt]);
		expect(await pdfTitle(pdf)).toBe(doc.title);
	});

	it('speaks English on the English page: labels, numbers and the area type', async () => {
		const doc = (await collectSteckbrief(db, TEST_AGS, secret.code, 'en', PAGE))!;
		const profile = (await areaProfile(db, TEST_AGS, secret.code, PUBLIC, 'en'))!;
		expect(doc.title).toBe(`Area profile: ${profile.areaTerm} ${profile.area.name}`);
		expect(doc.place).toBe('Bottrop (district-free city)');
		expect(doc.facts.map((f) => f.label)).toEqual([
			'Index of social conditions (MSS)',
			'Area type',
			'Data year'
		]);
		const sgb2 = doc.figures!.rows.find((r) => r[0] === 'SGB II rate')!;
		expect(sgb2[2]).toBe('.');
		expect(sgb2[4]).toMatch(/^\d+\.\d %$/);
		const text = await pdfText(await steckbriefPdf(doc));
		expect(text).toContain('Key figures');
		expect(text).not.toContain(secret.display.replace(',', '.'));
		expect(steckbriefFileName(TEST_AGS, 'Q 01/ä', 'en')).toBe('area-profile-05512000-Q_01_.pdf');
	});

	it('keeps to one page with many indicators and renders in the worker', async () => {
		const doc = (await collectSteckbrief(db, TEST_AGS, 'Q02', 'de', PAGE))!;
		const many = {
			...doc,
			figures: {
				...doc.figures!,
				rows: Array.from({ length: 60 }, (_, i) => [
					`Indikator ${i + 1}`,
					'2023',
					'1,0 %',
					'1 von 12',
					'2,0 %'
				])
			}
		};
		const pdf = await renderSteckbrief(many);
		expect(pageCount(pdf)).toBe(1);
		const text = await pdfText(pdf);
		expect(text).toContain('Indikator 1 ');
		expect(text).toContain('Quellen und Hinweise');
	});

	it('knows no area that is not published', async () => {
		expect(await collectSteckbrief(db, TEST_AGS, 'Q99', 'de', PAGE)).toBeNull();
		expect(await collectSteckbrief(db, '05513000', 'Q01', 'de', PAGE)).toBeNull();
	});
});
