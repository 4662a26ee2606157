/**
 * "Did you mean …": the catalogue's indicator keys closest to a code a file used but the
 * catalogue does not know — a typo (`sgb2_qoute`), a different spelling (`SGB II Quote`) or a
 * shortened key (`kinderarm`).
 */
import { distance } from 'fastest-levenshtein';
import { normaliseHeader } from './csv';

interface Named {
	readonly key: string;
	readonly name: string;
}

/** At most this many suggestions per unknown code. */
export const MAX_SUGGESTIONS = 3;

/** Only letters and digits, lower case: `SGB-II-Quote`, `sgb2 quote` and `sgb2_quote` meet. */
function squeeze(text: string): string {
	return normaliseHeader(text).replace(/[^a-z0-9]/g, '');
}

/**
 * The keys of `indicators` closest to `found`, best first: a key or name that contains it or is
 * contained in it, or one within a few edits (about a third of the code's length). Empty when
 * nothing is close — then the page lists the whole catalogue instead.
 */
export function closestIndicatorKeys(found: string, indicators: readonly Named[]): string[] {
	const wanted = squeeze(found);
	if (wanted === '') return [];
	const allowed = Math.max(2, Math.floor(wanted.length / 3));
	const scored: { key: string; score: number; position: number }[] = [];
	indicators.forEach((indicator, position) => {
		let best = Number.POSITIVE_INFINITY;
		for (const candidate of [squeeze(indicator.key), squeeze(indicator.name)]) {
			if (candidate === '') continue;
			const contains =
				wanted.length >= 4 && (candidate.includes(wanted) || wanted.includes(candidate));
			const edits = distance(wanted, candidate);
			// A containment is as good as one edit, so that a clear typo still comes first.
			const score = contains ? Math.min(edits, 1) : edits;
			if (contains || edits <= allowed) best = Math.min(best, score);
		}
		if (best !== Number.POSITIVE_INFINITY)
			scored.push({ key: indicator.key, score: best, position });
	});
	return scored
		.sort((a, b) => a.score - b.score || a.position - b.position)
		.slice(0, MAX_SUGGESTIONS)
		.map((s) => s.key);
}
