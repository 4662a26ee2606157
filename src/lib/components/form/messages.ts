import { de, type MessageKey } from '$lib/i18n/catalogues';
import type { Translate } from '$lib/i18n';

/** The translated message for an error code a form action returned (`auth.error.<code>`). */
export function errorText(t: Translate, code: string | undefined): string | undefined {
	if (!code) return undefined;
	const key = `auth.error.${code}`;
	return key in de ? t(key as MessageKey) : t('form.unknownError');
}
