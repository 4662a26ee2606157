import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { auditLog, mailOutbox, registrationAnswers, users } from '../db/schema';
import { QuestionForm, addQuestion, deleteQuestion } from '../conference/questions';
import {
	answerSheet,
	changeAnswersByOrganiser,
	changeOwnAnswers,
	changedQuestions
} from './answers';
import { AnswersError, RegistrationError } from './errors';
import { RegistrationSchema } from './input';
import { manageRegistration } from './manage';
import { registerByOrganiser } from './organiser';
import {
	answerValues,
	editionQuestions,
	rawAnswersFrom,
	replaceAnswers,
	withAnswers,
	type Question
} from './questions';
import { cancelRegistration, register, type RegisterResult } from './store';
import { aRegistration, anOpenEdition } from './testing';

const now = new Date('2026-11-25T10:00:00Z');
const ctx = { now, origin: 'https://konferenz.example' };

function question(overrides: Partial<Question>): Question {
	return {
		id: 1,
		editionId: 1,
		kind: 'text',
		labelDe: 'Frage',
		labelEn: 'Question',
		required: false,
		options: [],
		showIfQuestionId: null,
		showIfValue: null,
		position: 0,
		...overrides
	};
}

const arrival = question({
	id: 1,
	kind: 'choice',
	labelDe: 'Anreise',
	required: true,
	options: [
		{ de: 'Auto', en: 'car' },
		{ de: 'Bahn', en: 'train' }
	]
});
const topics = question({
	id: 2,
	kind: 'multi',
	options: [
		{ de: 'Wohnen', en: 'housing' },
		{ de: 'Bildung', en: 'education' },
		{ de: 'Pflege', en: 'care' }
	]
});

describe('answers as form values and as changes', () => {
	it('puts a multiple choice back under the index of each option, as the form sends it', () => {
		const stored = new Map([
			[1, ['Bahn']],
			[2, ['Pflege', 'Wohnen']]
		]);
		const values = answerValues([arrival, topics], stored);
		expect(values).toEqual({ 'q.1': 'Bahn', 'q.2.0': 'Wohnen', 'q.2.2': 'Pflege' });
		// What the form sends back is what was stored.
		expect(rawAnswersFrom(values)).toEqual(
			new Map([
				[1, ['Bahn']],
				[2, ['Wohnen', 'Pflege']]
			])
		);
	});

	it('names the questions whose answers differ, whatever the order of the options', () => {
		const before = new Map([
			[1, ['Auto']],
			[2, ['Wohnen', 'Pflege']],
			[3, ['alt']]
		]);
		const after = [
			{ questionId: 1, value: 'Auto' },
			{ questionId: 2, value: 'Pflege' },
			{ questionId: 2, value: 'Wohnen' },
			{ questionId: 4, value: 'neu' }
		];
		expect(changedQuestions(before, after)).toEqual([3, 4]);
		expect(
			changedQuestions(before, after.slice(0, 3).concat({ questionId: 3, value: 'alt' }))
		).toEqual([]);
	});

	it('reports the form’s problems and the answers’ problems in one parse', () => {
		const schema = withAnswers(RegistrationSchema, [arrival, topics]);
		const refused = schema.safeParse({ firstName: 'Ina', 'q.2.0': 'Sport' });
		expect(refused.success).toBe(false);
		const fields = refused.error!.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
		expect(fields).toContain('lastName: reg.err.lastName');
		expect(fields).toContain('q.1: q.err.required');
		expect(fields).toContain('q.2: q.err.choice');

		const accepted = schema.safeParse({
			firstName: 'Ina',
			lastName: 'Iser',
			email: 'ina@example.org',
			sector: 'politik',
			municipality: '05913000',
			privacyAcknowledged: 'on',
			'q.1': 'Bahn'
		});
		expect(accepted.success && accepted.data.answers).toEqual([{ questionId: 1, value: 'Bahn' }]);
	});
});

