import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ReportDocument } from './build';
import { reportDocx } from './docx';
import { reportPdf } from './pdf';
import type { SteckbriefDocument } from './steckbrief';
import { steckbriefPdf } from './steckbrief-pdf';

/**
 * The entry of the report rendering worker. The main thread imports this module only
 * dynamically, so the bundler gives it a chunk of its own and `workerFile` names that chunk in
 * the built server (and the TypeScript source under Vitest and `vite dev`).
 */
export const workerFile = import.meta.url;

/** Marks the worker data, so that loading this module anywhere else does nothing. */
export const RENDER_MARK = 'sozialkonferenz-render-report';

export type RenderRequest =
	| {
			readonly mark: typeof RENDER_MARK;
			readonly format: 'pdf' | 'docx';
			readonly document: ReportDocument;
	  }
	| {
			readonly mark: typeof RENDER_MARK;
			readonly format: 'steckbrief';
			readonly document: SteckbriefDocument;
	  };

function render(request: RenderRequest): Promise<Buffer> {
	switch (request.format) {
		case 'pdf':
			return reportPdf(request.document);
		case 'docx':
			return reportDocx(request.document);
		case 'steckbrief':
			return steckbriefPdf(request.document);
	}
}

function isRequest(data: unknown): data is RenderRequest {
	return (
		typeof data === 'object' && data !== null && (data as { mark?: unknown }).mark === RENDER_MARK
	);
}

if (!isMainThread && parentPort && isRequest(workerData)) {
	const port = parentPort;
	render(workerData).then(
		(bytes) => {
			const copy = new Uint8Array(bytes);
			port.postMessage({ ok: true, value: copy }, [copy.buffer]);
		},
		(error: unknown) =>
			port.postMessage({
				ok: false,
				message: error instanceof Error ? error.message : String(error)
			})
	);
}
