import type { APIRequestContext, Page } from '@playwright/test';
import { anOpenEdition, confirmByMail } from './edition';
import { expect, test } from './fixtures';

/**
 * The organiser's re-plan on the day: after round 1 one person has not come and one arrives
 * late. The re-plan keeps round 1 exactly as it was and seats the late arrival in the rounds
 * still to come, without the no-show.
 */
test.describe.configure({ mode: 'serial' });

// An edition of its own: the registration spec counts the seats of 2027.
const year = 2096;
const unique = Date.now().toString(36);
const title = `World Café Nachplanung ${unique}`;
const organiser = { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' };
const present = ['Anna', 'Bert', 'Cem', 'Dora'].map((first) => `${first} Tag-${unique}`);
const noShow = `Erik Tag-${unique}`;
const late = `Lina Tag-${unique}`;

const emailOf = (name: string) => `${name.split(' ')[0].toLowerCase()}-${unique}@example.org`;

async function register(request: APIRequestContext, name: string, i: number) {
	const [firstName, lastName] = name.split(' ');
	const response = await request.post(`/api/editions/${year}/registrations`, {
		data: {
			firstName,
			lastName,
			email: emailOf(name),
			sector: ['politik', 'wissenschaft', 'kommunalverwaltung'][i % 3],
			municipality: ['05911000', '05513000', '05113000'][i % 3],
			privacyAcknowledged: true
		}
	});
	expect(response.status()).toBe(202);
}

async function signIn(page: Page) {
	// Filling before hydration finishes can lose a field on a busy machine.
	await page.goto(`/anmelden?weiter=/admin/worldcafe`, { waitUntil: 'networkidle' });
	await page.getByLabel('E-Mail-Adresse').fill(organiser.email);
	await page.getByLabel('Passwort', { exact: true }).fill(organiser.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'World Café' })).toBeVisible();
}

async function checkIn(page: Page, names: string[]) {
	await page.goto(`/checkin/${year}`);
	await page.getByLabel('Nach Namen suchen').fill(`Tag-${unique}`);
	await page.getByRole('button', { name: 'Suchen' }).click();
	for (const name of names) {
		await page.getByRole('button', { name: `${name} einchecken` }).click();
		await expect(page.getByText(/Willkommen! Eingecheckt um/)).toBeVisible();
		// Checked in once, the button goes; the list says "eingecheckt" instead.
		await expect(page.getByRole('button', { name: `${name} einchecken` })).toHaveCount(0);
	}
}

/** Who sits where in one round of the printed plan: table heading → names. */
async function roundOnPrint(page: Page, round: number): Promise<Record<string, string[]>> {
	const region = page.getByRole('region', { name: new RegExp(`^Runde ${round} `) });
	const seating: Record<string, string[]> = {};
	for (const table of await region.locator('.plan-table').all()) {
		const heading = (await table.getByRole('heading').textContent()) ?? '';
		const names = await table.getByRole('listitem').allTextContents();
		seating[heading.trim()] = names.map((n) => n.trim()).filter((n) => n.includes(unique));
	}
	return seating;
}

const everyone = (seating: Record<string, string[]>) => Object.values(seating).flat();

test('after round 1 the organiser re-plans for a late arrival and a no-show', async ({
	page,
	request,
	expectAccessible
}) => {
	test.setTimeout(90_000);
	await signIn(page);
	await anOpenEdition(page, request, year);
	for (const [i, name] of [...present, noShow].entries()) {
		await register(request, name, i);
		await confirmByMail(page, emailOf(name));
	}
	await page.goto('/admin/worldcafe');
	await page
		.getByLabel('Konferenz')
		.selectOption({ label: `${year}: Begegnung im Quartier ${year}` });
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Zahl der Runden').fill('3');
	await page.getByRole('button', { name: 'World Café anlegen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const cafePath = new URL(page.url()).pathname;
	for (const [i, topic] of ['Wohnen', 'Bildung', 'Gesundheit'].entries()) {
		await page.getByLabel('Thema', { exact: true }).fill(topic);
		await page.getByLabel('Gastgeber:in', { exact: true }).fill(`Gastgeber ${i + 1}`);
		await page.getByLabel('Plätze (ohne Gastgeber:in)').fill('40');
		await page.getByRole('button', { name: 'Tisch hinzufügen' }).click();
		await expect(page.getByRole('status')).toHaveText('Tisch angelegt.');
	}
	await page.getByRole('button', { name: 'Zuteilen' }).click();
	await expect(page.getByRole('status')).toContainText('Tischplan erstellt');

	await page.goto(`${cafePath}/druck`);
	const morning = await roundOnPrint(page, 1);
	expect(everyone(morning)).toContainEqual(expect.stringContaining(noShow));
	expect(everyone(await roundOnPrint(page, 2))).toContainEqual(expect.stringContaining(noShow));

	// The day: four come, one does not, one more registers on the spot and checks in late
	// without confirming the address: whoever is in the room is seated.
	await checkIn(page, present);
	await register(request, late, 5);
	await checkIn(page, [late]);

	await page.goto(cafePath);
	await page.getByLabel('Abgeschlossene Runden').fill('1');
	await page.getByLabel('Wer nimmt teil?').selectOption({ label: 'nur Eingecheckte' });
	await page.getByRole('button', { name: 'Neu planen' }).click();
	await expect(page.getByRole('status')).toHaveText('Neu geplant ab Runde 2.');
	await expect(page.getByText(/1 von 3 Runden abgeschlossen/)).toBeVisible();
	await expectAccessible(page);

	await page.goto(`${cafePath}/druck`);
	expect(await roundOnPrint(page, 1)).toEqual(morning);
	for (const round of [2, 3]) {
		const names = everyone(await roundOnPrint(page, round));
		for (const name of [...present, late])
			expect(names).toContainEqual(expect.stringContaining(name));
		expect(names.join(' ')).not.toContain(noShow);
	}
	const lateTables = [2, 3].map(
		async (round) =>
			Object.entries(await roundOnPrint(page, round)).find(([, names]) =>
				names.some((n) => n.includes(late))
			)?.[0]
	);
	// The late arrival visits two different topics.
	const [second, third] = await Promise.all(lateTables);
	expect(second).toBeDefined();
	expect(second).not.toBe(third);
});
