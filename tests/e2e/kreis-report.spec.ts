import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The Sozialbericht of a Kreis: Herten's planner publishes the town's figures; the Kreis planner of
 * Kreis Recklinghausen creates the Kreis report from Herten's report page and publishes it; a
 * visitor finds it on Herten's public atlas page and downloads the PDF, titled with the Kreis.
 * Herten's data is this spec's own (no other spec reads it), so it runs beside the others.
 */
const HERTEN = '05562020';
const admin = { email: 'demo-admin@sozialkonferenz.example', password: 'Zeche-Zollverein-1986' };

async function signIn(page: Page, who: { email: string; password: string }) {
	await page.goto('/anmelden', { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(who.email);
	await page.getByLabel('Passwort', { exact: true }).fill(who.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page).not.toHaveURL(/\/anmelden/);
}

/**
 * An account created through the admin's user form and its invitation: a planner of Herten or a
 * Kreis planner of Kreis Recklinghausen. Leaves the browser signed out.
 */
async function invitedAccount(
	page: Page,
	role: 'Sozialplanung' | 'Kreissozialplanung'
): Promise<{ email: string; password: string }> {
	const email = `kreisbericht-${role.length}-${Date.now()}@kreis.example`;
	const password = 'Halde Hoheward 2026';
	await signIn(page, admin);
	await page.goto('/admin/benutzer');
	await page.getByLabel('E-Mail-Adresse').fill(email);
	await page.getByLabel('Name', { exact: true }).fill(`${role} Herten`);
	await page.getByLabel('Rolle').selectOption({ label: role });
	if (role === 'Sozialplanung') {
		await page.getByLabel('Kommune').selectOption({ label: 'Herten' });
	} else {
		await page.getByLabel('Kreis', { exact: true }).selectOption({ label: 'Kreis Recklinghausen' });
	}
	await page.getByRole('button', { name: 'Konto anlegen und Einladung senden' }).click();
	await expect(page.getByRole('status')).toContainText(`Das Konto für ${email} ist angelegt`);
	await page.goto('/dev/postausgang');
	const card = page
		.locator('li[data-mail-kind="account.invite"]', {
			has: page.locator('.mail-to', { hasText: email })
		})
		.first();
	const text = (await card.locator('.mail-text').textContent()) ?? '';
	const link = text.match(/https?:\/\/\S+\/passwort-neu\/[A-Za-z0-9_-]+/)?.[0];
	expect(link, 'invitation link').toBeTruthy();
	await page.context().clearCookies();
	await page.goto(new URL(link!).pathname);
	await page.getByLabel('Neues Passwort', { exact: true }).fill(password);
	await page.getByLabel('Neues Passwort wiederholen').fill(password);
	await page.getByRole('button', { name: 'Passwort speichern' }).click();
	await expect(page).toHaveURL(/\/anmelden/);
	return { email, password };
}

/** Four districts of Herten as squares, H1 … H4. */
function areasGeoJson(): Buffer {
	const features = [0, 1, 2, 3].map((i) => {
		const x = 7.1 + (i % 2) * 0.02;
		const y = 51.58 + Math.floor(i / 2) * 0.02;
		return {
			type: 'Feature',
			properties: { id: `H${i + 1}`, name: `Hertener Bezirk ${i + 1}` },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[x, y],
						[x + 0.02, y],
						[x + 0.02, y + 0.02],
						[x, y + 0.02],
						[x, y]
					]
				]
			}
		};
	});
	return Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }));
}

/** Population and SGB II rates with their counts for two years. */
function valuesCsv(): Buffer {
	const rows = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
	for (const year of [2022, 2023]) {
		for (let i = 1; i <= 4; i++) {
			rows.push(`H${i};einwohner;${year};${4000 + i * 500};;`);
			const numerator = 300 + i * 40 + (year - 2022) * 10;
			const value = ((numerator / 3000) * 100).toFixed(1).replace('.', ',');
			rows.push(`H${i};sgb2_quote;${year};${value};${numerator};3000`);
		}
	}
	return Buffer.from(rows.join('\n'));
}

