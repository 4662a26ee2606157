import { describe, expect, it } from 'vitest';
import { personalise } from './mailings';

describe('personalise', () => {
	it('fills in the names, defanging one that looks like a web address', () => {
		const text = personalise('Guten Tag {vorname} {nachname}, mehr unter https://ruhr.example/p', {
			firstName: 'https://evil.example/login',
			lastName: 'Muster'
		});
		expect(text).toBe(
			'Guten Tag https[:]//evil[.]example/login Muster, mehr unter https://ruhr.example/p'
		);
	});
});
