import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// An organiser's path: a registration arrives, is exported, gets a badge and checks in.
test.describe.configure({ mode: 'serial' });

const year = 2027;
const unique = Date.now().toString(36);
const organiser = { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' };
const lastName = `Öztürk-${unique}`;

async function signIn(page: Page) {
	await page.goto('/anmelden?weiter=/admin/konferenzen');
	await page.getByLabel('E-Mail-Adresse').fill(organiser.email);
	await page.getByLabel('Passwort', { exact: true }).fill(organiser.password);
	await page.getByRole('button', { name: 'Anmelden' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Konferenzen' })).toBeVisible();
}

let registrationPath = '';

test('an organiser registers a caller by hand and finds them in the table', async ({
	page,
	expectAccessible
}) => {
	await signIn(page);
	await expectAccessible(page);
	await page.getByRole('link', { name: `Teilnehmende ${year}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Teilnehmende ${year}`);
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Person anmelden' }).click();
	await expectAccessible(page);
	await page.getByLabel('Vorname').fill('Jürgen');
	await page.getByLabel('Nachname').fill(lastName);
	await page.getByLabel('E-Mail-Adresse').fill(`juergen-${unique}@example.org`);
	await page.getByLabel('Organisation').fill('=HYPERLINK("http://evil.example")');
	await page.getByLabel('Bereich').selectOption({ label: 'Politik' });
	await page.getByLabel('Kommune').selectOption({ label: 'Mülheim an der Ruhr' });
	await page.getByLabel('stufenloser Zugang').check();
	await page.getByLabel('Die Person wurde auf die Datenschutzhinweise hingewiesen.').check();
	await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Jürgen ${lastName}`);
	await expect(page.getByText('bestätigt', { exact: true })).toBeVisible();
	await expectAccessible(page);
	registrationPath = new URL(page.url()).pathname;

	await page.goto(`/admin/konferenzen/${year}/teilnehmende`);
	await page.getByLabel('Suche (Name, E-Mail, Organisation)').fill(unique);
	await page.getByRole('button', { name: 'Anzeigen' }).click();
	await expect(page.getByRole('status')).toHaveText('1 Anmeldungen, Seite 1 von 1');
	await expect(page.getByRole('link', { name: `${lastName}, Jürgen` })).toBeVisible();

	await page.goto('/admin/protokoll?aktion=registration');
	await expect(page.getByRole('cell', { name: 'registration.created' }).first()).toBeVisible();
});

/** Clicks a download link of the filtered table and returns the file and its suggested name. */
async function download(page: Page, link: string): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: link, exact: true }).click()
	]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test('the CSV and XLSX exports keep umlauts, neutralise formulas and count the rows', async ({
	page
}) => {
	await signIn(page);
	await page.goto(`/admin/konferenzen/${year}/teilnehmende?q=${unique}`);
	const csv = await download(page, 'CSV (Excel)');
	expect(csv.name).toBe(`teilnehmende-${year}.csv`);
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = csv.bytes.subarray(3).toString('utf8').trim().split('\r\n');
	expect(lines[0].split(';').slice(0, 4)).toEqual(['Nr.', 'Nachname', 'Vorname', 'E-Mail']);
	expect(lines).toHaveLength(2);
	expect(lines[1]).toContain(`${lastName};Jürgen`);
	expect(lines[1]).toContain(`;"'=HYPERLINK(""http://evil.example"")";`);
	expect(lines[1]).toContain('Mülheim an der Ruhr');

	const xlsx = await download(page, 'XLSX');
	expect(xlsx.name).toBe(`teilnehmende-${year}.xlsx`);
	const sheet = strFromU8(unzipSync(new Uint8Array(xlsx.bytes))['xl/worksheets/sheet1.xml']);
	const rows = [...sheet.matchAll(/<row [^>]*>(.*?)<\/row>/g)].map((m) =>
		[...m[1].matchAll(/<t[^>]*>(.*?)<\/t>|<v>(.*?)<\/v>/g)].map((c) => c[1] ?? c[2])
	);
	expect(rows).toHaveLength(2);
	expect(rows[0].slice(0, 3)).toEqual(['Nr.', 'Nachname', 'Vorname']);
	expect(rows[1].slice(1, 3)).toEqual([lastName, 'Jürgen']);
	expect(rows[1]).toContain(`'=HYPERLINK(&quot;http://evil.example&quot;)`);

	const publicList = await download(page, 'Teilnehmendenliste (nur mit Einwilligung)');
	expect(publicList.bytes.toString('utf8')).not.toContain(lastName);
});

test('the badge PDF carries the name, and the badge code checks the person in once', async ({
	page,
	expectAccessible
}) => {
	await signIn(page);
	await page.goto(`/admin/konferenzen/${year}/teilnehmende?q=${unique}`);
	const pdf = await download(page, 'Namensschilder A4');
	expect(pdf.name).toBe(`namensschilder-${year}.pdf`);
	const { PDFParse } = await import('pdf-parse');
	const parsed = await new PDFParse({ data: new Uint8Array(pdf.bytes) }).getText();
	expect(parsed.total).toBe(1);
	// The long test name wraps at its hyphen on the badge.
	expect(parsed.text).toContain('Jürgen Öztürk-');
	expect(parsed.text).toContain(unique);
	const a6 = await download(page, 'Namensschilder A6');
	expect((await new PDFParse({ data: new Uint8Array(a6.bytes) }).getText()).total).toBe(1);

	// The QR code holds the check-in code, which is also printed under it for typing in.
	const code = /Sozialkonferenz Ruhr 2027 · ([0-9a-f]{32})/.exec(parsed.text)?.[1];
	expect(code).toBeDefined();

	await page.goto(`/checkin/${year}`);
	await expectAccessible(page);
	await page.getByLabel('Nach Namen suchen').fill(lastName);
	await page.getByRole('button', { name: 'Suchen' }).click();
	await page.getByRole('button', { name: `Jürgen ${lastName} einchecken` }).click();
	await expect(page.getByText(/Willkommen! Eingecheckt um \d\d:\d\d Uhr\./)).toBeVisible();
	await expect(page.getByText('Barrierefreiheit: stufenloser Zugang')).toBeVisible();
	await page.getByRole('button', { name: `Jürgen ${lastName} einchecken` }).click();
	await expect(page.getByText(/Bereits um \d\d:\d\d Uhr eingecheckt\./)).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel('Code vom Namensschild').fill(code!);
	await page.getByRole('button', { name: 'Einchecken', exact: true }).click();
	await expect(page.getByText(/Bereits um \d\d:\d\d Uhr eingecheckt\./)).toBeVisible();
	await page.goto('/admin/protokoll?aktion=registration');
	await expect(page.getByRole('cell', { name: 'registration.checked_in' }).first()).toBeVisible();

	await page.goto(`/checkin/${year}`);
	await page.getByLabel('Code vom Namensschild').fill('0'.repeat(32));
	await page.getByRole('button', { name: 'Einchecken', exact: true }).click();
	await expect(
		page.getByText('Dieses Namensschild gehört zu keiner Anmeldung dieser Konferenz.')
	).toBeVisible();
});
