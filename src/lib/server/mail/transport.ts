import nodemailer from 'nodemailer';
import type { OutboxMail } from './outbox';

export interface MailTransport {
	send(mail: OutboxMail): Promise<void>;
	close(): void;
}

/** An SMTP rejection that will not change on retry (5xx), as opposed to a temporary failure. */
export function isPermanentFailure(error: unknown): boolean {
	const code = (error as { responseCode?: number }).responseCode;
	return typeof code === 'number' && code >= 500 && code < 600;
}

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
	const transporter = nodemailer.createTransport(smtpUrl);
	return {
		async send(mail) {
			await transporter.sendMail({
				from,
				to: mail.toAddress,
				subject: mail.subject,
				text: mail.textBody,
				html: mail.htmlBody ?? undefined,
				attachments: mail.attachments.map((a) => ({
					filename: a.filename,
					contentType: a.contentType,
					content: Buffer.from(a.content, 'base64')
				}))
			});
		},
		close: () => transporter.close()
	};
}
