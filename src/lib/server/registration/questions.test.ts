import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { registrationAnswers, registrations, users } from '../db/schema';
import { QuestionForm, addQuestion } from '../conference/questions';
import { exportParticipants, participantTable } from '../backoffice/exports';
import { allParticipants, parseParticipantQuery } from '../backoffice/participants';
import { toCsv } from '../spreadsheet';
import type { Transaction } from '../db';
import { checkAnswers, rawAnswersFrom, storeAnswers, type Question } from './questions';
import { submitRegistration } from './submit';
import { anonymisePastEditions, deleteRegistration, register } from './store';
import { aRegistration, anOpenEdition } from './testing';

const now = new Date('2026-11-25T10:00:00Z');

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
const parking = question({
	id: 2,
	kind: 'yesno',
	labelDe: 'Parkplatz nötig?',
	required: true,
	showIfQuestionId: 1,
	showIfValue: 'Auto'
});
const plate = question({
	id: 3,
	kind: 'text',
	labelDe: 'Kennzeichen',
	required: true,
	showIfQuestionId: 2,
	showIfValue: 'ja'
});
const all = [arrival, parking, plate];

describe('own questions: which are asked and what counts as an answer', () => {
	it('asks a conditional question only when the earlier answer has the value, down a chain', () => {
		const byTrain = checkAnswers(all, rawAnswersFrom({ 'q.1': 'Bahn', 'q.2': 'ja', 'q.3': 'X' }));
		// Neither required nor stored: the answers sent for hidden questions are dropped.
		expect(byTrain).toEqual({ ok: true, answers: [{ questionId: 1, value: 'Bahn' }] });
		const byCar = checkAnswers(all, rawAnswersFrom({ 'q.1': 'Auto' }));
		expect(byCar).toMatchObject({ ok: false, errors: [{ field: 'q.2', key: 'q.err.required' }] });
		const noParking = checkAnswers(all, rawAnswersFrom({ 'q.1': 'Auto', 'q.2': 'nein' }));
		expect(noParking).toEqual({
			ok: true,
			answers: [
				{ questionId: 1, value: 'Auto' },
				{ questionId: 2, value: 'nein' }
			]
		});
	});

	it('refuses an answer that is not offered, a bad number and control characters, per field', () => {
		const count = question({ id: 4, kind: 'number', labelDe: 'Begleitpersonen' });
		const topics = question({
			id: 5,
			kind: 'multi',
			options: [
				{ de: 'Wohnen', en: 'housing' },
				{ de: 'Bildung', en: 'education' }
			]
		});
		const note = question({ id: 6, kind: 'text' });
		const result = checkAnswers(
			[arrival, count, topics, note],
			rawAnswersFrom({
				'q.1': 'Fahrrad',
				'q.4': 'zwei',
				'q.5.0': 'Wohnen',
				'q.5.1': 'Sport',
				'q.6': 'a\u0007b'
			})
		);
		expect(result).toMatchObject({
			ok: false,
			errors: [
				{ field: 'q.1', key: 'q.err.choice' },
				{ field: 'q.4', key: 'q.err.number' },
				{ field: 'q.5', key: 'q.err.choice' },
				{ field: 'q.6', key: 'q.err.characters' }
			]
		});
	});

	it('takes the JSON API’s answers with booleans and numbers, and decimal commas', () => {
		const count = question({ id: 4, kind: 'number' });
		const result = checkAnswers(
			[arrival, parking, count],
			rawAnswersFrom({ answers: { '1': 'Auto', '2': true, '4': '2,5' } })
		);
		expect(result).toEqual({
			ok: true,
			answers: [
				{ questionId: 1, value: 'Auto' },
				{ questionId: 2, value: 'ja' },
				{ questionId: 4, value: '2.5' }
			]
		});
	});
});

