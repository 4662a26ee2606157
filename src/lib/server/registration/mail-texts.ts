import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { messageRef, translator, type Locale, type MessageKey } from '$lib/i18n';
import { languages } from '$lib/types/enums';
import { hasForbiddenCharacters, normaliseText } from '../fields';
import { lines, message, type MailLink, type MailParagraph } from '../mail';
import type { Database, Transaction } from '../db';
import { mailTexts } from '../db/schema';
import { recordAudit } from '../audit';
import { invalidateRegistrationReads } from './reads';

/**
 * The organisers' wording of the registration mails and the poster mails, per edition and
 * language. A text is a subject and a body: paragraphs separated by an empty line, with
 * placeholders in curly brackets (`{vorname}`). The greeting and the closing stay the
 * platform's. Without an own text the default is sent, which is built from the same catalogue
 * messages as before, so an edition that never edits a mail sends exactly what it always sent.
 */
export const mailTextKinds = [
	'registration.confirm_request',
	'registration.link_again',
	'registration.confirmed',
	'registration.changed',
	'registration.cancelled',
	'registration.expired',
	'waitlist.promoted',
	'waitlist.left',
	'workshop.promoted',
	'poster.eingegangen',
	'poster.geaendert',
	'poster.angenommen',
	'poster.abgelehnt',
	'poster.warteliste'
] as const;
export type MailTextKind = (typeof mailTextKinds)[number];

/**
 * The mails to the person who submitted a poster, after submitting or changing it: they carry
 * the personal link to the submission.
 */
export const posterSubmissionMailKinds = [
	'poster.eingegangen',
	'poster.geaendert'
] as const satisfies readonly MailTextKind[];
export type PosterSubmissionMailKind = (typeof posterSubmissionMailKinds)[number];

/** The organisers' decision on a submission. */
export const posterDecisionMailKinds = [
	'poster.angenommen',
	'poster.abgelehnt',
	'poster.warteliste'
] as const satisfies readonly MailTextKind[];

/** The mails about a poster submission: they know the poster, not a registration. */
export const posterMailKinds = [
	...posterSubmissionMailKinds,
	...posterDecisionMailKinds
] as const satisfies readonly MailTextKind[];
export type PosterMailKind = (typeof posterMailKinds)[number];

export function isPosterMailKind(kind: string): kind is PosterMailKind {
	return (posterMailKinds as readonly string[]).includes(kind);
}

export function isPosterSubmissionMailKind(kind: string): kind is PosterSubmissionMailKind {
	return (posterSubmissionMailKinds as readonly string[]).includes(kind);
}

/** Every placeholder, in the order the organisers' page lists them. */
export const placeholders = [
	'name',
	'vorname',
	'nachname',
	'jahr',
	'titel',
	'link',
	'anmeldeseite',
	'frist',
	'platz',
	'workshop',
	'stand',
	'veranstaltung',
	'angaben',
	'poster',
	'tafel',
	'konferenzseite'
] as const;
export type Placeholder = (typeof placeholders)[number];

/** What a registration mail can say. */
const registrationPlaceholders = placeholders.filter(
	(p) => p !== 'poster' && p !== 'tafel' && p !== 'konferenzseite'
);
/** What a poster decision can say: the presenting person's name, the poster, its board, the edition. */
const posterDecisionPlaceholders = [
	'name',
	'jahr',
	'titel',
	'poster',
	'tafel',
	'konferenzseite'
] as const satisfies readonly Placeholder[];
/**
 * What the receipt of a submission can say: the presenting person's name, the poster, the
 * edition, the personal link to the submission and the deadline until which it can be changed.
 */
const posterSubmissionPlaceholders = [
	'name',
	'jahr',
	'titel',
	'poster',
	'link',
	'frist'
] as const satisfies readonly Placeholder[];

/** A subject is one line of plain text: no links, no blocks. */
export const subjectPlaceholders = [
	'name',
	'vorname',
	'nachname',
	'jahr',
	'titel',
	'platz',
	'workshop',
	'poster',
	'tafel'
] as const satisfies readonly Placeholder[];

/** The mails whose purpose is the personal link: without `{link}` the person is locked out. */
const linkMails: readonly MailTextKind[] = [
	'registration.confirm_request',
	'registration.link_again',
	...posterSubmissionMailKinds
];

