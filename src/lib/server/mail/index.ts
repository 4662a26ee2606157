export {
	enqueueMail,
	outboxInsert,
	outboxInsertMany,
	listOutbox,
	claimDueMails,
	markSent,
	markFailed,
	MAX_ATTEMPTS
} from './outbox';
export type { OutgoingMail, OutboxMail } from './outbox';
export { smtpTransport, isPermanentFailure } from './transport';
export type { MailTransport } from './transport';
export { deliverDueMails, startMailWorker } from './worker';
export type { MailWorker } from './worker';
export { renderMail, escapeHtml, defangLinks, link, lines, message, para } from './render';
export type { MailContent, MailLink, MailParagraph } from './render';
export { outboxEntries } from './view';
export type { OutboxEntry } from '$lib/types/mail';
