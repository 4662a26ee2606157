import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db';
import { backends } from '../../db/testing';
import { searchArchive } from '../../archive';
import { seedMonitoringDemo } from '../../monitoring/seed';
import { DEMO_PLAN_AGS, seedPlanningDemo } from '../demo';
import { DEMO_REPORT_TITLE, seedReportDemo } from './demo';
import { publishedReport, publishedReports } from './public';
import { publishedReportBytes } from './published-file';

const now = new Date('2026-03-02T09:00:00Z');
const DEMO_MARK = 'DEMO – synthetische Beispieldaten, kein echter Bericht';

// The demo runs on PGlite in every fresh install; one backend is enough to show what it holds.
describe.each(backends.slice(0, 1))('Sozialbericht demo on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await seedMonitoringDemo(handle.db, now);
		await seedPlanningDemo(handle.db, now);
		expect(await seedReportDemo(handle.db, now)).toBe(true);
	}, 240_000);

	afterAll(async () => {
		await handle?.close();
	});

	it('publishes one demo report for Gelsenkirchen, once, without rendering it', async () => {
		expect(await seedReportDemo(handle.db, now)).toBe(false);
		const list = await publishedReports(handle.db, DEMO_PLAN_AGS);
		expect(list).toHaveLength(1);
		expect(list[0]).toMatchObject({ title: DEMO_REPORT_TITLE, isDemo: true, year: 2022 });
		const hits = await searchArchive(handle.db, 'Lernförderung Familienzentren');
		expect(hits.find((h) => h.type === 'report')?.title).toBe(DEMO_REPORT_TITLE);
	});

	it('marks the demo on the title page and in the footer of every page of the PDF, and in the DOCX footer', async () => {
		const [{ id }] = await publishedReports(handle.db, DEMO_PLAN_AGS);
		const report = (await publishedReport(handle.db, DEMO_PLAN_AGS, id))!;
		const pdf = await publishedReportBytes(report, 'pdf', 'demo-test-pdf');
		const { PDFParse } = await import('pdf-parse');
		const { pages } = await new PDFParse({ data: pdf }).getText();
		expect(pages.length).toBeGreaterThan(5);
		// A long footer wraps; the mark is read across the line break.
		for (const page of pages) {
			expect(page.text.replace(/\s+/g, ' '), `page ${page.num}`).toContain(DEMO_MARK);
		}
		const docx = unzipSync(await publishedReportBytes(report, 'docx', 'demo-test-docx'));
		const footers = Object.keys(docx).filter((name) => /^word\/footer\d*\.xml$/.test(name));
		expect(footers.length).toBeGreaterThan(0);
		for (const name of footers) expect(strFromU8(docx[name])).toContain(DEMO_MARK);
	}, 240_000);
});
