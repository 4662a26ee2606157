import type { Page } from '@playwright/test';
import { anOpenEdition } from './edition';
import { expect, test } from './fixtures';
import { excluded, pagesOnDisk, urlOf, visitAll, visits } from './pages';
import { expectNoClippedTable, expectNoSidewaysScroll } from './width';

/**
 * Every page fits a 390-px phone without scrolling sideways (wide tables scroll inside their own
 * box), and on a 1280-px desktop no table of the back office is cut off. The pages come from
 * src/routes: each `+page.svelte` is visited (pages.ts lists the visits) or excluded with a
 * reason, so a new page is not forgotten. The visits only read; what they need (a registration, a badge, a World Café
 * with a table host, a vote link and a published harvest) lives in an edition of this spec's own.
 */
// One after the other in one worker (the set-up runs once per worker), and a too-wide page does
// not stop the other visits.
test.describe.configure({ mode: 'default' });

const DESKTOP = { width: 1280, height: 800 };
// An edition of its own: the registration spec counts the seats of 2027.
const year = 2093;
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const organiser = { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' };
const admin = { email: 'demo-admin@sozialkonferenz.example', password: 'Zeche-Zollverein-1986' };
const planner = { email: 'demo-planung@sozialkonferenz.example', password: 'Schalker-Markt-45879' };
// A long name and a long address, as people have them: they must wrap, not widen the page.
const person = {
	firstName: 'Şule',
	lastName: `Yıldız-Łukasiewicz-Oberhausen-${unique}`,
	email: `sule.yildiz-lukasiewicz-${unique}@quartiersbuero-gelsenkirchen-ueckendorf.example.org`
};
const cafeTitle = `World Café Schmale Bildschirme ${unique}`;
const idea = `Quartierstreffpunkt im ehemaligen Lohnbüro ${unique}`;

/** Links found while setting up, by the name the visits use. */
const found: Record<string, string> = {};

async function signIn(page: Page, account: { email: string; password: string }) {
	await page.context().clearCookies();
	// Filling before hydration finishes can lose a field on a busy machine.
	await page.goto('/anmelden', { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(account.email);
	await page.getByLabel('Passwort', { exact: true }).fill(account.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await page.waitForURL((url) => url.pathname !== '/anmelden');
}

/** The newest mail of a kind to an address, as its text; queued mails may take a moment. */
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

test('every page under src/routes is visited at phone width or excluded with a reason', () => {
	const covered = new Set([...visits.map((v) => v.route), ...Object.keys(excluded)]);
	const forgotten = pagesOnDisk().filter((route) => !covered.has(route));
	expect(forgotten, 'pages to add to the visits of phone-width.spec.ts').toEqual([]);
	const gone = [...covered].filter((route) => !pagesOnDisk().includes(route));
	expect(gone, 'visits of pages that no longer exist').toEqual([]);
});

test.beforeAll(
	'set-up: a registration, its badge, a World Café with a host, a vote and a harvest',
	async ({ browser }, testInfo) => {
		testInfo.setTimeout(120_000);
		const { baseURL, locale, timezoneId } = testInfo.project.use;
		const context = await browser.newContext({ baseURL, locale, timezoneId });
		const page = await context.newPage();
		const request = page.request;
		await signIn(page, organiser);
		await anOpenEdition(page, request, year);

		const registered = await request.post(`/api/editions/${year}/registrations`, {
			data: {
				...person,
				organisation: 'Quartiersbüro Gelsenkirchen-Ückendorf im Stadtteilzentrum',
				sector: 'freie_wohlfahrtspflege',
				municipality: '05513000',
				privacyAcknowledged: true
			}
		});
		expect(registered.status()).toBe(202);
		found.personal = await linkInMail(
			page,
			'registration.confirm_request',
			person.email,
			'anmeldung'
		);
		// Confirmed, so that the World Café seats her and sends her a vote link.
		await page.goto(found.personal, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
		await expect(page.getByText('Ihre E-Mail-Adresse ist bestätigt')).toBeVisible();

		const pdf = await page.request.get(
			`/admin/konferenzen/${year}/namensschilder.pdf?q=${encodeURIComponent(unique)}`
		);
		expect(pdf.status()).toBe(200);
		const { PDFParse } = await import('pdf-parse');
		const text = (await new PDFParse({ data: new Uint8Array(await pdf.body()) }).getText()).text;
		const code = new RegExp(`Sozialkonferenz Ruhr ${year} · ([0-9a-f]{32})`).exec(text)?.[1];
		expect(code, 'the badge code').toBeDefined();
		found.badge = `/schild/${code}`;

		await page.goto(`/admin/konferenzen/${year}/teilnehmende`);
		found.registrations = new URL(page.url()).pathname;
		found.checkin = `/checkin/${year}`;
		found.registration = new URL(
			(await page.getByRole('link', { name: person.lastName }).getAttribute('href'))!,
			page.url()
		).pathname;

		await page.goto('/admin/worldcafe', { waitUntil: 'networkidle' });
		const option = page.getByLabel('Konferenz').locator('option', { hasText: `${year}:` });
		await page
			.getByLabel('Konferenz')
			.selectOption({ label: (await option.textContent())!.trim() });
		await page.getByLabel('Titel').fill(cafeTitle);
		await page
			.getByLabel('Fragen oder Themen (eine pro Zeile)')
			.fill('Wie werden leerstehende Ladenlokale zu Orten der Nachbarschaft?');
		await page.getByLabel('Zahl der Runden').fill('2');
		await page.getByRole('button', { name: 'World Café anlegen' }).click();
		await expect(page.getByRole('heading', { level: 1, name: cafeTitle })).toBeVisible();
		await page.waitForLoadState('networkidle');
		found.cafe = new URL(page.url()).pathname;
		for (const topic of ['Leerstand und Nachbarschaft', 'Vernetzung']) {
			await page.getByLabel('Thema', { exact: true }).fill(topic);
			await page.getByLabel('Gastgeber:in', { exact: true }).fill('Gastgeberin mit langem Namen');
			await page.getByLabel('Plätze (ohne Gastgeber:in)').fill('12');
			await page.getByRole('button', { name: 'Tisch hinzufügen' }).click();
			await expect(page.getByRole('status')).toHaveText('Tisch angelegt.');
		}
		await page.getByRole('button', { name: 'Zuteilen' }).click();
		await expect(page.getByRole('status')).toContainText('Tischplan erstellt');
		await page.getByRole('button', { name: 'Link für Tisch 1 erzeugen' }).click();
		found.host = new URL((await page.getByTestId('host-link').getAttribute('href'))!).pathname;

		await page.goto(found.host, { waitUntil: 'networkidle' });
		await page.getByLabel('Idee 1', { exact: true }).fill(idea);
		await expect(page.getByRole('status')).toHaveText('Gespeichert.');

		await page.goto(found.cafe, { waitUntil: 'networkidle' });
		await page.getByLabel(/Ja, Abstimmungslinks an \d+ Personen? senden\./).check();
		await page.getByRole('button', { name: 'Abstimmungslinks senden' }).click();
		await expect(page.getByRole('status')).toContainText('Abstimmungslinks verschickt');
		found.vote = await linkInMail(page, 'worldcafe.vote_link', person.email, 'abstimmen');

		await page.goto(`${found.cafe}/ernte`, { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Im Archiv veröffentlichen' }).click();
		await expect(page.getByRole('status')).toContainText('im Archiv veröffentlicht');
		found.harvest = `/archiv/ernte/${found.cafe.split('/').pop()}`;

		// A password link of an account of its own: the invitation of a new colleague.
		await signIn(page, admin);
		const colleague = `schmal-${unique}@sozialkonferenz.example`;
		await page.goto('/admin/benutzer', { waitUntil: 'networkidle' });
		await page.getByLabel('E-Mail-Adresse').fill(colleague);
		await page.getByLabel('Name', { exact: true }).fill('Kollegin mit schmalem Bildschirm');
		await page.getByLabel('Rolle').selectOption({ label: 'Organisation' });
		await page.getByRole('button', { name: 'Konto anlegen und Einladung senden' }).click();
		await expect(page.getByRole('status')).toContainText(`Das Konto für ${colleague} ist angelegt`);
		found.password = await linkInMail(page, 'account.invite', colleague, 'passwort-neu');
		await context.close();
	}
);

test('public pages fit a 390-px phone', async ({ page }) => {
	await visitAll(page, 'public', found);
});

test('a participant’s pages fit a 390-px phone', async ({ page }) => {
	await visitAll(page, 'participant', found);
});

test('the back office fits a 390-px phone', async ({ page }) => {
	test.setTimeout(60_000);
	await signIn(page, admin);
	await visitAll(page, 'admin', found);
});

test('the planning area fits a 390-px phone', async ({ page }) => {
	test.setTimeout(60_000);
	await signIn(page, planner);
	await visitAll(page, 'planner', found);
});

test('on a 1280-px desktop no back-office table is cut off', async ({ page }) => {
	test.setTimeout(60_000);
	await signIn(page, admin);
	await page.setViewportSize(DESKTOP);
	for (const visit of visits.filter((v) => v.who === 'admin')) {
		await page.goto(urlOf(visit, found));
		await expectNoSidewaysScroll(page);
		await expectNoClippedTable(page);
	}
	// A fresh host link is one long word in the table of tables (Tisch 2: the host of Tisch 1 keeps
	// the link the participant visit uses).
	await page.goto(found.cafe, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Link für Tisch 2 erzeugen' }).click();
	await expect(page.getByTestId('host-link')).toBeVisible();
	await expectNoSidewaysScroll(page);
	await expectNoClippedTable(page);
});
