import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db';
import { backends } from '../../db/testing';
import { auditLog, reports } from '../../db/schema';
import { importAndPublishValues } from '../../monitoring';
import { ensureReferenceData } from '../../monitoring/reference';
import { PlanningError } from '../errors';
import { createPlan } from '../store';
import {
	KREIS,
	KREIS_TOWN,
	TOWN,
	admin,
	kreisPlanner,
	municipalityWithData,
	organiser,
	planner,
	valuesCsv
} from '../testing';
import { createReport, publishReport, reportFor, snapshotOf, updateReport } from './store';
import { reportDocument } from './index';
import { reportPdf } from './pdf';
import type { ReportChange } from './model';

const now = new Date('2026-03-02T09:00:00Z');
const later = new Date('2026-05-02T09:00:00Z');

async function refusal(promise: Promise<unknown>): Promise<PlanningError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof PlanningError) return error;
		throw error;
	}
	throw new Error('expected a PlanningError');
}

const change = (over: Partial<ReportChange> = {}): ReportChange => ({
	title: 'Sozialbericht 2021',
	year: 2021,
	language: 'de',
	chapters: ['zusammenfassung', 'arbeit', 'anhang'],
	indicators: ['sgb2_quote', 'arbeitslose_je_100'],
	planId: null,
	texts: { arbeit: 'Die Arbeitslosigkeit sinkt langsam.' },
	...over
});

