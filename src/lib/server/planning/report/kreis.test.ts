/**
 * A Kreis's Sozialbericht: written by the Kreis planner over the member municipalities' public
 * figures and the Kreis plan, listed and served through every member municipality, frozen on
 * publishing like a municipality's report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchArchive } from '../../archive';
import type { DatabaseHandle } from '../../db';
import { backends } from '../../db/testing';
import {
	importAndPublishAreas,
	importAndPublishValues,
	municipalityAtlas,
	publicValues,
	publishDataset,
	PUBLIC
} from '../../monitoring';
import { formatFigure } from '../../monitoring/format';
import { ensureReferenceData } from '../../monitoring/reference';
import { atlasTestValues, gridGeoJson, utf8 } from '../../monitoring/testing';
import { PlanningError } from '../errors';
import { createPlan } from '../store';
import { KREIS, KREIS_TOWN, TOWN, admin, kreisPlanner, organiser, planner } from '../testing';
import { mapSvg } from './build';
import { reportDocument } from './index';
import { reportDocx } from './docx';
import { reportPdf } from './pdf';
import { publishedReport, publishedReports, reportsApiBody } from './public';
import { publishedReportFile } from './published-file';
import {
	createReport,
	publishReport,
	reportFor,
	reportsOf,
	snapshotOf,
	updateReport
} from './store';
import { docxText, pdfText } from './testing';
import type { ReportChange } from './model';

const now = new Date('2026-03-02T09:00:00Z');
const later = new Date('2026-05-02T09:00:00Z');

/** Dorsten and Gladbeck (Kreis Recklinghausen) have data; Castrop-Rauxel is a member without. */
const DORSTEN = KREIS_TOWN;
const GLADBECK = '05562014';
const CASTROP = '05562004';
/** Dinslaken, Kreis Wesel. */
const WESEL_TOWN = '05170008';
const KREIS_SCOPE = { kind: 'kreis', kreisAgs: KREIS } as const;

const SHARES = ['sgb2_quote', 'kinderarmut', 'arbeitslose_je_100', 'anteil_unter_18'];

const change = (over: Partial<ReportChange> = {}): ReportChange => ({
	title: 'Kreissozialbericht 2023',
	year: 2023,
	language: 'de',
	chapters: ['zusammenfassung', 'bevoelkerung', 'arbeit', 'mss', 'handlungsprogramm', 'anhang'],
	indicators: [...SHARES, 'einwohner'],
	planId: null,
	texts: { arbeit: 'Die Kreisverwaltung beobachtet den Arbeitsmarkt der Emscher-Lippe-Region.' },
	...over
});

async function refusal(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof PlanningError) return error.code;
		throw error;
	}
	throw new Error('expected a PlanningError');
}

/** Every "12,5 %"-like figure of a text. */
const percentages = (text: string) =>
	new Set([...text.matchAll(/(?<![\d.,])\d{1,3}(?:\.\d{3})*(?:,\d+)? %/g)].map((m) => m[0]));

