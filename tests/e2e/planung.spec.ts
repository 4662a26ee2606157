import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { windows1252 } from '../../src/lib/server/monitoring/testing';

/**
 * A planner's path through the planning area with the demo content (Gelsenkirchen, 05513000,
 * synthetic areas): a broken file is refused with its report and stores nothing, a
 * Windows-1252 file goes in as a draft, is published, shows in the history and the preview, the
 * dataset is published into the public atlas, and the import is undone. A draft stays out of the
 * public atlas until it is published, and "Rückgängig" brings back the previous published state.
 * Another municipality's pages answer 403.
 */
const AGS = '05513000';
const planner = { email: 'demo-planung@sozialkonferenz.example', password: 'Schalker-Markt-45879' };
const admin = { email: 'demo-admin@sozialkonferenz.example', password: 'Zeche-Zollverein-1986' };

async function signIn(page: Page, who: { email: string; password: string }) {
	// Filling before hydration finishes can lose a field on a busy machine.
	await page.goto('/anmelden', { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(who.email);
	await page.getByLabel('Passwort', { exact: true }).fill(who.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page).not.toHaveURL(/\/anmelden/);
}

/** Wohnfläche 2023 for the given areas: 40,0, 40,5 … m² (the header's umlaut tests the encoding). */
function validCsv(codes: readonly string[]): Buffer {
	const rows = ['Gebiet;Indikator;Jahr;Wert'];
	codes.forEach((code, i) => {
		const value = (40 + i * 0.5).toFixed(1).replace('.', ',');
		rows.push(`${code};Wohnfläche je Einwohner;2023;${value}`);
	});
	return Buffer.from(windows1252(rows.join('\r\n') + '\r\n'));
}

const brokenCsv = Buffer.from(
	[
		'Gebiet;Indikator;Jahr;Wert',
		'001;sgb2_quote;2023;12,5',
		'999;sgb2_quote;2023;11',
		'002;sgb2_quote;2023;zwölf',
		'003;sgb2_qoute;2023;11'
	].join('\n')
);

test.describe.configure({ mode: 'serial' });

test('a planner imports, previews, publishes and undoes, and every page is accessible', async ({
	page,
	expectAccessible
}) => {
	test.setTimeout(120_000);
	await signIn(page, planner);
	await expect(page).toHaveURL(/\/planung$/);
	await page.getByRole('link', { name: 'Sozialmonitoring Gelsenkirchen öffnen' }).click();
	await expect(page).toHaveURL(`/planung/${AGS}`);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Sozialmonitoring Gelsenkirchen' })
	).toBeVisible();
	// The demo areas' codes, from the public download while the demo data is still published.
	const download = await page.request.get(`/atlas/${AGS}/daten.csv`);
	expect(download.status()).toBe(200);
	const codes = [
		...new Set(
			(await download.text())
				.split('\n')
				.slice(1)
				.filter((line) => line.startsWith(AGS))
				.map((line) => line.split(';')[1])
		)
	];
	expect(codes.length).toBeGreaterThan(10);
	const top = (40 + (codes.length - 1) * 0.5).toFixed(1).replace('.', ',');
	await expect(page.getByText(`${codes.length} Quartiere.`)).toBeVisible();
	await expectAccessible(page);

	// Withdraw the demo data first, so that publishing is this test's own step.
	await page.getByRole('button', { name: 'Veröffentlichung zurückziehen' }).click();
	await expect(page.getByText('Die Daten sind nicht mehr öffentlich.')).toBeVisible();
	const history = page.getByRole('table', { name: 'Alle Importe, neueste zuerst' });
	const importsBefore = await history.getByRole('row').count();

	// A broken file: every problem with row and column, nothing stored.
	await page.getByRole('link', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Import Gelsenkirchen' })).toBeVisible();
	await expectAccessible(page);

	// The template: the municipality's areas × the chosen indicators, headers the import reads.
	await page.getByLabel('SGB-II-Quote in die Vorlage').check();
	await page.getByLabel('Jahr der Werte').fill('2025');
	const templateDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Vorlage herunterladen (CSV)' }).click();
	const template = await readFile((await (await templateDownload).path())!, 'utf8');
	const templateLines = template
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	// A share comes with its numerator and base columns, which disclosure control needs.
	expect(templateLines[0]).toBe(
		'Gebiet;Gebietsname;Jahr;sgb2_quote;sgb2_quote_zaehler;sgb2_quote_nenner'
	);
	expect(
		templateLines
			.slice(1)
			.map((line) => line.split(';')[0])
			.sort()
	).toEqual([...codes].sort());
	expect(templateLines[1]).toMatch(/;2025;;;$/);
	await page
		.getByLabel('Datei', { exact: true })
		.first()
		.setInputFiles({ name: 'fehlerhaft.csv', mimeType: 'text/csv', buffer: brokenCsv });
	await page.getByRole('button', { name: 'Werte hochladen' }).click();
	await expect(
		page.getByText('„fehlerhaft.csv“ wurde nicht gespeichert: 3 Probleme.')
	).toBeVisible();
	const report = page.getByRole('table', { name: 'Prüfbericht für „fehlerhaft.csv“' });
	await expect(report.getByRole('row')).toHaveCount(4);
	await expect(report.getByRole('row').nth(1)).toContainText('3');
	await expect(report.getByRole('row').nth(1)).toContainText('A (Gebiet)');
	await expect(report.getByRole('row').nth(1)).toContainText('999');
	await expect(report.getByRole('row').nth(2)).toContainText('D (Wert)');
	await expect(report.getByRole('row').nth(2)).toContainText('zwölf');
	// A misspelt code is answered with the valid code closest to it.
	await expect(report.getByRole('row').nth(3)).toContainText('B (Indikator)');
	await expect(report.getByRole('row').nth(3)).toContainText('Meinten Sie: sgb2_quote');
	await expectAccessible(page);

	// A valid Windows-1252 file.
	await page
		.getByLabel('Datei', { exact: true })
		.first()
		.setInputFiles({ name: 'wohnflaeche-2023.csv', mimeType: 'text/csv', buffer: validCsv(codes) });
	await page.getByRole('button', { name: 'Werte hochladen' }).click();
	await expect(
		page.getByText('„wohnflaeche-2023.csv“ ist als Entwurf gespeichert – noch nicht öffentlich.')
	).toBeVisible();
	await expect(
		page.getByText(`${codes.length} Zeilen: ${codes.length} neu, 0 ersetzt.`)
	).toBeVisible();
	await expect(page.getByText('Windows-1252', { exact: true })).toBeVisible();

	// The values are a draft: published after a confirmation that says what changes.
	await page.goto(`/planung/${AGS}/import`);
	const draft = page.getByRole('region', { name: 'Entwurf und Veröffentlichung' });
	await expect(draft).toContainText(`${codes.length} Werte: ${codes.length} neu`);
	await draft.getByRole('link', { name: 'Veröffentlichen …' }).click();
	await expect(
		draft.getByRole('heading', { name: 'Entwurf wirklich veröffentlichen?' })
	).toBeVisible();
	await expectAccessible(page);
	await draft.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
	await expect(
		page.getByText(`Veröffentlicht: ${codes.length} Werte sind jetzt öffentlich.`)
	).toBeVisible();

	// The history has the valid file only.
	await page.getByRole('link', { name: 'Daten und Veröffentlichung' }).click();
	await expect(history.getByRole('row')).toHaveCount(importsBefore + 1);
	await expect(history.getByRole('row').nth(1)).toContainText('wohnflaeche-2023.csv');
	await expect(history).not.toContainText('fehlerhaft.csv');
	await expect(page.getByRole('row', { name: /Wohnfläche je Einwohner/ })).toContainText('2023');

	// The preview shows the unpublished values.
	await page.goto(`/planung/${AGS}/vorschau?indikator=wohnflaeche&jahr=2023`);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Vorschau Gelsenkirchen' })
	).toBeVisible();
	await expect(page.getByRole('row', { name: /^Bezirk/ }).filter({ hasText: top })).toHaveCount(1);
	// The preview says it shows the public view; the planner's own pages say they do not.
	await expect(page.locator('.view-note')).toContainText('Öffentliche Ansicht');
	await expectAccessible(page);

	// Not public yet.
	const hidden = await page.request.get(`/atlas/${AGS}`);
	expect(hidden.status()).toBe(404);

	// Publish: the public atlas has the new values.
	await page.goto(`/planung/${AGS}`);
	await expect(page.locator('.view-note')).toContainText('Interne Ansicht');
	await page.getByRole('button', { name: 'Veröffentlichen' }).click();
	await expect(
		page.getByText('Die Daten sind jetzt im öffentlichen Sozialatlas sichtbar.')
	).toBeVisible();
	await page.goto(`/atlas/${AGS}?indikator=wohnflaeche&jahr=2023`);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Sozialatlas Metropole Ruhr: Gelsenkirchen' })
	).toBeVisible();
	await expect(page.locator('select[name="jahr"]')).toHaveValue('2023');
	await expect(page.getByRole('row', { name: /^Bezirk/ }).filter({ hasText: top })).toHaveCount(1);

	// Undo, after a confirmation: the values are gone from the atlas again.
	await page.goto(`/planung/${AGS}`);
	await page.getByRole('link', { name: 'Import „wohnflaeche-2023.csv“ rückgängig machen' }).click();
	await expect(
		page.getByRole('heading', { name: 'Wirklich zum vorigen veröffentlichten Stand zurück?' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Ja, rückgängig machen' }).click();
	await expect(page.getByText('„wohnflaeche-2023.csv“ ist rückgängig gemacht')).toBeVisible();
	await page.goto(`/planung/${AGS}`);
	await expect(history.getByRole('row').nth(1)).toContainText('rückgängig gemacht');
	await page.goto(`/atlas/${AGS}?indikator=wohnflaeche&jahr=2023`);
	await expect(page.locator('select[name="jahr"]')).not.toHaveValue('2023');
	await expect(page.getByRole('row', { name: /^Bezirk/ }).filter({ hasText: top })).toHaveCount(0);
});

test('an import is a draft: the public atlas is unchanged until the planner publishes it, and undo brings back the state before', async ({
	page,
	browser,
	expectAccessible
}) => {
	test.setTimeout(120_000);
	const atlas2030 = `/atlas/${AGS}?indikator=wohnflaeche&jahr=2030`;
	// Two rows for a new year, the case from the bug report.
	const csv = Buffer.from(
		'Gebiet;Indikator;Jahr;Wert\r\n'.concat(
			(await (await page.request.get(`/atlas/${AGS}/daten.csv`)).text())
				.split('\n')
				.slice(1)
				.filter((line) => line.startsWith(AGS))
				.map((line) => line.split(';')[1])
				.filter((code, i, all) => all.indexOf(code) === i)
				.slice(0, 2)
				.map((code, i) => `${code};wohnflaeche;2030;${50 + i}\r\n`)
				.join('')
		)
	);
	await signIn(page, planner);
	await page.goto(`/planung/${AGS}/import`);
	await page
		.getByLabel('Datei', { exact: true })
		.first()
		.setInputFiles({ name: 'zwei-zeilen-2030.csv', mimeType: 'text/csv', buffer: csv });
	await page.getByRole('button', { name: 'Werte hochladen' }).click();
	await expect(
		page.getByText('„zwei-zeilen-2030.csv“ ist als Entwurf gespeichert – noch nicht öffentlich.')
	).toBeVisible();

	// The public atlas, its downloads and the API do not know 2030.
	const anonymous = await browser.newContext();
	const visitor = await anonymous.newPage();
	await visitor.goto(atlas2030);
	await expect(visitor.locator('select[name="jahr"]')).not.toHaveValue('2030');
	expect(await (await visitor.request.get(`/atlas/${AGS}/daten.csv`)).text()).not.toContain(
		';2030;'
	);
	const api = await visitor.request.get(
		`/api/monitoring/municipalities/${AGS}/values?year=all&indicator=wohnflaeche`
	);
	expect(JSON.stringify(await api.json())).not.toContain('2030');
	// `?entwurf` shows an anonymous visitor the published atlas, without the draft.
	await visitor.goto(`${atlas2030}&entwurf`);
	await expect(visitor.locator('select[name="jahr"]')).not.toHaveValue('2030');
	await expect(visitor.getByText('Vorschau mit dem unveröffentlichten Entwurf')).toHaveCount(0);

	// The planner's preview: the same atlas page, marked as a draft.
	await page.goto(`/planung/${AGS}/import`);
	const draft = page.getByRole('region', { name: 'Entwurf und Veröffentlichung' });
	await expect(draft).toContainText('2 Werte: 2 neu');
	await expect(draft).toContainText('2030 (neu)');
	await draft.getByRole('link', { name: /^Vorschau/ }).click();
	await expect(page).toHaveURL(`/atlas/${AGS}?entwurf`);
	await expect(page.getByText('Vorschau mit dem unveröffentlichten Entwurf')).toBeVisible();
	await page.goto(`${atlas2030}&entwurf`);
	await expect(page.locator('select[name="jahr"]')).toHaveValue('2030');
	await expectAccessible(page);

	// Publish after the confirmation: the public atlas shows 2030.
	await page.goto(`/planung/${AGS}/import`);
	await draft.getByRole('link', { name: 'Veröffentlichen …' }).click();
	await expect(draft).toContainText('für die Jahre 2030 (neu)');
	await draft.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
	await expect(page.getByText('Veröffentlicht: 2 Werte sind jetzt öffentlich.')).toBeVisible();
	await visitor.goto(atlas2030);
	await expect(visitor.locator('select[name="jahr"]')).toHaveValue('2030');

	// "Rückgängig", after a confirmation: the public atlas is back to the state before.
	await draft.getByRole('link', { name: 'Rückgängig …' }).click();
	await expect(
		draft.getByRole('heading', { name: 'Wirklich zum vorigen veröffentlichten Stand zurück?' })
	).toBeVisible();
	await expect(draft).toContainText('zwei-zeilen-2030.csv');
	await draft.getByRole('button', { name: 'Ja, rückgängig machen' }).click();
	await expect(page.getByText('„zwei-zeilen-2030.csv“ ist rückgängig gemacht')).toBeVisible();
	await visitor.goto(atlas2030);
	await expect(visitor.locator('select[name="jahr"]')).not.toHaveValue('2030');
	await anonymous.close();
});

test.describe('a boundary change', () => {
	// The refused undo answers 400, which the browser notes in its console.
	test.use({ allowedConsoleErrors: [/status of 400/] });

	test('new boundaries are a draft first, then keep the old ones: the area page shows a break in series, and undo restores the previous boundaries', async ({
		page,
		browser,
		expectAccessible
	}) => {
		test.setTimeout(120_000);
		const code = (await (await page.request.get(`/atlas/${AGS}/daten.csv`)).text())
			.split('\n')
			.slice(1)
			.find((line) => line.startsWith(AGS))!
			.split(';')[1];
		// The area moves elsewhere: a boundary change by any measure.
		const moved = Buffer.from(
			JSON.stringify({
				type: 'FeatureCollection',
				features: [
					{
						type: 'Feature',
						properties: { id: code, name: 'Neues Quartier' },
						geometry: {
							type: 'Polygon',
							coordinates: [
								[
									[7.0, 51.5],
									[7.01, 51.5],
									[7.01, 51.51],
									[7.0, 51.51],
									[7.0, 51.5]
								]
							]
						}
					}
				]
			})
		);
		await signIn(page, planner);
		await page.goto(`/planung/${AGS}/import`);
		const from = page.getByLabel('Neue Grenzen gelten ab dem Jahr');
		const year = Number(await from.inputValue());
		expect(year).toBeGreaterThan(2000);
		await page.locator('#areas-file').setInputFiles({
			name: 'grenzen-neu.geojson',
			mimeType: 'application/geo+json',
			buffer: moved
		});
		await page.getByRole('button', { name: 'Gebiete hochladen' }).click();
		await expect(
			page.getByText('„grenzen-neu.geojson“ ist als Entwurf gespeichert – noch nicht öffentlich.')
		).toBeVisible();

		// A draft: the public area page is unchanged, the planner checks the change and the preview.
		const anonymous = await browser.newContext();
		const visitor = await anonymous.newPage();
		await visitor.goto(`/atlas/${AGS}/${encodeURIComponent(code)}`);
		await expect(visitor.getByRole('heading', { level: 1 })).not.toContainText('Neues Quartier');
		await page.goto(`/planung/${AGS}/import`);
		const areaDraft = page.getByRole('region', { name: 'Entwurf und Veröffentlichung' });
		const changes = areaDraft.getByRole('table', { name: 'Gebiete, die sich ändern' });
		await expect(changes).toContainText('Neues Quartier');
		await expect(changes).toContainText(`neue Abgrenzung ab ${year}`);
		await expectAccessible(page);
		await page.goto(`/atlas/${AGS}/${encodeURIComponent(code)}?entwurf`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Neues Quartier');
		await expect(page.getByTestId('series-break')).toContainText(`Zeitreihenbruch ${year}`);
		await page.goto(`/planung/${AGS}/import`);
		await areaDraft.getByRole('link', { name: 'Veröffentlichen …' }).click();
		await expect(areaDraft).toContainText(`1 neue Abgrenzungen ab ${year}`);
		await areaDraft.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
		await expect(
			page.getByText('Veröffentlicht: Die neuen Gebietsgrenzen gelten jetzt.')
		).toBeVisible();
		await visitor.goto(`/atlas/${AGS}/${encodeURIComponent(code)}`);
		await expect(visitor.getByRole('heading', { level: 1 })).toContainText('Neues Quartier');
		await anonymous.close();

		await page.goto(`/atlas/${AGS}/${encodeURIComponent(code)}`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Neues Quartier');
		const notice = page.getByTestId('series-break');
		await expect(notice).toContainText(`Zeitreihenbruch ${year}`);
		await expect(notice).toContainText(`bis ${year - 1}`);
		// The values before the break are the predecessor's, listed apart from the area's own.
		await expect(page.locator('.series.predecessor').first()).toContainText(`${year - 1}: `);
		await expect(page.locator('svg [data-series="break"]').first()).toBeAttached();
		await expectAccessible(page);

		// The demo's Handlungsraum "Nord (Demo)" holds the area: the Handlungsprogramm asks the
		// planner to carry it over to the new boundary, keeping the old one for the years before.
		await page.goto(`/planung/${AGS}/programm`);
		const demoPlan = page.locator('select[name="plan"] option', {
			hasText: 'Soziale Teilhabe 2020–2027 (Demo)'
		});
		const planQuery = (await demoPlan.count())
			? `?plan=${await demoPlan.getAttribute('value')}`
			: '';
		await page.goto(`/planung/${AGS}/programm${planQuery}`, { waitUntil: 'networkidle' });
		const carryButton = page.getByRole('button', {
			name: 'Nachfolger in „Nord (Demo)“ übernehmen'
		});
		const carry = page.getByRole('note').filter({ has: carryButton });
		await expect(carry).toContainText('Neue Gebietsgliederung');
		await expect(carry).toContainText(`(bis ${year - 1})`);
		await expect(carry).toContainText(`${code} Neues Quartier (ab ${year})`);
		await expectAccessible(page);
		await carryButton.click();
		await expect(page.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();
		await expect(carryButton).toHaveCount(0);
		await expect(
			page.getByText(/Frühere Abgrenzungen, für die Jahre bis zur Änderung/).first()
		).toContainText(`(bis ${year - 1})`);

		// The boundaries cannot be undone while the Handlungsraum uses them: a clear refusal.
		await page.goto(`/planung/${AGS}/import`);
		const draft = page.getByRole('region', { name: 'Entwurf und Veröffentlichung' });
		await draft.getByRole('link', { name: 'Rückgängig …' }).click();
		await draft.getByRole('button', { name: 'Ja, rückgängig machen' }).click();
		await expect(page.getByRole('alert')).toContainText(
			'Gebiete dieses Imports werden in der Planung verwendet'
		);
		// The planner takes the new area out of the Handlungsraum again, then undoes.
		await page.goto(`/planung/${AGS}/programm${planQuery}`, { waitUntil: 'networkidle' });
		const nordEdit = page
			.locator('details')
			.filter({ has: page.locator('summary', { hasText: '„Nord (Demo)“ bearbeiten' }) });
		await nordEdit.locator('summary').click();
		const newArea = nordEdit.getByRole('checkbox', { name: `${code} Neues Quartier` });
		await expect(newArea).toBeChecked();
		await newArea.uncheck();
		await nordEdit.getByRole('button', { name: 'Handlungsraum speichern' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();

		await page.goto(`/planung/${AGS}/import`);
		await draft.getByRole('link', { name: 'Rückgängig …' }).click();
		await expect(draft).toContainText('grenzen-neu.geojson');
		await draft.getByRole('button', { name: 'Ja, rückgängig machen' }).click();
		await expect(page.getByText('„grenzen-neu.geojson“ ist rückgängig gemacht')).toBeVisible();
		await page.goto(`/atlas/${AGS}/${encodeURIComponent(code)}`);
		await expect(page.getByTestId('series-break')).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Neues Quartier');
	});
});

test('a planner names the area types, and the public atlas shows the names', async ({
	page,
	expectAccessible
}) => {
	await signIn(page, planner);
	await page.goto(`/planung/${AGS}/typen`);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Gebietstypen Gelsenkirchen' })
	).toBeVisible();
	await expectAccessible(page);
	const first = page.getByRole('group', { name: /^Typ 1/ });
	await first.getByLabel('Name des Typs').fill('Wohnlagen am Rand');
	await first.getByLabel('Beschreibung').fill('Ruhige Wohnlagen am Stadtrand.');
	await page.getByRole('button', { name: 'Namen speichern' }).click();
	await expect(page.getByText('Namen und Beschreibungen sind gespeichert.')).toBeVisible();
	await expect(first.getByLabel('Name des Typs')).toHaveValue('Wohnlagen am Rand');
	await page.goto(`/atlas/${AGS}`);
	await expect(page.getByRole('heading', { level: 3, name: /Wohnlagen am Rand/ })).toBeVisible();
	await expect(page.getByText('Ruhige Wohnlagen am Stadtrand.')).toBeVisible();
	// The table names the type, and so does the Quartier profile.
	await page
		.getByRole('row')
		.filter({ hasText: 'Wohnlagen am Rand' })
		.first()
		.getByRole('link')
		.click();
	await expect(page.getByText(/Wohnlagen am Rand \(Ruhige Wohnlagen/)).toBeVisible();
	await expectAccessible(page);
});

test.describe('choice of analysis', () => {
	// The refused choice answers 400, which the browser logs; that is the point of that step.
	test.use({ allowedConsoleErrors: [/status of 400/] });

	test('a planner chooses the indicators of the typology, previews the types, saves, and the atlas follows', async ({
		page,
		expectAccessible
	}) => {
		test.setTimeout(90_000);
		await signIn(page, planner);
		await page.goto(`/planung/${AGS}`);
		await page.getByRole('link', { name: 'Auswertung', exact: true }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Auswertung Gelsenkirchen' })
		).toBeVisible();
		await expectAccessible(page);
		const typology = page.getByRole('group', {
			name: 'Indikatoren der Typisierung (mindestens zwei)'
		});
		const check = (name: string) => typology.getByRole('checkbox', { name, exact: true });

		// One indicator is not enough: the message names the field, nothing is stored.
		for (const box of await typology.getByRole('checkbox').all()) await box.uncheck();
		await check('SGB-II-Quote').check();
		await page.getByRole('button', { name: 'Auswahl speichern' }).click();
		await expect(page.getByRole('alert')).toContainText(
			'Für die Gebietstypisierung bitte mindestens zwei Indikatoren wählen.'
		);
		await expectAccessible(page);

		// Poverty and age structure only, three types: the preview shows the profiles.
		await check('Anteil unter 18 Jahren').check();
		await check('Anteil 65 Jahre und älter').check();
		await page.getByLabel('Zahl der Typen').selectOption('3');
		await page.getByLabel('Ausreißer in der Typisierung').selectOption('3');
		await page.getByRole('button', { name: 'Vorschau anzeigen' }).click();
		const preview = page.getByRole('region', { name: 'Vorschau (nicht gespeichert)' });
		await expect(
			preview.getByRole('heading', { name: /Gebietstypen \d{4}: 3 Typen/ })
		).toBeVisible();
		const profiles = preview.getByRole('table', { name: /Typprofile/ });
		await expect(profiles.getByRole('row')).toHaveCount(4);
		await expect(
			profiles.getByRole('columnheader', { name: 'Wohnfläche je Einwohner' })
		).toHaveCount(0);
		await expect(profiles).toContainText(/hoch: |niedrig: /);
		await expect(preview.getByRole('table', { name: 'Gebiete je Statusklasse' })).toBeVisible();
		await expectAccessible(page);

		// Not saved yet: the atlas still shows the default typology.
		await page.goto(`/atlas/${AGS}`);
		await expect(
			page.getByText(/standardisierten Indikatoren: .*Wohnfläche je Einwohner/)
		).toBeVisible();

		await page.goto(`/planung/${AGS}/auswertung`);
		await expect(check('Wohnfläche je Einwohner')).toBeChecked();
		for (const box of await typology.getByRole('checkbox').all()) await box.uncheck();
		for (const name of ['SGB-II-Quote', 'Anteil unter 18 Jahren', 'Anteil 65 Jahre und älter']) {
			await check(name).check();
		}
		await page.getByLabel('Zahl der Typen').selectOption('3');
		await page.getByRole('button', { name: 'Auswahl speichern' }).click();
		await expect(page.getByRole('status')).toContainText('Die Auswahl ist gespeichert');
		await expect(check('Wohnfläche je Einwohner')).not.toBeChecked();

		// The public atlas and the planner's preview use the saved choice.
		await page.goto(`/atlas/${AGS}`);
		await expect(
			page.getByText(
				'standardisierten Indikatoren: SGB-II-Quote, Anteil unter 18 Jahren, Anteil 65 Jahre und älter.',
				{ exact: false }
			)
		).toBeVisible();
		await expect(page.getByRole('heading', { level: 3, name: /^Typ \d/ })).toHaveCount(3);

		// Back to the defaults, so that other paths see the demo as shipped.
		await page.goto(`/planung/${AGS}/auswertung`);
		for (const name of ['Anteil nichtdeutscher Staatsangehörigkeit', 'Wohnfläche je Einwohner']) {
			await check(name).check();
		}
		await page.getByLabel('Zahl der Typen').selectOption('');
		await page.getByRole('button', { name: 'Auswahl speichern' }).click();
		await expect(page.getByRole('status')).toContainText('Die Auswahl ist gespeichert');
	});
});

test.describe('another municipality', () => {
	// The browser logs the 403 of the page it is refused; that is the point here.
	test.use({ allowedConsoleErrors: [/status of 403/] });

	test('a planner of another municipality is refused every page and action with 403', async ({
		page,
		expectAccessible
	}) => {
		await signIn(page, planner);
		await expect(page).toHaveURL(/\/planung$/);
		const duisburg = '05112000';
		for (const path of [
			'',
			'/import',
			'/import/vorlage.csv',
			'/vorschau',
			'/typen',
			'/auswertung'
		]) {
			const response = await page.request.get(`/planung/${duisburg}${path}`, { maxRedirects: 0 });
			expect(response.status(), `GET /planung/${duisburg}${path}`).toBe(403);
		}
		for (const [path, action] of [
			['', 'publish'],
			['', 'unpublish'],
			['', 'settings'],
			['', 'undo'],
			['/import', 'values'],
			['/import', 'areas'],
			['/import', 'publish'],
			['/import', 'discard'],
			['/import', 'undo'],
			['/import', 'kommonitorValues'],
			['/import', 'kommonitorAreas']
		]) {
			const response = await page.request.post(`/planung/${duisburg}${path}?/${action}`, {
				form: { importId: '1', areaTerm: 'Bezirk', entwurf: '1', werte: '1' },
				maxRedirects: 0
			});
			expect(response.status(), `POST ${path}?/${action}`).toBe(403);
		}
		const typen = await page.request.post(`/planung/${duisburg}/typen`, {
			form: { typology: 'x', name_1: 'y' },
			maxRedirects: 0
		});
		expect(typen.status()).toBe(403);
		const response = await page.goto(`/planung/${duisburg}`);
		expect(response?.status()).toBe(403);
		await expect(
			page.getByText('Für diesen Bereich fehlt Ihrem Konto die Berechtigung.')
		).toBeVisible();
		await expectAccessible(page);
	});
});

test('an admin chooses any municipality and sees its unpublished data', async ({
	page,
	expectAccessible
}) => {
	await signIn(page, admin);
	await page.goto('/planung');
	await page.getByLabel('Gemeinde').selectOption({ label: 'Hamm' });
	await page.getByRole('button', { name: 'Als Administration öffnen' }).click();
	await expect(page).toHaveURL('/planung/05915000');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Sozialmonitoring Hamm' })
	).toBeVisible();
	await expect(page.getByText('Nicht veröffentlicht.')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Vorschau' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Vorschau Hamm' })).toBeVisible();
	await expect(page.getByRole('table').first()).toBeVisible();
	await expectAccessible(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, allowedConsoleErrors: [/status of 422/] });

	test('the upload is a plain form post and answers with the same report', async ({ page }) => {
		await signIn(page, planner);
		await page.goto(`/planung/${AGS}/import`);
		await page
			.getByLabel('Datei', { exact: true })
			.first()
			.setInputFiles({ name: 'ohne-js.csv', mimeType: 'text/csv', buffer: brokenCsv });
		await page.getByRole('button', { name: 'Werte hochladen' }).click();
		await expect(
			page.getByText('„ohne-js.csv“ wurde nicht gespeichert: 3 Probleme.')
		).toBeVisible();
		await expect(
			page.getByRole('table', { name: 'Prüfbericht für „ohne-js.csv“' }).getByRole('row')
		).toHaveCount(4);
		await page.goto(`/planung/${AGS}`);
		await expect(
			page.getByRole('table', { name: 'Alle Importe, neueste zuerst' })
		).not.toContainText('ohne-js.csv');
	});
});
