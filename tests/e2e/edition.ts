import { expect, type APIRequestContext, type Page } from '@playwright/test';

/**
 * An edition of its own for a spec whose registrations must not change the seat count another
 * spec relies on (the registration spec fills 2027 to its last seat). The organiser must be
 * signed in; an edition left by an earlier attempt is reused.
 */
export async function anOpenEdition(page: Page, request: APIRequestContext, year: number) {
	if ((await request.get(`/api/editions/${year}`)).ok()) return;
	// Filling before hydration finishes can lose a field on a busy machine.
	await page.goto('/admin/konferenzen', { waitUntil: 'networkidle' });
	await page.getByLabel('Jahr').fill(String(year));
	await page.getByLabel('Titel').fill(`Begegnung im Quartier ${year}`);
	await page.getByRole('button', { name: 'Konferenz anlegen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Konferenz ${year} bearbeiten`);
	await page.getByLabel('Datum').fill(`${year}-06-16`);
	await page.getByLabel('Beginn').fill('09:30');
	await page.getByLabel('Ende').fill('16:00');
	await page.getByLabel('Veranstaltungsort').fill('Zeche Zollverein, Essen');
	await page.getByLabel('Plätze').fill('200');
	await page.getByLabel('Anmeldung ab').fill('2026-01-01T00:00');
	await page.getByLabel('Anmeldeschluss').fill(`${year}-06-01T12:00`);
	await page.getByLabel('Veröffentlicht').check();
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');
}

/**
 * Confirms a registration the way its owner does: the link in the confirmation mail, then the
 * button. Only confirmed people are seated in a World Café before the day.
 */
export async function confirmByMail(page: Page, email: string) {
	await page.goto('/dev/postausgang');
	const mail = page
		.locator('li[data-mail-kind="registration.confirm_request"]')
		.filter({ has: page.locator('.mail-to', { hasText: email }) })
		.first();
	const text = (await mail.locator('.mail-text').textContent()) ?? '';
	const link = /https?:\/\/\S+\/anmeldung\/[A-Za-z0-9_-]{43}/.exec(text);
	expect(link, `confirmation mail to ${email}`).not.toBeNull();
	// In German whatever language the browser last chose: the steps below read German words.
	await page.goto(`${new URL(link![0]).pathname}?lang=de`, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
	await expect(page.getByText('Vielen Dank, Ihre E-Mail-Adresse ist bestätigt.')).toBeVisible();
}
