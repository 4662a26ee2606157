import type { Page } from '@playwright/test';
import { anOpenEdition } from './edition';
import { expect, test } from './fixtures';

// Someone registers on the English page: every mail to them, and their personal page, is English.
test.describe.configure({ mode: 'serial' });

const year = 2088;
const unique = Date.now().toString(36);
const john = `john-${unique}@example.org`;
const organiser = { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' };

let personalPath = '';

async function signIn(page: Page) {
	// Filling before hydration finishes can lose a field on a busy machine.
	await page.goto('/anmelden?weiter=/admin/konferenzen', { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(organiser.email);
	await page.getByLabel('Passwort', { exact: true }).fill(organiser.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Konferenzen' })).toBeVisible();
}

/** The newest mail of a kind to an address, as the local outbox page shows it. */
async function mailTo(page: Page, kind: string, address: string) {
	await page.goto('/dev/postausgang');
	const mail = page
		.locator(`li[data-mail-kind="${kind}"]`)
		.filter({ has: page.locator('.mail-to', { hasText: address }) })
		.first();
	return {
		subject: (await mail.locator('.mail-subject').textContent()) ?? '',
		text: (await mail.locator('.mail-text').first().textContent()) ?? ''
	};
}

test('someone who registers on the English page gets an English mail', async ({
	page,
	request
}) => {
	await signIn(page);
	await anOpenEdition(page, request, year);
	await page.context().clearCookies();

	await page.goto(`/konferenz/${year}/anmeldung?lang=en`, { waitUntil: 'networkidle' });
	await page.getByLabel('First name').fill('John');
	await page.getByLabel('Last name').fill('Doe');
	await page.getByLabel('E-mail address').fill(john);
	await page.getByLabel('Position (optional)').fill('Community worker');
	await page.getByLabel('Sector').selectOption({ index: 1 });
	await page.getByLabel('Municipality').selectOption({ label: 'Essen' });
	await page.getByLabel('I have read the data protection notice.').check();
	await page.getByRole('button', { name: 'Register' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Almost done: please confirm your e-mail address'
	);

	const mail = await mailTo(page, 'registration.confirm_request', john);
	expect(mail.subject).toBe(`Please confirm your registration – Sozialkonferenz Ruhr ${year}`);
	expect(mail.text).toContain('Dear John Doe,');
	expect(mail.text).not.toContain('Guten Tag');
	expect(mail.text).toContain('Job title: Community worker');
	const link = /https?:\/\/[^\s]+\/anmeldung\/[A-Za-z0-9_-]{43}\?lang=en/.exec(mail.text);
	expect(link, 'the personal link opens the English page').not.toBeNull();
	const url = new URL(link![0]);
	personalPath = url.pathname + url.search;
});

test('the personal page shows the date, the venue, a calendar link and the job title', async ({
	page,
	expectAccessible
}) => {
	await page.goto(personalPath);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your registration');
	await expect(page.getByTestId('event-date')).toHaveText('Wednesday, 16 June 2088');
	await expect(page.getByText('09:30–16:00')).toBeVisible();
	await expect(page.getByTestId('event-venue')).toHaveText('Zeche Zollverein, Essen');
	await expect(page.getByText('Community worker')).toBeVisible();
	const calendar = page.getByRole('link', { name: 'Add to calendar (.ics)' });
	const href = await calendar.getAttribute('href');
	expect(href).toBe(`/konferenz/${year}/konferenz.ics`);
	const ics = await page.request.get(href!);
	expect(ics.headers()['content-type']).toContain('text/calendar');
	expect(await ics.text()).toContain('DTSTART;TZID=Europe/Berlin:20880616T093000');
	await expectAccessible(page);
});

test('the confirmation and the cancellation are English too', async ({ page }) => {
	await page.goto(personalPath);
	await page.getByRole('button', { name: 'Confirm registration' }).click();
	const confirmed = await mailTo(page, 'registration.confirmed', john);
	expect(confirmed.subject).toBe(`Registration confirmed – Sozialkonferenz Ruhr ${year}`);
	expect(confirmed.text).toContain('Dear John Doe,');

	await page.goto(personalPath);
	await page.getByLabel('Yes, I want to cancel my registration.').check();
	await page.getByRole('button', { name: 'Cancel registration' }).click();
	await expect(page.locator('p.notice[role="status"]')).toContainText(
		'Your registration is cancelled.'
	);
	const cancelled = await mailTo(page, 'registration.cancelled', john);
	expect(cancelled.subject).toBe(`Cancellation confirmed – Sozialkonferenz Ruhr ${year}`);
	expect(cancelled.text).toContain('Dear John Doe,');
	expect(cancelled.text).not.toContain('Guten Tag');
});
