import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Bad input to the planner's forms on the built server (Gelsenkirchen's demo plan): control
 * characters, numbers beyond the database's integer, impossible dates, broken uploads. Every answer
 * is a 4xx with a message a person can read, and nothing of the plan or the reports changes.
 */
test.describe.configure({ mode: 'serial' });

const AGS = '05513000';
const planner = { email: 'demo-planung@sozialkonferenz.example', password: 'Schalker-Markt-45879' };
const NUL = '\u0000';
const BIG = '2147483648';

function origin(): string {
	return new URL(test.info().project.use.baseURL!).origin;
}

/** A plain HTML form post, as a browser without JavaScript sends it. */
function postForm(request: APIRequestContext, path: string, form: Record<string, string>) {
	return request.post(path, {
		form,
		headers: { origin: origin(), accept: 'text/html' },
		maxRedirects: 0
	});
}

async function signIn(request: APIRequestContext) {
	const answer = await postForm(request, '/anmelden', planner);
	expect(answer.status()).toBeLessThan(400);
}

/** Everything a refused submit might have touched: the plan's measures, targets and reports. */
async function planState(request: APIRequestContext, planId: string): Promise<string> {
	const parts = await Promise.all(
		[
			`/planung/${AGS}/massnahmen/massnahmen.csv?plan=${planId}`,
			`/planung/${AGS}/massnahmen/zielwerte.csv?plan=${planId}`,
			`/planung/${AGS}/programm?plan=${planId}`,
			`/planung/${AGS}/berichte`
		].map(async (path) => {
			const answer = await request.get(path);
			expect(answer.status(), path).toBe(200);
			// A page's script nonce is new with every answer.
			return (await answer.text()).replace(/nonce="[^"]*"/g, '');
		})
	);
	return parts.join('\n');
}

async function expectRefused(
	answer: Awaited<ReturnType<typeof postForm>>,
	status: number,
	message: string
) {
	expect(answer.status()).toBe(status);
	const body = await answer.text();
	expect(body).toContain(message);
	expect(body).not.toContain('Interner Fehler');
}

test('the planner’s forms refuse control characters, huge numbers and impossible dates on their field and change nothing', async ({
	request
}) => {
	await signIn(request);
	const programme = await (await request.get(`/planung/${AGS}/programm`)).text();
	const planId = /name="planId" value="(\d+)"/.exec(programme)?.[1];
	expect(planId).toBeTruthy();
	const goalId = /name="goalId"[^>]*>\s*<option value="(\d+)"/.exec(programme)?.[1] ?? '1';
	const before = await planState(request, planId!);
	const characters = 'Der Text enthält Steuerzeichen';
	const at = `/planung/${AGS}/programm`;
	const goal = { planId: planId!, level: 'leitziel', fields: 'bildung', title: 'Ziel' };

	await expectRefused(
		await postForm(request, `${at}?/saveGoal`, { ...goal, title: `Bildung${NUL}` }),
		422,
		characters
	);
	await expectRefused(
		await postForm(request, `${at}?/saveGoal`, { ...goal, description: 'a\u0007b' }),
		422,
		characters
	);
	await expectRefused(
		await postForm(request, `${at}?/saveGoal`, { ...goal, position: BIG }),
		422,
		'Diese Eingabe ist ungültig.'
	);
	await expectRefused(
		await postForm(request, `${at}?/deleteGoal`, { planId: planId!, id: BIG }),
		422,
		'Dieses Ziel gibt es in diesem Handlungsprogramm nicht.'
	);
	await expectRefused(
		await postForm(request, `${at}?/updateTarget`, {
			planId: planId!,
			id: BIG,
			targetYear: '2030',
			kind: 'absolute',
			targetValue: '5'
		}),
		422,
		'Diesen Zielwert gibt es in diesem Handlungsprogramm nicht.'
	);
	await expectRefused(
		await postForm(request, `${at}?/updatePlan`, {
			planId: planId!,
			title: 'Plan',
			periodStart: '2025',
			periodEnd: '2030',
			baselineYear: '2024',
			status: 'beschlossen',
			decidedOn: '2031-02-31'
		}),
		422,
		'Datum'
	);
	await expectRefused(
		await postForm(request, `${at}?/updatePlan`, {
			planId: BIG,
			title: 'Plan',
			periodStart: '2025',
			periodEnd: '2030',
			baselineYear: '2024'
		}),
		404,
		'Dieses Handlungsprogramm gibt es nicht.'
	);
	await expectRefused(
		await postForm(request, `${at}?/createTarget`, {
			planId: planId!,
			goalId,
			handlungsraumId: BIG,
			indicatorKey: 'sgb2_quote',
			targetYear: '2030',
			kind: 'absolute',
			targetValue: '5'
		}),
		422,
		'Handlungsraum'
	);

	const measure = { planId: planId!, title: 'Lernförderung', fields: 'bildung' };
	const neu = `/planung/${AGS}/massnahmen/neu?/save`;
	await expectRefused(
		await postForm(request, neu, { ...measure, title: `Lern${NUL}förderung` }),
		422,
		characters
	);
	await expectRefused(
		await postForm(request, neu, { ...measure, outputLabel: 'Kurse', outputCount: BIG }),
		422,
		'Leistung'
	);
	await expectRefused(
		await postForm(request, neu, { ...measure, startsOn: '2031-02-31' }),
		422,
		'Datum'
	);
	for (const name of ['leadOrganisationId', 'partnerIds', 'handlungsraumIds', 'goalIds', 'ideaId'])
		expect((await postForm(request, neu, { ...measure, [name]: BIG })).status(), name).toBeLessThan(
			500
		);
	expect(
		(await postForm(request, `/planung/${AGS}/massnahmen/${BIG}?/save`, measure)).status()
	).toBe(404);
	await expectRefused(
		await postForm(request, `/planung/${AGS}/massnahmen/neu?/organisation`, {
			name: `Verein${NUL}`,
			kind: 'verein'
		}),
		422,
		characters
	);
	await expectRefused(
		await postForm(request, `/planung/${AGS}/massnahmen?/propose`, {
			planId: planId!,
			ideaId: BIG
		}),
		422,
		'Diese Idee aus dem World Café gibt es nicht.'
	);

	await expectRefused(
		await postForm(request, `/planung/${AGS}/berichte?/create`, {
			title: `Bericht${NUL}`,
			year: '2025'
		}),
		422,
		characters
	);
	expect((await request.get(`/planung/${AGS}/berichte/${BIG}`)).status()).toBe(404);
	expect((await request.get(`/planung/${AGS}/berichte/${BIG}/bericht.pdf`)).status()).toBe(404);
	expect(
		(await request.get(`/planung/${AGS}/massnahmen?q=a%00&organisationId=${BIG}`)).status()
	).toBe(200);

	expect(await planState(request, planId!)).toBe(before);
});

