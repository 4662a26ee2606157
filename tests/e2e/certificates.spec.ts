import { PDFParse } from 'pdf-parse';
import { expect, test } from './fixtures';
import {
	aPastEdition,
	checkInByHand,
	linkInMail,
	registerByHand,
	registerThemselves,
	signIn
} from './past-edition';
import { expectNoSidewaysScroll } from './width';

// After the conference, whoever was checked in downloads a certificate from their personal page
// and anyone can confirm its code; whoever did not come gets none.
test.use({ allowedConsoleErrors: [/status of 404/] });

const year = 2021;
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function pdfText(bytes: Buffer): Promise<string> {
	return (await new PDFParse({ data: new Uint8Array(bytes) }).getText()).text;
}

test('a checked-in participant downloads a certificate whose code is confirmed; a no-show gets none', async ({
	page,
	expectAccessible
}) => {
	test.setTimeout(90_000);
	await signIn(page);
	await aPastEdition(page, year);
	const came = {
		firstName: 'Şule',
		lastName: `Yıldız-Łukasiewicz-${unique}`,
		email: `bescheinigung-${unique}@example.org`
	};
	const absent = {
		firstName: 'Bernd',
		lastName: `Fehlt-${unique}`,
		email: `fehlt-${unique}@example.org`
	};
	const cameNr = await registerByHand(page, year, came);
	await registerThemselves(page, year, absent);
	await checkInByHand(page, year, cameNr);

	// The organisers' page: the counts, all certificates as one PDF, the links by mail.
	await page.goto(`/admin/konferenzen/${year}/bescheinigungen`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Teilnahmebescheinigungen ${year}`
	);
	await expectAccessible(page);
	const all = await page.request.get(`/admin/konferenzen/${year}/bescheinigungen.pdf`);
	expect(all.status()).toBe(200);
	const allText = await pdfText(await all.body());
	expect(allText).toContain(came.lastName);
	expect(allText).not.toContain(absent.lastName);
	await page.getByRole('button', { name: 'Links per E-Mail senden' }).click();
	await expect(page.getByRole('status')).toContainText('E-Mails mit dem Link zur Bescheinigung');

	// Her personal page offers the certificate.
	const personal = await linkInMail(page, 'certificate.link', came.email, 'anmeldung');
	await page.context().clearCookies();
	await page.goto(personal);
	const section = page.getByRole('region', { name: 'Teilnahmebescheinigung' });
	await expect(section.getByText('Sie waren bei der Konferenz eingecheckt.')).toBeVisible();
	await expectAccessible(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		section.getByRole('link', { name: 'Teilnahmebescheinigung herunterladen (PDF)' }).click()
	]);
	expect(download.suggestedFilename()).toBe(`teilnahmebescheinigung-${year}.pdf`);
	const { readFileSync } = await import('node:fs');
	const text = await pdfText(readFileSync((await download.path())!));
	// The name as written, in its own script (the PDF may wrap a long name at a hyphen).
	expect(text.replace(/-\n/g, '-').replace(/\n/g, ' ')).toContain(
		`Şule Yıldız-Łukasiewicz-${unique}`
	);
	expect(text).toContain(`Nachbarschaft gestalten ${year}`);
	expect(text).toContain('6,5 Zeitstunden');
	const code = /\/bescheinigung\/([0-9A-Z]{20})/.exec(text)?.[1];
	expect(code, 'the verification link on the certificate').toBeDefined();

	// Anyone can confirm the code: name, edition and date, nothing else.
	await page.goto(`/bescheinigung/${code}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teilnahmebescheinigung prüfen');
	await expect(page.getByText('Diese Teilnahmebescheinigung ist echt.')).toBeVisible();
	await expect(page.getByTestId('certificate-name')).toHaveText(
		`Şule Yıldız-Łukasiewicz-${unique}`
	);
	await expect(
		page.getByText(`Sozialkonferenz Ruhr ${year}: Nachbarschaft gestalten`)
	).toBeVisible();
	await expect(page.getByText(came.email)).toHaveCount(0);
	await expectAccessible(page);
	await page.setViewportSize({ width: 390, height: 844 });
	await expectNoSidewaysScroll(page);
	const madeUp = await page.goto('/bescheinigung/AB12CD34EF56GH78JK90');
	expect(madeUp?.status()).toBe(404);
	await expect(
		page.getByText('Zu diesem Prüfcode gibt es keine Teilnahmebescheinigung.')
	).toBeVisible();

	// The person who did not come: no certificate on the page, and none by the address either.
	await page.setViewportSize({ width: 1280, height: 800 });
	const theirs = await linkInMail(page, 'registration.confirm_request', absent.email, 'anmeldung');
	await page.goto(theirs);
	await expect(page.getByText('Für Ihre Anmeldung ist kein Check-in verzeichnet.')).toBeVisible();
	await expect(
		page.getByRole('link', { name: /Teilnahmebescheinigung herunterladen/ })
	).toHaveCount(0);
	const refused = await page.request.get(`${theirs}/bescheinigung.pdf`);
	expect(refused.status()).toBe(404);
	// Nor is a certificate link mailed to them.
	await page.goto('/dev/postausgang');
	await expect(
		page
			.locator('li[data-mail-kind="certificate.link"]')
			.filter({ has: page.locator('.mail-to', { hasText: absent.email }) })
	).toHaveCount(0);
	await expect(
		page
			.locator('li[data-mail-kind="certificate.link"]')
			.filter({ has: page.locator('.mail-to', { hasText: came.email }) })
	).toHaveCount(1);
});
