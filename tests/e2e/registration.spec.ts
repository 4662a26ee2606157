import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// One person's path through registration, in order; the steps share the edition's seats.
test.describe.configure({ mode: 'serial' });

const year = 2027;
const unique = Date.now().toString(36);
const ada = `ada-${unique}@example.org`;
const wanda = `wanda-${unique}@example.org`;

async function personalLinkFor(page: Page, address: string): Promise<string> {
	await page.goto('/dev/postausgang');
	const mail = page
		.locator('li[data-mail-kind="registration.confirm_request"]')
		.filter({ has: page.locator('.mail-to', { hasText: address }) })
		.first();
	const text = await mail.locator('.mail-text').textContent();
	const link = /https?:\/\/[^\s]+\/anmeldung\/[A-Za-z0-9_-]{43}/.exec(text ?? '');
	expect(link, `confirmation mail for ${address}`).not.toBeNull();
	return new URL(link![0]).pathname;
}

async function registerByApi(request: APIRequestContext, email: string) {
	const response = await request.post(`/api/editions/${year}/registrations`, {
		data: {
			firstName: 'Fill',
			lastName: 'Seat',
			email,
			sector: 'politik',
			municipality: '05911000',
			privacyAcknowledged: true
		}
	});
	expect(response.status()).toBe(202);
	return response.json();
}

let manageUrl = '';

test('a participant registers with a workshop wish and gets the confirmation mail', async ({
	page,
	expectAccessible
}) => {
	await page.goto(`/konferenz/${year}`);
	await page.getByRole('link', { name: 'Anmeldung zur Konferenz' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Anmeldung zur Sozialkonferenz Ruhr ${year}`
	);
	await expectAccessible(page);

	await page.getByLabel('Vorname').fill('Ada');
	await page.getByLabel('Nachname').fill('<script>alert(1)</script>');
	await page.getByLabel('E-Mail-Adresse').fill(ada);
	await page.getByLabel('Organisation (freiwillig)').fill('Stadt Gelsenkirchen');
	await page.getByLabel('Bereich').selectOption({ label: 'Kommunalverwaltung' });
	await page.getByLabel('Kommune').selectOption({ label: 'Gelsenkirchen' });
	await page.getByLabel('Erstwunsch').selectOption({ index: 1 });
	await page.getByLabel('Zweitwunsch (freiwillig)').selectOption({ index: 2 });
	await page.getByLabel('stufenloser Zugang').check();
	await page.getByLabel('Ich habe die Datenschutzhinweise gelesen.').check();
	await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Fast geschafft: Bitte bestätigen Sie Ihre E-Mail-Adresse'
	);
	manageUrl = await personalLinkFor(page, ada);
});

test('registering again with the same address looks like a new registration and mails the link again', async ({
	page
}) => {
	await page.goto(`/konferenz/${year}/anmeldung`);
	await page.getByLabel('Vorname').fill('Fremde');
	await page.getByLabel('Nachname').fill('Person');
	await page.getByLabel('E-Mail-Adresse').fill(ada);
	await page.getByLabel('Bereich').selectOption({ label: 'Politik' });
	await page.getByLabel('Kommune').selectOption({ label: 'Gelsenkirchen' });
	await page.getByLabel('Ich habe die Datenschutzhinweise gelesen.').check();
	await page
		.getByRole('button', { name: /Verbindlich anmelden|Auf die Warteliste setzen/ })
		.click();
	await expect(page).toHaveURL(new RegExp(`/konferenz/${year}/anmeldung/danke$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Fast geschafft: Bitte bestätigen Sie Ihre E-Mail-Adresse'
	);
	await expect(page.getByRole('status')).toContainText('Wir haben Ihnen eine E-Mail');

	await page.goto('/dev/postausgang');
	const again = page
		.locator('li[data-mail-kind="registration.link_again"]')
		.filter({ has: page.locator('.mail-to', { hasText: ada }) });
	await expect(again).toHaveCount(1);
	await expect(again.locator('.mail-text')).toContainText('Sie sind bereits angemeldet');
	await expect(again.locator('.mail-text')).not.toContainText('Fremde');
});

test('the personal link confirms the registration and shows the details, escaped', async ({
	page,
	expectAccessible
}) => {
	await page.goto(manageUrl);
	await expect(page.getByTestId('status')).toHaveText(
		'Platz reserviert – E-Mail-Adresse noch nicht bestätigt'
	);
	await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Vielen Dank, Ihre E-Mail-Adresse ist bestätigt.'
	);
	await expect(page.getByTestId('status')).toHaveText('Angemeldet');
	// Markup in a name is shown as text.
	await expect(page.getByText('Ada <script>alert(1)</script>')).toBeVisible();
	await expect(page.getByTestId('workshop')).toContainText('Workshop 1');
	await expectAccessible(page);
});

