import type { APIRequestContext, Page } from '@playwright/test';
import { anOpenEdition, confirmByMail } from './edition';
import { expect, test } from './fixtures';

/**
 * A World Café from set-up to the archive: the organiser sets it up and assigns tables, a host
 * takes notes on a phone (reload, offline, a second device), participants vote, the organiser
 * publishes the harvest, and the archive and its search find it.
 */
test.describe.configure({ mode: 'serial' });
// The browser logs the autosave requests that fail while offline.
test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED|Failed to fetch/] });

// An edition of its own: the registration spec counts the seats of 2027.
const year = 2097;
const unique = Date.now().toString(36);
const title = `World Café Test ${unique}`;
const organiser = { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' };
const people = Array.from({ length: 6 }, (_, i) => `cafe-${i}-${unique}@example.org`);
// Registered but never confirmed: neither seated nor sent a vote link.
const unconfirmed = people[5];
const ideaOne = `Wohnungstauschbörse für Ältere ${unique}`;
const ideaTwo = `Quartiersbüro mit offener Sprechstunde ${unique}`;
const ideaThree = `Lernpatenschaften im Stadtteil ${unique}`;

let cafePath = '';
let hostLink = '';
let personalLink = '';

async function signIn(page: Page) {
	// Filling before hydration finishes can lose a field on a busy machine.
	await page.goto(`/anmelden?weiter=/admin/worldcafe`, { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(organiser.email);
	await page.getByLabel('Passwort', { exact: true }).fill(organiser.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'World Café' })).toBeVisible();
}

async function register(request: APIRequestContext, email: string, i: number) {
	const response = await request.post(`/api/editions/${year}/registrations`, {
		data: {
			firstName: 'Café',
			lastName: `Gast ${i}`,
			email,
			sector: ['politik', 'wissenschaft', 'kommunalverwaltung'][i % 3],
			municipality: ['05911000', '05513000', '05113000'][i % 3],
			organisation: `Verein ${i}`,
			privacyAcknowledged: true
		}
	});
	expect(response.status()).toBe(202);
}

async function linkInMail(page: Page, kind: string, to: string, path: string): Promise<string> {
	await page.goto('/dev/postausgang');
	const mail = page
		.locator(`li[data-mail-kind="${kind}"]`)
		.filter({ has: page.locator('.mail-to', { hasText: to }) })
		.first();
	const text = (await mail.locator('.mail-text').textContent()) ?? '';
	const link = new RegExp(`https?://[^\\s]+/${path}/[A-Za-z0-9_-]{43}`).exec(text);
	expect(link, `${kind} mail to ${to}`).not.toBeNull();
	// The outbox shows the platform's addresses as working links.
	await expect(mail.locator('.mail-text a', { hasText: link![0] })).toHaveAttribute(
		'href',
		link![0]
	);
	return new URL(link![0]).pathname;
}

test('an organiser sets up a World Café, adds tables and assigns everyone', async ({
	page,
	request,
	expectAccessible
}) => {
	test.setTimeout(90_000);
	await signIn(page);
	await anOpenEdition(page, request, year);
	for (const [i, email] of people.entries()) {
		await register(request, email, i);
		// Read the personal link while the mail is among the newest the outbox page lists.
		if (i === 0) {
			personalLink = await linkInMail(page, 'registration.confirm_request', email, 'anmeldung');
		}
		if (email !== unconfirmed) await confirmByMail(page, email);
	}
	await page.goto('/admin/worldcafe');
	await expect(page.getByRole('heading', { level: 1, name: 'World Café' })).toBeVisible();
	await expectAccessible(page);
	await page
		.getByLabel('Konferenz')
		.selectOption({ label: `${year}: ${await editionTitle(page)}` });
	await page.getByLabel('Titel').fill(title);
	await page
		.getByLabel('Fragen oder Themen (eine pro Zeile)')
		.fill('Was brauchen Quartiere?\nWie arbeiten wir zusammen?');
	await page.getByLabel('Zahl der Runden').fill('2');
	await page.getByLabel('Stimmen je Person für die Ideen').fill('2');
	await page.getByLabel('Teilnehmende dürfen Wunschthemen nennen').check();
	await page.getByRole('button', { name: 'World Café anlegen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	cafePath = new URL(page.url()).pathname;

	const topics = ['Quartiersentwicklung', 'Freie Wohlfahrtspflege', 'Vernetzung'];
	for (const [i, topic] of topics.entries()) {
		await page.getByLabel('Thema', { exact: true }).fill(topic);
		await page.getByLabel('Gastgeber:in', { exact: true }).fill(`Gastgeberin ${i + 1}`);
		await page.getByLabel('Plätze (ohne Gastgeber:in)').fill('40');
		await page.getByRole('button', { name: 'Tisch hinzufügen' }).click();
		await expect(page.getByRole('status')).toHaveText('Tisch angelegt.');
	}
	await expect(page.getByRole('cell', { name: 'Vernetzung' })).toBeVisible();
	await page.getByRole('button', { name: 'Zuteilen' }).click();
	await expect(page.getByRole('status')).toContainText('Tischplan erstellt');
	// The plan itself, tables by rounds, with its quality figures; confirmed people only.
	const plan = page.getByRole('table', { name: 'Wer in welcher Runde an welchem Tisch sitzt' });
	await expect(plan.getByRole('columnheader', { name: 'Runde 2' })).toBeVisible();
	await expect(plan.getByRole('rowheader', { name: /Tisch 3: Vernetzung/ })).toBeVisible();
	for (let i = 0; i < 5; i++) await expect(plan.getByText(`Café Gast ${i}`)).toHaveCount(2);
	await expect(plan.getByText('Café Gast 5')).toHaveCount(0);
	await expect(page.getByTestId('plan-quality')).toContainText('Wiederholte Begegnungen');
	// No ideas yet, so there is nothing to vote on.
	await expect(page.getByText(/Noch keine Ideen: Abstimmungslinks/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Abstimmungslinks senden' })).toHaveCount(0);
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Link für Tisch 1 erzeugen' }).click();
	hostLink = new URL((await page.getByTestId('host-link').getAttribute('href'))!).pathname;
	expect(hostLink).toMatch(/^\/tisch\/[A-Za-z0-9_-]{43}$/);

	await page.getByRole('link', { name: 'Tischplan je Runde und Tischschilder drucken' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /Runde 2/ })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Tischschild Tisch 3' })).toContainText(
		'Vernetzung'
	);
	await expect(page.getByText('Café Gast 0').first()).toBeVisible();
	await expectAccessible(page);

	// In English the organiser's page and, with the language remembered, the host's phone page.
	await page.goto(`${cafePath}?lang=en`);
	await expect(page.getByRole('heading', { level: 2, name: 'Tables' })).toBeVisible();
	await expect(page.getByLabel('Seats (not counting the host)')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Reassign all rounds' })).toBeVisible();
	await expectAccessible(page);
	await page.goto(hostLink);
	await expect(page.getByLabel('Key points of round 1')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'At your table in round 1' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Rounds' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
	await page.goto(`${cafePath}?lang=de`);
	await expect(page.getByRole('heading', { level: 2, name: 'Tische' })).toBeVisible();
});

async function editionTitle(page: Page): Promise<string> {
	const option = page.getByLabel('Konferenz').locator('option', { hasText: `${year}:` });
	return ((await option.textContent()) ?? '').replace(`${year}: `, '').trim();
}

test('a participant picks topics when registering and changes them later', async ({
	page,
	expectAccessible
}) => {
	const email = `cafe-wish-${unique}@example.org`;
	await page.goto(`/konferenz/${year}/anmeldung`);
	const wishes = page.getByRole('group', { name: `Wunschthemen für das ${title}` });
	await expect(wishes.getByLabel('Vernetzung')).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Vorname').fill('Wanda');
	await page.getByLabel('Nachname').fill('Wunsch');
	await page.getByLabel('E-Mail-Adresse').fill(email);
	await page.getByLabel('Bereich').selectOption({ label: 'Politik' });
	await page.getByLabel('Kommune').selectOption({ label: 'Bochum' });
	await wishes.getByLabel('Vernetzung').check();
	await page.getByLabel('Ich habe die Datenschutzhinweise gelesen.').check();
	await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Fast geschafft');

	const personal = await linkInMail(page, 'registration.confirm_request', email, 'anmeldung');
	await page.goto(personal);
	const saved = page.getByRole('region', { name: `Wunschthemen für das ${title}` });
	await expect(saved.getByLabel('Vernetzung')).toBeChecked();
	await expect(saved.getByLabel('Quartiersentwicklung')).not.toBeChecked();
	await saved.getByLabel('Quartiersentwicklung').check();
	await saved.getByRole('button', { name: 'Wunschthemen speichern' }).click();
	await expect(saved.getByRole('status')).toContainText('Wunschthemen sind gespeichert');
	await expect(
		page
			.getByRole('region', { name: `Wunschthemen für das ${title}` })
			.getByLabel('Quartiersentwicklung')
	).toBeChecked();
});

test('a participant finds their tables on the personal page', async ({
	page,
	expectAccessible
}) => {
	await page.goto(personalLink);
	const itinerary = page.getByRole('region', { name: `Ihr Weg durch das ${title}` });
	await expect(itinerary.getByText('Runde 1')).toBeVisible();
	await expect(itinerary.getByText('Runde 2')).toBeVisible();
	await expectAccessible(page);
});

test('a host records ideas on a phone; reload, offline and a second device lose nothing', async ({
	page,
	browser,
	expectAccessible
}) => {
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(hostLink);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Tisch 1: Quartiersentwicklung' })
	).toBeVisible();
	// Who sits at the table this round: first name and organisation, no surnames.
	const guests = page.getByRole('region', { name: 'An Ihrem Tisch in Runde 1' });
	await expect(guests.getByRole('listitem').first()).toHaveText(/^Café \(Verein [0-4]\)$/);
	await expect(guests).not.toContainText('Gast');
	await expectAccessible(page);
	const status = page.getByRole('status');

	// The note is prose: the page's own font, not a typewriter one.
	const keyPoints = page.getByLabel('Kernpunkte der Runde 1');
	const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
	expect(await keyPoints.evaluate((el) => getComputedStyle(el).fontFamily)).toBe(bodyFont);
	await keyPoints.fill('Nachbarschaft trägt, wenn sie Orte hat.');
	await page.getByLabel('Idee 1', { exact: true }).fill(ideaOne);
	await page
		.getByRole('group', { name: 'Handlungsfelder für Idee 1' })
		.getByLabel('Wohnen')
		.check();
	await expect(status).toHaveText('Gespeichert.');
	await page.reload();
	await expect(page.getByLabel('Idee 1', { exact: true })).toHaveValue(ideaOne);
	await expect(
		page.getByRole('group', { name: 'Handlungsfelder für Idee 1' }).getByLabel('Wohnen')
	).toBeChecked();

	// Offline: the change stays on the device and goes out when the connection is back.
	await page.context().setOffline(true);
	await page.getByLabel('Idee 2', { exact: true }).fill(ideaTwo);
	await page
		.getByRole('group', { name: 'Handlungsfelder für Idee 2' })
		.getByLabel('Partizipation')
		.check();
	await expect(status).toContainText('Keine Verbindung');
	await page.context().setOffline(false);
	await expect(status).toHaveText('Gespeichert.', { timeout: 10_000 });

	// Offline again, and the page is closed before the connection returns: the local draft is
	// sent when the host opens the page again.
	await page.context().setOffline(true);
	await page.getByLabel('Idee 3', { exact: true }).fill(ideaThree);
	await page
		.getByRole('group', { name: 'Handlungsfelder für Idee 3' })
		.getByLabel('Bildung')
		.check();
	await expect(status).toContainText('Keine Verbindung');
	const context = page.context();
	await page.close();
	await context.setOffline(false);
	const host = await context.newPage();
	await host.setViewportSize({ width: 390, height: 844 });
	await host.goto(hostLink);
	await expect(host.getByLabel('Idee 3', { exact: true })).toHaveValue(ideaThree);
	// Saved either now from the draft, or already by a retry before the page went away.
	await expect(host.getByRole('status')).toHaveAttribute('data-status', /^(saved|idle)$/, {
		timeout: 10_000
	});
	await host.reload();
	await expect(host.getByLabel('Idee 2', { exact: true })).toHaveValue(ideaTwo);
	await expect(host.getByLabel('Idee 3', { exact: true })).toHaveValue(ideaThree);

	// A second device with an older version: its save is refused and both versions are shown.
	const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const second = await other.newPage();
	await second.goto(hostLink);
	await host
		.getByLabel('Kernpunkte der Runde 1')
		.fill('Nachbarschaft trägt, wenn sie Orte und Zeit hat.');
	await expect(host.getByRole('status')).toHaveText('Gespeichert.');
	await second.getByLabel('Kernpunkte der Runde 1').fill('Vom zweiten Gerät');
	await expect(second.getByRole('alert')).toContainText('auf einem anderen Gerät geändert');
	await expect(second.getByRole('heading', { name: /Gespeicherte Fassung/ })).toBeVisible();
	await expect(second.getByText('Nachbarschaft trägt, wenn sie Orte und Zeit hat.')).toBeVisible();
	await second.getByRole('button', { name: 'Gespeicherte Fassung übernehmen' }).click();
	await expect(second.getByLabel('Kernpunkte der Runde 1')).toHaveValue(
		'Nachbarschaft trägt, wenn sie Orte und Zeit hat.'
	);
	await other.close();
	await expectAccessible(host);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	// axe-core needs JavaScript in the page, so the accessibility check runs in the test above.
	test('the host page is a plain form that saves with its button', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(hostLink);
		await page.getByRole('link', { name: 'Runde 2' }).click();
		await page
			.getByLabel('Kernpunkte der Runde 2')
			.fill('Kultur verbindet Generationen.\nProben sind offen für alle.');
		await page.getByLabel('Idee 1', { exact: true }).fill(`Offene Probebühne ${unique}`);
		await page
			.getByRole('group', { name: 'Handlungsfelder für Idee 1' })
			.getByLabel('Kultur')
			.check();
		await page.getByRole('button', { name: 'Speichern' }).click();
		await expect(page.getByRole('status')).toHaveText('Gespeichert.');
		await page.goto(`${hostLink}?runde=2`);
		await expect(page.getByLabel('Idee 1', { exact: true })).toHaveValue(
			`Offene Probebühne ${unique}`
		);
		await expect(page.getByLabel('Kernpunkte der Runde 2')).toHaveValue(
			'Kultur verbindet Generationen.\nProben sind offen für alle.'
		);
	});
});

test('participants vote, the organiser publishes the harvest, the archive finds it', async ({
	page,
	request,
	expectAccessible
}) => {
	test.setTimeout(60_000);
	await signIn(page);
	await page.goto(cafePath);
	await expect(page.getByText(/Die Links gehen an 5 Personen/)).toBeVisible();
	const send = page.getByRole('button', { name: 'Abstimmungslinks senden' });
	await send.click();
	// Nothing goes out before the number is confirmed.
	await expect(page.getByRole('status')).toHaveCount(0);
	await page.getByLabel('Ja, Abstimmungslinks an 5 Personen senden.').check();
	await send.click();
	await expect(page.getByRole('status')).toHaveText('5 Abstimmungslinks verschickt.');
	await page.goto('/dev/postausgang');
	await expect(
		page
			.locator('li[data-mail-kind="worldcafe.vote_link"]')
			.filter({ has: page.locator('.mail-to', { hasText: unconfirmed }) })
	).toHaveCount(0);

	const voteLink = await linkInMail(page, 'worldcafe.vote_link', people[1], 'abstimmen');
	await page.goto(voteLink);
	await expect(page.getByTestId('votes-left')).toHaveText('Sie haben noch 2 von 2 Stimmen.');
	await expectAccessible(page);
	await page.getByRole('button', { name: `Stimme geben: ${ideaTwo}` }).click();
	await expect(page.getByTestId('votes-left')).toHaveText('Sie haben noch 1 von 2 Stimmen.');
	await page.getByRole('button', { name: `Stimme geben: ${ideaOne}` }).click();
	await expect(page.getByTestId('votes-left')).toHaveText('Sie haben noch 0 von 2 Stimmen.');
	await page.getByRole('button', { name: `Stimme geben: ${ideaThree}` }).click();
	await expect(page.getByRole('alert')).toContainText('alle Ihre Stimmen vergeben');

	await page.goto(`${cafePath}/ernte`);
	await expect(page.getByRole('heading', { name: 'Handlungsfeld Partizipation' })).toBeVisible();
	// The host's two lines stay two lines.
	const keyPoint = page.getByRole('listitem').filter({ hasText: 'Kultur verbindet Generationen.' });
	expect(await keyPoint.innerText()).toContain(
		'Kultur verbindet Generationen.\nProben sind offen für alle.'
	);
	await expect(page.getByRole('listitem').filter({ hasText: ideaTwo })).toContainText('1 Stimme');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Im Archiv veröffentlichen' }).click();
	await expect(page.getByRole('status')).toContainText('im Archiv veröffentlicht');

	const documentTitle = `Ernte des World Cafés „${title}“`;
	await page.goto(`/archiv/${year}`);
	await page.getByRole('link', { name: documentTitle }).click();
	await expect(page.getByRole('heading', { level: 1, name: documentTitle })).toBeVisible();
	await expect(page.getByText(ideaThree)).toBeVisible();
	await expectAccessible(page);
	const pdfPath = await page
		.getByRole('link', { name: 'Als PDF herunterladen' })
		.getAttribute('href');
	const pdf = await request.get(pdfPath!);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	const { PDFParse } = await import('pdf-parse');
	const { text } = await new PDFParse({ data: await pdf.body() }).getText();
	expect(text.replace(/\s+/g, ' ')).toContain('Quartiersbüro mit offener Sprechstunde');

	await page.goto(`/archiv?q=${encodeURIComponent('Quartiersbüro Sprechstunde')}`);
	await expect(page.getByRole('link', { name: documentTitle }).first()).toBeVisible();
});

test('a planner takes up a harvested idea as a measure proposal; the public harvest keeps it quiet', async ({
	page,
	expectAccessible
}) => {
	test.setTimeout(60_000);
	const planner = {
		email: 'demo-planung@sozialkonferenz.example',
		password: 'Schalker-Markt-45879'
	};
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/anmelden', { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(planner.email);
	await page.getByLabel('Passwort', { exact: true }).fill(planner.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page).not.toHaveURL(/\/anmelden/);

	// The demo plan of Gelsenkirchen (the first plan); other specs add plans of their own.
	await page.goto('/planung/05513000/massnahmen?plan=1');
	const ideas = page.getByRole('region', { name: 'Ideen aus dem World Café' });
	const idea = ideas.getByRole('listitem').filter({ hasText: ideaTwo });
	await expect(idea).toContainText(`World Café ${year}`);
	await expect(idea).toContainText('1 Stimme');
	await expectAccessible(page);
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(390);

	await idea.getByRole('button', { name: 'Als Maßnahmenvorschlag übernehmen' }).click();
	await expect(ideas.getByRole('status')).toContainText('als Maßnahmenvorschlag übernommen');
	await ideas.getByRole('link', { name: 'Neue Maßnahme bearbeiten' }).click();
	await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(ideaTwo);

	await page.goto('/planung/05513000/massnahmen?plan=1');
	await expect(
		page
			.getByRole('listitem')
			.filter({ hasText: ideaTwo })
			.getByRole('link', { name: 'Aufgegriffen: Maßnahme bearbeiten' })
	).toBeVisible();

	// The proposal is internal: the public harvest does not mention it yet.
	await page.goto(`/archiv/ernte/${cafePath.split('/').pop()}`);
	await expect(page.getByText(ideaTwo)).toBeVisible();
	await expect(page.getByText('aufgegriffen')).toHaveCount(0);
});
