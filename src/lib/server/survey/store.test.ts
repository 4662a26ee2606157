import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { mailOutbox, registrations, surveyResponses, users } from '../db/schema';
import { checkIn } from '../backoffice/checkin';
import { registerByOrganiser } from '../registration';
import { aRegistration, anOpenEdition } from '../registration/testing';
import { QuestionForm, SurveyError } from './rules';
import {
	addQuestion,
	answerSurvey,
	copySurvey,
	publishSurveySummary,
	publishedSurveySummary,
	remindSurvey,
	sendSurvey,
	surveyForm,
	surveyState,
	surveySummary
} from './store';

const origin = 'https://konferenz.example';

describe.each(backends)('the feedback survey on $name', (backend) => {
	let handle: DatabaseHandle;
	let organiserId: number;
	const db = () => handle.db;
	const registeredAt = new Date('2026-11-25T10:00:00Z');
	const onTheDay = (year: number) => new Date(`${year}-06-16T08:00:00Z`);
	const later = (year: number) => new Date(`${year}-06-20T08:00:00Z`);
	const actor = (now: Date) => ({ actorUserId: organiserId, now });

	beforeAll(async () => {
		handle = await backend.open();
		const [user] = await db()
			.insert(users)
			.values({
				email: 'orga@example.org',
				name: 'Orga',
				role: 'organiser',
				createdAt: registeredAt
			})
			.returning();
		organiserId = user.id;
	});

	afterAll(async () => {
		await handle?.close();
	});

	/** An edition with a two-question survey; `arrived` people checked in, `absent` not. */
	async function conference(year: number, arrived: number, absent = 1) {
		const e = await anOpenEdition(db(), { year, capacity: 50 });
		const ctx = { now: registeredAt, origin, actorUserId: organiserId };
		const came: number[] = [];
		const stayed: number[] = [];
		for (let i = 0; i < arrived + absent; i++) {
			const r = await registerByOrganiser(db(), e.id, aRegistration(), ctx);
			if (i < arrived) {
				await checkIn(db(), e.id, { id: r.id }, organiserId, onTheDay(year));
				came.push(r.id);
			} else stayed.push(r.id);
		}
		await addQuestion(
			db(),
			e.id,
			QuestionForm.parse({ kind: 'scale', textDe: 'Wie zufrieden waren Sie?', required: 'on' }),
			actor(registeredAt)
		);
		await addQuestion(
			db(),
			e.id,
			QuestionForm.parse({
				kind: 'text',
				textDe: 'Was sollen wir ändern?',
				textEn: 'What should change?'
			}),
			actor(registeredAt)
		);
		return { edition: e, came, stayed };
	}

	/** The survey links mailed to one registration, oldest first. */
	async function linksOf(registrationId: number): Promise<string[]> {
		const mails = await db()
			.select({ text: mailOutbox.textBody })
			.from(mailOutbox)
			.where(
				and(
					eq(mailOutbox.subjectRef, `registration:${registrationId}`),
					like(mailOutbox.kind, 'survey.%')
				)
			)
			.orderBy(mailOutbox.id);
		return mails.map((m) => /\/umfrage\/([A-Za-z0-9_-]{43})/.exec(m.text)![1]);
	}

	it('goes only to the people who were checked in, once, and not before the conference begins', async () => {
		const { edition, came, stayed } = await conference(2191, 2);
		await expect(
			sendSurvey(db(), edition.id, origin, actor(new Date('2191-06-16T06:00:00Z')))
		).rejects.toEqual(new SurveyError('survey.err.tooEarly'));
		expect(await sendSurvey(db(), edition.id, origin, actor(onTheDay(2191)))).toBe(2);
		for (const id of came) expect(await linksOf(id)).toHaveLength(1);
		for (const id of stayed) expect(await linksOf(id)).toEqual([]);
		await expect(sendSurvey(db(), edition.id, origin, actor(later(2191)))).rejects.toEqual(
			new SurveyError('survey.err.alreadySent')
		);
		// Its questions are fixed once sent.
		await expect(
			addQuestion(
				db(),
				edition.id,
				QuestionForm.parse({ kind: 'text', textDe: 'Neu?' }),
				actor(later(2191))
			)
		).rejects.toEqual(new SurveyError('survey.err.alreadySent'));
	});

	it('takes one answer per person: a second use of the link, or of the reminder’s link, is refused', async () => {
		const { edition, came } = await conference(2192, 2);
		await sendSurvey(db(), edition.id, origin, actor(onTheDay(2192)));
		const [link] = await linksOf(came[0]);
		expect((await surveyForm(db(), link))?.used).toBe(false);
		expect(
			await answerSurvey(db(), link, { [`q${await firstQuestion(edition.id)}`]: ['4'] })
		).toEqual({
			kind: 'saved'
		});
		expect(await answerSurvey(db(), link, {})).toEqual({ kind: 'used' });
		expect((await surveyForm(db(), link))?.used).toBe(true);

		// The reminder goes once, only to the person who has not answered.
		expect(await remindSurvey(db(), edition.id, origin, actor(later(2192)))).toBe(1);
		expect(await linksOf(came[0])).toHaveLength(1);
		const reminded = await linksOf(came[1]);
		expect(reminded).toHaveLength(2);
		await expect(remindSurvey(db(), edition.id, origin, actor(later(2192)))).rejects.toEqual(
			new SurveyError('survey.err.alreadyReminded')
		);
		// Either of the two links answers, once.
		const q = `q${await firstQuestion(edition.id)}`;
		expect(await answerSurvey(db(), reminded[1], { [q]: ['5'] })).toEqual({ kind: 'saved' });
		expect(await answerSurvey(db(), reminded[0], { [q]: ['5'] })).toEqual({ kind: 'used' });
		expect(await answerSurvey(db(), 'x'.repeat(43), { [q]: ['5'] })).toEqual({ kind: 'unknown' });
	});

	it('refuses an invalid answer without using up the link', async () => {
		const { edition, came } = await conference(2193, 1);
		await sendSurvey(db(), edition.id, origin, actor(onTheDay(2193)));
		const [link] = await linksOf(came[0]);
		const q = `q${await firstQuestion(edition.id)}`;
		expect(await answerSurvey(db(), link, { [q]: ['9'] })).toEqual({
			kind: 'invalid',
			errors: { [q]: 'survey.err.invalid' }
		});
		expect(await answerSurvey(db(), link, { [q]: ['2'] })).toEqual({ kind: 'saved' });
	});

	it('stores answers without anything that leads back to the person', async () => {
		const { edition, came } = await conference(2194, 1);
		await sendSurvey(db(), edition.id, origin, actor(onTheDay(2194)));
		const [link] = await linksOf(came[0]);
		const q = await firstQuestion(edition.id);
		await answerSurvey(db(), link, { [`q${q}`]: ['3'] });
		const state = await surveyState(db(), edition.id, later(2194));
		const rows = await db()
			.select()
			.from(surveyResponses)
			.where(eq(surveyResponses.surveyId, state.id!));
		expect(rows).toHaveLength(1);
		// Only a random id, the survey and the answers: no registration, invitation or time.
		expect(Object.keys(rows[0]).sort()).toEqual(['answers', 'id', 'surveyId']);
		expect(rows[0].id).toMatch(/^[0-9a-f-]{36}$/);
		expect(rows[0].answers).toEqual({ [q]: 3 });
		expect(state).toMatchObject({ invited: 1, answered: 1 });
	});

	it('summarises only questions with five answers or more, and publishes the summary', async () => {
		const { edition, came } = await conference(2195, 6, 0);
		await sendSurvey(db(), edition.id, origin, actor(onTheDay(2195)));
		const q = await firstQuestion(edition.id);
		for (const [i, id] of came.entries()) {
			const [link] = await linksOf(id);
			const text = i < 3 ? { [`q${q + 1}`]: [`Idee ${i}`] } : {};
			await answerSurvey(db(), link, { [`q${q}`]: [String((i % 5) + 1)], ...text });
		}
		const summary = await surveySummary(db(), edition.id);
		expect(summary?.responses).toBe(6);
		expect(summary?.questions[0]).toMatchObject({ answered: 6, suppressed: false });
		expect(summary?.questions[1]).toMatchObject({ answered: 3, suppressed: true, texts: [] });

		expect(await publishedSurveySummary(db(), edition.id)).toBeNull();
		await publishSurveySummary(db(), edition.id, actor(later(2195)));
		const published = await publishedSurveySummary(db(), edition.id);
		expect(published?.summary).toEqual(summary);
		expect(published?.publishedAt).toEqual(later(2195));
	});

	it('copies the questions to another edition, unsent and unanswered', async () => {
		const { edition } = await conference(2196, 1);
		await sendSurvey(db(), edition.id, origin, actor(onTheDay(2196)));
		const next = await anOpenEdition(db(), { year: 2197, capacity: 10 });
		expect(await copySurvey(db(), edition.id, next.id)).toBe(2);
		const copied = await surveyState(db(), next.id, registeredAt);
		expect(copied).toMatchObject({ sentAt: null, invited: 0, answered: 0 });
		expect(copied.questions.map((q) => [q.kind, q.textDe, q.textEn, q.required])).toEqual([
			['scale', 'Wie zufrieden waren Sie?', null, true],
			['text', 'Was sollen wir ändern?', 'What should change?', false]
		]);
		// Copying again replaces, never doubles.
		expect(await copySurvey(db(), edition.id, next.id)).toBe(2);
		expect((await surveyState(db(), next.id, registeredAt)).questions).toHaveLength(2);
		// Into a survey already sent: refused.
		await expect(copySurvey(db(), next.id, edition.id)).rejects.toEqual(
			new SurveyError('survey.err.alreadySent')
		);
	});

	it('stops a person’s link from opening once their data is deleted', async () => {
		const { edition, came } = await conference(2198, 1);
		await sendSurvey(db(), edition.id, origin, actor(onTheDay(2198)));
		const [link] = await linksOf(came[0]);
		await db().delete(registrations).where(eq(registrations.id, came[0]));
		expect(await surveyForm(db(), link)).toBeNull();
	});

	async function firstQuestion(editionId: number): Promise<number> {
		return (await surveyState(db(), editionId, registeredAt)).questions[0].id;
	}
});
