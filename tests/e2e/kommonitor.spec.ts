import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * A planner of Gelsenkirchen (demo content) brings in a KomMonitor indicator export: without an
 * indicator chosen the report suggests one by the file name and nothing is stored; with the
 * indicator chosen the values land as a draft, the public atlas stays as it was until the
 * planner publishes, and "Rückgängig" returns to the state before.
 */
const AGS = '05513000';
const planner = { email: 'demo-planung@sozialkonferenz.example', password: 'Schalker-Markt-45879' };
const FILE = 'kommonitor-wohnflaeche-2032.geojson';
const atlas2032 = `/atlas/${AGS}?indikator=wohnflaeche&jahr=2032`;

async function signIn(page: Page) {
	await page.goto('/anmelden', { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(planner.email);
	await page.getByLabel('Passwort', { exact: true }).fill(planner.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page).not.toHaveURL(/\/anmelden/);
}

test('a planner imports a KomMonitor export as a draft, publishes it, and undoes it', async ({
	page,
	browser,
	expectAccessible
}) => {
	test.setTimeout(120_000);
	const buffer = await readFile(new URL(`../fixtures/${FILE}`, import.meta.url));
	await signIn(page);
	await page.goto(`/planung/${AGS}/import`);
	const section = page.getByRole('region', { name: 'KomMonitor-Export' });

	// No indicator chosen: the report asks for it and suggests one from the file name.
	await section
		.getByLabel('KomMonitor-Indikator (GeoJSON)')
		.setInputFiles({ name: FILE, mimeType: 'application/geo+json', buffer });
	await section.getByRole('button', { name: 'KomMonitor-Export hochladen' }).click();
	await expect(page.getByText(`„${FILE}“ wurde nicht gespeichert: 1 Probleme.`)).toBeVisible();
	const report = page.getByRole('table', { name: `Prüfbericht für „${FILE}“` });
	await expect(report).toContainText('Der Indikator fehlt.');
	await expect(report).toContainText('Meinten Sie: wohnflaeche');
	await expectAccessible(page);

	// With the indicator: a draft, not yet public.
	await section
		.getByLabel('KomMonitor-Indikator (GeoJSON)')
		.setInputFiles({ name: FILE, mimeType: 'application/geo+json', buffer });
	await section
		.getByLabel('Indikator, zu dem die Werte gehören')
		.selectOption({ label: 'Wohnfläche je Einwohner (wohnflaeche)' });
	await section.getByRole('button', { name: 'KomMonitor-Export hochladen' }).click();
	await expect(
		page.getByText(`„${FILE}“ ist als Entwurf gespeichert – noch nicht öffentlich.`)
	).toBeVisible();

	const anonymous = await browser.newContext();
	const visitor = await anonymous.newPage();
	await visitor.goto(atlas2032);
	await expect(visitor.locator('select[name="jahr"]')).not.toHaveValue('2032');

	await page.goto(`/planung/${AGS}/import`);
	const draft = page.getByRole('region', { name: 'Entwurf und Veröffentlichung' });
	// 24 areas, two of them "NaN" in the export: 22 values, all for the new year.
	await expect(draft).toContainText('22 Werte: 22 neu');
	await expect(draft).toContainText('2032 (neu)');
	await expect(draft).toContainText(FILE);

	await draft.getByRole('link', { name: 'Veröffentlichen …' }).click();
	await draft.getByRole('button', { name: 'Ja, veröffentlichen' }).click();
	await expect(page.getByText('Veröffentlicht: 22 Werte sind jetzt öffentlich.')).toBeVisible();
	await visitor.goto(atlas2032);
	await expect(visitor.locator('select[name="jahr"]')).toHaveValue('2032');

	// Back to the state before, so the demo data stay as the other specs expect them.
	await draft.getByRole('link', { name: 'Rückgängig …' }).click();
	await draft.getByRole('button', { name: 'Ja, rückgängig machen' }).click();
	await expect(page.getByText(`„${FILE}“ ist rückgängig gemacht`)).toBeVisible();
	await visitor.goto(atlas2032);
	await expect(visitor.locator('select[name="jahr"]')).not.toHaveValue('2032');
	await anonymous.close();
});
