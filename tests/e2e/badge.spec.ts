import { expect, test } from './fixtures';

// The QR code on a badge opens the participant's day: name, workshop, World Café tables.
const organiser = { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' };
test.use({ allowedConsoleErrors: [/status of 404/] });

const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test('the badge code opens the participant’s page; an unknown code says so', async ({
	page,
	baseURL,
	expectAccessible
}) => {
	const registered = await page.request.post('/api/editions/2027/registrations', {
		data: {
			firstName: 'Şule',
			lastName: `Yıldız-Łukasiewicz-${unique}`,
			email: `schild-${unique}@example.org`,
			organisation: 'Quartiersbüro Herne-Mitte',
			sector: 'freie_wohlfahrtspflege',
			municipality: '05916000',
			needsOther: 'Sitzplatz nahe am Ausgang',
			privacyAcknowledged: true
		}
	});
	expect(registered.status()).toBe(202);

	const signIn = await page.request.post('/anmelden', {
		form: organiser,
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(signIn.status()).toBe(303);
	const pdf = await page.request.get(
		`/admin/konferenzen/2027/namensschilder.pdf?q=${encodeURIComponent(`Łukasiewicz-${unique}`)}`
	);
	expect(pdf.status()).toBe(200);
	const { PDFParse } = await import('pdf-parse');
	const text = (await new PDFParse({ data: new Uint8Array(await pdf.body()) }).getText()).text;
	// The name as written (the badge may wrap it after a space or a hyphen).
	expect(text.replace(/-\n/g, '-').replace(/\n/g, ' ')).toContain(
		`Şule Yıldız-Łukasiewicz-${unique}`
	);
	const code = /Sozialkonferenz Ruhr 2027 · ([0-9a-f]{32})/.exec(text)?.[1];
	expect(code).toBeDefined();
	// The page is public: whoever holds the badge opens it without an account.
	await page.context().clearCookies();

	await page.goto(`/schild/${code}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Tag auf der Konferenz');
	await expect(page.getByTestId('badge-name')).toHaveText(`Şule Yıldız-Łukasiewicz-${unique}`);
	await expect(page.getByText('Quartiersbüro Herne-Mitte')).toBeVisible();
	await expect(page.getByText('noch nicht eingecheckt')).toBeVisible();
	// Nothing private is shown to whoever holds the badge.
	await expect(page.getByText(`schild-${unique}@example.org`)).toHaveCount(0);
	await expect(page.getByText('Ausgang')).toHaveCount(0);
	await expectAccessible(page);

	const unknown = await page.goto(`/schild/${'0'.repeat(32)}`);
	expect(unknown?.status()).toBe(404);
	await expect(page.getByText('keine gültige Anmeldung')).toBeVisible();
});
