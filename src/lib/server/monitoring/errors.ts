import type { MessageKey } from '$lib/i18n';
import { monitoringErrors } from '$lib/i18n/de/monitoring-errors';

/**
 * The monitoring domain's error catalogue: one short code per thing that can go wrong. The
 * texts a planner reads are the catalogue's `mon.error.<code>` keys, in the reader's language
 * (`monitoringMessageKey`); the German one is the error's own message (logs, command line).
 * `field` names what the error concerns (an indicator key, an area id, an option name) so a
 * route can attach the message to the right input or table row.
 */
const PREFIX = 'mon.error.';

export type MonitoringErrorCode = keyof typeof monitoringErrors extends `${typeof PREFIX}${infer C}`
	? C
	: never;

/** Each code's German text. */
export const MONITORING_MESSAGES = Object.fromEntries(
	Object.entries(monitoringErrors).map(([key, text]) => [key.slice(PREFIX.length), text])
) as Record<MonitoringErrorCode, string>;

export function isMonitoringErrorCode(code: string): code is MonitoringErrorCode {
	return Object.hasOwn(MONITORING_MESSAGES, code);
}

/** The catalogue key of a code's text, for `t` or `messageText` in the reader's language. */
export function monitoringMessageKey(code: MonitoringErrorCode): MessageKey {
	return `${PREFIX}${code}` as MessageKey;
}

export class MonitoringError extends Error {
	readonly code: MonitoringErrorCode;
	readonly field: string | undefined;

	constructor(code: MonitoringErrorCode, field?: string) {
		super(
			field === undefined ? MONITORING_MESSAGES[code] : `${MONITORING_MESSAGES[code]} (${field})`
		);
		this.name = 'MonitoringError';
		this.code = code;
		this.field = field;
	}
}