describe.each(backends)('the Sozialbericht of a Kreis on $name', (backend) => {
	let handle: DatabaseHandle;
	let db: DatabaseHandle['db'];
	let kreisPlanId = 0;
	let townPlanId = 0;

	beforeAll(async () => {
		handle = await backend.open();
		db = handle.db;
		await ensureReferenceData(db);
		for (const ags of [DORSTEN, GLADBECK]) {
			const areas = await importAndPublishAreas(db, {
				ags,
				fileName: 'q.geojson',
				text: gridGeoJson({ columns: 4, rows: 3 }),
				now
			});
			expect(areas.ok).toBe(true);
			const values = await importAndPublishValues(db, {
				ags,
				fileName: 'w.csv',
				bytes: utf8(atlasTestValues()),
				now
			});
			expect(values.ok).toBe(true);
			await publishDataset(db, { ags, now });
		}
		const plan = {
			periodStart: 2022,
			periodEnd: 2027,
			baselineYear: 2021,
			status: 'beschlossen' as const,
			decidedOn: '2022-03-01'
		};
		kreisPlanId = (
			await createPlan(
				db,
				kreisPlanner(),
				KREIS_SCOPE,
				{ ...plan, title: 'Kreisprogramm Teilhabe' },
				now
			)
		).id;
		townPlanId = (
			await createPlan(
				db,
				planner(DORSTEN),
				{ kind: 'gemeinde', ags: DORSTEN },
				{ ...plan, title: 'Programm Dorsten' },
				now
			)
		).id;
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function kreisReport(title: string, over: Partial<ReportChange> = {}) {
		const { id } = await createReport(db, kreisPlanner(), KREIS_SCOPE, { title, year: 2023 }, now);
		await updateReport(
			db,
			kreisPlanner(),
			id,
			change({ title, planId: kreisPlanId, ...over }),
			now
		);
		return id;
	}

	async function files(id: number, via = DORSTEN) {
		const report = await reportFor(db, kreisPlanner(), via, id);
		const document = await reportDocument(db, report, new Date());
		const [pdf, docx] = await Promise.all([reportPdf(document), reportDocx(document)]);
		return { document, pdfText: await pdfText(pdf), docxText: docxText(docx) };
	}

	it('lets only the Kreis planner of the Kreis or an admin write a Kreis report, as a Kreis plan', async () => {
		const input = { title: 'Kreisbericht Zugang', year: 2023 };
		for (const actor of [planner(DORSTEN), kreisPlanner('05170'), organiser]) {
			expect(await refusal(createReport(db, actor, KREIS_SCOPE, input, now))).toBe(
				'keine_berechtigung'
			);
		}
		// Duisburg is kreisfrei: there is no such Kreis to report on.
		expect(
			await refusal(createReport(db, admin, { kind: 'kreis', kreisAgs: '05112' }, input, now))
		).toBe('kreis_unbekannt');

		const { id } = await createReport(db, kreisPlanner(), KREIS_SCOPE, input, now);
		const draft = await reportFor(db, kreisPlanner(), GLADBECK, id);
		expect(draft).toMatchObject({ ags: null, kreisAgs: KREIS, planId: kreisPlanId });
		expect(draft.indicators).toEqual(expect.arrayContaining(['sgb2_quote', 'einwohner']));

		// A member town's planner neither reads nor changes the Kreis's draft (like its plans).
		expect(await refusal(reportFor(db, planner(DORSTEN), DORSTEN, id))).toBe('keine_berechtigung');
		expect(await refusal(updateReport(db, planner(DORSTEN), id, change({ title: 'X' }), now))).toBe(
			'keine_berechtigung'
		);
		expect(await refusal(publishReport(db, planner(DORSTEN), id, now))).toBe('keine_berechtigung');
		// Seen from a town outside the Kreis the report does not exist.
		expect(await refusal(reportFor(db, admin, WESEL_TOWN, id))).toBe('bericht_unbekannt');
		expect(await refusal(reportFor(db, admin, TOWN, id))).toBe('bericht_unbekannt');
		expect((await reportFor(db, admin, CASTROP, id)).id).toBe(id);

		// Titles are unique within the Kreis; a member town may use the same title for its own.
		expect(await refusal(createReport(db, admin, KREIS_SCOPE, input, now))).toBe(
			'bericht_titel_vergeben'
		);
		await createReport(db, planner(DORSTEN), DORSTEN, input, now);
		expect((await reportsOf(db, KREIS_SCOPE)).map((r) => r.id)).toEqual([id]);
		expect((await reportsOf(db, DORSTEN)).map((r) => r.id)).not.toContain(id);
	});

	it('takes its Handlungsprogramm from the Kreis plans only', async () => {
		const { id } = await createReport(
			db,
			kreisPlanner(),
			KREIS_SCOPE,
			{ title: 'Kreisbericht Plan', year: 2023 },
			now
		);
		expect(
			await refusal(
				updateReport(
					db,
					kreisPlanner(),
					id,
					change({ title: 'Kreisbericht Plan', planId: townPlanId }),
					now
				)
			)
		).toBe('plan_unbekannt');
		await updateReport(
			db,
			kreisPlanner(),
			id,
			change({ title: 'Kreisbericht Plan', planId: kreisPlanId }),
			now
		);
	});

	it('shows every member municipality with its own atlas maps and figures and the Kreis plan, under the Kreis’s name', async () => {
		const id = await kreisReport('Kreisbericht Inhalt');
		const report = await reportFor(db, kreisPlanner(), DORSTEN, id);
		const snapshot = await snapshotOf(db, report, now);
		const members = snapshot.kreis!.members;
		expect(members.map((m) => m.name)).toEqual(
			expect.arrayContaining(['Dorsten', 'Gladbeck', 'Castrop-Rauxel'])
		);
		expect(members.find((m) => m.ags === CASTROP)!.indicators).toEqual([]);
		expect(snapshot.plan?.plan.title).toBe('Kreisprogramm Teilhabe');

		const document = await reportDocument(db, report, now);
		expect(document.subtitle).toBe('Kreis Recklinghausen · Berichtsjahr 2023');
		expect(document.footer.startsWith('Kreis Recklinghausen · Kreisbericht Inhalt')).toBe(true);
		const blocks = document.chapters.flatMap((c) => c.blocks);
		// Each member's map is its atlas's own map for the same indicator and year.
		for (const ags of [DORSTEN, GLADBECK]) {
			const atlas = await municipalityAtlas(db, ags, PUBLIC, {
				indicator: 'sgb2_quote',
				year: 2023
			});
			expect(blocks.some((b) => b.kind === 'figure' && b.svg === mapSvg(atlas!.map))).toBe(true);
		}
		const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
		expect(headings).toEqual(
			expect.arrayContaining([
				'SGB-II-Quote: Dorsten',
				'SGB-II-Quote: Gladbeck',
				'Dorsten',
				'Gladbeck'
			])
		);
		// The member without figures is named, not drawn.
		expect(headings.some((h) => h.includes('Castrop-Rauxel'))).toBe(false);
		const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
		expect(paragraphs.some((p) => p.includes('Castrop-Rauxel'))).toBe(true);
		expect(paragraphs.some((p) => p.startsWith('Kreisprogramm Teilhabe (2022–2027)'))).toBe(true);

		// In English the generated parts are English.
		const english = await reportDocument(db, { ...report, language: 'en' }, now);
		expect(english.subtitle).toBe('Kreis Recklinghausen · reporting year 2023');
		expect(
			english.chapters
				.flatMap((c) => c.blocks)
				.some(
					(b) =>
						b.kind === 'table' &&
						b.caption === 'Key figures of the municipalities of Kreis Recklinghausen'
				)
		).toBe(true);
	});

	it('shows no suppressed figure of any member municipality in the PDF or the DOCX', async () => {
		const secret = new Set<string>();
		const published = new Set<string>();
		for (const ags of [DORSTEN, GLADBECK]) {
			const [open, hidden] = await Promise.all([
				publicValues(db, ags, { kind: 'planner', ags }),
				publicValues(db, ags, PUBLIC)
			]);
			const indicator = new Map(hidden!.indicators.map((i) => [i.key, i]));
			const raw = new Map(open!.values.map((v) => [`${v.area}|${v.indicator}|${v.year}`, v.value]));
			const format = (key: string, value: number) =>
				formatFigure({ suppressed: false, value }, indicator.get(key)!, 'de');
			for (const v of hidden!.values) {
				if (!SHARES.includes(v.indicator)) continue;
				const value = raw.get(`${v.area}|${v.indicator}|${v.year}`);
				if (v.suppressed && value != null) secret.add(format(v.indicator, value));
				if (v.value !== null) published.add(format(v.indicator, v.value));
			}
			for (const total of hidden!.totals) {
				if (total.value !== null) published.add(format(total.indicator, total.value));
			}
		}
		const hidden = [...secret].filter((s) => !published.has(s));
		expect(hidden.length).toBeGreaterThanOrEqual(3);
		const out = await files(await kreisReport('Kreisbericht geheim'));
		for (const text of [out.pdfText, out.docxText]) {
			const shown = percentages(text);
			expect(shown.size).toBeGreaterThan(20);
			expect(hidden.filter((s) => shown.has(s))).toEqual([]);
		}
	});

	it('is public on every member municipality once published, and gives the same text after later imports into a member', async () => {
		const id = await kreisReport('Kreisbericht fest');
		const draftId = await kreisReport('Kreisbericht offen');
		await publishReport(db, kreisPlanner(), id, later);
		const before = await files(id);
		const draftBefore = await files(draftId);
		expect(before.pdfText).toContain('Kreis Recklinghausen');

		// Listed and served on every member's atlas, through that member; never elsewhere, never a draft.
		for (const ags of [DORSTEN, GLADBECK, CASTROP]) {
			const list = await publishedReports(db, ags);
			expect(list.map((r) => r.id)).toEqual([id]);
			expect(list[0]).toMatchObject({ ags, kreisAgs: KREIS });
			expect((await publishedReport(db, ags, id))?.id).toBe(id);
			expect(await publishedReportFile(db, ags, id, 'pdf', 'b1')).not.toBeNull();
			expect(reportsApiBody(ags, list, 'https://example.org').reports[0]).toMatchObject({
				scope: { kind: 'kreis', key: KREIS, name: 'Kreis Recklinghausen' },
				links: { pdf: `https://example.org/atlas/${ags}/berichte/${id}.pdf` }
			});
		}
		for (const ags of [TOWN, WESEL_TOWN]) {
			expect(await publishedReports(db, ags)).toEqual([]);
			expect(await publishedReport(db, ags, id)).toBeNull();
		}
		expect(await publishedReport(db, DORSTEN, draftId)).toBeNull();
		const hit = (await searchArchive(db, 'Emscher-Lippe-Region')).filter(
			(h) => h.type === 'report'
		);
		expect(hit).toEqual([
			expect.objectContaining({ title: 'Kreisbericht fest', editionTitle: 'Kreis Recklinghausen' })
		]);
		expect(hit[0].url).toMatch(new RegExp(`^/atlas/05562\\d{3}/berichte/${id}\\.pdf$`));

		// Every area's SGB II rate of 2023 in Gladbeck is re-imported, and 2024 arrives.
		const lines = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
		for (let a = 1; a <= 12; a++) {
			const code = `Q${String(a).padStart(2, '0')}`;
			for (const year of [2023, 2024]) lines.push(`${code};sgb2_quote;${year};55,5;555;1000`);
		}
		const imported = await importAndPublishValues(db, {
			ags: GLADBECK,
			fileName: 'neu.csv',
			bytes: utf8(lines.join('\n')),
			now: later
		});
		expect(imported.ok).toBe(true);
		await publishDataset(db, { ags: GLADBECK, now: later });

		const after = await files(id, GLADBECK);
		expect(after.pdfText).toBe(before.pdfText);
		expect(after.docxText).toBe(before.docxText);
		const draftAfter = await files(draftId);
		expect(draftAfter.pdfText).not.toBe(draftBefore.pdfText);
		expect(draftAfter.pdfText).toContain('55,5 %');
		expect(after.pdfText).not.toContain('55,5 %');
		expect(after.docxText).not.toContain('55,5 %');
	});
});