test('a report’s text block with a NUL byte is refused and the report stays as it was', async ({
	request
}) => {
	await signIn(request);
	const created = await postForm(request, `/planung/${AGS}/berichte?/create`, {
		title: 'Bericht mit falschen Zeichen',
		year: '2025'
	});
	expect(created.status()).toBe(303);
	const path = new URL(created.headers().location, origin()).pathname;
	const page = async () => (await (await request.get(path)).text()).replace(/nonce="[^"]*"/g, '');
	const before = await page();
	const save = {
		title: 'Bericht mit falschen Zeichen',
		year: '2025',
		chapters: 'zusammenfassung'
	};
	await expectRefused(
		await postForm(request, `${path}?/save`, { ...save, text_zusammenfassung: `Ein${NUL}Text` }),
		422,
		'Der Text enthält Steuerzeichen'
	);
	await expectRefused(
		await postForm(request, `${path}?/save`, { ...save, title: 'Bericht\u001b' }),
		422,
		'Der Text enthält Steuerzeichen'
	);
	await expectRefused(
		await postForm(request, `${path}?/save`, { ...save, planId: BIG }),
		404,
		'Dieses Handlungsprogramm gibt es nicht.'
	);
	expect(await page()).toBe(before);
});

test('a broken upload to the import and the report is a readable 400, not an error', async ({
	request
}) => {
	await signIn(request);
	// Above the 1 MB the server checks before any route: a multipart body whose end never comes.
	const start =
		'--abc\r\nContent-Disposition: form-data; name="datei"; filename="werte.csv"\r\nContent-Type: text/csv\r\n\r\n';
	const broken = start + 'Gebiet;Jahr;einwohner\r\n'.repeat(80_000);
	for (const path of [
		`/planung/${AGS}/import?/values`,
		`/planung/${AGS}/import?/areas`,
		`/planung/${AGS}/berichte?/create`
	]) {
		const answer = await request.post(path, {
			headers: {
				origin: origin(),
				accept: 'text/html',
				'content-type': 'multipart/form-data; boundary=abc'
			},
			data: Buffer.from(broken),
			maxRedirects: 0
		});
		await expectRefused(answer, 400, 'Die Anfrage ist beschädigt und kann nicht gelesen werden.');
	}
	// A value file whose cells hold a NUL byte: the import report names the rows, nothing is stored.
	const csv = `Gebiet;Jahr;einwohner\r\n001${NUL};2024;100\r\n002;2024;12${NUL}\r\n`;
	const answer = await request.post(`/planung/${AGS}/import?/values`, {
		headers: { origin: origin(), accept: 'text/html' },
		multipart: { datei: { name: 'werte.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) } },
		maxRedirects: 0
	});
	expect(answer.status()).toBe(422);
	expect(await answer.text()).not.toContain('Interner Fehler');
});

test('the public practice search treats a NUL byte as no search', async ({ request }) => {
	for (const query of [`q=a${NUL}`, `zielgruppe=${NUL}`, `gebiet=${NUL}&gemeinde=${AGS}`]) {
		const answer = await request.get(`/praxisbeispiele?${encodeURI(query)}`);
		expect(answer.status(), query).toBe(200);
	}
});
