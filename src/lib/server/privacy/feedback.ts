import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { MessageKey } from '$lib/i18n';
import { recordAudit } from '../audit';
import type { Database } from '../db';
import { users } from '../db/schema';
import { hasForbiddenCharacters, optionalText, requiredText } from '../fields';
import { enqueueMail } from '../mail';
import { RateLimiter } from '../registration/ratelimit';

/** Messages per hour and IP address: enough for a person, too few for a flood of the team's inbox. */
export const FEEDBACK_PER_HOUR = 5;

const key = (k: MessageKey) => k;

/**
 * The feedback form of the accessibility statement (§ 10 BITV 2.0). `website` is a field people
 * never see; a form that fills it is a bot and is answered as if sent.
 */
export const FeedbackSchema = z.object({
	name: optionalText({ max: 200, tooLong: key('duty.err.nameLong') }),
	email: z
		.string({ error: key('duty.err.email') })
		.refine((v) => !hasForbiddenCharacters(v), { message: key('duty.err.email'), abort: true })
		.trim()
		.min(1, key('duty.err.email'))
		.max(254, key('duty.err.email'))
		.pipe(z.email(key('duty.err.email'))),
	page: optionalText({ max: 500, tooLong: key('duty.err.pageLong') }),
	message: requiredText({
		max: 5000,
		multiline: true,
		required: key('duty.err.message'),
		tooLong: key('duty.err.messageLong')
	}),
	website: z.string().optional()
});
export type Feedback = z.infer<typeof FeedbackSchema>;

export class FeedbackError extends Error {
	constructor(
		readonly code: MessageKey,
		readonly field: string
	) {
		super(code);
		this.name = 'FeedbackError';
	}
}

let limiter = new RateLimiter(FEEDBACK_PER_HOUR, 3_600_000);

/** Tests start with an empty count. */
export function resetFeedbackLimit(): void {
	limiter = new RateLimiter(FEEDBACK_PER_HOUR, 3_600_000);
}

/**
 * Sends the message to every active organiser and admin through the outbox, in one transaction
 * with an audit row that names no one. Returns how many mails were queued (0 for a bot).
 */
export async function sendAccessibilityFeedback(
	db: Database,
	input: Feedback,
	ip: string,
	now: Date
): Promise<number> {
	if (!limiter.allow(ip, now.getTime())) throw new FeedbackError('duty.err.tooMany', 'message');
	if (input.website) return 0;
	return db.transaction(async (tx) => {
		const team = await tx
			.select({ email: users.email })
			.from(users)
			.where(and(eq(users.active, true), inArray(users.role, ['organiser', 'admin'])))
			.orderBy(asc(users.id));
		const text = [
			'Eine Rückmeldung zur Barrierefreiheit ist über das Formular der Erklärung zur Barrierefreiheit eingegangen.',
			'',
			`Von: ${input.name ?? '(ohne Namen)'} <${input.email}>`,
			`Seite: ${input.page ?? '(nicht angegeben)'}`,
			'',
			input.message,
			'',
			'Bitte antworten Sie innerhalb einer angemessenen Frist (§ 10b Abs. 3 BGG NRW). Bleibt die Antwort aus, kann die Person sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden.'
		].join('\n');
		for (const member of team) {
			await enqueueMail(
				tx,
				{
					kind: 'accessibility.feedback',
					to: member.email,
					subject: 'Rückmeldung zur Barrierefreiheit',
					text
				},
				now
			);
		}
		await recordAudit(
			tx,
			{
				actorUserId: null,
				action: 'accessibility.feedback_received',
				details: { mails: team.length }
			},
			now
		);
		return team.length;
	});
}
