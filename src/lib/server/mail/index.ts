export {
	enqueueMail,
	outboxInsert,
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
export { renderMail, escapeHtml } from './render';
export type { MailContent } from './render';
export { outboxEntries } from './view';
export type { OutboxEntry } from '$lib/types/mail';
