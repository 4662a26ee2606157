import { request as httpRequest } from 'node:http';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Bad input against the built server: control characters, impossible dates, numbers beyond the
 * database's integer, bodies of the wrong type or size. Every answer is a 4xx with a message a
 * person can read, and nothing is stored.
 */
test.describe.configure({ mode: 'serial' });

const year = 2027;
const organiser = { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' };
const NUL = '\u0000';

async function signIn(page: Page, next: string) {
	await page.goto(`/anmelden?weiter=${next}`);
	await page.waitForLoadState('networkidle');
	await page.getByLabel('E-Mail-Adresse').fill(organiser.email);
	await page.getByLabel('Passwort', { exact: true }).fill(organiser.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await page.waitForURL((url) => url.pathname === next);
}

/** A plain HTML form post, as a browser without JavaScript sends it. */
function postForm(request: APIRequestContext, path: string, form: Record<string, string>) {
	return request.post(path, {
		form,
		headers: { origin: new URL(test.info().project.use.baseURL!).origin, accept: 'text/html' },
		maxRedirects: 0
	});
}

const registration = (email: string) => ({
	firstName: 'Erika',
	lastName: 'Musterfrau',
	email,
	sector: 'politik',
	municipality: '05513000',
	privacyAcknowledged: 'on'
});

async function editionAsPublished(request: APIRequestContext) {
	const body = await (await request.get(`/api/editions/${year}`)).json();
	return JSON.stringify(body);
}

test('the registration form answers a NUL byte with a field error, in the page’s language', async ({
	request
}) => {
	const before = await editionAsPublished(request);
	const german = await postForm(request, `/konferenz/${year}/anmeldung`, {
		...registration('nul-form@example.org'),
		lastName: `Muster${NUL}frau`
	});
	expect(german.status()).toBe(422);
	expect(await german.text()).toContain('Das Feld enthält Steuerzeichen');

	const english = await postForm(request, `/konferenz/${year}/anmeldung?lang=en`, {
		...registration('nul-form-en@example.org'),
		firstName: `Er${NUL}ika`
	});
	expect(english.status()).toBe(422);
	expect(await english.text()).toContain('The field contains control characters');

	const invisible = await postForm(request, `/konferenz/${year}/anmeldung`, {
		...registration('zero-width@example.org'),
		firstName: '\u200B\u200C\u200D'
	});
	expect(invisible.status()).toBe(422);
	expect(await invisible.text()).toContain('Bitte geben Sie Ihren Vornamen an.');

	const workshop = await postForm(request, `/konferenz/${year}/anmeldung`, {
		...registration('huge-workshop@example.org'),
		workshopFirstId: '999999999999'
	});
	expect(workshop.status()).toBe(422);
	expect(await workshop.text()).toContain('Bitte wählen Sie einen Workshop aus der Liste.');
	expect(await editionAsPublished(request)).toBe(before);
});

test('the registration API answers bad values with 422 and field errors, booleans only as booleans', async ({
	request
}) => {
	const valid = { ...registration('api-bad@example.org'), privacyAcknowledged: true };
	const cases: [Record<string, unknown>, string][] = [
		[{ ...valid, lastName: `Muster${NUL}frau` }, 'lastName'],
		[{ ...valid, needsOther: `Rampe${NUL}` }, 'needsOther'],
		[{ ...valid, firstName: '\u200B' }, 'firstName'],
		[{ ...valid, workshopFirstId: 999999999999 }, 'workshopFirstId'],
		[{ ...valid, privacyAcknowledged: 'true' }, 'privacyAcknowledged']
	];
	for (const [data, field] of cases) {
		const response = await request.post(`/api/editions/${year}/registrations`, { data });
		expect(response.status(), field).toBe(422);
		const body = await response.json();
		expect(body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
		expect(body.errors[0].message).toMatch(/\S{3,}/);
	}
});

test('bodies of the wrong type get 415, broken ones 400 and those above the limit 413, readable and in JSON for the API', async ({
	request
}) => {
	const toApi = await request.post(`/api/editions/${year}/registrations`, {
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			origin: new URL(test.info().project.use.baseURL!).origin
		},
		data: 'firstName=Erika'
	});
	expect(toApi.status()).toBe(415);
	expect((await toApi.json()).errors[0]).toMatchObject({ field: 'body' });

	const toForm = await request.post(`/konferenz/${year}/anmeldung`, {
		headers: { 'content-type': 'application/json', accept: 'text/html' },
		data: JSON.stringify(registration('json-form@example.org'))
	});
	expect(toForm.status()).toBe(415);
	expect(toForm.headers()['content-type']).toContain('text/html');
	const page = await toForm.text();
	expect(page).toContain('Die Anfrage hat ein Format, das hier nicht angenommen wird.');
	expect(page).not.toContain('Interner Fehler');

	const broken = await request.post(`/konferenz/${year}/anmeldung`, {
		headers: {
			'content-type': 'multipart/form-data; boundary=abc',
			origin: new URL(test.info().project.use.baseURL!).origin,
			accept: 'text/html'
		},
		data: 'no parts at all'
	});
	expect(broken.status()).toBe(400);
	expect(await broken.text()).toContain(
		'Die Anfrage ist beschädigt und kann nicht gelesen werden.'
	);

	// 100 MB announced, nothing sent: the answer comes before the body is read.
	const baseURL = new URL(test.info().project.use.baseURL!);
	const tooLarge = await new Promise<{ status: number; body: string }>((resolve, reject) => {
		const req = httpRequest(
			{
				host: baseURL.hostname,
				port: baseURL.port,
				method: 'POST',
				path: `/konferenz/${year}/anmeldung?lang=en`,
				headers: {
					origin: baseURL.origin,
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': String(100 * 1024 * 1024)
				}
			},
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (chunk) => (body += chunk));
				res.on('end', () => {
					resolve({ status: res.statusCode ?? 0, body });
					req.destroy();
				});
			}
		);
		req.on('error', reject);
		req.flushHeaders();
	});
	expect(tooLarge.status).toBe(413);
	expect(tooLarge.body).toContain('The request is too large. At most 64 MB are allowed.');
});

