import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The Sozialbericht with the demo content (Gelsenkirchen, 05513000): a planner creates a report,
 * writes a text block, looks at the preview as it will print, publishes it and downloads the PDF.
 */
const AGS = '05513000';
const planner = { email: 'demo-planung@sozialkonferenz.example', password: 'Schalker-Markt-45879' };

async function signIn(page: Page, who: { email: string; password: string }) {
	await page.goto('/anmelden', { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(who.email);
	await page.getByLabel('Passwort', { exact: true }).fill(who.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page).not.toHaveURL(/\/anmelden/);
}

test('a planner drafts a report, writes a text block, previews, publishes and downloads the PDF', async ({
	page,
	expectAccessible
}) => {
	test.setTimeout(120_000);
	await signIn(page, planner);
	await page.goto(`/planung/${AGS}/programm`);
	await page
		.getByRole('navigation', { name: 'Sozialmonitoring' })
		.getByRole('link', { name: 'Berichte' })
		.click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Sozialberichte: Gelsenkirchen' })
	).toBeVisible();
	await expectAccessible(page);

	const title = `Sozialbericht Gelsenkirchen ${Date.now()}`;
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Berichtsjahr').fill('2024');
	await page.getByRole('button', { name: 'Bericht anlegen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('Bericht angelegt.');

	const assessment =
		'Die Kinderarmut bleibt im Süden der Stadt hoch; die Lernförderung wirkt dort zuerst.';
	await page.getByLabel('Eigener Text zu „Arbeit“').fill(assessment);
	await page.getByRole('button', { name: 'Entwurf speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Entwurf gespeichert.');

	// The preview shows the text in its chapter, the atlas's map and the draft mark.
	const preview = page.locator('article.report-preview');
	const arbeit = preview.getByRole('region', { name: 'Arbeit', exact: true });
	await expect(arbeit.getByText(assessment)).toBeVisible();
	await expect(arbeit.getByRole('img').first()).toHaveAccessibleName(/^Karte der/);
	await expect(preview.getByText('ENTWURF – nicht veröffentlicht', { exact: true })).toBeVisible();
	await expectAccessible(page);

	await page.setViewportSize({ width: 390, height: 844 });
	const sideways = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(sideways).toBeLessThanOrEqual(0);
	await page.setViewportSize({ width: 1280, height: 900 });

	await page.getByLabel(/Ich habe die Vorschau geprüft/).check();
	await page.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Bericht veröffentlicht.');
	await expect(page.getByRole('button', { name: 'Entwurf speichern' })).toHaveCount(0);
	await expect(preview.getByText('ENTWURF – nicht veröffentlicht', { exact: true })).toHaveCount(0);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'PDF herunterladen' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^sozialbericht-05513000-2024-\d+\.pdf$/);
	const pdf = await readFile(await download.path());
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	const { PDFParse } = await import('pdf-parse');
	const text = (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text;
	expect(text).toContain(title);
	expect(text).toContain(assessment);
	expect(text).toContain('Handlungsprogramm Soziale Teilhabe 2020–2027 (Demo)');
	expect(text).toContain('DEMO – synthetische Beispieldaten');
});

test('a visitor downloads the published demo report from the atlas and finds it in the archive search', async ({
	page,
	request,
	expectAccessible
}) => {
	test.setTimeout(120_000);
	const demoTitle = 'Sozialbericht Gelsenkirchen 2022 (Demo)';
	await page.goto(`/atlas/${AGS}`);
	const reports = page.getByRole('region', { name: 'Sozialberichte' });
	const card = reports.getByRole('listitem').filter({
		has: page.getByRole('heading', { level: 3, name: demoTitle })
	});
	await expect(card.getByText(/Berichtsjahr 2022 · Deutsch · veröffentlicht am/)).toBeVisible();
	await expectAccessible(page);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		card.getByRole('link', { name: 'PDF herunterladen' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^sozialbericht-05513000-2022-\d+\.pdf$/);
	const pdf = await readFile(await download.path());
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	const { PDFParse } = await import('pdf-parse');
	const text = (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text;
	expect(text).toContain(demoTitle);
	expect(text).toContain('DEMO – synthetische Beispieldaten');

	// The file never changes: a revalidation is answered without rendering it again.
	const href = (await card.getByRole('link', { name: 'PDF herunterladen' }).getAttribute('href'))!;
	const first = await request.get(href);
	expect(first.headers()['cache-control']).toContain('public');
	const again = await request.get(href, { headers: { 'if-none-match': first.headers()['etag'] } });
	expect(again.status()).toBe(304);
	const docx = await request.get(href.replace(/\.pdf$/, '.docx'));
	expect(docx.headers()['content-type']).toContain('wordprocessingml');

	// A draft or an unknown report is not there, in the page's language.
	const missing = await request.get(`/atlas/${AGS}/berichte/999999.pdf?lang=en`);
	expect(missing.status()).toBe(404);
	expect(await missing.text()).toContain('This report does not exist.');

	// The API lists it with absolute addresses.
	const api = await (await request.get(`/api/planning/municipalities/${AGS}/reports`)).json();
	const listed = api.reports.find((r: { title: string }) => r.title === demoTitle);
	expect(listed).toMatchObject({ isDemo: true, year: 2022 });
	expect(listed.links.pdf).toMatch(new RegExp(`^http://[^/]+${href.replace('.', '\\.')}$`));

	await page.goto('/archiv');
	await page.getByLabel('Archiv durchsuchen').fill('Lernförderung Familienzentren');
	await page.getByRole('button', { name: 'Suchen' }).click();
	const hit = page
		.getByRole('region', { name: /Treffer/ })
		.getByRole('listitem')
		.filter({ hasText: 'Sozialbericht Gelsenkirchen, Berichtsjahr 2022' });
	await expect(hit.getByRole('link', { name: `${demoTitle} (PDF)` })).toHaveAttribute('href', href);
	await expect(hit.locator('mark').first()).toBeVisible();
	await expectAccessible(page);

	// In English, the atlas names the reports in English.
	await page.goto(`/atlas/${AGS}?lang=en`);
	await expect(page.getByRole('heading', { level: 2, name: 'Social reports' })).toBeVisible();
	await expect(
		page
			.getByRole('listitem')
			.filter({ hasText: demoTitle })
			.getByText(/Reporting year 2022 · German/)
	).toBeVisible();
});
