import { describe, expect, it } from 'vitest';
import { DEFAULT_INDICATORS } from './catalogue';
import { closestIndicatorKeys } from './suggest';

const keys = DEFAULT_INDICATORS.map((i) => i.key);

describe('suggesting catalogue keys for an unknown indicator code', () => {
	it('offers the key a typo was meant to be, first', () => {
		expect(keys).toContain('sgb2_quote');
		expect(closestIndicatorKeys('sgb2_qoute', DEFAULT_INDICATORS)[0]).toBe('sgb2_quote');
		expect(closestIndicatorKeys('SGB2-Quote', DEFAULT_INDICATORS)[0]).toBe('sgb2_quote');
	});

	it('finds a key by the indicator’s name and by a shortened key', () => {
		expect(closestIndicatorKeys('SGB-II-Quote', DEFAULT_INDICATORS)).toContain('sgb2_quote');
		expect(closestIndicatorKeys('kinderarm', DEFAULT_INDICATORS)).toContain('kinderarmut');
	});

	it('offers at most three keys, and none for a code that resembles nothing', () => {
		expect(closestIndicatorKeys('quote', DEFAULT_INDICATORS).length).toBeLessThanOrEqual(3);
		expect(closestIndicatorKeys('Fahrradwege', DEFAULT_INDICATORS)).toEqual([]);
		expect(closestIndicatorKeys('  ', DEFAULT_INDICATORS)).toEqual([]);
	});
});
