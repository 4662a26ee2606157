import { describe, expect, it } from 'vitest';
import { messageText, translator } from '$lib/i18n';
import { MONITORING_MESSAGES, MonitoringError } from './errors';
import { monitoringFailure } from './respond';

describe('a refused monitoring action as the page gets it', () => {
	it('carries the key of its text, which the page reads in the reader’s language', () => {
		const refused = monitoringFailure(new MonitoringError('kein_entwurf', '05512000'), 'publish');
		expect(refused.status).toBe(400);
		expect(refused.data).toMatchObject({ action: 'publish', code: 'kein_entwurf' });
		const message = String(refused.data.message);
		expect(messageText(translator('en'), message)).toBe(
			'There is no open draft (any more); please reload the page.'
		);
		expect(messageText(translator('de'), message)).toBe(MONITORING_MESSAGES.kein_entwurf);
	});

	it('answers a busy municipality with 409 and lets any other error through', () => {
		expect(monitoringFailure(new MonitoringError('beschaeftigt'), 'undo').status).toBe(409);
		const broken = new Error('database gone');
		expect(() => monitoringFailure(broken, 'undo')).toThrow(broken);
	});

	it('keeps the German text as the error’s own message, for logs and the command line', () => {
		expect(new MonitoringError('keine_gebiete').message).toBe(
			'Die Gemeinde hat noch keine Gebiete; zuerst Gebiete importieren.'
		);
	});
});
