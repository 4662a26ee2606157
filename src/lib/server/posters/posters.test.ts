import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfWithText } from '../archive/testing';
import { extractionBounds } from '../archive/text';
import { searchArchive } from '../archive/store';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import {
	editions,
	mailOutbox,
	measures,
	plans,
	posterAuthors,
	posterSubmissions,
	users
} from '../db/schema';
import { ensureReferenceData } from '../monitoring/seed';
import { previewMail } from '../registration/mail-preview';
import { MailTextForm, resetMailText, saveMailText } from '../registration/mail-texts';
import { PosterError } from './errors';
import { SubmissionForm, type SubmissionInput } from './input';
import {
	acceptedPosters,
	callById,
	decide,
	inviteReviewer,
	linkMeasure,
	mayReview,
	postersOfMeasures,
	publicPoster,
	rankedSubmissions,
	reviewableCalls,
	saveCall,
	saveReview,
	scoreOf,
	setBoardNumber,
	submissionByToken,
	submissionsForReview,
	submitPoster,
	updateSubmission,
	type PosterCall,
	type Viewer
} from './store';

const before = new Date('2031-03-01T10:00:00Z');
const afterDeadline = new Date('2031-05-02T10:00:00Z');
const afterEvent = new Date('2031-06-20T10:00:00Z');
const MB = 1024 * 1024;

function submission(overrides: Partial<Record<string, unknown>> = {}): SubmissionInput {
	return SubmissionForm.parse({
		title: 'Quartiersbüro Ückendorf',
		abstract: 'Ein Quartiersbüro bündelt Beratung und Beteiligung im Stadtteil.',
		fields: 'wohnen,partizipation',
		municipality: '05513000',
		organisation: 'Stadt Gelsenkirchen',
		email: 'Ayse.Demir@quartier.example',
		authors: [
			{ name: 'Ayşe Demir', organisation: null },
			{ name: 'Jonas Weber', organisation: 'Hochschule Bochum' },
			{ name: '', organisation: '' }
		],
		presenter: '0',
		consent: 'on',
		...overrides
	});
}

describe('a poster submission form', () => {
	it('keeps co-authors who do not present and marks the presenting person', () => {
		const input = submission({ presenter: '1' });
		expect(input.authors).toEqual([
			{ name: 'Ayşe Demir', organisation: null, presents: false },
			{ name: 'Jonas Weber', organisation: 'Hochschule Bochum', presents: true }
		]);
		expect(input.email).toBe('ayse.demir@quartier.example');
	});

	it('refuses a presenting person without a name, and a submission without consent', () => {
		expect(() => submission({ presenter: '2' })).toThrow(/poster.err.presenter/);
		expect(() => submission({ consent: undefined })).toThrow(/poster.err.consent/);
		expect(() => submission({ fields: 'bevoelkerung' })).toThrow(/poster.err.fields/);
	});
});

describe('the mean score of a submission', () => {
	it('averages each review over its criteria, then the reviews', () => {
		expect(
			scoreOf(
				[
					[5, 3],
					[2, 2]
				],
				2
			)
		).toEqual({ score: 3, perCriterion: [3.5, 2.5] });
		expect(scoreOf([], 2)).toEqual({ score: null, perCriterion: [null, null] });
	});
});

