import { describe, expect, it } from 'vitest';
import { de, en } from '$lib/i18n/catalogues';
import { AUTH_MESSAGES, AuthError } from './errors';
import { FORBIDDEN_MESSAGE } from './guards';

describe('auth error catalogue', () => {
	it('shows every code in German exactly as the domain names it, and in English', () => {
		for (const [code, message] of Object.entries(AUTH_MESSAGES)) {
			const key = `auth.error.${code}` as keyof typeof de;
			expect(de[key], code).toBe(message);
			expect(en[key], code).toBeTruthy();
		}
		const keys = Object.keys(de).filter((k) => k.startsWith('auth.error.'));
		expect(keys).toHaveLength(Object.keys(AUTH_MESSAGES).length);
	});

	it('uses the same words for a refused area on the error page', () => {
		expect(de['error.forbidden']).toBe(FORBIDDEN_MESSAGE);
	});

	it('answers throttling with 429 and a wrong login with 400', () => {
		expect(new AuthError('zu_viele_versuche').status).toBe(429);
		expect(new AuthError('anmeldung_fehlgeschlagen').status).toBe(400);
	});
});
