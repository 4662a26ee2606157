import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { anOpenEdition } from './edition';
import { expect, test } from './fixtures';

// An organiser's own questions, mail texts and the copy of an edition, and a participant leaving
// the waiting list: one edition of its own, step by step.
test.describe.configure({ mode: 'serial' });
// The refusals the steps provoke are answered with their 4xx status (forms work without script).
test.use({ allowedConsoleErrors: [/status of 4(00|22)/] });

const year = 2081;
const unique = Date.now().toString(36);
const organiser = { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' };
const driver = `fahrerin-${unique}@example.org`;
const waiting = [`warte1-${unique}@example.org`, `warte2-${unique}@example.org`];

async function signIn(page: Page) {
	await page.goto('/anmelden?weiter=/admin/konferenzen');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('E-Mail-Adresse').fill(organiser.email);
	await page.getByLabel('Passwort', { exact: true }).fill(organiser.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Konferenzen' })).toBeVisible();
}

async function personalLinkFor(page: Page, address: string): Promise<string> {
	await page.goto('/dev/postausgang');
	const mail = page
		.locator('li[data-mail-kind="registration.confirm_request"]')
		.filter({ has: page.locator('.mail-to', { hasText: address }) })
		.first();
	const text = (await mail.locator('.mail-text').textContent()) ?? '';
	const link = /https?:\/\/\S+\/anmeldung\/[A-Za-z0-9_-]{43}/.exec(text);
	expect(link, `confirmation mail to ${address}`).not.toBeNull();
	return new URL(link![0]).pathname;
}

/** The id of the yes/no question, from the name of its field on the public form. */
async function carQuestionId(page: Page): Promise<string> {
	await page.goto(`/konferenz/${year}/anmeldung`);
	const name = await page
		.getByRole('radio', { name: 'Nein', exact: true })
		.first()
		.getAttribute('name');
	return name!.slice('q.'.length);
}

async function registerByApi(request: APIRequestContext, email: string, questionId: string) {
	const response = await request.post(`/api/editions/${year}/registrations`, {
		data: {
			firstName: 'Wera',
			lastName: 'Warte',
			email,
			sector: 'politik',
			municipality: '05911000',
			privacyAcknowledged: true,
			answers: { [questionId]: false }
		}
	});
	expect(response.status()).toBe(202);
}

test('an organiser adds a yes/no question and a text question asked only after a yes', async ({
	page,
	request,
	expectAccessible
}) => {
	await signIn(page);
	await anOpenEdition(page, request, year);
	await page.goto(`/admin/konferenzen/${year}/fragen`, { waitUntil: 'networkidle' });
	await page.getByLabel('Art der Antwort').selectOption({ label: 'Ja/Nein' });
	await page.getByLabel('Frage auf Deutsch').fill('Reisen Sie mit dem Auto an?');
	await page.getByLabel('Frage auf Englisch').fill('Are you coming by car?');
	await page.getByLabel('Pflichtfrage').check();
	await page.getByRole('button', { name: 'Frage hinzufügen' }).click();
	await expect(page.getByRole('status')).toHaveText('Die Frage ist hinzugefügt.');

	await page.getByLabel('Art der Antwort').selectOption({ label: 'Freitext' });
	await page.getByLabel('Frage auf Deutsch').fill('Kfz-Kennzeichen für den Parkplatz');
	await page.getByLabel('Pflichtfrage').check();
	await page.getByLabel('Nur stellen, wenn diese Frage …').selectOption({
		label: 'Reisen Sie mit dem Auto an?'
	});
	// A value the question does not have is refused with the ones it has.
	await page.getByLabel('… diese Antwort hat').fill('vielleicht');
	await page.getByRole('button', { name: 'Frage hinzufügen' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Diese Antwort gibt es bei der gewählten Frage nicht. Möglich: ja, nein.'
	);
	await page.getByLabel('… diese Antwort hat').fill('ja');
	await page.getByRole('button', { name: 'Frage hinzufügen' }).click();
	await expect(page.getByRole('status')).toHaveText('Die Frage ist hinzugefügt.');
	await expect(page.locator('.questions li')).toHaveCount(2);
	await expect(page.locator('.questions li').nth(1)).toContainText(
		'nur wenn „Reisen Sie mit dem Auto an?“ = „ja“'
	);
	await expectAccessible(page);
});

test('a participant answers the conditional question, which the organisers see and export', async ({
	page,
	expectAccessible
}) => {
	await page.goto(`/konferenz/${year}/anmeldung`, { waitUntil: 'networkidle' });
	const plate = page.getByLabel(/Kfz-Kennzeichen für den Parkplatz/);
	// Asked only after a yes: hidden until then.
	await expect(plate).toBeHidden();
	await page.getByLabel('Vorname').fill('Frieda');
	await page.getByLabel('Nachname').fill(`Fahrer-${unique}`);
	await page.getByLabel('E-Mail-Adresse').fill(driver);
	await page.getByLabel('Bereich').selectOption({ label: 'Politik' });
	await page.getByLabel('Kommune').selectOption({ label: 'Bochum' });
	await page.getByRole('radio', { name: 'Ja', exact: true }).check();
	await expect(plate).toBeVisible();
	await page.getByLabel('Ich habe die Datenschutzhinweise gelesen.').check();
	await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
	// Required once asked: refused on its field, nothing stored.
	await expect(
		page.locator('p.error', { hasText: 'Bitte beantworten Sie diese Frage.' })
	).toBeVisible();
	// The summary at the top names the question and leads to its field.
	await expect(
		page.locator('.error-summary').getByRole('link', {
			name: /Kfz-Kennzeichen für den Parkplatz.*“: Bitte beantworten Sie diese Frage\./
		})
	).toHaveAttribute('href', /#f-q\.\d+$/);
	await expectAccessible(page);
	await plate.fill('BO-SK 2081');
	await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Fast geschafft: Bitte bestätigen Sie Ihre E-Mail-Adresse'
	);

	await signIn(page);
	await page.goto(`/admin/konferenzen/${year}/teilnehmende`, { waitUntil: 'networkidle' });
	await expect(
		page.getByRole('columnheader', { name: 'Kfz-Kennzeichen für den Parkplatz' })
	).toBeVisible();
	await page
		.getByLabel('Eigene Frage')
		.selectOption({ label: 'Kfz-Kennzeichen für den Parkplatz' });
	await page.getByLabel('mit der Antwort').fill('BO-SK 2081');
	await page.getByRole('button', { name: 'Anzeigen' }).click();
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText('BO-SK 2081');
	await expectAccessible(page);

	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'CSV (Excel)', exact: true }).click()
	]);
	const csv = readFileSync((await file.path())!).toString('utf8');
	const [header, row] = csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(header).toContain('Reisen Sie mit dem Auto an?;Kfz-Kennzeichen für den Parkplatz');
	expect(row).toContain(driver);
	expect(row).toContain('ja;BO-SK 2081');
});

