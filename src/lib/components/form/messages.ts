import { de, type MessageKey } from '$lib/i18n/catalogues';
import { isMessageKey, type Translate } from '$lib/i18n';

/**
 * The translated message for an error code a form action returned (`auth.error.<code>`), or for
 * a shared field's catalogue key (`field.err.…`).
 */
export function errorText(t: Translate, code: string | undefined): string | undefined {
	if (!code) return undefined;
	if (isMessageKey(code)) return t(code);
	const key = `auth.error.${code}`;
	return key in de ? t(key as MessageKey) : t('form.unknownError');
}
