import { error } from '@sveltejs/kit';
import { translator, type Locale } from '$lib/i18n';
import { WorldCafeError, type WorldCafeErrorCode } from './errors';

/** A domain message in the page's language (for error pages and JSON answers). */
export function cafeMessage(locale: Locale, code: WorldCafeErrorCode): string {
	return translator(locale)(`cafe.error.${code}`);
}

/**
 * For a `load` or action that looked something up (a café, a host or vote link): an expected
 * domain error becomes a 404 page with its message in the page's language; anything else is a
 * bug and goes on to handleError.
 */
export function notFound(e: unknown, locale: Locale): never {
	if (e instanceof WorldCafeError) error(404, cafeMessage(locale, e.code));
	throw e;
}
