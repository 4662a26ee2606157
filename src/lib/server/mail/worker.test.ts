import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { mailOutbox } from '../db/schema';
import { claimDueMails, enqueueMail, listOutbox, MAX_ATTEMPTS, retryDelayMs } from './outbox';
import { link, para, renderMail } from './render';
import { smtpTransport } from './transport';
import { deliverDueMails } from './worker';

interface Received {
	to: string;
	subject: string;
	text: string;
	html: string;
}

/** A real SMTP server on loopback; `reject` makes it answer the next mails with that code. */
async function startSmtp() {
	const received: Received[] = [];
	const state = { rejectCode: 0 };
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, _session, callback) {
			simpleParser(stream)
				.then((mail) => {
					if (state.rejectCode) {
						const error = Object.assign(new Error('abgelehnt'), { responseCode: state.rejectCode });
						return callback(error);
					}
					received.push({
						to: (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text ?? '',
						subject: mail.subject ?? '',
						text: mail.text ?? '',
						html: typeof mail.html === 'string' ? mail.html : ''
					});
					callback();
				})
				.catch(callback);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as AddressInfo).port;
	return {
		url: `smtp://127.0.0.1:${port}`,
		received,
		state,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

describe.each(backends)('mail outbox on $name', (backend) => {
	let handle: DatabaseHandle;
	let smtp: Awaited<ReturnType<typeof startSmtp>>;
	const t0 = new Date('2027-05-01T10:00:00Z');

	beforeAll(async () => {
		handle = await backend.open();
		smtp = await startSmtp();
	});

	afterAll(async () => {
		await smtp?.close();
		await handle?.close();
	});

	beforeEach(async () => {
		await handle.db.delete(mailOutbox);
		smtp.received.length = 0;
		smtp.state.rejectCode = 0;
	});

	it('sends a queued mail over SMTP with text and escaped HTML and marks it sent', async () => {
		const content = renderMail('Ihre Anmeldung', [
			'Hallo <script>alert(1)</script>,',
			para`Link: ${link('https://example.org/x')}`
		]);
		await enqueueMail(handle.db, { kind: 'test', to: 'a@example.org', ...content }, t0);
		const result = await deliverDueMails(
			handle.db,
			smtpTransport(smtp.url, 'konferenz@example.org'),
			() => t0
		);
		expect(result).toEqual({ sent: 1, failed: 0 });
		expect(smtp.received).toHaveLength(1);
		expect(smtp.received[0].text).toContain('Hallo <script>alert(1)</script>,');
		expect(smtp.received[0].html).toContain('&lt;script&gt;');
		expect(smtp.received[0].html).not.toContain('<script>');
		expect(smtp.received[0].html).toContain('<a href="https://example.org/x">');
		const [row] = await listOutbox(handle.db);
		expect(row).toMatchObject({ status: 'sent', attempts: 1 });
	});

	it('keeps a mail in the outbox when the transaction that wrote it rolls back', async () => {
		await expect(
			handle.db.transaction(async (tx) => {
				await enqueueMail(tx, { kind: 'test', to: 'b@example.org', subject: 's', text: 't' }, t0);
				throw new Error('Abbruch');
			})
		).rejects.toThrow('Abbruch');
		expect(await listOutbox(handle.db)).toEqual([]);
	});

	it('retries a temporary failure later with back-off', async () => {
		await enqueueMail(
			handle.db,
			{ kind: 'test', to: 'c@example.org', subject: 's', text: 't' },
			t0
		);
		smtp.state.rejectCode = 451;
		const transport = smtpTransport(smtp.url, 'konferenz@example.org');
		expect(await deliverDueMails(handle.db, transport, () => t0)).toEqual({ sent: 0, failed: 1 });
		const [failedOnce] = await listOutbox(handle.db);
		expect(failedOnce).toMatchObject({ status: 'pending', attempts: 1 });
		expect(failedOnce.nextAttemptAt.getTime()).toBe(t0.getTime() + retryDelayMs(1));

		// Not due yet: nothing happens.
		expect(await deliverDueMails(handle.db, transport, () => t0)).toEqual({ sent: 0, failed: 0 });
		smtp.state.rejectCode = 0;
		const later = new Date(t0.getTime() + retryDelayMs(1));
		expect(await deliverDueMails(handle.db, transport, () => later)).toEqual({
			sent: 1,
			failed: 0
		});
	});

	it('gives up on a permanent rejection and shows the mail as failed with the reason', async () => {
		await enqueueMail(
			handle.db,
			{ kind: 'test', to: 'd@example.org', subject: 's', text: 't' },
			t0
		);
		smtp.state.rejectCode = 550;
		await deliverDueMails(handle.db, smtpTransport(smtp.url, 'konferenz@example.org'), () => t0);
		const [row] = await listOutbox(handle.db);
		expect(row.status).toBe('failed');
		expect(row.lastError).toContain('abgelehnt');
	});

	it('gives up after the last attempt', async () => {
		await enqueueMail(
			handle.db,
			{ kind: 'test', to: 'e@example.org', subject: 's', text: 't' },
			t0
		);
		smtp.state.rejectCode = 451;
		const transport = smtpTransport(smtp.url, 'konferenz@example.org');
		let clock = t0.getTime();
		for (let i = 0; i < MAX_ATTEMPTS; i++) {
			await deliverDueMails(handle.db, transport, () => new Date(clock));
			clock += 2 * 60 * 60_000;
		}
		const [row] = await listOutbox(handle.db);
		expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
	});

	it('offers a mail again when a worker died while sending it', async () => {
		await enqueueMail(
			handle.db,
			{ kind: 'test', to: 'f@example.org', subject: 's', text: 't' },
			t0
		);
		expect(await claimDueMails(handle.db, t0)).toHaveLength(1);
		expect(await claimDueMails(handle.db, t0)).toHaveLength(0);
		const muchLater = new Date(t0.getTime() + 11 * 60_000);
		expect(await claimDueMails(handle.db, muchLater)).toHaveLength(1);
	});
});
