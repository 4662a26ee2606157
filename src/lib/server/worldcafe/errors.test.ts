import { describe, expect, it } from 'vitest';
import { de, en } from '$lib/i18n/catalogues';
import { translator } from '$lib/i18n';
import { cafeErrorText } from '$lib/components/worldcafe/messages';
import { WORLDCAFE_MESSAGES, withParams } from './errors';

describe('World Café error catalogue', () => {
	it('shows every code in German exactly as the domain names it, and in English', () => {
		for (const [code, message] of Object.entries(WORLDCAFE_MESSAGES)) {
			const key = `cafe.error.${code}` as keyof typeof de;
			expect(de[key], code).toBe(message);
			expect(en[key], code).toBeTruthy();
			expect(en[key], code).not.toBe(message);
		}
		const keys = Object.keys(de).filter((k) => k.startsWith('cafe.error.'));
		expect(keys).toHaveLength(Object.keys(WORLDCAFE_MESSAGES).length);
	});

	it('fills in the range a form field allows, in either language', () => {
		const code = withParams('ganze_zahl', { min: 1, max: 12 });
		expect(cafeErrorText(translator('de'), code)).toBe(
			'Bitte eine ganze Zahl von 1 bis 12 angeben.'
		);
		expect(cafeErrorText(translator('en'), code)).toBe('Please enter a whole number from 1 to 12.');
	});

	it('reads an unknown message as invalid input rather than showing it raw', () => {
		expect(cafeErrorText(translator('en'), 'Invalid input: expected string')).toBe(
			'Invalid input.'
		);
	});
});
