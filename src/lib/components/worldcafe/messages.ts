import { de, type MessageKey } from '$lib/i18n/catalogues';
import { isMessageKey, type Params, type Translate } from '$lib/i18n';

/**
 * The translated message for a World Café error code a route returned (`cafe.error.<code>`),
 * with the numbers a form schema attached (`ganze_zahl?min=1&max=12`). Anything else that is not
 * a known code (a schema's structural message) reads as "invalid input". A shared field's
 * catalogue key (`field.err.…`) is shown as it is.
 */
export function cafeErrorText(t: Translate, value: string | undefined): string | undefined {
	if (!value) return undefined;
	if (isMessageKey(value)) return t(value);
	const [code, query] = value.split('?', 2);
	const key = `cafe.error.${code}`;
	if (!(key in de)) return t('cafe.error.eingabe_ungueltig');
	const params: Params = Object.fromEntries(new URLSearchParams(query ?? ''));
	return t(key as MessageKey, params);
}

/** Every field's problem translated, in the form the error summary takes. */
export function cafeErrorList(
	t: Translate,
	errors: Record<string, string>
): { field: string; text: string }[] {
	return Object.entries(errors).map(([field, code]) => ({
		field,
		text: cafeErrorText(t, code) ?? ''
	}));
}

/** A Handlungsfeld's name in the page's language (`wohnen` → "Wohnen" / "Housing"). */
export function fieldLabel(t: Translate, field: string): string {
	const key = `cafe.field.${field}`;
	return key in de ? t(key as MessageKey) : field;
}

/**
 * A table's name in the reader's language: the default names "Tisch 3" / "Table 3" the form
 * suggests are read as "table number 3" and written in the page's language; a name the organiser
 * chose stays as it is.
 */
export function tableLabel(t: Translate, label: string): string {
	const number = /^(?:Tisch|Table) (\d+)$/.exec(label.trim())?.[1];
	return number ? t('cafe.tables.defaultLabel', { number }) : label;
}
