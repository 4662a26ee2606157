import { fail } from '@sveltejs/kit';
import { MonitoringError } from './errors';

/** A domain refusal becomes a 400 with its German message; anything else stays an error. */
export function monitoringFailure(error: unknown, action: string) {
	if (error instanceof MonitoringError) {
		return fail(error.code === 'beschaeftigt' ? 409 : 400, {
			action,
			message: error.message,
			code: error.code
		});
	}
	throw error;
}