/**
 * The placeholders a mail of this kind fills: in its body, in its subject, and those its body
 * must contain. The confirmation request, the link sent again and the receipt of a poster
 * submission must carry the personal link: it is the only way to confirm, or back to the
 * registration or submission.
 */
export function placeholdersFor(kind: MailTextKind): {
	body: readonly Placeholder[];
	subject: readonly Placeholder[];
	required: readonly Placeholder[];
} {
	const body: readonly Placeholder[] = isPosterSubmissionMailKind(kind)
		? posterSubmissionPlaceholders
		: isPosterMailKind(kind)
			? posterDecisionPlaceholders
			: registrationPlaceholders;
	return {
		body,
		subject: subjectPlaceholders.filter((p) => body.includes(p)),
		required: linkMails.includes(kind) ? ['link'] : []
	};
}

/** What a placeholder stands for in a mail of this kind, as the organisers' page explains it. */
export function placeholderLabel(kind: MailTextKind, name: Placeholder): MessageKey {
	if (isPosterSubmissionMailKind(kind) && name === 'link') return 'mt.ph.submissionLink';
	if (isPosterSubmissionMailKind(kind) && name === 'frist') return 'mt.ph.submissionDeadline';
	return `mt.ph.${name}`;
}

export interface MailText {
	subject: string;
	body: string;
}

/** An edition's own texts: kind → language → text. */
export type MailTexts = Partial<Record<string, Partial<Record<Locale, MailText>>>>;

type Value = string | number | MailLink | MailParagraph | MailParagraph[] | null | undefined;
export type PlaceholderValues = Partial<Record<Placeholder, Value>>;

/** The catalogue messages' parameters under the placeholders' names. */
const renames: Record<string, string> = {
	deadline: 'frist',
	position: 'platz',
	year: 'jahr',
	title: 'titel'
};

function fromCatalogue(lang: Locale, key: MessageKey, extra: Record<string, string> = {}): string {
	const all = { ...renames, ...extra };
	return translator(lang)(key).replace(/\{(\w+)\}/g, (whole, name: string) =>
		all[name] ? `{${all[name]}}` : whole
	);
}

/** The poster messages' parameters under the placeholders' names. */
const posterDecisionRenames = {
	title: 'poster',
	edition: 'titel',
	board: 'tafel',
	link: 'konferenzseite'
};
/** In the receipt of a submission, `{link}` is the personal link and stays as it is. */
const posterSubmissionRenames = { title: 'poster', edition: 'titel' };

const defaults: Record<MailTextKind, { subject: MessageKey; body: (MessageKey | Placeholder)[] }> =
	{
		'poster.eingegangen': {
			subject: 'poster.mail.receivedSubject',
			body: ['poster.mail.received', 'poster.mail.link']
		},
		'poster.geaendert': {
			subject: 'poster.mail.changedSubject',
			body: ['poster.mail.changed', 'poster.mail.link']
		},
		'poster.angenommen': {
			subject: 'poster.mail.decisionSubject',
			body: ['poster.mail.accepted', 'poster.mail.board', 'poster.mail.editionPage']
		},
		'poster.abgelehnt': {
			subject: 'poster.mail.decisionSubject',
			body: ['poster.mail.rejected']
		},
		'poster.warteliste': {
			subject: 'poster.mail.decisionSubject',
			body: ['poster.mail.waitlisted']
		},
		'registration.confirm_request': {
			subject: 'mail.confirmRequest.subject',
			body: [
				'stand',
				'mail.confirmRequest.confirm',
				'mail.confirmRequest.linkUse',
				'veranstaltung',
				'angaben'
			]
		},
		'registration.link_again': {
			subject: 'mail.linkAgain.subject',
			body: ['mail.linkAgain.body', 'mail.linkAgain.link', 'stand', 'veranstaltung']
		},
		'registration.confirmed': {
			subject: 'mail.confirmed.subject',
			body: ['stand', 'veranstaltung', 'angaben']
		},
		'registration.changed': {
			subject: 'mail.changed.subject',
			body: ['mail.changed.body', 'angaben']
		},
		'registration.cancelled': {
			subject: 'mail.cancelled.subject',
			body: ['mail.cancelled.body', 'mail.registerAgain']
		},
		'registration.expired': {
			subject: 'mail.expired.subject',
			body: ['mail.expired.body', 'mail.registerAgain']
		},
		'waitlist.promoted': {
			subject: 'mail.promoted.subject',
			body: ['mail.promoted.body', 'stand', 'veranstaltung']
		},
		'waitlist.left': {
			subject: 'mail.waitlistLeft.subject',
			body: ['mail.waitlistLeft.body', 'mail.registerAgain']
		},
		'workshop.promoted': {
			subject: 'mail.workshopPromoted.subject',
			body: ['mail.workshopPromoted.body']
		}
	};

