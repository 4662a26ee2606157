import type { Browser, Page } from '@playwright/test';
import { pdfWithText } from '../../src/lib/server/archive/testing';
import { expect, test } from './fixtures';
import { expectNoSidewaysScroll } from './width';

/**
 * The call for posters from end to end: an organiser opens a call for an edition that is over
 * (so that accepted posters are part of the archive), invites a reviewer account made for the
 * test, someone submits a poster with a co-author who does not present, the reviewer scores it,
 * the organiser accepts it, its board number is on the edition page and its PDF is found by the
 * archive search. Each new page is checked with axe and at 390 px.
 */
test.describe.configure({ mode: 'default' });

// A year without a conference, long past: its posters belong to the archive at once.
const year = 2020;
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const admin = { email: 'demo-admin@sozialkonferenz.example', password: 'Zeche-Zollverein-1986' };
const planner = { email: 'demo-planung@sozialkonferenz.example', password: 'Schalker-Markt-45879' };
const reviewer = {
	email: `gutachten-${unique}@hochschule.example`,
	password: 'Posterwand im Foyer 21',
	name: `Greta Gutachterin ${unique}`
};
const title = `Nachbarschaftsgarten Hassel ${unique}`;
const word = `Hochbeetkooperative${unique}`;
const submitter = `poster-${unique}@quartier.example`;
const PHONE = { width: 390, height: 844 };

