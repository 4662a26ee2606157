/**
 * What a published Sozialbericht promises its readers, checked on the rendered files: the same
 * snapshot gives the same text after later imports, no suppressed figure appears in either file,
 * and the maps carry the atlas's own classes and colours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db';
import { backends } from '../../db/testing';
import {
	importAndPublishAreas,
	importAndPublishValues,
	municipalityAtlas,
	publicValues,
	publishDataset,
	saveAnalysisSettings,
	PUBLIC,
	type Access
} from '../../monitoring';
import { DEFAULT_ANALYSIS } from '../../monitoring/analysis';
import { formatFigure } from '../../monitoring/format';
import { ensureReferenceData } from '../../monitoring/reference';
import { atlasTestValues, gridGeoJson, TEST_AGS, utf8 } from '../../monitoring/testing';
import { planner } from '../testing';
import { reportDocument } from './index';
import { reportDocx } from './docx';
import { reportPdf } from './pdf';
import { createReport, publishReport, reportFor, updateReport } from './store';
import { docxText, pdfFillsIn, pdfText } from './testing';
import type { Report, ReportChange } from './model';

const now = new Date('2026-03-02T09:00:00Z');
const later = new Date('2026-05-02T09:00:00Z');
const OWN: Access = { kind: 'planner', ags: TEST_AGS };
const who = { now, actor: 'Petra Planer', actorUserId: null };

const SHARES = ['sgb2_quote', 'kinderarmut', 'arbeitslose_je_100', 'anteil_unter_18'];

const change = (over: Partial<ReportChange> = {}): ReportChange => ({
	title: 'Sozialbericht 2023',
	year: 2023,
	language: 'de',
	chapters: ['zusammenfassung', 'bevoelkerung', 'arbeit', 'mss', 'gebietstypen', 'anhang'],
	indicators: [...SHARES, 'einwohner'],
	planId: null,
	texts: {},
	...over
});

/** Every "12,5 %"-like figure of a text (a number with its unit). */
const percentages = (text: string) =>
	new Set([...text.matchAll(/(?<![\d.,])\d{1,3}(?:\.\d{3})*(?:,\d+)? %/g)].map((m) => m[0]));