describe.each(backends)('Sozialbericht store on $name', (backend) => {
	let handle: DatabaseHandle;
	let db: DatabaseHandle['db'];

	beforeAll(async () => {
		handle = await backend.open();
		db = handle.db;
		await ensureReferenceData(db);
		await municipalityWithData(db, TOWN, now);
		await municipalityWithData(db, KREIS_TOWN, now, 2);
	});

	afterAll(async () => {
		await handle?.close();
	});

	const reportCount = async () => (await db.select({ id: reports.id }).from(reports)).length;

	it('creates a draft with every chapter and the indicators on record, and audits it', async () => {
		const { id } = await createReport(
			db,
			planner(TOWN, null),
			TOWN,
			{ title: 'Bericht A', year: 2021 },
			now
		);
		const report = await reportFor(db, planner(TOWN), TOWN, id);
		expect(report.status).toBe('entwurf');
		expect(report.chapters[0]).toBe('zusammenfassung');
		expect(report.chapters.at(-1)).toBe('anhang');
		expect(report.indicators).toEqual(expect.arrayContaining(['sgb2_quote', 'einwohner']));
		const entries = await db.select().from(auditLog).where(eq(auditLog.action, 'report.created'));
		expect(entries.map((e) => String(e.subjectId))).toContain(String(id));
	});

	it('refuses other municipalities’ planners, Kreis planners of another Kreis and other roles, storing nothing', async () => {
		const before = await reportCount();
		for (const actor of [planner(KREIS_TOWN), kreisPlanner('05554'), organiser]) {
			const error = await refusal(
				createReport(db, actor, TOWN, { title: 'Fremd', year: 2021 }, now)
			);
			expect(error.code).toBe('keine_berechtigung');
		}
		expect(await reportCount()).toEqual(before);
		// The Kreis planner of the town's Kreis and an admin may.
		await createReport(
			db,
			kreisPlanner(KREIS),
			KREIS_TOWN,
			{ title: 'Kreisbericht', year: 2021 },
			now
		);
		await createReport(db, admin, TOWN, { title: 'Admin', year: 2021 }, now);
	});

	it('gives field errors for bad input and stores nothing', async () => {
		const { id } = await createReport(
			db,
			planner(TOWN),
			TOWN,
			{ title: 'Bericht B', year: 2021 },
			now
		);
		const before = await db.select().from(reports).where(eq(reports.id, id));
		const cases: [Partial<ReportChange>, string, string][] = [
			[{ title: '  ' }, 'titel_leer', 'title'],
			[{ year: 1800 }, 'jahr_ungueltig', 'year'],
			[{ chapters: [] }, 'keine_kapitel', 'chapters'],
			[{ chapters: ['wohnen', 'kochen' as 'wohnen'] }, 'kapitel_ungueltig', 'chapters'],
			[{ indicators: ['gibt_es_nicht'] }, 'indikator_unbekannt', 'indicators'],
			[{ planId: 999_999 }, 'plan_unbekannt', 'planId'],
			[{ texts: { arbeit: 'x'.repeat(20_001) } }, 'text_zu_lang', 'texts'],
			[{ title: 'Bericht A' }, 'bericht_titel_vergeben', 'title']
		];
		for (const [over, code, field] of cases) {
			const error = await refusal(updateReport(db, planner(TOWN), id, change(over), later));
			expect([error.code, error.field]).toEqual([code, field]);
		}
		expect(await db.select().from(reports).where(eq(reports.id, id))).toEqual(before);
		const foreign = await refusal(updateReport(db, planner(KREIS_TOWN), id, change(), later));
		expect(foreign.code).toBe('keine_berechtigung');
	});

	it('saves chapters in report order and the planner’s text blocks', async () => {
		const { id } = await createReport(
			db,
			planner(TOWN),
			TOWN,
			{ title: 'Bericht C', year: 2021 },
			now
		);
		await updateReport(
			db,
			planner(TOWN),
			id,
			change({
				title: 'Bericht C',
				chapters: ['anhang', 'arbeit'],
				texts: { arbeit: ' Text \r\n', wohnen: '' }
			}),
			later
		);
		const report = await reportFor(db, planner(TOWN), TOWN, id);
		expect(report.chapters).toEqual(['arbeit', 'anhang']);
		expect(report.texts).toEqual({ arbeit: 'Text' });
	});

	it('writes an English report’s figures as the English atlas does: names, definitions, numbers', async () => {
		const { id } = await createReport(
			db,
			planner(TOWN),
			TOWN,
			{ title: 'Social report', year: 2021, language: 'en' },
			now
		);
		await updateReport(
			db,
			planner(TOWN),
			id,
			change({ title: 'Social report', language: 'en', texts: {} }),
			later
		);
		const english = await snapshotOf(db, await reportFor(db, planner(TOWN), TOWN, id), later);
		const sgb2 = english.indicators.find((i) => i.indicator.key === 'sgb2_quote');
		expect(sgb2?.indicator.name).toBe('SGB II rate');
		expect(sgb2?.rows.some((r) => /\d,\d/.test(r.display))).toBe(false);
		const german = await snapshotOf(
			db,
			{ ...(await reportFor(db, planner(TOWN), TOWN, id)), language: 'de' },
			later
		);
		expect(german.indicators.find((i) => i.indicator.key === 'sgb2_quote')?.indicator.name).toBe(
			'SGB-II-Quote'
		);
	});

	it('freezes the snapshot on publishing: later imports change the draft’s data but not the published report', async () => {
		const { id: planId } = await createPlan(
			db,
			planner(TOWN),
			{ kind: 'gemeinde', ags: TOWN },
			{
				title: 'Programm',
				periodStart: 2020,
				periodEnd: 2026,
				baselineYear: 2019,
				status: 'beschlossen',
				decidedOn: '2020-02-01'
			},
			now
		);
		const { id } = await createReport(
			db,
			planner(TOWN),
			TOWN,
			{ title: 'Bericht D', year: 2030 },
			now
		);
		await updateReport(
			db,
			planner(TOWN),
			id,
			change({
				title: 'Bericht D',
				year: 2030,
				planId,
				chapters: ['zusammenfassung', 'arbeit', 'handlungsprogramm', 'anhang']
			}),
			now
		);
		await publishReport(db, planner(TOWN), id, later);
		const published = await reportFor(db, planner(TOWN), TOWN, id);
		const pdfText = async () => {
			const report = await reportFor(db, planner(TOWN), TOWN, id);
			const pdf = await reportPdf(await reportDocument(db, report, new Date()));
			const { PDFParse } = await import('pdf-parse');
			return (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text;
		};
		const before = await pdfText();
		expect(before).toContain('Programm (2020–2026)');
		expect(published.status).toBe('veroeffentlicht');
		const frozen = await snapshotOf(db, published, later);
		expect(frozen.dataVersion).not.toBeNull();
		expect(frozen.plan?.plan.title).toBe('Programm');
		expect(frozen.indicators.map((i) => [i.indicator.key, i.year])).toEqual([
			['sgb2_quote', 2021],
			['arbeitslose_je_100', 2021]
		]);

		// A new year arrives: a draft would show it, the published report does not.
		const imported = await importAndPublishValues(db, {
			ags: TOWN,
			fileName: 'neu.csv',
			bytes: new TextEncoder().encode(valuesCsv(8, [2022])),
			now: later
		});
		expect(imported.ok).toBe(true);
		const again = await snapshotOf(db, await reportFor(db, planner(TOWN), TOWN, id), new Date());
		expect(again).toEqual(frozen);
		expect(await pdfText()).toBe(before);
		expect(before).not.toContain('2022');

		expect(
			(await refusal(updateReport(db, planner(TOWN), id, change({ title: 'Bericht D' }), later)))
				.code
		).toBe('bericht_veroeffentlicht');
		expect((await refusal(publishReport(db, planner(TOWN), id, later))).code).toBe(
			'bericht_veroeffentlicht'
		);
		const entries = await db.select().from(auditLog).where(eq(auditLog.action, 'report.published'));
		expect(entries.map((e) => String(e.subjectId))).toEqual([String(id)]);
	});

	it('compares the key figures of a later report with the last published one', async () => {
		// 'Bericht D' (2030) was published above.
		const { id } = await createReport(
			db,
			planner(TOWN),
			TOWN,
			{ title: 'Bericht Folgejahr', year: 2031 },
			now
		);
		const draft = await reportFor(db, planner(TOWN), TOWN, id);
		const snapshot = await snapshotOf(db, draft, later);
		expect(snapshot.previousReport?.title).toBe('Bericht D');
		expect(snapshot.previousReport?.year).toBe(2030);
		expect(Object.keys(snapshot.previousReport!.figures).sort()).toEqual([
			'arbeitslose_je_100',
			'sgb2_quote'
		]);
		const document = await reportDocument(db, draft, later);
		const summary = document.chapters.find((c) => c.key === 'zusammenfassung')!;
		const table = summary.blocks.find((b) => b.kind === 'table');
		expect(table?.kind === 'table' && table.columns).toEqual([
			'Indikator',
			'Jahr',
			'Wert',
			'Im Bericht 2030',
			'Veränderung seitdem'
		]);
		const row = table?.kind === 'table' ? table.rows.find((r) => r[0] === 'SGB-II-Quote') : null;
		// The 2030 report printed the 2021 figure; the draft shows 2022, imported since.
		expect(row?.[3]).toMatch(/\(2021\)$/);
		expect(row?.[1]).toBe('2022');

		// An earlier reporting year has no earlier report to compare with.
		const { id: early } = await createReport(
			db,
			planner(TOWN),
			TOWN,
			{ title: 'Bericht Vorjahr', year: 2029 },
			now
		);
		const earlier = await snapshotOf(db, await reportFor(db, planner(TOWN), TOWN, early), later);
		expect(earlier.previousReport).toBeNull();
	});
});
