import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * A planner of Gelsenkirchen defines a local indicator of the field Kultur, imports values for it
 * (CSV, as a draft), publishes them, and the public atlas maps it; then takes the import back
 * and deletes the indicator, so the demo data is as before for the specs after this one.
 */
const AGS = '05513000';
const KEY = `lokal_${AGS}_bibliothek`;
const NAME = 'Besuche der Stadtbibliothek';
const planner = { email: 'demo-planung@sozialkonferenz.example', password: 'Schalker-Markt-45879' };

async function signIn(page: Page) {
	// Filling before hydration finishes can lose a field on a busy machine.
	await page.goto('/anmelden', { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(planner.email);
	await page.getByLabel('Passwort', { exact: true }).fill(planner.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page).not.toHaveURL(/\/anmelden/);
}

test('a planner defines a local indicator in the field Kultur, imports its values as a draft, publishes them and sees it mapped in the atlas', async ({
	page,
	browser,
	expectAccessible
}) => {
	test.setTimeout(150_000);
	// The demo areas and their latest year, from the public download.
	const rows = (await (await page.request.get(`/atlas/${AGS}/daten.csv`)).text())
		.split('\n')
		.slice(1)
		.filter((line) => line.startsWith(AGS))
		.map((line) => line.split(';'));
	const codes = [...new Set(rows.map((r) => r[1]))];
	const year = Math.max(...rows.map((r) => Number(r[4])));
	expect(codes.length).toBeGreaterThan(10);

	await signIn(page);
	await page.goto(`/planung/${AGS}`);
	await page.getByRole('link', { name: 'Lokale Indikatoren' }).click();
	await expect(page).toHaveURL(`/planung/${AGS}/indikatoren`);
	await expect(page.getByText('Noch keine lokalen Indikatoren.')).toBeVisible();
	await expectAccessible(page);

	// An incomplete definition is answered by field, in German, naming the field.
	const form = page.getByRole('form', { name: 'Neuen lokalen Indikator anlegen' });
	await form.getByLabel('Schlüssel').fill('bibliothek');
	await form.getByRole('button', { name: 'Indikator anlegen' }).click();
	await expect(form.getByText('Name: Bitte ausfüllen.')).toBeVisible();
	await expect(page.getByRole('alert')).toContainText('Bitte die markierten Felder prüfen.');
	await expectAccessible(page);

	await form.getByLabel('Name', { exact: true }).fill(NAME);
	await form
		.getByLabel('Definition und Formel')
		.fill('Besuche der Stadtbibliothek je 1.000 Einwohner (Besuche ÷ Einwohner × 1.000)');
	await form.getByLabel('Handlungsfeld').selectOption({ label: 'Kultur' });
	await form.getByLabel('Art').selectOption({ label: 'Quote (Zähler ÷ Nenner × Bezugsgröße)' });
	await form.getByLabel('Je (Bezugsgröße, nur für Quoten)').fill('1000');
	await form.getByLabel('Zähler').fill('Besuche der Stadtbibliothek');
	await form.getByLabel('Nenner').fill('Einwohner');
	await form.getByLabel('Einheit').fill('je 1.000 EW');
	await form
		.getByLabel('Bedarfsrichtung')
		.selectOption({ label: 'niedrigerer Wert = mehr Bedarf' });
	await form.getByLabel('Zeitbezug').selectOption({ label: 'Jahresdurchschnitt' });
	await form.getByLabel('Quelle').fill('Stadtbibliothek, Besucherzählung');
	await form.getByLabel('Nachkommastellen').fill('0');
	await form.getByRole('button', { name: 'Indikator anlegen' }).click();
	await expect(page.getByRole('status')).toContainText(`Der Indikator ${KEY} ist angelegt.`);
	const list = page.getByRole('region', { name: 'Lokale Indikatoren' });
	await expect(list).toContainText(KEY);
	await expect(list).toContainText('Kultur');
	await expect(list).toContainText('Jahresdurchschnitt');
	await expectAccessible(page);

	// The import page lists it with the catalogue, for the template.
	await page.goto(`/planung/${AGS}/import`);
	await expect(page.locator('code', { hasText: KEY })).toBeVisible();
	const template = await page.request.get(
		`/planung/${AGS}/import/vorlage.csv?indikator=${KEY}&jahr=${year}`
	);
	// A rate comes with its numerator and base columns, which disclosure control needs.
	expect((await template.text()).split('\r\n')[0]).toBe(
		`\uFEFFGebiet;Gebietsname;Jahr;${KEY};${KEY}_zaehler;${KEY}_nenner`
	);

	// Values with their counts: visits ÷ residents × 1,000.
	const csv = [
		'Gebiet;Indikator;Jahr;Wert;Zähler;Nenner',
		...codes.map((code, i) => `${code};${KEY};${year};${800 + i * 20};${4000 + i * 100};5000`)
	].join('\r\n');
	await page
		.getByLabel('Datei', { exact: true })
		.first()
		.setInputFiles({
			name: 'bibliothek.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(csv)
		});
	await page.getByRole('button', { name: 'Werte hochladen' }).click();
	await expect(
		page.getByText('„bibliothek.csv“ ist als Entwurf gespeichert – noch nicht öffentlich.')
	).toBeVisible();

	// Not public while it is a draft.
	const atlasUrl = `/atlas/${AGS}?indikator=${KEY}&jahr=${year}`;
	const anonymous = await browser.newContext();
	const visitor = await anonymous.newPage();
	await visitor.goto(atlasUrl);
	await expect(visitor.locator('select[name="indikator"]')).not.toHaveValue(KEY);

	const draft = page.getByRole('region', { name: 'Entwurf und Veröffentlichung' });
	await draft.getByRole('link', { name: 'Veröffentlichen …' }).click();
	await draft.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
	await expect(
		page.getByText(`Veröffentlicht: ${codes.length} Werte sind jetzt öffentlich.`)
	).toBeVisible();

	// The public atlas maps it, and its download lists it.
	await visitor.goto(atlasUrl);
	await expect(visitor.locator('select[name="indikator"]')).toHaveValue(KEY);
	await expect(visitor.getByText(`Gelsenkirchen: ${NAME} ${year}`).first()).toBeVisible();
	expect(await (await visitor.request.get(`/atlas/${AGS}/daten.csv`)).text()).toContain(KEY);
	await expectAccessible(visitor);

	// Back to the demo state: take the import back, then delete the indicator.
	await page.goto(`/planung/${AGS}/import`);
	await draft.getByRole('link', { name: 'Rückgängig …' }).click();
	await draft.getByRole('button', { name: 'Ja, rückgängig machen' }).click();
	await expect(page.getByText('„bibliothek.csv“ ist rückgängig gemacht')).toBeVisible();
	await page.goto(`/planung/${AGS}/indikatoren`);
	await page.getByText(`${NAME} bearbeiten`).click();
	await page.getByLabel('Ja, diesen Indikator endgültig löschen').check();
	await page.getByRole('button', { name: 'Löschen' }).click();
	await expect(page.getByRole('status')).toContainText(`Der Indikator ${KEY} ist gelöscht.`);
	await visitor.goto(atlasUrl);
	await expect(visitor.locator('select[name="indikator"]')).not.toHaveValue(KEY);
	await anonymous.close();
});
