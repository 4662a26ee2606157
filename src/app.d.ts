// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '$lib/i18n';
import type { ActiveSession, SessionUser } from '$lib/server/auth';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			locale: Locale;
			/** The signed-in user, resolved from the session cookie by the `authenticate` hook. */
			user: SessionUser | null;
			session: ActiveSession | null;
		}
	}
}

export {};
