/**
 * ts_headline marks matches with two control characters instead of HTML, so that document text
 * is never interpreted as markup: the page renders the parts and escapes every one of them.
 */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

export interface HighlightPart {
	text: string;
	match: boolean;
}

export function splitHighlight(headline: string): HighlightPart[] {
	const parts: HighlightPart[] = [];
	let rest = headline;
	while (rest.length) {
		const start = rest.indexOf(MATCH_START);
		if (start === -1) {
			parts.push({ text: rest, match: false });
			break;
		}
		if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
		const end = rest.indexOf(MATCH_END, start + 1);
		const stop = end === -1 ? rest.length : end;
		parts.push({ text: rest.slice(start + 1, stop), match: true });
		rest = end === -1 ? '' : rest.slice(end + 1);
	}
	return parts.filter((p) => p.text.length > 0);
}