test('the Kreis planner creates and publishes a Kreis report from a member town’s report page; a visitor downloads it from the town’s atlas', async ({
	page,
	expectAccessible
}) => {
	test.setTimeout(180_000);
	const townPlanner = await invitedAccount(page, 'Sozialplanung');
	const kreisPlanner = await invitedAccount(page, 'Kreissozialplanung');

	// Herten's planner makes its figures public (areas, values, the draft, the dataset).
	await signIn(page, townPlanner);
	await page.goto(`/planung/${HERTEN}/import`);
	await page
		.getByRole('region', { name: 'Gebiete (GeoJSON)' })
		.getByLabel('Datei', { exact: true })
		.setInputFiles({
			name: 'herten.geojson',
			mimeType: 'application/geo+json',
			buffer: areasGeoJson()
		});
	await page.getByRole('button', { name: 'Gebiete hochladen' }).click();
	await expect(
		page.getByText('„herten.geojson“ ist als Entwurf gespeichert – noch nicht öffentlich.')
	).toBeVisible();
	await page.goto(`/planung/${HERTEN}/import`);
	const areaDraft = page.getByRole('region', { name: 'Entwurf und Veröffentlichung' });
	await areaDraft.getByRole('link', { name: 'Veröffentlichen …' }).click();
	await areaDraft.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
	await expect(
		page.getByText('Veröffentlicht: Die neuen Gebietsgrenzen gelten jetzt.')
	).toBeVisible();
	await page.goto(`/planung/${HERTEN}/import`);
	await page
		.getByRole('region', { name: 'Indikatorwerte (CSV)' })
		.getByLabel('Datei', { exact: true })
		.setInputFiles({ name: 'herten.csv', mimeType: 'text/csv', buffer: valuesCsv() });
	await page.getByRole('button', { name: 'Werte hochladen' }).click();
	await expect(page.getByText('„herten.csv“ ist als Entwurf gespeichert')).toBeVisible();
	await page.goto(`/planung/${HERTEN}/import`);
	const draft = page.getByRole('region', { name: 'Entwurf und Veröffentlichung' });
	await draft.getByRole('link', { name: 'Veröffentlichen …' }).click();
	await draft.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
	await expect(page.getByText(/Veröffentlicht: \d+ Werte sind jetzt öffentlich\./)).toBeVisible();
	await page.goto(`/planung/${HERTEN}`);
	await page.getByRole('button', { name: 'Veröffentlichen' }).click();
	await expect(
		page.getByText('Die Daten sind jetzt im öffentlichen Sozialatlas sichtbar.')
	).toBeVisible();

	// The town's planner has no Kreis reports on the page: they are the Kreis planner's, as Kreis plans.
	await page.goto(`/planung/${HERTEN}/berichte`);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Sozialberichte: Herten' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Kreisberichte/ })).toHaveCount(0);
	await expect(page.getByLabel('Geltungsbereich')).toHaveCount(0);

	// The Kreis planner, from Herten's report page: the Kreis's reports and a new one for the Kreis.
	await page.context().clearCookies();
	await signIn(page, kreisPlanner);
	await page.goto(`/planung/${HERTEN}/berichte`);
	await expect(
		page.getByRole('heading', { level: 2, name: 'Kreisberichte: Kreis Recklinghausen' })
	).toBeVisible();
	await expectAccessible(page);
	const title = `Sozialbericht Kreis Recklinghausen ${Date.now()}`;
	await page.getByLabel('Geltungsbereich').selectOption({ label: 'Kreis Recklinghausen' });
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Berichtsjahr').fill('2023');
	await page.getByRole('button', { name: 'Bericht anlegen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('Bericht angelegt.');
	await expect(page.locator('p.meta').first()).toContainText('Kreis Recklinghausen');

	// The preview shows Herten with its own atlas map.
	const preview = page.locator('article.report-preview');
	const arbeit = preview.getByRole('region', { name: 'Arbeit', exact: true });
	await expect(arbeit.getByRole('heading', { name: 'SGB-II-Quote: Herten' })).toBeVisible();
	await expect(arbeit.getByRole('img').first()).toHaveAccessibleName(/^Karte der .* von Herten/);
	await expectAccessible(page);

	await page.getByLabel(/Ich habe die Vorschau geprüft/).check();
	await page.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Bericht veröffentlicht.');

	// The Kreis report is listed under the Kreis on Herten's report page.
	await page.goto(`/planung/${HERTEN}/berichte`);
	await expect(
		page.getByRole('region', { name: 'Kreisberichte: Kreis Recklinghausen' }).getByRole('link', {
			name: title
		})
	).toBeVisible();

	// A visitor: Herten's atlas lists it as the Kreis's report, and the PDF carries the Kreis.
	await page.context().clearCookies();
	await page.goto(`/atlas/${HERTEN}`);
	const card = page
		.getByRole('region', { name: 'Sozialberichte' })
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3, name: title }) });
	await expect(card.getByText('Bericht für den Kreis Recklinghausen')).toBeVisible();
	await expectAccessible(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		card.getByRole('link', { name: 'PDF herunterladen' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^sozialbericht-05562-2023-\d+\.pdf$/);
	const pdf = await readFile(await download.path());
	const { PDFParse } = await import('pdf-parse');
	const text = (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text;
	expect(text).toContain(title);
	expect(text).toContain('Kreis Recklinghausen · Berichtsjahr 2023');
	expect(text).toContain('SGB-II-Quote: Herten');

	// The archive search finds it as the Kreis's report, with its PDF.
	const href = await card.getByRole('link', { name: 'PDF herunterladen' }).getAttribute('href');
	await page.goto('/archiv');
	await page.getByLabel('Archiv durchsuchen').fill(title);
	await page.getByRole('button', { name: 'Suchen' }).click();
	const hit = page
		.getByRole('region', { name: /Treffer/ })
		.getByRole('listitem')
		.filter({ hasText: 'Sozialbericht Kreis Recklinghausen, Berichtsjahr 2023' });
	await expect(hit.getByRole('link', { name: `${title} (PDF)` })).toHaveAttribute(
		'href',
		new RegExp(`^/atlas/05562\\d{3}/berichte/${href!.match(/(\d+)\.pdf$/)![1]}\\.pdf$`)
	);
	const archived = await hit.getByRole('link', { name: `${title} (PDF)` }).getAttribute('href');
	expect((await page.request.get(archived!)).headers()['content-type']).toBe('application/pdf');

	// The API lists it for Herten as the Kreis's report.
	const api = await (
		await page.request.get(`/api/planning/municipalities/${HERTEN}/reports`)
	).json();
	expect(api.reports.find((r: { title: string }) => r.title === title)).toMatchObject({
		scope: { kind: 'kreis', key: '05562', name: 'Kreis Recklinghausen' }
	});
});
