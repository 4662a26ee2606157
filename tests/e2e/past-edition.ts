import { expect, type Page } from '@playwright/test';

/**
 * Helpers for specs about what happens after a conference (certificates, the survey): an edition
 * whose day has passed, people registered by hand (no registration window needed) and checked in
 * on the check-in page's action. The organiser must be signed in.
 */

/**
 * A published edition on 16 June of `year` (a past year), 09:30–16:00, whose registration form
 * is still open; reused if it exists.
 */
export async function aPastEdition(page: Page, year: number) {
	if ((await page.request.get(`/api/editions/${year}`)).ok()) return;
	// Filling before hydration finishes can lose a field on a busy machine.
	await page.goto('/admin/konferenzen', { waitUntil: 'networkidle' });
	await page.getByLabel('Jahr').fill(String(year));
	await page.getByLabel('Titel').fill(`Nachbarschaft gestalten ${year}`);
	await page.getByRole('button', { name: 'Konferenz anlegen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Konferenz ${year} bearbeiten`);
	await page.getByLabel('Datum').fill(`${year}-06-16`);
	await page.getByLabel('Beginn').fill('09:30');
	await page.getByLabel('Ende').fill('16:00');
	await page.getByLabel('Veranstaltungsort').fill('Zeche Zollverein, Essen');
	await page.getByLabel('Plätze').fill('200');
	// The longest deletion period: otherwise the nightly retention job may anonymise this past
	// edition's participants (and revoke their links) while the spec runs.
	await page.getByLabel('Löschfrist in Tagen nach der Konferenz').fill('3650');
	// Open for the public form, too, so that a person's own mail carries their personal link.
	await page.getByLabel('Anmeldung ab').fill('2026-01-01T00:00');
	await page.getByLabel('Anmeldeschluss').fill('2040-01-01T00:00');
	await page.getByLabel('Veröffentlicht').check();
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');
}

export interface Person {
	firstName: string;
	lastName: string;
	email: string;
}

/** Registers a person by hand (as after a phone call); returns their registration number. */
export async function registerByHand(page: Page, year: number, person: Person): Promise<string> {
	const origin = new URL(page.url()).origin;
	const response = await page.request.post(`/admin/konferenzen/${year}/teilnehmende/neu`, {
		form: {
			...person,
			sector: 'kommunalverwaltung',
			language: 'de',
			municipality: '05113000',
			privacyAcknowledged: 'on'
		},
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status(), `registration of ${person.email}`).toBe(303);
	const nr = /\/teilnehmende\/(\d+)$/.exec(response.headers()['location'] ?? '')?.[1];
	expect(nr).toBeDefined();
	return nr!;
}

/** Checks a person in by number, as the check-in page's name search does. */
export async function checkInByHand(page: Page, year: number, nr: string) {
	const origin = new URL(page.url()).origin;
	const response = await page.request.post(`/checkin/${year}?/mark`, {
		form: { nr },
		headers: { origin, accept: 'text/html' }
	});
	expect(response.status()).toBe(200);
}

/** Registers through the public API; the person gets the confirmation request with their link. */
export async function registerThemselves(page: Page, year: number, person: Person) {
	const response = await page.request.post(`/api/editions/${year}/registrations`, {
		data: {
			...person,
			sector: 'kommunalverwaltung',
			municipality: '05113000',
			privacyAcknowledged: true
		}
	});
	expect(response.status()).toBe(202);
}

/** The path of the first link to `path` in the newest mail of `kind` to `to` in the demo outbox. */
export async function linkInMail(page: Page, kind: string, to: string, path: string) {
	const mail = page
		.locator(`li[data-mail-kind="${kind}"]`)
		.filter({ has: page.locator('.mail-to', { hasText: to }) })
		.first();
	await expect(async () => {
		await page.goto('/dev/postausgang');
		await expect(mail).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 20_000 });
	const text = (await mail.locator('.mail-text').textContent()) ?? '';
	const link = new RegExp(`https?://[^\\s]+/${path}/[A-Za-z0-9_-]+`).exec(text);
	expect(link, `${kind} mail to ${to}`).not.toBeNull();
	return new URL(link![0]).pathname;
}

export const organiser = {
	email: 'demo-orga@sozialkonferenz.example',
	password: 'Hans-Sachs-Haus-2023'
};

export async function signIn(page: Page) {
	await page.goto('/anmelden?weiter=/admin/konferenzen');
	// Filling before hydration finishes can lose a field on a busy machine.
	await page.waitForLoadState('networkidle');
	await page.getByLabel('E-Mail-Adresse').fill(organiser.email);
	await page.getByLabel('Passwort', { exact: true }).fill(organiser.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Konferenzen' })).toBeVisible();
}
