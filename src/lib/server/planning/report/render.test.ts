import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build';
import { renderReport, ReportRenderError } from './render';
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
});
