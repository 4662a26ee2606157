/**
 * PostgreSQL's text formats for bulk rows, without a driver: usable in a worker thread that
 * prepares rows for `COPY` or for `unnest` while the main thread writes the previous batch.
 */

/** A text value in COPY's text format (backslash, tab and line breaks escaped). */
export function copyEscape(value: string): string {
	return value.replace(/[\\\t\n\r]/g, (c) =>
		c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'
	);
}

/** An array literal of texts (`{"a","b"}`), each element quoted. */
export function textArrayLiteral(values: readonly string[]): string {
	return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/**
 * An array literal of numbers; NaN becomes NULL. `String(number)` is the shortest text that
 * reads back as the same double, so values round-trip exactly.
 */
export function numberArrayLiteral(values: ArrayLike<number>): string {
	const parts: string[] = new Array(values.length);
	for (let i = 0; i < values.length; i += 1) {
		parts[i] = Number.isNaN(values[i]) ? 'NULL' : String(values[i]);
	}
	return `{${parts.join(',')}}`;
}