const isPlaceholder = (name: string): name is Placeholder =>
	(placeholders as readonly string[]).includes(name);

/** The text sent when the organisers wrote none. */
export function defaultMailText(kind: MailTextKind, lang: Locale): MailText {
	const { subject, body } = defaults[kind];
	const extra = (part: MessageKey): Record<string, string> =>
		isPosterSubmissionMailKind(kind)
			? posterSubmissionRenames
			: isPosterMailKind(kind)
				? posterDecisionRenames
				: part === 'mail.registerAgain'
					? { link: 'anmeldeseite' }
					: {};
	return {
		subject: fromCatalogue(lang, subject, extra(subject)),
		body: body
			.map((part) => (isPlaceholder(part) ? `{${part}}` : fromCatalogue(lang, part, extra(part))))
			.join('\n\n')
	};
}

export function isMailTextKind(kind: string): kind is MailTextKind {
	return (mailTextKinds as readonly string[]).includes(kind);
}

/**
 * Whether an edition's own text lacks a placeholder its kind requires: saved before the
 * placeholder was required. Such a text is not sent (`mailTextFor`), the page says so.
 */
export function lacksRequired(kind: MailTextKind, text: MailText): boolean {
	return missingPlaceholders(text.body, placeholdersFor(kind).required).length > 0;
}

/** The text to send: the edition's own, else (or when it lacks the personal link) the default. */
export function mailTextFor(texts: MailTexts | undefined, kind: MailTextKind, lang: Locale) {
	const own = texts?.[kind]?.[lang];
	return own && !lacksRequired(kind, own) ? own : defaultMailText(kind, lang);
}

/** Every `{…}` in a text that is not one of the allowed placeholders. */
export function unknownPlaceholders(text: string, allowed: readonly string[]): string[] {
	return [...text.matchAll(/\{([^{}]*)\}/g)]
		.map((m) => m[1])
		.filter((name) => !allowed.includes(name))
		.map((name) => `{${name}}`);
}

/** Every required placeholder that does not occur in a text. */
export function missingPlaceholders(text: string, required: readonly string[]): string[] {
	return required.map((name) => `{${name}}`).filter((written) => !text.includes(written));
}

/** A body as paragraphs: one that is only a placeholder without value is left out. */
export function renderBody(body: string, values: PlaceholderValues): MailParagraph[] {
	const flat: Record<string, string | number | MailLink | MailParagraph | null | undefined> = {};
	for (const [name, value] of Object.entries(values)) {
		flat[name] = Array.isArray(value) ? lines(...value) : value;
	}
	const out: MailParagraph[] = [];
	for (const paragraph of body.split(/\r?\n[ \t]*\r?\n/)) {
		const trimmed = paragraph.trim();
		if (!trimmed) continue;
		const only = /^\{(\w+)\}$/.exec(trimmed);
		if (only && isPlaceholder(only[1])) {
			const value = values[only[1]];
			if (value === null || value === undefined || value === '') continue;
			if (Array.isArray(value)) {
				out.push(...value);
				continue;
			}
		}
		out.push(message(trimmed, flat));
	}
	return out;
}

/** The subject with its placeholders as plain text. */
export function renderSubject(subject: string, values: PlaceholderValues): string {
	return subject.replace(/\{(\w+)\}/g, (whole, name: string) => {
		if (!(subjectPlaceholders as readonly string[]).includes(name)) return whole;
		const value = values[name as Placeholder];
		return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
	});
}

/**
 * The organisers' form: an unknown placeholder is refused with its name and the allowed ones,
 * and a text without a placeholder its mail cannot do without (the personal link of a poster
 * submission) with the name of the missing one.
 */