test('a NUL byte in the archive search gives an empty result with a message, not an error', async ({
	page
}) => {
	const response = await page.goto('/archiv?q=%00');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('alert')).toHaveText(
		'Die Suche enthält Steuerzeichen oder ungültige Zeichen und wurde nicht ausgeführt.'
	);
});

test('the organiser’s edition form refuses impossible values on their field and changes nothing', async ({
	page
}) => {
	await signIn(page, `/admin/konferenzen/${year}/bearbeiten`);
	const path = `/admin/konferenzen/${year}/bearbeiten`;
	const stored = () =>
		page.evaluate(() =>
			Object.fromEntries(
				[...new FormData(document.querySelector('main form[method="POST"]') as HTMLFormElement)]
					.filter((entry): entry is [string, string] => typeof entry[1] === 'string')
					.map(([k, v]) => [k, v])
			)
		);
	const before = await stored();
	expect(before.title).toBeTruthy();

	const cases: [Record<string, string>, string][] = [
		[{ date: '2031-02-31' }, 'Bitte ein gültiges Datum angeben'],
		[{ startTime: '25:99' }, 'Bitte eine gültige Uhrzeit wie 09:30 angeben.'],
		[{ capacity: '2147483648' }, 'Die Zahl ist zu groß.'],
		[
			{ registrationOpensAt: '2031-02-31T10:00' },
			'Bitte ein gültiges Datum und eine gültige Uhrzeit'
		],
		[{ title: 'X', capacity: '2147483648' }, 'Die Zahl ist zu groß.'],
		[{ venueCity: `Essen${NUL}` }, 'Das Feld enthält Steuerzeichen']
	];
	for (const [change, message] of cases) {
		const response = await postForm(page.request, path, { ...before, ...change });
		expect(response.status(), JSON.stringify(change)).toBe(400);
		expect(await response.text()).toContain(message);
	}
	await page.reload();
	expect(await stored()).toEqual(before);
});

test('the participant search answers a NUL byte with a message and no list', async ({ page }) => {
	await signIn(page, `/admin/konferenzen/${year}/teilnehmende`);
	const response = await page.goto(`/admin/konferenzen/${year}/teilnehmende?q=%00`);
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('alert')).toContainText('Die Suche enthält Steuerzeichen');
});

test.describe('World Café', () => {
	// The enhanced table form's refusal is a 400 the browser notes in its console.
	test.use({ allowedConsoleErrors: [/status of 400 \(Bad Request\)/] });

	test('a World Café host’s note with a NUL byte is refused and the note stays as it was', async ({
		page
	}) => {
		await signIn(page, '/admin/worldcafe');
		const title = `Eingabeprüfung ${Date.now().toString(36)}`;
		const select = page.getByLabel('Konferenz');
		const option = select.locator('option', { hasText: `${year}:` }).first();
		await select.selectOption({ label: (await option.textContent())!.trim() });
		await page.getByLabel('Titel').fill(title);
		await page.getByLabel('Zahl der Runden').fill('1');
		await page.getByRole('button', { name: 'World Café anlegen' }).click();
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

		await page.getByLabel('Thema', { exact: true }).fill(`Quartier${NUL}`);
		await page.getByLabel('Gastgeber:in', { exact: true }).fill('Gastgeberin');
		await page.getByLabel('Plätze (ohne Gastgeber:in)').fill('10');
		await page.getByRole('button', { name: 'Tisch hinzufügen' }).click();
		await expect(page.getByText('Der Text enthält Steuerzeichen').first()).toBeVisible();

		await page.getByLabel('Thema', { exact: true }).fill('Quartier');
		await page.getByRole('button', { name: 'Tisch hinzufügen' }).click();
		await expect(page.getByRole('status')).toHaveText('Tisch angelegt.');
		await page.getByRole('button', { name: 'Link für Tisch 1 erzeugen' }).click();
		const hostLink = new URL((await page.getByTestId('host-link').getAttribute('href'))!).pathname;

		const save = (keyPoints: string) =>
			page.request.post(`${hostLink}/notiz`, {
				data: { round: 0, baseVersion: 0, keyPoints, ideas: [] }
			});
		const refused = await save(`Punkt${NUL}`);
		expect(refused.status()).toBe(400);
		expect(await refused.json()).toEqual({ code: 'zeichen_ungueltig' });
		const huge = await page.request.post(`${hostLink}/notiz`, {
			data: { round: 0, baseVersion: 999999999999, keyPoints: 'x', ideas: [] }
		});
		expect(huge.status()).toBe(400);

		await page.goto(hostLink);
		await expect(page.getByLabel('Kernpunkte der Runde 1')).toHaveValue('');
	});
});
