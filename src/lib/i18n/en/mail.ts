import type { mail as de } from '../de/mail';

export const mail: Record<keyof typeof de, string> = {
	'outbox.title': 'Outbox (development)',
	'outbox.intro':
		'Without an SMTP server, e-mails stay in the outbox. This page shows them for trying things out; in production it is switched off.',
	'outbox.empty': 'The outbox is empty.',
	'outbox.to': 'To'
};
