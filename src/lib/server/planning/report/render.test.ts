import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build';
import { renderReport, renderSteckbrief, ReportRenderError } from './render';
import type { SteckbriefDocument } from './steckbrief';
import { sampleDraft, sampleSnapshot } from './testing';

describe('rendering a report off the request’s event loop', () => {
	const document = buildReport(sampleSnapshot(), sampleDraft());

	it('gives the same PDF and DOCX from the worker as the renderers do', async () => {
		const pdf = await renderReport(document, 'pdf');
		const { PDFParse } = await import('pdf-parse');
		const text = (await new PDFParse({ data: pdf }).getText()).text;
		expect(text).toContain('Sozialbericht Bottrop 2021');
		const docx = await renderReport(document, 'docx');
		expect(strFromU8(unzipSync(docx)['word/document.xml'])).toContain('Zusammenfassung');
	});

	it('stops a rendering past its time bound with a clear error', async () => {
		await expect(renderReport(document, 'pdf', { timeoutMs: 1, heapMb: 512 })).rejects.toEqual(
			expect.objectContaining({ reason: 'time' })
		);
		await expect(
			renderReport(document, 'pdf', { timeoutMs: 1, heapMb: 512 })
		).rejects.toBeInstanceOf(ReportRenderError);
	});

	it('answers “busy” at once when more area profiles wait than their queue holds', async () => {
		const profile: SteckbriefDocument = {
			language: 'de',
			title: 'Steckbrief Quartier Altstadt',
			place: 'Bottrop (kreisfreie Stadt)',
			marks: [],
			factsHeading: 'Auf einen Blick',
			facts: [],
			figures: null,
			noFigures: 'Keine Werte.',
			map: null,
			sourcesHeading: 'Quellen',
			sources: [],
			footer: 'Sozialatlas'
		};
		// Each stops at its time bound; one runs, one may wait, the third is refused.
		const bounds = { timeoutMs: 1, heapMb: 256, waiting: 1 };
		const outcomes = await Promise.allSettled(
			[1, 2, 3].map(() => renderSteckbrief(profile, bounds))
		);
		expect(
			outcomes.map((o) => (o.status === 'rejected' ? (o.reason as ReportRenderError).reason : 'ok'))
		).toEqual(['time', 'time', 'busy']);
		// Once the queue has drained, a profile is taken again.
		await expect(renderSteckbrief(profile, bounds)).rejects.toEqual(
			expect.objectContaining({ reason: 'time' })
		);
	});
});
