import { oneAtATime, runBounded } from '../bounded-worker';
import {
	extractionBounds,
	limitNote,
	type ExtractedText,
	type ExtractionBounds,
	type ExtractionLimit
} from './extract';
import type { ExtractionRequest } from './extract-worker';
import type { FileType } from './files';

export {
	MAX_BODY_CHARS,
	extractionBounds,
	xmlText,
	type ExtractedText,
	type ExtractionBounds,
	type ExtractionLimit
} from './extract';

/**
 * Text extraction off the request's event loop. Each file is read by a worker thread of its own
 * with a capped heap (`runBounded`); the main thread terminates the worker when it runs past the
 * time bound or the process's memory grows past the memory bound (buffers live outside the
 * heap), and the file is then stored without text. One extraction runs at a time, so uploads
 * cannot pile workers up.
 */

export interface ExtractOptions {
	readonly bounds?: ExtractionBounds;
	/** Another worker script (tests of the time bound); default the extraction worker. */
	readonly workerUrl?: URL;
}

const queue = oneAtATime();

async function extractionWorkerUrl(): Promise<URL> {
	const { workerFile } = await import('./extract-worker');
	return new URL(workerFile);
}

const imageNote: ExtractedText = {
	body: '',
	note: 'Bilder enthalten keinen durchsuchbaren Text; die Suche findet Titel und Zusammenfassung.',
	limit: null
};

/**
 * The searchable text of an uploaded file, read in a worker thread within `bounds`. Never
 * throws for a bad file: a damaged file, a scan or a file past a bound comes back without text
 * and with a note for the organiser (`limit` says which bound stopped it).
 */
export async function extractText(
	type: FileType,
	bytes: Uint8Array,
	options: ExtractOptions = {}
): Promise<ExtractedText> {
	if (type === 'png' || type === 'jpeg') return imageNote;
	const bounds = options.bounds ?? extractionBounds;
	const url = options.workerUrl ?? (await extractionWorkerUrl());
	const request: ExtractionRequest = { mark: 'sozialkonferenz-extract-text', type, bytes, bounds };
	const outcome = await queue(() =>
		runBounded<ExtractedText>(url, request, {
			timeoutMs: bounds.timeoutMs,
			heapMb: bounds.workerHeapMb,
			youngMb: Math.min(64, Math.max(8, bounds.workerHeapMb / 4)),
			memoryMb: bounds.workerMemoryMb
		})
	);
	if (outcome.ok) return outcome.value;
	if (outcome.reason === 'time' || outcome.reason === 'memory') {
		const limit: ExtractionLimit = outcome.reason;
		return { body: '', note: limitNote(limit, bounds), limit };
	}
	const reason = outcome.reason === 'exited' ? 'Der Lesevorgang brach ab' : outcome.message;
	return {
		body: '',
		note: `Der Text dieser Datei ließ sich nicht lesen (${reason}); die Suche findet nur Titel und Zusammenfassung.`,
		limit: null
	};
}