async function signIn(page: Page, who: { email: string; password: string }) {
	await page.context().clearCookies();
	// Filling before hydration finishes can lose a field on a busy machine.
	await page.goto('/anmelden', { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(who.email);
	await page.getByLabel('Passwort', { exact: true }).fill(who.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await page.waitForURL((url) => url.pathname !== '/anmelden');
}

/** The newest mail of a kind to an address: the path of its link under `path`. */
async function linkInMail(page: Page, kind: string, to: string, path: string): Promise<string> {
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

/** The page fits a phone: nothing sticks out sideways at 390 px. */
async function fitsPhone(page: Page) {
	const size = page.viewportSize();
	await page.setViewportSize(PHONE);
	await expectNoSidewaysScroll(page);
	if (size) await page.setViewportSize(size);
}

async function aPastEdition(page: Page) {
	if ((await page.request.get(`/api/editions/${year}`)).ok()) return;
	await page.goto('/admin/konferenzen', { waitUntil: 'networkidle' });
	await page.getByLabel('Jahr').fill(String(year));
	await page.getByLabel('Titel').fill(`Quartiere zeigen Praxis ${year}`);
	await page.getByRole('button', { name: 'Konferenz anlegen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Konferenz ${year} bearbeiten`);
	await page.getByLabel('Datum').fill(`${year}-06-16`);
	await page.getByLabel('Veranstaltungsort').fill('Zeche Ewald, Herten');
	await page.getByLabel('Veröffentlicht').check();
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');
}

async function newPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
	return context.newPage();
}

test('a poster with a co-author is submitted, reviewed, accepted, shown and found in the archive', async ({
	page,
	browser,
	expectAccessible
}) => {
	test.setTimeout(180_000);

	// The organiser (here the admin) opens the call and makes a reviewer account.
	await signIn(page, admin);
	await aPastEdition(page);
	await page.goto(`/admin/konferenzen/${year}/poster`, { waitUntil: 'networkidle' });
	await page.getByLabel('Einreichungsfrist').fill('2099-05-01T12:00');
	await page.getByLabel('Größte PDF-Datei in MB').fill('5');
	await page.getByRole('button', { name: 'Call speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');
	await expectAccessible(page);
	await fitsPhone(page);

	await page.goto('/admin/benutzer', { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(reviewer.email);
	await page.getByLabel('Name', { exact: true }).fill(reviewer.name);
	await page.getByLabel('Rolle').selectOption({ label: 'Begutachtung' });
	await page.getByRole('button', { name: 'Konto anlegen und Einladung senden' }).click();
	await expect(page.getByRole('status')).toContainText(
		`Das Konto für ${reviewer.email} ist angelegt`
	);
	const invitation = await linkInMail(page, 'account.invite', reviewer.email, 'passwort-neu');

	await page.goto(`/admin/konferenzen/${year}/poster`, { waitUntil: 'networkidle' });
	await page
		.getByLabel('Konto', { exact: true })
		.selectOption({ label: `${reviewer.name} (${reviewer.email})` });
	await page.getByRole('button', { name: 'Einladen' }).click();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');
	await expect(page.getByText(`${reviewer.name} (${reviewer.email})`).first()).toBeVisible();

	// Anyone submits, without an account: two authors, the second presents.
	const visitor = await newPage(browser);
	await visitor.goto(`/konferenz/${year}`);
	await visitor.getByRole('link', { name: 'Poster für die Posterausstellung einreichen' }).click();
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(
		`Posterausstellung und Praxisbörse ${year}`
	);
	await expectAccessible(visitor);
	await fitsPhone(visitor);
	await visitor.waitForLoadState('networkidle');
	await visitor.getByLabel('Titel des Posters').fill(title);
	await visitor
		.getByLabel('Kurzbeschreibung', { exact: true })
		.fill(
			'Mieterinnen und Mieter bauen gemeinsam Hochbeete im Innenhof und laden die Nachbarschaft ein.'
		);
	await visitor.getByLabel('Wohnen', { exact: true }).check();
	await visitor.getByLabel('Partizipation', { exact: true }).check();
	await visitor.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Gelsenkirchen' });
	await visitor.getByLabel('Organisation', { exact: true }).fill('Quartiersbüro Hassel');
	await visitor.getByLabel('E-Mail-Adresse für Rückfragen').fill(submitter);
	const first = visitor.getByRole('group', { name: 'Person 1' });
	await first.getByLabel('Name', { exact: true }).fill('Dr. Jonas Weber');
	await first.getByLabel('Organisation (falls abweichend)').fill('Hochschule Bochum');
	const second = visitor.getByRole('group', { name: 'Person 2' });
	await second.getByLabel('Name', { exact: true }).fill('Ayşe Demir');
	await second.getByLabel('stellt das Poster vor').check();
	await visitor.getByLabel('Poster oder Entwurf (PDF)').setInputFiles({
		name: 'Poster Hassel.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from(pdfWithText(`Die ${word} pflanzt im Innenhof`))
	});
	await visitor.getByLabel(/Ich bin einverstanden/).check();
	await visitor.getByRole('button', { name: 'Poster einreichen' }).click();
	await expect(visitor.getByRole('status')).toContainText(
		`Wir haben eine Bestätigung mit Ihrem persönlichen Link an ${submitter} gesendet`
	);

	// The confirmation's personal link opens the submission for changes until the deadline.
	const personal = await linkInMail(visitor, 'poster.received', submitter, 'poster-einreichung');
	await visitor.goto(personal);
	await expect(visitor.getByText('Stand: eingereicht, noch nicht entschieden')).toBeVisible();
	await expect(visitor.getByLabel('Titel des Posters')).toHaveValue(title);
	await expect(
		visitor.getByRole('group', { name: 'Person 2' }).getByLabel('stellt das Poster vor')
	).toBeChecked();
	await expectAccessible(visitor);
	await fitsPhone(visitor);

	// The reviewer sets a password, lands on the review page and scores the poster.
	const review = await newPage(browser);
	await review.goto(invitation, { waitUntil: 'networkidle' });
	await review.getByLabel('Neues Passwort', { exact: true }).fill(reviewer.password);
	await review.getByLabel('Neues Passwort wiederholen').fill(reviewer.password);
	await review.getByRole('button', { name: 'Passwort speichern' }).click();
	await expect(review).toHaveURL(/\/anmelden\?hinweis=passwort$/);
	await signIn(review, reviewer);
	await expect(review).toHaveURL(/\/begutachtung$/);
	await expectAccessible(review);
	await review.getByRole('link', { name: new RegExp(`Posterausstellung ${year}`) }).click();
	const card = review.locator('li[data-submission]').filter({ hasText: title });
	await expect(card.getByText('Ayşe Demir (stellt vor)')).toBeVisible();
	// What the review needs, and nothing beyond: no e-mail address on the page.
	expect(await review.locator('main').textContent()).not.toContain('@');
	await card
		.getByRole('group', { name: 'Bezug zur integrierten Sozialplanung' })
		.getByLabel('5 Punkte')
		.check();
	await card
		.getByRole('group', { name: 'Übertragbarkeit auf andere Kommunen' })
		.getByLabel('4 Punkte')
		.check();
	await card
		.getByRole('group', { name: 'Verständlichkeit der Darstellung' })
		.getByLabel('4 Punkte')
		.check();
	await card.getByLabel(`Kommentar zu „${title}“`).fill('Gut übertragbar auf andere Quartiere.');
	await card.getByRole('button', { name: `Bewertung von „${title}“ speichern` }).click();
	await expect(review.getByRole('status')).toHaveText('Ihre Bewertung ist gespeichert.');
	await expectAccessible(review);
	await fitsPhone(review);
	// The back office stays closed to a reviewer.
	expect((await review.goto(`/admin/konferenzen/${year}/poster`))?.status()).toBe(403);

	// The organiser sees the score, accepts the poster; it gets a board number.
	await page.goto(`/admin/konferenzen/${year}/poster`, { waitUntil: 'networkidle' });
	const ranked = page.locator('li[data-submission]').filter({ hasText: title });
	await expect(ranked).toContainText('Punkte (Mittel): 4,3');
	await ranked.getByLabel(`Entscheidung für „${title}“`).selectOption({ label: 'annehmen' });
	await ranked.getByRole('button', { name: 'Entscheiden' }).click();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');
	const board = /Posterwand (\d+)/.exec((await ranked.textContent()) ?? '')?.[1];
	expect(board, 'a board number').toBeTruthy();
	const accepted = page
		.locator('li[data-mail-kind="poster.angenommen"]')
		.filter({ has: page.locator('.mail-to', { hasText: submitter }) });
	await expect(async () => {
		await page.goto('/dev/postausgang');
		await expect(accepted.first()).toContainText(`Ihre Posterwand: Nr. ${board}`, {
			timeout: 1000
		});
	}).toPass({ timeout: 20_000 });

	// The edition page lists the poster with its board number and presenter.
	await visitor.goto(`/konferenz/${year}`);
	const listed = visitor.locator('li[data-poster]').filter({ hasText: title });
	await expect(listed).toContainText(`Posterwand ${board}`);
	await expect(listed).toContainText('Ayşe Demir (stellt vor)');
	await expectAccessible(visitor);

	// The event is over: the archive search finds the PDF's text, with a citation page.
	await visitor.goto(`/archiv?q=${word}`);
	const hit = visitor.locator('li.card').filter({ hasText: title });
	await expect(hit).toBeVisible();
	const pdf = await visitor.request.get(
		(await hit.getByRole('link', { name: `Poster „${title}“ als PDF` }).getAttribute('href'))!
	);
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	await hit.getByRole('link', { name: title, exact: true }).click();
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(
		visitor.getByText(/Dr\. Jonas Weber \(Hochschule Bochum\), Ayşe Demir/).first()
	).toBeVisible();
	await expect(visitor.getByText(new RegExp(`/archiv/poster/\\d+$`)).first()).toBeVisible();
	await expectAccessible(visitor);
	await fitsPhone(visitor);

	await visitor.context().close();
	await review.context().close();
});

test('a planner is kept out of the review pages', async ({ page }) => {
	await signIn(page, planner);
	const response = await page.request.get('/begutachtung', { maxRedirects: 0 });
	expect(response.status()).toBe(403);
});
