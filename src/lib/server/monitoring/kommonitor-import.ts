/**
 * Storing KomMonitor exports: the checks are those of `kommonitor.ts`, the writing is that of
 * the CSV value import (a draft, decision 0025) and of the GeoJSON area import. Whole file or
 * nothing: with any problem, nothing is stored and the report lists each one.
 */
import type { Database } from '../db';
import { decodeText } from './csv';
import { komMonitorAreaFileOffLoop, readKomMonitorValuesOffLoop } from './file-read';
import {
	importAreas,
	storeValueDraft,
	valueImportContext,
	type AreaImportInput,
	type DraftInput,
	type ImportOutcome
} from './store';

export interface KomMonitorValueInput extends DraftInput {
	/** The export as uploaded (UTF-8, or Windows-1252 as the CSV import accepts it). */
	readonly bytes: Uint8Array;
	/** The indicator the export's values belong to: key (or name) of an indicator of the list. */
	readonly indicator: string | undefined;
}

/** Reads a KomMonitor indicator export and adds its values to the municipality's draft. */
export async function importKomMonitorValues(
	db: Database,
	input: KomMonitorValueInput
): Promise<ImportOutcome> {
	const context = await valueImportContext(db, input.ags);
	const file = await readKomMonitorValuesOffLoop(input.bytes, {
		...context,
		indicator: input.indicator,
		hint: input.fileName.replace(/\.[a-z]+$/i, '')
	});
	const details = {
		format: 'KomMonitor',
		indikator: file.indicatorKey ?? '–',
		gebiete: file.features,
		jahre: file.years.join(', ') || '–'
	};
	if (file.problemCount > 0) {
		return { ok: false, problems: file.problems, problemCount: file.problemCount, details };
	}
	return storeValueDraft(db, input, file.rows, details);
}

export type KomMonitorAreaInput = Omit<AreaImportInput, 'text' | 'options' | 'synthetic'> & {
	readonly bytes: Uint8Array;
};

/** The calendar day in Germany, as KomMonitor's validity dates are written (YYYY-MM-DD). */
function germanDay(now: Date): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(now);
}

/**
 * Reads a KomMonitor spatial-unit export and imports the areas valid today through the GeoJSON
 * area import; the report's feature numbers are those of the uploaded file.
 */
export async function importKomMonitorAreas(
	db: Database,
	input: KomMonitorAreaInput
): Promise<ImportOutcome> {
	const { text } = decodeText(input.bytes);
	const file = await komMonitorAreaFileOffLoop(text, germanDay(input.now));
	const details = { format: 'KomMonitor', gebiete: file.rows.length, ausgelassen: file.skipped };
	if (file.problemCount > 0) {
		return { ok: false, problems: file.problems, problemCount: file.problemCount, details };
	}
	const outcome = await importAreas(db, { ...input, text: file.text, options: file.options });
	if (outcome.ok) return { ...outcome, details: { ...outcome.details, ...details } };
	return {
		...outcome,
		problems: outcome.problems.map((p) => ({ ...p, row: file.rows[p.row - 1] ?? p.row })),
		details: { ...outcome.details, ...details }
	};
}