test('an organiser rewrites a mail, is told about a wrong placeholder, and previews it', async ({
	page,
	expectAccessible
}) => {
	await signIn(page);
	await page.goto(`/admin/konferenzen/${year}/mailtexte`, { waitUntil: 'networkidle' });
	await page.getByRole('link', { name: 'Bearbeiten: Warteliste verlassen, Deutsch' }).click();
	await expect(
		page.getByRole('heading', { level: 2, name: /Warteliste verlassen \(Deutsch\)/ })
	).toBeVisible();
	await page.getByLabel('Betreff').fill('Schade, {vorname}! Warteliste {jahr}');
	await page
		.getByLabel('Text', { exact: true })
		.fill('Sie haben Ihren Platz {platz} auf der Warteliste an {nachfolger} abgegeben.');
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('alert')).toContainText('Unbekannter Platzhalter {nachfolger}.');
	await page
		.getByLabel('Text', { exact: true })
		.fill(
			'Sie stehen nicht mehr auf unserer Warteliste, {vorname}. Danke für Ihre Rückmeldung!\n\n{veranstaltung}'
		);
	await page.getByRole('button', { name: 'Vorschau zeigen' }).click();
	await expect(page.getByTestId('preview-subject')).toHaveText('Schade, Frieda! Warteliste 2081');
	await expect(page.getByTestId('preview-text')).toContainText(
		'Sie stehen nicht mehr auf unserer Warteliste, Frieda.'
	);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Der Mailtext ist gespeichert; die nächsten Mails verwenden ihn.'
	);
	await expect(
		page.getByRole('link', { name: 'Bearbeiten: Warteliste verlassen, Deutsch' })
	).toHaveText('eigene Fassung');
});

