/**
 * Checked value rows in the form the database takes them in bulk (decision 0039): COPY's text
 * format for a PostgreSQL server, six array literals for `unnest` on PGlite. Pure, so that the
 * file worker prepares each batch while the main thread writes the previous one (decision 0043).
 */
import { copyEscape, numberArrayLiteral, textArrayLiteral } from '../db/copy-format';
import type { ValueRows } from './values-import';

/** The columns every batch fills, in this order. */
export const DRAFT_VALUE_COLUMNS =
	'monitoring_draft_values (import_id, area_id, indicator_key, year, value, numerator, denominator)';

export type ChunkFormat = 'copy' | 'arrays';

export type ValueChunk =
	| { readonly format: 'copy'; readonly count: number; readonly text: string }
	| {
			readonly format: 'arrays';
			readonly count: number;
			readonly areaIds: string;
			readonly keys: string;
			readonly years: string;
			readonly values: string;
			readonly numerators: string;
			readonly denominators: string;
	  };

/** Rows `start`…`end` of `rows` as one batch for the loading import `importId`. */
export function encodeChunk(
	format: ChunkFormat,
	importId: number,
	rows: ValueRows,
	start = 0,
	end = rows.count
): ValueChunk {
	const count = end - start;
	if (format === 'copy') {
		const keys = rows.indicatorKeys.map(copyEscape);
		const number = (v: number) => (Number.isNaN(v) ? '\\N' : String(v));
		const lines: string[] = new Array(count);
		for (let i = start; i < end; i += 1) {
			lines[i - start] =
				`${importId}\t${rows.areaIds[i]}\t${keys[rows.indicatorIndex[i]]}\t${rows.years[i]}\t${rows.values[i]}\t${number(rows.numerators[i])}\t${number(rows.denominators[i])}\n`;
		}
		return { format, count, text: lines.join('') };
	}
	const keys = Array.from(rows.indicatorIndex.subarray(start, end), (i) => rows.indicatorKeys[i]);
	return {
		format,
		count,
		areaIds: numberArrayLiteral(rows.areaIds.subarray(start, end)),
		keys: textArrayLiteral(keys),
		years: numberArrayLiteral(rows.years.subarray(start, end)),
		values: numberArrayLiteral(rows.values.subarray(start, end)),
		numerators: numberArrayLiteral(rows.numerators.subarray(start, end)),
		denominators: numberArrayLiteral(rows.denominators.subarray(start, end))
	};
}