describe.each(backends)('changing the answers on $name', (backend) => {
	let handle: DatabaseHandle;
	let organiser: { actorUserId: number; now: Date };
	const db = () => handle.db;
	let year = 2190;

	beforeAll(async () => {
		handle = await backend.open();
		const [user] = await db()
			.insert(users)
			.values({ email: 'orga@example.org', name: 'Orga', role: 'organiser', createdAt: now })
			.returning();
		organiser = { actorUserId: user.id, now };
	});

	afterAll(async () => {
		await handle?.close();
	});

	/** An edition asking how people arrive, and whether they need a parking space if by car. */
	async function editionWithQuestions() {
		const e = await anOpenEdition(db(), { year: year++, capacity: 10 });
		const arrivalQ = await addQuestion(
			db(),
			e.id,
			QuestionForm.parse({
				kind: 'choice',
				labelDe: 'Anreise',
				labelEn: 'Arrival',
				required: 'on',
				options: 'Auto | car\nBahn | train'
			}),
			organiser
		);
		const parkingQ = await addQuestion(
			db(),
			e.id,
			QuestionForm.parse({
				kind: 'yesno',
				labelDe: 'Parkplatz nötig?',
				labelEn: 'Parking space needed?',
				required: 'on',
				showIfQuestionId: String(arrivalQ.id),
				showIfValue: 'Auto'
			}),
			organiser
		);
		return {
			...e,
			arrival: `q.${arrivalQ.id}`,
			arrivalId: arrivalQ.id,
			parking: `q.${parkingQ.id}`,
			parkingId: parkingQ.id
		};
	}

	type Edition = Awaited<ReturnType<typeof editionWithQuestions>>;

	/** Someone registered through the form, arriving by car with a parking space. */
	async function byCar(e: Edition) {
		const result: RegisterResult = await register(db(), e.year, aRegistration(), ctx, (tx, id) =>
			replaceAnswers(tx, id, [
				{ questionId: e.arrivalId, value: 'Auto' },
				{ questionId: e.parkingId, value: 'ja' }
			])
		);
		if (result.duplicate) throw new Error('unexpected duplicate');
		return result;
	}

	async function storedAnswers(registrationId: number) {
		const rows = await db()
			.select({ q: registrationAnswers.questionId, v: registrationAnswers.value })
			.from(registrationAnswers)
			.where(eq(registrationAnswers.registrationId, registrationId))
			.orderBy(asc(registrationAnswers.questionId));
		return rows.map((r) => `${r.q}=${r.v}`);
	}

	async function auditOf(registrationId: number) {
		return db()
			.select()
			.from(auditLog)
			.where(
				and(
					eq(auditLog.action, 'registration.answers_changed'),
					eq(auditLog.subjectId, String(registrationId))
				)
			);
	}

	async function mailKinds(registrationId: number) {
		const rows = await db()
			.select({ kind: mailOutbox.kind })
			.from(mailOutbox)
			.where(eq(mailOutbox.subjectRef, `registration:${registrationId}`))
			.orderBy(asc(mailOutbox.id));
		return rows.map((r) => r.kind);
	}

	it('stores the answers of a registration taken by hand with it', async () => {
		const e = await editionWithQuestions();
		const form = withAnswers(RegistrationSchema, await editionQuestions(db(), e.id)).parse({
			firstName: 'Telefon',
			lastName: 'Anruf',
			email: 'anruf@example.org',
			sector: 'politik',
			municipality: '05913000',
			privacyAcknowledged: 'on',
			[e.arrival]: 'Auto',
			[e.parking]: 'nein'
		});
		const row = await registerByOrganiser(db(), e.id, form, { ...ctx, ...organiser });
		expect(await storedAnswers(row.id)).toEqual([`${e.arrivalId}=Auto`, `${e.parkingId}=nein`]);
	});

	it('lets the person change an answer; the one asked only after the old answer goes', async () => {
		const e = await editionWithQuestions();
		const person = await byCar(e);
		const outcome = await changeOwnAnswers(
			db(),
			person.token,
			rawAnswersFrom({ [e.arrival]: 'Bahn', [e.parking]: 'ja' }),
			ctx
		);
		expect(outcome).toEqual({ changed: 2 });
		expect(await storedAnswers(person.id)).toEqual([`${e.arrivalId}=Bahn`]);
		const [entry] = await auditOf(person.id);
		expect(entry).toMatchObject({
			actorUserId: null,
			details: { by: 'participant', questions: 2 }
		});
		// Told by mail, as after changing the other details through the link.
		expect(await mailKinds(person.id)).toEqual([
			'registration.confirm_request',
			'registration.changed'
		]);

		const sheet = await answerSheet(db(), { id: person.id, editionId: e.id }, 'en');
		expect(sheet.shown).toEqual([{ questionId: e.arrivalId, label: 'Arrival', answer: 'train' }]);
		expect(sheet.values).toEqual({ [e.arrival]: 'Bahn' });
	});

	it('refuses invalid answers on their questions’ fields and keeps the stored ones', async () => {
		const e = await editionWithQuestions();
		const person = await byCar(e);
		const before = await storedAnswers(person.id);
		const refusal = await changeOwnAnswers(
			db(),
			person.token,
			rawAnswersFrom({ [e.arrival]: 'Auto', [e.parking]: 'vielleicht' }),
			ctx
		).catch((error: unknown) => error);
		expect(refusal).toBeInstanceOf(AnswersError);
		expect((refusal as AnswersError).errors).toMatchObject([
			{ field: e.parking, key: 'q.err.yesno', message: 'Bitte antworten Sie mit Ja oder Nein.' }
		]);
		const missing = await changeOwnAnswers(db(), person.token, rawAnswersFrom({}), ctx).catch(
			(error: unknown) => error
		);
		expect((missing as AnswersError).errors).toMatchObject([
			{ field: e.arrival, key: 'q.err.required' }
		]);
		expect(await storedAnswers(person.id)).toEqual(before);
		expect(await auditOf(person.id)).toEqual([]);
	});

	it('gives the personal page the problems with what was sent, to show it again', async () => {
		const e = await editionWithQuestions();
		const person = await byCar(e);
		const outcome = await manageRegistration(
			db(),
			person.token,
			'answers',
			{ [e.arrival]: 'Fahrrad' },
			ctx
		);
		expect(outcome).toMatchObject({
			status: 422,
			data: {
				action: 'answers',
				errors: [{ field: e.arrival, key: 'q.err.choice' }],
				values: { [e.arrival]: 'Fahrrad' }
			}
		});
	});

	it('leaves the answers of a cancelled registration as they are', async () => {
		const e = await editionWithQuestions();
		const person = await byCar(e);
		await cancelRegistration(db(), person.token, ctx);
		const refusal = await changeOwnAnswers(
			db(),
			person.token,
			rawAnswersFrom({ [e.arrival]: 'Bahn' }),
			ctx
		).catch((error: unknown) => error);
		expect(refusal).toBeInstanceOf(RegistrationError);
		expect((refusal as RegistrationError).code).toBe('bereits_storniert');
		expect(await storedAnswers(person.id)).toHaveLength(2);
	});

	it('records an organiser’s correction under their name, without mailing the person', async () => {
		const e = await editionWithQuestions();
		const person = await byCar(e);
		await changeAnswersByOrganiser(
			db(),
			person.id,
			rawAnswersFrom({ [e.arrival]: 'Auto', [e.parking]: 'nein' }),
			{ ...ctx, ...organiser }
		);
		expect(await storedAnswers(person.id)).toEqual([`${e.arrivalId}=Auto`, `${e.parkingId}=nein`]);
		const [entry] = await auditOf(person.id);
		expect(entry).toMatchObject({
			actorUserId: organiser.actorUserId,
			details: { by: 'organiser', questions: 1 }
		});
		expect(await mailKinds(person.id)).toEqual(['registration.confirm_request']);

		// The same answers once more change nothing and are not recorded again.
		const again = await changeAnswersByOrganiser(
			db(),
			person.id,
			rawAnswersFrom({ [e.arrival]: 'Auto', [e.parking]: 'nein' }),
			{ ...ctx, ...organiser }
		);
		expect(again).toEqual({ changed: 0 });
		expect(await auditOf(person.id)).toHaveLength(1);
	});

	it('drops an answer to a question deleted since the answers were checked', async () => {
		const e = await editionWithQuestions();
		const person = await byCar(e);
		await deleteQuestion(db(), e.id, e.parkingId, organiser);
		await db().transaction((tx) =>
			replaceAnswers(tx, person.id, [
				{ questionId: e.arrivalId, value: 'Auto' },
				{ questionId: e.parkingId, value: 'ja' }
			])
		);
		expect(await storedAnswers(person.id)).toEqual([`${e.arrivalId}=Auto`]);
	});
});
