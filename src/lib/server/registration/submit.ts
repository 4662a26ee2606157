import { registration as de } from '$lib/i18n/de/registration';
import type { Language } from '$lib/types/enums';
import type { Database } from '../db';
import { hasPgCode, PG_FOREIGN_KEY_VIOLATION } from '../db/errors';
import { pokeMailWorker } from '../runtime';
import { RegistrationError, errorKey, httpStatusOf } from './errors';
import {
	RegistrationApiSchema,
	RegistrationSchema,
	fieldError,
	fieldErrors,
	type FieldError
} from './input';
import { RateLimiter } from './ratelimit';
import { cachedRead, forgetRead } from './reads';
import { register } from './store';
import { checkAnswers, questionsOfYear, rawAnswersFrom, storeAnswers } from './questions';
import {
	TopicWishesSchema,
	checkTopicWishes,
	storeTopicWishes,
	topicOffers,
	topicWishesFrom
} from '../worldcafe';

/**
 * `accepted` is one answer for three cases that must look alike from outside: a new
 * registration, a repeated one with an address already registered (the person is mailed their
 * link again), and a bot that filled the hidden field (nothing is stored). Telling them apart
 * would tell anyone whether an address is registered; the mail says the rest to its owner.
 */
export type SubmitOutcome =
	| { kind: 'accepted' }
	| { kind: 'invalid'; status: 422; errors: FieldError[] }
	| { kind: 'refused'; status: number; errors: FieldError[] };

/** The API's message for `accepted`. */
export const REGISTRATION_ACCEPTED = de['reg.accepted'];

const HONEYPOT_FIELD = 'website';
const limiters = new Map<number, RateLimiter>();

function rateLimiter(perMinute: number): RateLimiter {
	let limiter = limiters.get(perMinute);
	if (!limiter) {
		limiter = new RateLimiter(perMinute, 60_000);
		limiters.set(perMinute, limiter);
	}
	return limiter;
}

/**
 * One path for the form and the JSON API: rate limit, honeypot, validation, then the
 * registration itself. Every refusal says what is wrong and, where it applies, in which field.
 */
export async function submitRegistration(
	db: Database,
	year: number,
	body: Record<string, unknown>,
	request: {
		ip: string;
		now: Date;
		origin: string;
		ratePerMinute: number;
		/** The HTML form (the default) sends strings ("on"); the JSON API sends booleans. */
		source?: 'form' | 'api';
		/** The language of the page (or request); the mails are in it unless the body names one. */
		language?: Language;
	}
): Promise<SubmitOutcome> {
	if (!rateLimiter(request.ratePerMinute).allow(request.ip, request.now.getTime())) {
		return refusal(new RegistrationError('zu_viele_anfragen'));
	}
	if (typeof body[HONEYPOT_FIELD] === 'string' && body[HONEYPOT_FIELD] !== '') {
		return { kind: 'accepted' };
	}
	const schema = request.source === 'api' ? RegistrationApiSchema : RegistrationSchema;
	const parsed = schema.safeParse(body);
	const wishes = TopicWishesSchema.safeParse(topicWishesFrom(body));
	// The questions come from the read cache (decision 0040). One deleted on another instance
	// since then makes the answer's insert fail on its reference: the answers are then checked
	// once more against the questions as they are now.
	for (let fresh = false; ; fresh = true) {
		const questions = fresh
			? await questionsOfYear(db, year)
			: await cachedRead(db, `questions:${year}`, () => questionsOfYear(db, year));
		const answers = checkAnswers(questions, rawAnswersFrom(body));
		if (!parsed.success || !wishes.success || !answers.ok) {
			const errors = [
				...(parsed.success ? [] : fieldErrors(parsed.error)),
				...(wishes.success ? [] : [fieldError('cafeTopics', 'reg.err.topics')]),
				...(answers.ok ? [] : answers.errors)
			];
			return { kind: 'invalid', status: 422, errors };
		}
		// Most registrations state no topic wishes; only those that do need the café's topics.
		if (Object.keys(wishes.data).length) {
			const wishProblems = checkTopicWishes(await topicOffers(db, year), wishes.data);
			if (wishProblems.length) return { kind: 'invalid', status: 422, errors: wishProblems };
		}
		try {
			await register(
				db,
				year,
				{ ...parsed.data, language: parsed.data.language ?? request.language ?? 'de' },
				{ now: request.now, origin: request.origin },
				async (tx, registrationId) => {
					await storeTopicWishes(tx, registrationId, wishes.data);
					await storeAnswers(tx, registrationId, answers.answers);
				}
			);
			pokeMailWorker();
			return { kind: 'accepted' };
		} catch (error) {
			if (error instanceof RegistrationError) return refusal(error);
			if (!fresh && answers.answers.length && hasPgCode(error, PG_FOREIGN_KEY_VIOLATION)) {
				forgetRead(db, `questions:${year}`);
				continue;
			}
			throw error;
		}
	}
}

function refusal(error: RegistrationError): SubmitOutcome {
	return {
		kind: 'refused',
		status: httpStatusOf(error.code),
		errors: [fieldError(error.field ?? 'form', errorKey(error.code))]
	};
}