describe.each(backends)('the rendered Sozialbericht on $name', (backend) => {
	let handle: DatabaseHandle;
	let db: DatabaseHandle['db'];

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
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function report(title: string, over: Partial<ReportChange> = {}): Promise<Report> {
		const { id } = await createReport(db, planner(TEST_AGS), TEST_AGS, { title, year: 2023 }, now);
		await updateReport(db, planner(TEST_AGS), id, change({ title, ...over }), now);
		return reportFor(db, planner(TEST_AGS), TEST_AGS, id);
	}

	async function files(r: Report) {
		const current = await reportFor(db, planner(TEST_AGS), TEST_AGS, r.id);
		const document = await reportDocument(db, current, new Date());
		const [pdf, docx] = await Promise.all([reportPdf(document), reportDocx(document)]);
		return { pdf, docx, pdfText: await pdfText(pdf), docxText: docxText(docx) };
	}

	it('draws each map with the classes, legend and colours of the atlas page for the same settings', async () => {
		// Settings other than the defaults, so the MSS map is the municipality's own.
		const saved = await saveAnalysisSettings(db, {
			ags: TEST_AGS,
			settings: { ...DEFAULT_ANALYSIS, minPopulation: 1000, mssOutliers: ['Q05'] },
			...who
		});
		expect(saved).toEqual({ ok: true });
		const r = await report('Bericht Karten', {
			chapters: ['arbeit', 'mss'],
			indicators: ['sgb2_quote']
		});
		const { pdf, pdfText: text } = await files(r);
		const year = 2023;
		const sgb2 = (await municipalityAtlas(db, TEST_AGS, PUBLIC, {
			indicator: 'sgb2_quote',
			year
		}))!.map;
		const mss = (await municipalityAtlas(db, TEST_AGS, PUBLIC, { method: 'mss' }))!.map;

		// The figures in drawing order: the SGB II map, its trend chart, the MSS map.
		const [sgb2Fills, , mssFills] = pdfFillsIn(pdf, 'Figure');
		const folded = (fills: string[]) => fills.filter((f, i) => fills[i - 1] !== f);
		// A hidden value is hatched, as on the atlas page.
		const painted = (paths: typeof sgb2.paths) =>
			folded(paths.map((p) => (p.suppressed ? 'pattern' : p.fill)));
		expect(sgb2Fills).toEqual(painted(sgb2.paths));
		expect(mssFills).toEqual(painted(mss.paths));

		// The legends: the atlas's class labels, in its order, each beside the atlas's colour.
		const lines = text.split('\n').map((l) => l.trim());
		for (const legend of [sgb2.legend, mss.legend]) {
			const at = legend.map((item) => lines.indexOf(item.label));
			expect(at.every((i) => i >= 0)).toBe(true);
			expect([...at].sort((a, b) => a - b)).toEqual(at);
		}
		const swatches = pdfFillsIn(pdf, 'Artifact').flat();
		for (const item of [...sgb2.legend, ...mss.legend]) {
			// The hatched swatch of "geheim" is drawn in lines on white.
			expect(swatches).toContain(item.pattern === 'suppressed' ? '#ffffff' : item.fill);
		}
	});
	it('shows no suppressed figure anywhere in the PDF or the DOCX', async () => {
		// What the public atlas hides, with the planner's own (undisclosed) value of it.
		const [open, hidden] = await Promise.all([
			publicValues(db, TEST_AGS, OWN),
			publicValues(db, TEST_AGS, PUBLIC)
		]);
		const indicator = new Map(hidden!.indicators.map((i) => [i.key, i]));
		const raw = new Map(open!.values.map((v) => [`${v.area}|${v.indicator}|${v.year}`, v.value]));
		const format = (key: string, value: number) =>
			formatFigure({ suppressed: false, value }, indicator.get(key)!, 'de');
		const suppressed = new Set<string>();
		const published = new Set<string>();
		for (const v of hidden!.values) {
			if (!SHARES.includes(v.indicator)) continue;
			const value = raw.get(`${v.area}|${v.indicator}|${v.year}`);
			if (v.suppressed && value != null) suppressed.add(format(v.indicator, value));
			if (v.value !== null) published.add(format(v.indicator, v.value));
		}
		for (const total of hidden!.totals) {
			if (total.value !== null) published.add(format(total.indicator, total.value));
		}
		// A hidden figure that happens to equal a published one cannot be told apart; the rest can.
		const secret = [...suppressed].filter((s) => !published.has(s));
		expect(secret.length).toBeGreaterThanOrEqual(3);

		const out = await files(await report('Bericht geheim'));
		for (const text of [out.pdfText, out.docxText]) {
			const shown = percentages(text);
			expect(shown.size).toBeGreaterThan(20);
			expect(secret.filter((s) => shown.has(s))).toEqual([]);
		}
	});

	it('gives the same PDF and DOCX text from its snapshot after later imports change the data', async () => {
		const published = await report('Bericht fest');
		await publishReport(db, planner(TEST_AGS), published.id, later);
		const before = await files(published);
		const draft = await report('Bericht offen');
		const draftBefore = await files(draft);

		// Every area's SGB II rate of 2023 is re-imported ten points higher, and 2024 arrives.
		const lines = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
		for (let a = 1; a <= 12; a++) {
			const code = `Q${String(a).padStart(2, '0')}`;
			for (const year of [2023, 2024]) lines.push(`${code};sgb2_quote;${year};55,5;555;1000`);
		}
		const imported = await importAndPublishValues(db, {
			ags: TEST_AGS,
			fileName: 'neu.csv',
			bytes: utf8(lines.join('\n')),
			now: later
		});
		expect(imported.ok).toBe(true);
		await publishDataset(db, { ags: TEST_AGS, now: later });

		const after = await files(published);
		expect(after.pdfText).toBe(before.pdfText);
		expect(after.docxText).toBe(before.docxText);
		// The same report as a draft does change: the comparison above can see a change.
		const draftAfter = await files(draft);
		expect(draftAfter.pdfText).not.toBe(draftBefore.pdfText);
		expect(draftAfter.pdfText).toContain('55,5 %');
		expect(draftAfter.docxText).toContain('55,5 %');
		expect(after.pdfText).not.toContain('55,5 %');
		expect(after.docxText).not.toContain('55,5 %');
	});
});
