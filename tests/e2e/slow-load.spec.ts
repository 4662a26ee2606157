import { expect, test } from './fixtures';

/**
 * On a slow phone the form is on screen long before the page's scripts have loaded. What a person
 * types, picks and ticks in that time must still be there when the scripts take over.
 */
test('what a person types while the page is still loading is kept', async ({ page }) => {
	let release = () => {};
	const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await scriptsHeld;
		await route.continue();
	});

	await page.goto('/konferenz/2027/anmeldung', { waitUntil: 'commit' });
	await page.getByLabel('Vorname').fill('Şule');
	await page.getByLabel('Nachname').fill('Yıldız-Łukasiewicz');
	await page.getByLabel('Bereich').selectOption({ label: 'Kommunalverwaltung' });
	await page.getByLabel('Ich habe die Datenschutzhinweise gelesen.').check();
	await expect(page.locator('html[data-hydrated]')).toHaveCount(0);

	release();
	await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
	await expect(page.getByLabel('Vorname')).toHaveValue('Şule');
	await expect(page.getByLabel('Nachname')).toHaveValue('Yıldız-Łukasiewicz');
	await expect(page.getByLabel('Bereich')).toHaveValue('kommunalverwaltung');
	await expect(page.getByLabel('Ich habe die Datenschutzhinweise gelesen.')).toBeChecked();
});