test('the participant changes the workshop', async ({ page }) => {
	await page.goto(manageUrl);
	await page.getByLabel('Erstwunsch').selectOption({ index: 3 });
	await page.getByRole('button', { name: 'Änderungen speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Ihre Änderungen sind gespeichert.');
	await expect(page.getByTestId('workshop')).toContainText('Workshop 3');
});

test.use({ allowedConsoleErrors: [/status of 422/] });

test('cancelling frees the seat for the first person on the waiting list, who is mailed', async ({
	page,
	request
}) => {
	const edition = await (await request.get(`/api/editions/${year}`)).json();
	const free = edition.capacity - edition.seatsTaken;
	for (let i = 0; i < free; i++) await registerByApi(request, `fill-${unique}-${i}@example.org`);
	await registerByApi(request, wanda);
	const full = await (await request.get(`/api/editions/${year}`)).json();
	expect(full).toMatchObject({ seatsTaken: full.capacity, waitlisted: 1 });

	await page.goto(manageUrl);
	await page.getByRole('button', { name: 'Abmelden' }).click();
	await expect(page.getByText('Bitte setzen Sie das Häkchen zur Bestätigung.')).toBeVisible();
	await page.getByLabel('Ja, ich möchte mich abmelden.').check();
	await page.getByRole('button', { name: 'Abmelden' }).click();
	await expect(page.getByTestId('status')).toHaveText('Abgemeldet');
	// Says plainly that the registration is cancelled and what happens next.
	const notice = page.locator('p.notice[role="status"]');
	await expect(notice).toContainText('Ihre Anmeldung ist storniert.');
	await expect(notice).toContainText('nächste Person auf der Warteliste');
	await expect(notice).not.toContainText('Vielen Dank für Ihre Nachricht');
	await expect(page.getByRole('link', { name: 'zur Anmeldung' })).toHaveAttribute(
		'href',
		`/konferenz/${year}/anmeldung`
	);

	await page.goto('/dev/postausgang');
	const promoted = page
		.locator('li[data-mail-kind="waitlist.promoted"]')
		.filter({ has: page.locator('.mail-to', { hasText: wanda }) });
	await expect(promoted).toHaveCount(1);
	await expect(promoted.locator('.mail-subject')).toContainText('Ein Platz ist frei geworden');
	const after = await (await request.get(`/api/editions/${year}`)).json();
	expect(after.seatsTaken).toBe(after.capacity);
});

test('an incomplete form names every problem and keeps what was typed', async ({
	page,
	expectAccessible
}) => {
	await page.goto(`/konferenz/${year}/anmeldung`);
	await page.getByLabel('Vorname').fill('Bert');
	await page.getByLabel('E-Mail-Adresse').fill('kein-at-zeichen');
	await page
		.getByRole('button', { name: /Verbindlich anmelden|Auf die Warteliste setzen/ })
		.click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Bitte geben Sie Ihren Nachnamen an.');
	await expect(summary).toContainText('Bitte geben Sie eine gültige E-Mail-Adresse an');
	await expect(summary).toContainText(
		'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.'
	);
	await expect(page.getByLabel('Vorname')).toHaveValue('Bert');
	await expect(page.getByLabel('Nachname')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
});

test('in English the form names the problems in English', async ({ page }) => {
	await page.goto(`/konferenz/${year}/anmeldung?lang=en`);
	await page.getByLabel('First name').fill('Bert');
	await page.getByLabel('E-mail address').fill('no-at-sign');
	await page.getByRole('button', { name: /^(Register|Join the waiting list)$/ }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Please enter your last name.');
	await expect(summary).toContainText('Please enter a valid e-mail address');
	await expect(summary).toContainText('Please confirm that you have read the privacy notice.');
	await expect(summary).not.toContainText('Bitte');
});

test.describe(() => {
	test.use({ allowedConsoleErrors: [/status of 404/] });

	test('a wrong personal link says so', async ({ page }) => {
		const response = await page.goto('/anmeldung/' + 'x'.repeat(43));
		expect(response?.status()).toBe(404);
		await expect(page.getByText('Dieser Link ist ungültig')).toBeVisible();
		await page.goto('/anmeldung/' + 'x'.repeat(43) + '?lang=en');
		await expect(page.getByText('This link is not valid')).toBeVisible();
	});
});