export const MailTextForm = z
	.object({
		kind: z.enum(mailTextKinds, { error: 'mt.err.kind' satisfies MessageKey }),
		language: z.enum(languages, { error: 'mt.err.kind' satisfies MessageKey }),
		subject: z
			.string({ error: 'mt.err.subject' satisfies MessageKey })
			.refine((v) => !hasForbiddenCharacters(v), 'mt.err.subject' satisfies MessageKey)
			.transform((v) => normaliseText(v))
			.pipe(z.string().min(1, 'mt.err.subject').max(200, 'mt.err.subject')),
		body: z
			.string({ error: 'mt.err.body' satisfies MessageKey })
			.refine((v) => !hasForbiddenCharacters(v), 'mt.err.body' satisfies MessageKey)
			.transform((v) => normaliseText(v, true).replace(/\r\n/g, '\n'))
			.pipe(z.string().min(1, 'mt.err.body').max(5000, 'mt.err.body'))
	})
	.superRefine((v, ctx) => {
		const allowed = placeholdersFor(v.kind);
		const list = (names: readonly string[]) => names.map((p) => `{${p}}`).join(', ');
		const [inSubject] = unknownPlaceholders(v.subject, allowed.subject);
		if (inSubject) {
			ctx.addIssue({
				code: 'custom',
				path: ['subject'],
				message: allowed.body.some((p) => `{${p}}` === inSubject)
					? messageRef('mt.err.subjectPlaceholder', {
							name: inSubject,
							allowed: list(allowed.subject)
						})
					: messageRef('mt.err.placeholder', { name: inSubject, allowed: list(allowed.subject) })
			});
		}
		const [inBody] = unknownPlaceholders(v.body, allowed.body);
		if (inBody) {
			ctx.addIssue({
				code: 'custom',
				path: ['body'],
				message: messageRef('mt.err.placeholder', { name: inBody, allowed: list(allowed.body) })
			});
			return;
		}
		const [missing] = missingPlaceholders(v.body, allowed.required);
		if (missing) {
			ctx.addIssue({
				code: 'custom',
				path: ['body'],
				message: messageRef('mt.err.missingLink', { name: missing })
			});
		}
	});
export type MailTextInput = z.output<typeof MailTextForm>;

/** The edition's own texts. */
export async function mailTextsOf(
	db: Database | Transaction,
	editionId: number
): Promise<MailTexts> {
	const rows = await db.select().from(mailTexts).where(eq(mailTexts.editionId, editionId));
	const out: MailTexts = {};
	for (const row of rows) {
		(out[row.kind] ??= {})[row.language] = { subject: row.subject, body: row.body };
	}
	return out;
}

export interface MailTextContext {
	now: Date;
	actorUserId: number | null;
}

/** Stores the organisers' wording of one mail (replacing an earlier one), with an audit entry. */
export async function saveMailText(
	db: Database,
	editionId: number,
	input: MailTextInput,
	ctx: MailTextContext
): Promise<void> {
	await db.transaction(async (tx) => {
		const values = {
			editionId,
			kind: input.kind,
			language: input.language,
			subject: input.subject,
			body: input.body,
			updatedAt: ctx.now,
			updatedBy: ctx.actorUserId
		};
		await tx
			.insert(mailTexts)
			.values(values)
			.onConflictDoUpdate({
				target: [mailTexts.editionId, mailTexts.kind, mailTexts.language],
				set: {
					subject: values.subject,
					body: values.body,
					updatedAt: ctx.now,
					updatedBy: ctx.actorUserId
				}
			});
		await recordAudit(
			tx,
			{
				actorUserId: ctx.actorUserId,
				action: 'edition.mail_text_saved',
				subjectType: 'edition',
				subjectId: editionId,
				details: { kind: input.kind, language: input.language }
			},
			ctx.now
		);
	});
	// Registrations read the texts through the read cache (reads.ts).
	invalidateRegistrationReads();
}

/** Back to the default wording. */
export async function resetMailText(
	db: Database,
	editionId: number,
	kind: MailTextKind,
	language: Locale,
	ctx: MailTextContext
): Promise<void> {
	await db.transaction(async (tx) => {
		await tx
			.delete(mailTexts)
			.where(
				and(
					eq(mailTexts.editionId, editionId),
					eq(mailTexts.kind, kind),
					eq(mailTexts.language, language)
				)
			);
		await recordAudit(
			tx,
			{
				actorUserId: ctx.actorUserId,
				action: 'edition.mail_text_reset',
				subjectType: 'edition',
				subjectId: editionId,
				details: { kind, language }
			},
			ctx.now
		);
	});
	invalidateRegistrationReads();
}
