import { fail } from '@sveltejs/kit';
import { MonitoringError, monitoringMessageKey } from './errors';

/**
 * A domain refusal becomes a 400 whose message is the catalogue key of its text, which the page
 * shows in the reader's language (`messageText`); anything else stays an error.
 */
export function monitoringFailure(error: unknown, action: string) {
	if (error instanceof MonitoringError) {
		return fail(error.code === 'beschaeftigt' ? 409 : 400, {
			action,
			message: monitoringMessageKey(error.code),
			code: error.code
		});
	}
	throw error;
}
