import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START, splitHighlight } from './highlight';

describe('splitHighlight', () => {
	it('splits a headline into plain and matched parts', () => {
		expect(
			splitHighlight(
				`kommunale ${MATCH_START}Sozialplanung${MATCH_END} im ${MATCH_START}Quartier${MATCH_END}`
			)
		).toEqual([
			{ text: 'kommunale ', match: false },
			{ text: 'Sozialplanung', match: true },
			{ text: ' im ', match: false },
			{ text: 'Quartier', match: true }
		]);
	});

	it('keeps markup in document text as plain text', () => {
		expect(splitHighlight(`<script>x</script> ${MATCH_START}Armut${MATCH_END}`)).toEqual([
			{ text: '<script>x</script> ', match: false },
			{ text: 'Armut', match: true }
		]);
	});

	it('copes with an unterminated match marker', () => {
		expect(splitHighlight(`a ${MATCH_START}b`)).toEqual([
			{ text: 'a ', match: false },
			{ text: 'b', match: true }
		]);
	});
});