describe.each(backends)('the call for posters on $name', (backend) => {
	let handle: DatabaseHandle;
	let dir: string;
	let call: PosterCall;
	let otherCall: PosterCall;
	let reviewer: Viewer;
	let outsider: Viewer;
	let organiser: Viewer;
	let planner: Viewer;

	const ctx = (now: Date) => ({
		now,
		origin: 'https://konferenz.example',
		language: 'de' as const,
		settings: {
			dir,
			extraction: { ...extractionBounds, timeoutMs: 300_000, workerMemoryMb: 4096 }
		}
	});
	const pdf = (text: string) => ({ name: 'Poster Entwurf.pdf', bytes: pdfWithText(text) });

	beforeAll(async () => {
		handle = await backend.open();
		dir = await mkdtemp(join(tmpdir(), 'sk-posters-'));
		const [a, b] = await handle.db
			.insert(editions)
			.values([
				{ year: 2031, title: 'Quartiere im Wandel', date: '2031-06-16' },
				{ year: 2032, title: 'Nächste Konferenz', date: '2032-06-16' }
			])
			.returning({ id: editions.id });
		const settings = {
			deadline: '2031-05-01T23:59',
			fields: ['wohnen', 'partizipation', 'bildung'] as const,
			guidelines: null,
			maxMegabytes: 2,
			criteria: ['Bezug zur Sozialplanung', 'Übertragbarkeit'],
			anonymousReview: false,
			session: null
		};
		const actor = { userId: null, now: before };
		call = (await callById(
			handle.db,
			await saveCall(handle.db, a.id, { ...settings, fields: [...settings.fields] }, 50 * MB, actor)
		))!;
		otherCall = (await callById(
			handle.db,
			await saveCall(
				handle.db,
				b.id,
				{ ...settings, fields: [...settings.fields], anonymousReview: true },
				50 * MB,
				actor
			)
		))!;
		const made = await handle.db
			.insert(users)
			.values(
				(['reviewer', 'reviewer', 'organiser'] as const).map((role, i) => ({
					email: `person${i}@example.org`,
					name: `Person ${i}`,
					role,
					createdAt: before
				}))
			)
			.returning({ id: users.id, role: users.role });
		const [p] = await handle.db
			.insert(users)
			.values({
				email: 'planung@example.org',
				name: 'Planung',
				role: 'planner',
				municipalityAgs: '05513000',
				createdAt: before
			})
			.returning({ id: users.id, role: users.role });
		[reviewer, outsider, organiser] = made;
		planner = p;
		await inviteReviewer(handle.db, call.id, reviewer.id, actor);
		await inviteReviewer(handle.db, otherCall.id, outsider.id, actor);
	});

	afterAll(async () => {
		await handle?.close();
		await rm(dir, { recursive: true, force: true });
	});

	it('takes a submission with a co-author and mails the personal link that opens it', async () => {
		const { id, token } = await submitPoster(
			handle.db,
			call,
			submission(),
			pdf('Beteiligung im Quartier Ueckendorf'),
			ctx(before)
		);
		const authors = await handle.db
			.select()
			.from(posterAuthors)
			.where(eq(posterAuthors.submissionId, id));
		expect(authors.map((a) => [a.name, a.presents])).toEqual([
			['Ayşe Demir', true],
			['Jonas Weber', false]
		]);
		const [mail] = await handle.db
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.subjectRef, `poster:${id}`));
		expect(mail.toAddress).toBe('ayse.demir@quartier.example');
		expect(mail.textBody).toContain(`https://konferenz.example/poster-einreichung/${token}`);
		const own = await submissionByToken(handle.db, token);
		expect(own?.title).toBe('Quartiersbüro Ückendorf');
		expect(own?.status).toBe('eingereicht');
	});

	it('lets the submitter change the submission until the deadline, not after', async () => {
		const { token } = await submitPoster(
			handle.db,
			call,
			submission({ title: 'Erster Titel' }),
			pdf('Entwurf'),
			ctx(before)
		);
		await updateSubmission(
			handle.db,
			token,
			submission({ title: 'Zweiter Titel' }),
			null,
			ctx(before)
		);
		expect((await submissionByToken(handle.db, token))?.title).toBe('Zweiter Titel');
		await expect(
			updateSubmission(handle.db, token, submission(), null, ctx(afterDeadline))
		).rejects.toThrow(new PosterError('poster.err.closed'));
	});

	it('refuses a late submission, a file that is no PDF and a file over the call’s size', async () => {
		const count = async () => (await handle.db.select().from(posterSubmissions)).length;
		const was = await count();
		await expect(
			submitPoster(handle.db, call, submission(), pdf('spät'), ctx(afterDeadline))
		).rejects.toThrow('poster.err.closed');
		await expect(
			submitPoster(
				handle.db,
				call,
				submission(),
				{ name: 'poster.pdf', bytes: new TextEncoder().encode('<html>kein PDF</html>') },
				ctx(before)
			)
		).rejects.toThrow('poster.err.pdfOnly');
		const big = new Uint8Array(3 * MB);
		big.set(pdfWithText('gross'));
		await expect(
			submitPoster(handle.db, call, submission(), { name: 'gross.pdf', bytes: big }, ctx(before))
		).rejects.toThrow(/poster.err.fileTooLarge\?max=2/);
		expect(await count()).toBe(was);
	});

	it('shows a reviewer only the calls they are invited to', async () => {
		expect((await reviewableCalls(handle.db, reviewer)).map((c) => c.id)).toEqual([call.id]);
		expect((await reviewableCalls(handle.db, outsider)).map((c) => c.id)).toEqual([otherCall.id]);
		expect(await reviewableCalls(handle.db, planner)).toEqual([]);
		expect(await mayReview(handle.db, organiser, otherCall.id)).toBe(true);
		await expect(submissionsForReview(handle.db, outsider, call.id)).rejects.toThrow(
			'poster.err.notInvited'
		);
		await expect(submissionsForReview(handle.db, planner, call.id)).rejects.toThrow(
			'poster.err.notInvited'
		);
	});

	it('never gives a reviewer the submitter’s e-mail address, nor the authors when anonymous', async () => {
		const { items } = await submissionsForReview(handle.db, reviewer, call.id);
		expect(items.length).toBeGreaterThan(0);
		expect(JSON.stringify(items)).not.toContain('@');
		expect(items[0].authors?.map((a) => a.name)).toContain('Jonas Weber');

		await submitPoster(
			handle.db,
			otherCall,
			submission({ title: 'Anonym begutachtet' }),
			pdf('Anonym'),
			ctx(before)
		);
		const anonymous = await submissionsForReview(handle.db, outsider, otherCall.id);
		expect(anonymous.items).toHaveLength(1);
		expect(anonymous.items[0].authors).toBeNull();
		expect(anonymous.items[0].organisation).toBeNull();
		const text = JSON.stringify(anonymous.items);
		expect(text).not.toContain('Ayşe');
		expect(text).not.toContain('Weber');
		expect(text).not.toContain('@');
	});

	it('takes scores only from invited reviewers, one per criterion from 1 to 5', async () => {
		const [first] = (await submissionsForReview(handle.db, reviewer, call.id)).items;
		await expect(saveReview(handle.db, outsider, first.id, [5, 5], null, before)).rejects.toThrow(
			'poster.err.notInvited'
		);
		await expect(saveReview(handle.db, reviewer, first.id, [5], null, before)).rejects.toThrow(
			'poster.err.score'
		);
		await expect(saveReview(handle.db, reviewer, first.id, [6, 1], null, before)).rejects.toThrow(
			'poster.err.score'
		);
		await saveReview(handle.db, reviewer, first.id, [4, 5], 'Gut übertragbar', before);
		const [again] = (await submissionsForReview(handle.db, reviewer, call.id)).items;
		expect(again.scores).toEqual([4, 5]);
		expect(again.comment).toBe('Gut übertragbar');
	});

	it('ranks by score, gives accepted posters board numbers and mails each decision', async () => {
		const items = (await submissionsForReview(handle.db, reviewer, call.id)).items;
		const [best, second] = [items[1], items[0]];
		await saveReview(handle.db, reviewer, best.id, [5, 5], null, before);
		await saveReview(handle.db, organiser, second.id, [1, 2], null, before);
		const ranked = await rankedSubmissions(handle.db, call);
		// The second has the reviewer's 4/5 and the organiser's 1/2: (4.5 + 1.5) / 2.
		expect(ranked.map((r) => [r.id, r.score, r.reviews])).toEqual([
			[best.id, 5, 1],
			[second.id, 3, 2]
		]);

		const actor = { userId: organiser.id, now: afterDeadline };
		await decide(handle.db, call, best.id, 'angenommen', 'https://k.example', actor);
		await decide(handle.db, call, second.id, 'angenommen', 'https://k.example', actor);
		let posters = await acceptedPosters(handle.db, call.editionId, afterDeadline);
		expect(posters.map((p) => [p.id, p.boardNumber])).toEqual([
			[best.id, 1],
			[second.id, 2]
		]);
		await expect(setBoardNumber(handle.db, call, second.id, 1, actor)).rejects.toThrow(
			'poster.err.boardTaken?board=1'
		);
		await decide(handle.db, call, second.id, 'warteliste', 'https://k.example', actor);
		posters = await acceptedPosters(handle.db, call.editionId, afterDeadline);
		expect(posters.map((p) => p.id)).toEqual([best.id]);
		const kinds = (
			await handle.db
				.select()
				.from(mailOutbox)
				.where(eq(mailOutbox.subjectRef, `poster:${second.id}`))
		).map((m) => m.kind);
		expect(kinds).toEqual(expect.arrayContaining(['poster.angenommen', 'poster.warteliste']));
		const [accepted] = await handle.db
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.kind, 'poster.angenommen'));
		expect(accepted.textBody).toContain('Nr. 1');
	});

	it('finds an accepted poster’s PDF text in the archive only once the event is over', async () => {
		const { id } = await submitPoster(
			handle.db,
			call,
			submission({ title: 'Stadtteilmütter' }),
			pdf('Stadtteilmuetter begleiten Familien zur Kita'),
			ctx(before)
		);
		await decide(handle.db, call, id, 'angenommen', 'https://k.example', {
			userId: organiser.id,
			now: afterDeadline
		});
		expect(await searchArchive(handle.db, 'Stadtteilmuetter', 50, afterDeadline)).toEqual([]);
		const hits = await searchArchive(handle.db, 'Stadtteilmuetter', 50, afterEvent);
		expect(hits).toHaveLength(1);
		expect(hits[0]).toMatchObject({ type: 'poster', citation: `/archiv/poster/${id}` });
		expect(hits[0].url).toMatch(new RegExp(`^/archiv/poster/${id}/Poster-Entwurf\\.pdf$`));
		expect((await publicPoster(handle.db, id, afterEvent))?.archived).toBe(true);

		await decide(handle.db, call, id, 'abgelehnt', 'https://k.example', {
			userId: organiser.id,
			now: afterDeadline
		});
		expect(await searchArchive(handle.db, 'Stadtteilmuetter', 50, afterEvent)).toEqual([]);
		expect(await publicPoster(handle.db, id, afterEvent)).toBeNull();
	});

	it('sends the decision in the edition’s own wording, with poster and board filled in', async () => {
		await saveMailText(
			handle.db,
			call.editionId,
			MailTextForm.parse({
				kind: 'poster.angenommen',
				language: 'de',
				subject: 'Zugesagt: {poster}',
				body: 'Ihr Poster „{poster}“ hängt an Wand {tafel}.\n\n{konferenzseite}'
			}),
			{ now: before, actorUserId: organiser.id }
		);
		const { id } = await submitPoster(
			handle.db,
			call,
			submission({ title: 'Familienzentren im Quartier' }),
			pdf('Familienzentren'),
			ctx(before)
		);
		await decide(handle.db, call, id, 'angenommen', 'https://k.example', {
			userId: organiser.id,
			now: afterDeadline
		});
		const [mail] = await handle.db
			.select()
			.from(mailOutbox)
			.where(
				and(eq(mailOutbox.subjectRef, `poster:${id}`), eq(mailOutbox.kind, 'poster.angenommen'))
			);
		expect(mail.subject).toBe('Zugesagt: Familienzentren im Quartier');
		expect(mail.textBody).toMatch(/Ihr Poster „Familienzentren im Quartier“ hängt an Wand \d+\./);
		expect(mail.textBody).toContain('https://k.example/konferenz/');
	});

	it('sends the receipt and the change in the edition’s own wording, each with the personal link', async () => {
		const organiserCtx = { now: before, actorUserId: organiser.id };
		for (const [kind, subject] of [
			['poster.eingegangen', 'Eingegangen: {poster}'],
			['poster.geaendert', 'Geändert: {poster}']
		] as const) {
			await saveMailText(
				handle.db,
				call.editionId,
				MailTextForm.parse({
					kind,
					language: 'de',
					subject,
					body: 'Hallo {name}, „{poster}“ liegt uns für {jahr} vor.\n\nBis {frist} hier ändern:\n{link}'
				}),
				organiserCtx
			);
		}
		const { id, token } = await submitPoster(
			handle.db,
			call,
			submission({ title: 'Stadtteilbüro Hassel' }),
			pdf('Stadtteilbuero'),
			ctx(before)
		);
		await updateSubmission(
			handle.db,
			token,
			submission({ title: 'Stadtteilbüro Hassel und Scholven' }),
			null,
			ctx(before)
		);
		const mails = await handle.db
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.subjectRef, `poster:${id}`))
			.orderBy(mailOutbox.id);
		expect(mails.map((m) => [m.kind, m.subject])).toEqual([
			['poster.received', 'Eingegangen: Stadtteilbüro Hassel'],
			['poster.changed', 'Geändert: Stadtteilbüro Hassel und Scholven']
		]);
		for (const mail of mails) {
			expect(mail.textBody).toContain('Hallo Ayşe Demir, „Stadtteilbüro');
			expect(mail.textBody).toContain(
				`Bis 01.05.2031, 23:59 hier ändern:\nhttps://konferenz.example/poster-einreichung/${token}`
			);
		}

		await resetMailText(handle.db, call.editionId, 'poster.eingegangen', 'de', organiserCtx);
		const again = await submitPoster(handle.db, call, submission(), pdf('Entwurf'), ctx(before));
		const [receipt] = await handle.db
			.select()
			.from(mailOutbox)
			.where(eq(mailOutbox.subjectRef, `poster:${again.id}`));
		expect(receipt.subject).toBe('Ihre Einreichung zur Posterausstellung 2031');
		await resetMailText(handle.db, call.editionId, 'poster.geaendert', 'de', organiserCtx);
	});

	it('previews the receipt with a sample poster, the call’s deadline and a link that opens nothing', async () => {
		const preview = await previewMail(
			handle.db,
			call.editionId,
			'poster.eingegangen',
			'en',
			{ subject: 'Received: {poster}', body: 'Until {frist}: {link}' },
			{ now: before, origin: 'https://konferenz.example' }
		);
		expect(preview).toMatchObject({
			subject: 'Received: Making neighbourhood work visible',
			name: null,
			sample: 'poster'
		});
		expect(preview.text).toContain(
			`Until 1 May 2031, 23:59: https://konferenz.example/poster-einreichung/${'x'.repeat(43)}?lang=en`
		);
	});

	it('links an accepted poster to a public measure, shown on the poster and on the measure', async () => {
		await ensureReferenceData(handle.db);
		const [plan] = await handle.db
			.insert(plans)
			.values({
				ags: '05513000',
				title: 'Handlungsprogramm',
				periodStart: 2030,
				periodEnd: 2035,
				baselineYear: 2029,
				status: 'beschlossen',
				decidedOn: '2030-02-01',
				createdAt: before,
				updatedAt: before
			})
			.returning({ id: plans.id });
		const [shown, hidden] = await handle.db
			.insert(measures)
			.values(
				[true, false].map((isPublic) => ({
					planId: plan.id,
					title: isPublic ? 'Gemeinschaftsgärten' : 'Interner Entwurf',
					fields: ['wohnen'],
					isPublic,
					createdAt: before,
					updatedAt: before
				}))
			)
			.returning({ id: measures.id });
		const { id } = await submitPoster(
			handle.db,
			call,
			submission({ title: 'Gärten im Quartier' }),
			pdf('Garten'),
			ctx(before)
		);
		const actor = { userId: organiser.id, now: afterDeadline };
		await expect(linkMeasure(handle.db, call, id, hidden.id, actor)).rejects.toThrow(
			'poster.err.measure'
		);
		await linkMeasure(handle.db, call, id, shown.id, actor);
		// Not accepted yet: the measure shows no poster.
		expect(await postersOfMeasures(handle.db, [shown.id])).toEqual({});
		await decide(handle.db, call, id, 'angenommen', 'https://k.example', actor);
		expect((await postersOfMeasures(handle.db, [shown.id]))[shown.id]).toEqual([
			{ id, title: 'Gärten im Quartier', year: 2031 }
		]);
		expect((await publicPoster(handle.db, id, afterDeadline))?.measure).toEqual({
			id: shown.id,
			title: 'Gemeinschaftsgärten',
			href: `/atlas/05513000/massnahmen#massnahme-${shown.id}`
		});
	});
});