test('an organiser words the poster receipt and cannot leave out the personal link', async ({
	page
}) => {
	await signIn(page);
	await page.goto(`/admin/konferenzen/${year}/mailtexte`, { waitUntil: 'networkidle' });
	const receipt = page.getByRole('link', {
		name: 'Bearbeiten: Poster eingereicht (Eingangsbestätigung), Deutsch'
	});
	await receipt.click();
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('Text', { exact: true })).toHaveValue(/\{link\}/);
	await page.getByLabel('Betreff').fill('Eingang bestätigt: {poster}');
	await page.getByLabel('Text', { exact: true }).fill('Danke für „{poster}“, {name}!');
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('alert')).toContainText('Im Text fehlt der Platzhalter {link}.');
	await page
		.getByLabel('Text', { exact: true })
		.fill('Danke für „{poster}“, {name}!\n\nÄndern bis {frist}: {link}');
	await page.getByRole('button', { name: 'Vorschau zeigen' }).click();
	await expect(page.getByTestId('preview-subject')).toHaveText(
		'Eingang bestätigt: Quartiersarbeit sichtbar machen'
	);
	await expect(page.getByTestId('preview-text')).toContainText(
		'Danke für „Quartiersarbeit sichtbar machen“, Erika Beispiel!'
	);
	await expect(page.getByTestId('preview-text')).toContainText('/poster-einreichung/');
	await expect(page.getByText('Die Vorschau zeigt ein Beispielposter')).toBeVisible();
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Der Mailtext ist gespeichert; die nächsten Mails verwenden ihn.'
	);
	await expect(receipt).toHaveText('eigene Fassung');
	await page.getByRole('button', { name: 'Auf den Standardtext zurücksetzen' }).click();
	await expect(page.getByRole('status')).toHaveText('Der Standardtext gilt wieder.');
	await expect(receipt).toHaveText('Standardtext');
});

test('a participant leaves the waiting list; the next moves up and the edited mail goes out', async ({
	page,
	request,
	expectAccessible
}) => {
	await signIn(page);
	await page.goto(`/admin/konferenzen/${year}/bearbeiten`, { waitUntil: 'networkidle' });
	await page.getByLabel('Plätze').fill('1');
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');
	const questionId = await carQuestionId(page);
	for (const email of waiting) await registerByApi(request, email, questionId);

	const second = await personalLinkFor(page, waiting[1]);
	await page.goto(second);
	await expect(page.getByTestId('waitlist-position')).toContainText('Platz 2 der Warteliste');

	await page.goto(await personalLinkFor(page, waiting[0]), { waitUntil: 'networkidle' });
	await expect(page.getByTestId('waitlist-position')).toContainText('Platz 1 der Warteliste');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Warteliste verlassen' }).click();
	await expect(page.getByText('Bitte setzen Sie das Häkchen zur Bestätigung.')).toBeVisible();
	await page.getByLabel('Ja, ich möchte die Warteliste verlassen.').check();
	await page.getByRole('button', { name: 'Warteliste verlassen' }).click();
	await expect(page.getByRole('status')).toContainText('Sie stehen nicht mehr auf der Warteliste.');
	await expect(page.getByTestId('status')).toHaveText('Abgemeldet');

	await page.goto(second);
	await expect(page.getByTestId('waitlist-position')).toContainText('Platz 1 der Warteliste');

	await page.goto('/admin/postausgang');
	const mail = page
		.locator('li[data-mail-kind="waitlist.left"]')
		.filter({ has: page.locator('.mail-to', { hasText: waiting[0] }) });
	await expect(mail.locator('.mail-subject')).toHaveText('Schade, Wera! Warteliste 2081');
	await expect(mail.locator('.mail-text')).toContainText(
		'Sie stehen nicht mehr auf unserer Warteliste, Wera. Danke für Ihre Rückmeldung!'
	);
});

test('an organiser copies the edition as the next one, with its questions and mail texts', async ({
	page,
	expectAccessible
}) => {
	await signIn(page);
	const next = year + 1;
	await page.goto(`/admin/konferenzen/${year}/kopieren`, { waitUntil: 'networkidle' });
	await expectAccessible(page);
	await page.getByLabel('Jahr der neuen Konferenz').fill(String(year));
	await page.getByRole('button', { name: 'Kopie anlegen' }).click();
	await expect(page.getByRole('alert')).toContainText(`Für ${year} gibt es schon eine Konferenz.`);
	await page.getByLabel('Jahr der neuen Konferenz').fill(String(next));
	await page.getByLabel('Datum der neuen Konferenz').fill(`${next}-06-15`);
	await page.getByRole('button', { name: 'Kopie anlegen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Konferenz ${next} bearbeiten`);
	await expect(page.getByLabel('Datum')).toHaveValue(`${next}-06-15`);
	await expect(page.getByLabel('Veröffentlicht')).not.toBeChecked();

	await page.goto(`/admin/konferenzen/${next}/fragen`);
	await expect(page.locator('.questions li')).toHaveCount(2);
	await page.goto(`/admin/konferenzen/${next}/mailtexte`);
	await expect(
		page.getByRole('link', { name: 'Bearbeiten: Warteliste verlassen, Deutsch' })
	).toHaveText('eigene Fassung');
	// Nobody is registered for the copy.
	await page.goto(`/admin/konferenzen/${next}/teilnehmende`);
	await expect(page.getByText('Keine Anmeldungen gefunden.')).toBeVisible();
});
