import type { Page } from '@playwright/test';
import { anOpenEdition } from './edition';
import { expect, test } from './fixtures';
import { expectNoSidewaysScroll } from './width';

/**
 * The public duties of a public body's website: the accessibility statement with its feedback
 * form (which reaches the organisers through the outbox), a page in Leichte Sprache, and a
 * privacy notice that follows the platform's settings, as do the organisers' record of processing
 * activities and deletion concept.
 */
const year = 2092;
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const organiser = { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' };

async function signIn(page: Page) {
	await page.goto('/anmelden', { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(organiser.email);
	await page.getByLabel('Passwort', { exact: true }).fill(organiser.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await page.waitForURL((url) => url.pathname !== '/anmelden');
}

const pages = [
	{
		link: 'Barrierefreiheit',
		heading: 'Erklärung zur Barrierefreiheit',
		en: 'Accessibility statement'
	},
	{ link: 'Datenschutz', heading: 'Datenschutzhinweise', en: 'Privacy notice' },
	{
		link: 'Leichte Sprache',
		heading: 'Die Sozial-Konferenz Ruhr in Leichter Sprache',
		en: 'Die Sozial-Konferenz Ruhr in Leichter Sprache'
	}
];

test('the footer leads to the statement, the privacy notice and Leichte Sprache, each accessible and phone-wide', async ({
	page,
	expectAccessible
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const { link, heading, en } of pages) {
		await page.goto('/');
		await page.getByRole('contentinfo').getByRole('link', { name: link, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expectNoSidewaysScroll(page);
		await expectAccessible(page);
		await page.goto(`${new URL(page.url()).pathname}?lang=en`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en);
		await expectNoSidewaysScroll(page);
		await expectAccessible(page);
		await page.goto('/?lang=de');
	}
});

test('the statement names its status, its limitations, its date and the ombudsperson office', async ({
	page
}) => {
	await page.goto('/barrierefreiheit');
	await expect(page.getByText('teilweise vereinbar')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Nicht barrierefreie Inhalte' })).toBeVisible();
	await expect(
		page.getByText(/Diese Erklärung wurde am \d\d\.\d\d\.\d{4} erstellt\./)
	).toBeVisible();
	await expect(
		page.getByText(
			/Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen/
		)
	).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'ombudsstelle-barrierefreie-it@mags.nrw.de' })
	).toBeVisible();
});

test('feedback with bad input gets field messages; sent, it reaches the organisers in the outbox', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/barrierefreiheit', { waitUntil: 'networkidle' });
	await page.getByLabel('Ihre E-Mail-Adresse').fill('keine-adresse');
	await page.getByLabel('Ihre Nachricht').fill('   ');
	// The browser's own checks would stop the form first; the server's messages are the point.
	await page.locator('form.form').evaluate((form) => form.setAttribute('novalidate', ''));
	await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Bitte geben Sie eine gültige E-Mail-Adresse an');
	await expect(summary).toContainText('Bitte beschreiben Sie die Barriere oder Ihre Frage.');
	await expect(page.getByLabel('Ihre E-Mail-Adresse')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);

	const message = `Die Tabelle unter der Karte liest mein Screenreader nicht vor (${unique}).`;
	await page.getByLabel('Ihr Name (freiwillig)').fill('Rieke Rückmeldung');
	await page.getByLabel('Ihre E-Mail-Adresse').fill(`rieke-${unique}@example.org`);
	await page.getByLabel('Welche Seite oder welches Dokument? (freiwillig)').fill('/atlas');
	await page.getByLabel('Ihre Nachricht').fill(message);
	await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Ihre Rückmeldung ist beim Organisationsteam angekommen'
	);

	const mail = page
		.locator('li[data-mail-kind="accessibility.feedback"]')
		.filter({ hasText: unique });
	await expect(async () => {
		await page.goto('/dev/postausgang');
		await expect(mail.first()).toBeVisible({ timeout: 1000 });
	}).toPass({ timeout: 20_000 });
	await expect(mail.filter({ hasText: organiser.email })).toHaveCount(1);
	await expect(mail.first()).toContainText(`rieke-${unique}@example.org`);
});

test('a changed deletion period shows in the privacy notice, the deletion concept and the Art. 30 record', async ({
	page,
	expectAccessible
}) => {
	await signIn(page);
	await anOpenEdition(page, page.request, year);
	await page.goto(`/admin/konferenzen/${year}/bearbeiten`, { waitUntil: 'networkidle' });
	await page.getByLabel('Löschfrist in Tagen nach der Konferenz').fill('61');
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');

	await page.goto('/datenschutz');
	await expect(page.getByTestId('retention-registration')).toContainText(
		`Konferenz ${year}: 61 Tage nach dem Konferenztag (17.08.${year})`
	);

	await page.goto(`/admin/datenschutz?jahr=${year}`);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(
		`Löschkonzept der Konferenz ${year}`
	);
	const row = page.getByRole('row').filter({ hasText: '61 Tage nach dem Konferenztag' });
	await expect(row).toContainText(`17.08.${year}`);
	await expectAccessible(page);

	const record = await page.request.get('/admin/datenschutz/verzeichnis.md');
	expect(record.headers()['content-disposition']).toMatch(
		/attachment; filename="verarbeitungsverzeichnis-/
	);
	const text = await record.text();
	expect(text).toContain('# Verzeichnis von Verarbeitungstätigkeiten (Art. 30 Abs. 1 DSGVO)');
	expect(text).toContain(`Konferenz ${year}: 61 Tage nach dem Konferenztag`);
	const concept = await page.request.get(`/admin/konferenzen/${year}/loeschkonzept.md`);
	expect(await concept.text()).toContain(`| 61 Tage nach dem Konferenztag | ${year}-08-17 |`);
});
