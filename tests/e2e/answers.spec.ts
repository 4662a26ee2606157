import type { Page } from '@playwright/test';
import { anOpenEdition } from './edition';
import { expect, test } from './fixtures';
import { expectNoSidewaysScroll } from './width';

// The answers to an edition's own questions outside the public form: an organiser registers a
// caller by hand with their answers, the person changes an answer on their personal page, and a
// cancelled registration shows its answers without a form. One edition of its own, step by step.
test.describe.configure({ mode: 'serial' });
// The refusals the steps provoke are answered with their 4xx status (forms work without script).
test.use({ allowedConsoleErrors: [/status of 4(00|22)/] });

const year = 2084;
const unique = Date.now().toString(36);
const organiser = { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' };
const caller = { first: 'Paula', last: `Anruf-${unique}`, email: `anruf-${unique}@example.org` };
const arrival = 'Wie reisen Sie an?';
const parking = 'Brauchen Sie einen Parkplatz?';
const companions = 'Wie viele Begleitpersonen bringen Sie mit?';

async function signIn(page: Page) {
	await page.goto('/anmelden?weiter=/admin/konferenzen');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('E-Mail-Adresse').fill(organiser.email);
	await page.getByLabel('Passwort', { exact: true }).fill(organiser.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Konferenzen' })).toBeVisible();
}

async function addQuestion(
	page: Page,
	question: { kind: string; label: string; required: boolean; options?: string; onlyIf?: string }
) {
	await page.goto(`/admin/konferenzen/${year}/fragen`, { waitUntil: 'networkidle' });
	await page.getByLabel('Art der Antwort').selectOption({ label: question.kind });
	await page.getByLabel('Frage auf Deutsch').fill(question.label);
	if (question.required) await page.getByLabel('Pflichtfrage').check();
	if (question.options) {
		await page.getByLabel('Antwortmöglichkeiten (nur bei Auswahl)').fill(question.options);
	}
	if (question.onlyIf) {
		await page.getByLabel('Nur stellen, wenn diese Frage …').selectOption({ label: arrival });
		await page.getByLabel('… diese Antwort hat').fill(question.onlyIf);
	}
	await page.getByRole('button', { name: 'Frage hinzufügen' }).click();
	await expect(page.getByRole('status')).toHaveText('Die Frage ist hinzugefügt.');
}

/** The personal page of the caller, from the confirmation mail of the registration by hand. */
async function personalPage(page: Page): Promise<string> {
	await page.goto('/dev/postausgang');
	const mail = page
		.locator('li[data-mail-kind="registration.confirmed"]')
		.filter({ has: page.locator('.mail-to', { hasText: caller.email }) })
		.first();
	const text = (await mail.locator('.mail-text').textContent()) ?? '';
	const link = /https?:\/\/\S+\/anmeldung\/[A-Za-z0-9_-]{43}/.exec(text);
	expect(link, `mail to ${caller.email}`).not.toBeNull();
	return `${new URL(link![0]).pathname}?lang=de`;
}

/** The answers after the change, read-only: the parking question is no longer asked. */
async function expectKeptAnswers(page: Page) {
	const kept = page.getByTestId('answers');
	await expect(kept.locator('dt')).toHaveText([arrival, companions]);
	await expect(kept.locator('dd')).toHaveText(['Bahn', '2']);
}

test('an organiser registers a caller by hand and is held to the required question', async ({
	page,
	request,
	expectAccessible
}) => {
	await signIn(page);
	await anOpenEdition(page, request, year);
	await addQuestion(page, {
		kind: 'Auswahl (eine Antwort)',
		label: arrival,
		required: true,
		options: 'Auto | car\nBahn | train'
	});
	await addQuestion(page, { kind: 'Ja/Nein', label: parking, required: true, onlyIf: 'Auto' });
	await addQuestion(page, { kind: 'Zahl', label: companions, required: false });

	await page.goto(`/admin/konferenzen/${year}/teilnehmende/neu`, { waitUntil: 'networkidle' });
	await expect(
		page.getByText('Pflichtfragen sind auch bei einer Anmeldung von Hand Pflicht')
	).toBeVisible();
	await page.getByLabel('Vorname').fill(caller.first);
	await page.getByLabel('Nachname').fill(caller.last);
	await page.getByLabel('E-Mail-Adresse').fill(caller.email);
	await page.getByLabel('Bereich').selectOption({ label: 'Politik' });
	await page.getByLabel('Kommune').selectOption({ label: 'Bochum' });
	await page.getByLabel('Die Person wurde auf die Datenschutzhinweise hingewiesen.').check();
	await page.getByRole('button', { name: 'Anmeldung speichern' }).click();

	// Refused with the question named, linked to its field; what was typed stays.
	const summary = page.locator('.error-summary');
	await expect(summary).toContainText(`„${arrival}“: Bitte beantworten Sie diese Frage.`);
	await expect(
		summary.getByRole('link', { name: `„${arrival}“: Bitte beantworten Sie diese Frage.` })
	).toHaveAttribute('href', /#f-q\.\d+$/);
	await expect(page.getByLabel('Nachname')).toHaveValue(caller.last);
	await expectAccessible(page);

	await page.waitForLoadState('networkidle');
	await page.getByRole('radio', { name: 'Auto', exact: true }).check();
	await page.getByRole('radio', { name: 'Ja', exact: true }).check();
	await page.getByLabel('Die Person wurde auf die Datenschutzhinweise hingewiesen.').check();
	await page.getByRole('button', { name: 'Anmeldung speichern' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`${caller.first} ${caller.last}`
	);
	const answers = page.getByRole('region', { name: 'Antworten auf die eigenen Fragen' });
	await expect(answers.getByRole('radio', { name: 'Auto', exact: true })).toBeChecked();
	await expect(answers.getByRole('radio', { name: 'Ja', exact: true })).toBeChecked();
	await expectAccessible(page);
});

test('the person changes an answer on their page; a wrong one is refused on its field', async ({
	page,
	expectAccessible
}) => {
	await page.goto(await personalPage(page), { waitUntil: 'networkidle' });
	const section = page.getByRole('region', { name: 'Ihre Antworten auf die weiteren Fragen' });
	await expect(section.getByRole('radio', { name: 'Auto', exact: true })).toBeChecked();

	await section.getByRole('radio', { name: 'Bahn', exact: true }).check();
	// Asked only by car: hidden once the train is chosen.
	await expect(section.getByRole('radio', { name: 'Ja', exact: true })).toBeHidden();
	await section.getByLabel(companions).fill('zwei');
	await section.getByRole('button', { name: 'Antworten speichern' }).click();
	const field = page.getByLabel(companions);
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAccessibleDescription(/Bitte geben Sie eine Zahl an/);
	await expect(page.locator('.error-summary')).toContainText(
		`„${companions}“: Bitte geben Sie eine Zahl an, z. B. 3 oder 2,5.`
	);
	// What was sent is shown again to correct; nothing was stored.
	await expect(field).toHaveValue('zwei');
	await expectAccessible(page);

	await page.waitForLoadState('networkidle');
	await field.fill('2');
	await page.getByRole('button', { name: 'Antworten speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Ihre Antworten sind gespeichert.');
	await page.reload({ waitUntil: 'networkidle' });
	await expect(page.getByRole('radio', { name: 'Bahn', exact: true })).toBeChecked();
	await expect(page.getByLabel(companions)).toHaveValue('2');

	await page.setViewportSize({ width: 390, height: 844 });
	await expectNoSidewaysScroll(page);

	// Cancelled, the registration shows its answers without a form.
	await page.getByLabel('Ja, ich möchte mich abmelden.').check();
	await page.getByRole('button', { name: 'Abmelden' }).click();
	await expect(page.getByTestId('status')).toHaveText('Abgemeldet');
	await expectKeptAnswers(page);
	await expect(page.getByRole('button', { name: 'Antworten speichern' })).toHaveCount(0);
});

test('the organisers see the new answer and who changed it', async ({ page }) => {
	await signIn(page);
	await page.goto('/admin/protokoll?aktion=registration');
	await expect(
		page.getByTestId('audit-sentence').filter({
			hasText: `Antworten von ${caller.first} ${caller.last} (${year}) auf die eigenen Fragen geändert`
		})
	).toBeVisible();
	await page.goto(`/admin/konferenzen/${year}/teilnehmende?q=${unique}`);
	await page.getByRole('link', { name: `${caller.last}, ${caller.first}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`${caller.first} ${caller.last}`
	);
	await expectKeptAnswers(page);
});