describe.each(backends)('own questions in the registration on $name', (backend) => {
	let handle: DatabaseHandle;
	let actor: { actorUserId: number; now: Date };
	const db = () => handle.db;
	let year = 2170;

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
			actor
		);
		const parkingQ = await addQuestion(
			db(),
			e.id,
			QuestionForm.parse({
				kind: 'yesno',
				labelDe: 'Parkplatz nötig?',
				required: 'on',
				showIfQuestionId: String(arrivalQ.id),
				showIfValue: 'Auto'
			}),
			actor
		);
		return { ...e, arrivalQ: arrivalQ.id, parkingQ: parkingQ.id };
	}

	const request = (ip: string) => ({
		ip,
		now,
		origin: 'https://x.example',
		ratePerMinute: 100,
		source: 'form' as const
	});
	const form = (email: string, answers: Record<string, string>) => ({
		firstName: 'Rita',
		lastName: 'Rad',
		email,
		sector: 'politik',
		municipality: '05913000',
		privacyAcknowledged: 'on',
		...answers
	});

	it('stores the answers of the questions asked, and none of a hidden one', async () => {
		const e = await editionWithQuestions();
		const car = await submitRegistration(
			db(),
			e.year,
			form('auto@example.org', { [`q.${e.arrivalQ}`]: 'Auto', [`q.${e.parkingQ}`]: 'ja' }),
			request(`a-${backend.name}`)
		);
		const train = await submitRegistration(
			db(),
			e.year,
			form('bahn@example.org', { [`q.${e.arrivalQ}`]: 'Bahn', [`q.${e.parkingQ}`]: 'ja' }),
			request(`b-${backend.name}`)
		);
		expect([car.kind, train.kind]).toEqual(['accepted', 'accepted']);
		const stored = await db()
			.select({
				email: registrations.email,
				q: registrationAnswers.questionId,
				v: registrationAnswers.value
			})
			.from(registrationAnswers)
			.innerJoin(registrations, eq(registrations.id, registrationAnswers.registrationId))
			.where(eq(registrations.editionId, e.id))
			.orderBy(registrationAnswers.id);
		expect(stored).toEqual([
			{ email: 'auto@example.org', q: e.arrivalQ, v: 'Auto' },
			{ email: 'auto@example.org', q: e.parkingQ, v: 'ja' },
			{ email: 'bahn@example.org', q: e.arrivalQ, v: 'Bahn' }
		]);
	});

	it('refuses a missing required answer on its field and stores nothing', async () => {
		const e = await editionWithQuestions();
		const outcome = await submitRegistration(
			db(),
			e.year,
			form('ohne@example.org', { [`q.${e.arrivalQ}`]: 'Auto' }),
			request(`c-${backend.name}`)
		);
		expect(outcome).toMatchObject({
			kind: 'invalid',
			status: 422,
			errors: [{ field: `q.${e.parkingQ}`, message: 'Bitte beantworten Sie diese Frage.' }]
		});
		const rows = await db().select().from(registrations).where(eq(registrations.editionId, e.id));
		expect(rows).toEqual([]);
	});

	it('shows the answers as columns of the export and filters the list by an answer', async () => {
		const e = await editionWithQuestions();
		for (const [email, way] of [
			['x1@example.org', 'Auto'],
			['x2@example.org', 'Bahn']
		]) {
			await submitRegistration(
				db(),
				e.year,
				form(email, { [`q.${e.arrivalQ}`]: way, [`q.${e.parkingQ}`]: 'nein' }),
				request(`d-${email}-${backend.name}`)
			);
		}
		const csv = new TextDecoder().decode(
			await exportParticipants(db(), e.id, {}, 'teilnehmende', 'csv')
		);
		expect(csv).toContain('Anreise');
		expect(csv).toContain('Parkplatz nötig?');
		expect(csv).toMatch(/x1@example\.org.*Auto.*nein/);
		const filter = parseParticipantQuery(
			new URLSearchParams({ frage: String(e.arrivalQ), antwort: 'Bahn' })
		);
		const rows = await allParticipants(db(), e.id, filter);
		expect(rows.map((r) => r.email)).toEqual(['x2@example.org']);
		expect(toCsv(participantTable(rows)).length).toBeGreaterThan(0);
	});

	it('deletes the answers with the person’s data, by request and after the retention period', async () => {
		const e = await editionWithQuestions();
		const ctx = { now, origin: 'https://x.example' };
		const withAnswer = (tx: Transaction, id: number) =>
			storeAnswers(tx, id, [{ questionId: e.arrivalQ, value: 'Bahn' }]);
		const leaving = await register(db(), e.year, aRegistration(), ctx, withAnswer);
		const staying = await register(db(), e.year, aRegistration(), ctx, withAnswer);
		if (leaving.duplicate || staying.duplicate) throw new Error('unexpected duplicate');
		const answersOfRow = (id: number) =>
			db().select().from(registrationAnswers).where(eq(registrationAnswers.registrationId, id));
		expect(await answersOfRow(leaving.id)).toHaveLength(1);

		await deleteRegistration(db(), leaving.token, ctx);
		expect(await answersOfRow(leaving.id)).toEqual([]);
		expect(await answersOfRow(staying.id)).toHaveLength(1);

		await anonymisePastEditions(db(), `${e.year}-06-16`, now);
		expect(await answersOfRow(staying.id)).toHaveLength(1);
		await anonymisePastEditions(db(), `${e.year + 1}-06-16`, now);
		expect(await answersOfRow(staying.id)).toEqual([]);
	});
});
