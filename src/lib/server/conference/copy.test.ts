import { addQuestion as addSurveyQuestion, surveyState } from '../survey/store';
import { QuestionForm as SurveyQuestionForm } from '../survey/rules';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import {
	editions,
	mailTexts,
	questions,
	registrationAnswers,
	registrations,
	sessions,
	users,
	workshops
} from '../db/schema';
import { MailTextForm, saveMailText } from '../registration/mail-texts';
import { register } from '../registration/store';
import { storeAnswers } from '../registration/questions';
import { aRegistration, anOpenEdition } from '../registration/testing';
import { CopyForm, copyEdition, sameDayIn, shiftBy } from './copy';
import { EditingError } from './editing';
import { QuestionForm, addQuestion } from './questions';
import { berlinInstant } from './time';

const now = new Date('2026-11-25T10:00:00Z');

describe('copy dates', () => {
	it('keeps the wall-clock time when the shift crosses a change of summer time', () => {
		// 1 March 09:30 (winter time) + 120 days = 29 June 09:30 (summer time).
		const moved = shiftBy(120)(berlinInstant('2027-03-01', '09:30'));
		expect(moved).toEqual(berlinInstant('2027-06-29', '09:30'));
	});

	it('moves 29 February to 28 February in a year without it', () => {
		expect(sameDayIn('2028-02-29', 2029)).toBe('2029-02-28');
	});
});

describe.each(backends)('copying an edition on $name', (backend) => {
	let handle: DatabaseHandle;
	let actor: { actorUserId: number; now: Date };
	const db = () => handle.db;

	beforeAll(async () => {
		handle = await backend.open();
		const [user] = await db()
			.insert(users)
			.values({ email: 'orga@example.org', name: 'Orga', role: 'organiser', createdAt: now })
			.returning();
		actor = { actorUserId: user.id, now };
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('copies programme, workshops, questions, mail texts and the survey with dates moved, nothing personal', async () => {
		const e = await anOpenEdition(db(), { year: 2150, capacity: 40, date: '2150-06-16' });
		const [session] = await db()
			.insert(sessions)
			.values({
				editionId: e.id,
				kind: 'workshop',
				title: 'Workshops am Vormittag',
				startsAt: berlinInstant('2150-06-16', '10:00'),
				endsAt: berlinInstant('2150-06-16', '11:30')
			})
			.returning();
		await db().insert(workshops).values({
			editionId: e.id,
			sessionId: session.id,
			title: 'Wohnen im Quartier',
			capacity: 20
		});
		await addSurveyQuestion(
			db(),
			e.id,
			SurveyQuestionForm.parse({ kind: 'scale', textDe: 'Wie zufrieden waren Sie?' }),
			actor
		);
		const parent = await addQuestion(
			db(),
			e.id,
			QuestionForm.parse({ kind: 'yesno', labelDe: 'Mit dem Auto?' }),
			actor
		);
		await addQuestion(
			db(),
			e.id,
			QuestionForm.parse({
				kind: 'text',
				labelDe: 'Kennzeichen',
				showIfQuestionId: String(parent.id),
				showIfValue: 'ja'
			}),
			actor
		);
		await saveMailText(
			db(),
			e.id,
			MailTextForm.parse({
				kind: 'registration.confirmed',
				language: 'de',
				subject: 'Bis bald, {vorname}',
				body: '{stand}'
			}),
			actor
		);
		const person = await register(
			db(),
			e.year,
			aRegistration(),
			{ now, origin: 'https://x' },
			(tx, id) => storeAnswers(tx, id, [{ questionId: parent.id, value: 'ja' }])
		);
		expect(person.duplicate).toBe(false);

		const copy = await copyEdition(
			db(),
			e.year,
			CopyForm.parse({ year: '2151', date: '2151-06-15' }),
			actor
		);
		expect(copy.days).toBe(364);

		const [edition] = await db().select().from(editions).where(eq(editions.id, copy.id));
		expect(edition).toMatchObject({
			year: 2151,
			title: 'Testkonferenz 2150',
			date: '2151-06-15',
			capacity: 40,
			published: false
		});
		const [newSession] = await db().select().from(sessions).where(eq(sessions.editionId, copy.id));
		expect(newSession.startsAt).toEqual(berlinInstant('2151-06-15', '10:00'));
		expect(newSession.endsAt).toEqual(berlinInstant('2151-06-15', '11:30'));
		const [newWorkshop] = await db()
			.select()
			.from(workshops)
			.where(eq(workshops.editionId, copy.id));
		expect(newWorkshop).toMatchObject({
			title: 'Wohnen im Quartier',
			capacity: 20,
			sessionId: newSession.id
		});
		const newQuestions = await db()
			.select()
			.from(questions)
			.where(eq(questions.editionId, copy.id))
			.orderBy(asc(questions.id));
		expect(newQuestions.map((q) => q.labelDe)).toEqual(['Mit dem Auto?', 'Kennzeichen']);
		// The condition points at the copied question, not at the old edition's.
		expect(newQuestions[1].showIfQuestionId).toBe(newQuestions[0].id);
		const [text] = await db().select().from(mailTexts).where(eq(mailTexts.editionId, copy.id));
		expect(text).toMatchObject({ kind: 'registration.confirmed', subject: 'Bis bald, {vorname}' });
		const survey = await surveyState(db(), copy.id, actor.now);
		expect(survey.questions.map((q) => q.textDe)).toEqual(['Wie zufrieden waren Sie?']);
		expect(survey.sentAt).toBeNull();

		expect(
			await db().select().from(registrations).where(eq(registrations.editionId, copy.id))
		).toEqual([]);
		const copiedAnswers = await db()
			.select()
			.from(registrationAnswers)
			.where(eq(registrationAnswers.questionId, newQuestions[0].id));
		expect(copiedAnswers).toEqual([]);
	});

	it('refuses a year that already has an edition, and a date outside the new year', async () => {
		const e = await anOpenEdition(db(), { year: 2152, capacity: 10 });
		await anOpenEdition(db(), { year: 2153, capacity: 10 });
		await expect(
			copyEdition(db(), e.year, CopyForm.parse({ year: '2153' }), actor)
		).rejects.toMatchObject({ field: 'year', message: 'Für 2153 gibt es schon eine Konferenz.' });
		await expect(
			copyEdition(db(), e.year, CopyForm.parse({ year: '2154', date: '2155-01-01' }), actor)
		).rejects.toBeInstanceOf(EditingError);
		expect(await db().select().from(editions).where(eq(editions.year, 2154))).toEqual([]);
	});
});
