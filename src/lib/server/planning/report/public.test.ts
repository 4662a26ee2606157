import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db';
import { backends } from '../../db/testing';
import { and, eq } from 'drizzle-orm';
import { ArchiveError, attachReport, documentsOfEdition, searchArchive } from '../../archive';
import { auditLog, editions } from '../../db/schema';
import { ensureReferenceData } from '../../monitoring/reference';
import { KREIS_TOWN, TOWN, municipalityWithData, planner } from '../testing';
import { createReport, publishReport, updateReport } from './store';
import { publishedReport, publishedReports, reportsApiBody } from './public';
import { publishedReportFile } from './published-file';

const now = new Date('2026-03-02T09:00:00Z');
const later = new Date('2026-04-02T09:00:00Z');

describe.each(backends)('published Sozialberichte on $name', (backend) => {
	let handle: DatabaseHandle;
	let db: DatabaseHandle['db'];
	let publishedId = 0;
	let draftId = 0;

	beforeAll(async () => {
		handle = await backend.open();
		db = handle.db;
		await ensureReferenceData(db);
		await municipalityWithData(db, TOWN, now);
		await municipalityWithData(db, KREIS_TOWN, now, 2);
		const write = (id: number, title: string, text: string) =>
			updateReport(
				db,
				planner(TOWN),
				id,
				{
					title,
					year: 2021,
					language: 'de',
					chapters: ['zusammenfassung', 'arbeit', 'anhang'],
					indicators: ['sgb2_quote'],
					planId: null,
					texts: { arbeit: text }
				},
				now
			);
		publishedId = (
			await createReport(
				db,
				planner(TOWN),
				TOWN,
				{ title: 'Sozialbericht Bottrop 2021', year: 2021 },
				now
			)
		).id;
		await write(
			publishedId,
			'Sozialbericht Bottrop 2021',
			'Die Quartiersarbeit in der Zechensiedlung erreicht die Alleinerziehenden.'
		);
		await publishReport(db, planner(TOWN), publishedId, later);
		draftId = (
			await createReport(db, planner(TOWN), TOWN, { title: 'Geheimer Entwurf', year: 2022 }, now)
		).id;
		await write(draftId, 'Geheimer Entwurf', 'Vertrauliche Streuobstwiesenplanung im Entwurf.');
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('lists only published reports of the municipality, never a draft', async () => {
		const list = await publishedReports(db, TOWN);
		expect(list.map((r) => r.id)).toEqual([publishedId]);
		expect(list[0]).toMatchObject({
			title: 'Sozialbericht Bottrop 2021',
			year: 2021,
			language: 'de',
			publishedAt: later,
			isDemo: false
		});
		expect(await publishedReports(db, KREIS_TOWN)).toEqual([]);
	});

	it('gives the API the absolute addresses of PDF and DOCX', async () => {
		const body = reportsApiBody(TOWN, await publishedReports(db, TOWN), 'https://example.org');
		expect(body).toEqual({
			ags: TOWN,
			reports: [
				{
					id: publishedId,
					title: 'Sozialbericht Bottrop 2021',
					year: 2021,
					language: 'de',
					publishedAt: later.toISOString(),
					isDemo: false,
					scope: { kind: 'gemeinde', key: TOWN, name: 'Bottrop' },
					links: {
						pdf: `https://example.org/atlas/${TOWN}/berichte/${publishedId}.pdf`,
						docx: `https://example.org/atlas/${TOWN}/berichte/${publishedId}.docx`
					}
				}
			]
		});
	});

	it('serves a published report only under its own municipality, never a draft', async () => {
		expect((await publishedReport(db, TOWN, publishedId))?.id).toBe(publishedId);
		expect(await publishedReport(db, TOWN, draftId)).toBeNull();
		expect(await publishedReport(db, KREIS_TOWN, publishedId)).toBeNull();
		expect(await publishedReportFile(db, TOWN, draftId, 'pdf', 'b1')).toBeNull();
	});

	it('names the files of a published report with a tag that only a new build or format changes', async () => {
		const pdf = await publishedReportFile(db, TOWN, publishedId, 'pdf', 'b1');
		expect(pdf?.tag).toBe((await publishedReportFile(db, TOWN, publishedId, 'pdf', 'b1'))?.tag);
		expect(pdf?.tag).not.toBe(
			(await publishedReportFile(db, TOWN, publishedId, 'docx', 'b1'))?.tag
		);
		expect(pdf?.tag).not.toBe((await publishedReportFile(db, TOWN, publishedId, 'pdf', 'b2'))?.tag);
	});

	it('finds a published report in the archive search by its own and its generated text, with its PDF', async () => {
		const own = await searchArchive(db, 'Zechensiedlung');
		const hit = own.find((h) => h.type === 'report');
		expect(hit).toMatchObject({
			title: 'Sozialbericht Bottrop 2021',
			editionTitle: 'Bottrop',
			year: 2021,
			url: `/atlas/${TOWN}/berichte/${publishedId}.pdf`
		});
		expect(hit!.snippet.filter((p) => p.match).map((p) => p.text)).toContain('Zechensiedlung');
		// Generated text (the annex's chapter title) and the title are searched too.
		expect(
			(await searchArchive(db, 'Definitionen Methoden')).some((h) => h.type === 'report')
		).toBe(true);
		expect(
			(await searchArchive(db, 'Sozialbericht Bottrop')).some((h) => h.type === 'report')
		).toBe(true);
	});

	it('never finds a draft in the archive search', async () => {
		expect(await searchArchive(db, 'Streuobstwiesenplanung')).toEqual([]);
		expect(await searchArchive(db, 'Geheimer Entwurf')).toEqual([]);
	});

	it('attaches a published report to a conference’s documentation as a link to its PDF, once', async () => {
		const [edition] = await db
			.insert(editions)
			.values({ year: 2099, title: 'Konferenz mit Bericht' })
			.returning({ id: editions.id });
		const actor = { actorUserId: null, now };
		const id = await attachReport(db, edition.id, publishedId, 'https://example.org', actor);
		const [doc] = await documentsOfEdition(db, edition.id);
		expect(doc).toMatchObject({
			id,
			kind: 'bericht',
			title: 'Sozialbericht Bottrop 2021',
			url: `https://example.org/atlas/${TOWN}/berichte/${publishedId}.pdf`,
			summary: 'Sozialbericht Bottrop, Berichtsjahr 2021',
			isFile: false
		});
		const [entry] = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subjectType, 'document'), eq(auditLog.subjectId, String(id))));
		expect(entry.action).toBe('document.report_attached');
		const again = attachReport(db, edition.id, publishedId, 'https://example.org', actor);
		await expect(again).rejects.toEqual(new ArchiveError('bo.doc.err.reportAttached', 'report'));
		const draft = attachReport(db, edition.id, draftId, 'https://example.org', actor);
		await expect(draft).rejects.toEqual(new ArchiveError('bo.doc.err.reportUnknown', 'report'));
		expect(await documentsOfEdition(db, edition.id)).toHaveLength(1);
	});
});
