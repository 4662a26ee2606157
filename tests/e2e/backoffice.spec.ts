import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import PDFDocument from 'pdfkit';
import type { Page } from '@playwright/test';
import { docxBomb } from '../../src/lib/server/archive/testing';
import { expect, test } from './fixtures';

// An organiser's path: a registration arrives, is exported, gets a badge and checks in.
test.describe.configure({ mode: 'serial' });

const year = 2099;
const unique = Date.now().toString(36);
const organiser = { email: 'demo-orga@sozialkonferenz.example', password: 'Hans-Sachs-Haus-2023' };
const lastName = `Öztürk-${unique}`;

async function signIn(page: Page) {
	await page.goto('/anmelden?weiter=/admin/konferenzen');
	// Filling before hydration finishes can lose a field on a busy machine.
	await page.waitForLoadState('networkidle');
	await page.getByLabel('E-Mail-Adresse').fill(organiser.email);
	await page.getByLabel('Passwort', { exact: true }).fill(organiser.password);
	await page.getByRole('button', { name: 'Einloggen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Konferenzen' })).toBeVisible();
}

test('an organiser creates an edition, adds sessions and a workshop, and a registration arrives', async ({
	page,
	request,
	expectAccessible
}) => {
	await signIn(page);
	await page.getByLabel('Jahr').fill(String(year));
	await page.getByLabel('Titel').fill('Soziale Orte im Quartier');
	await page.getByRole('button', { name: 'Konferenz anlegen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Konferenz ${year} bearbeiten`);
	await expectAccessible(page);
	await page.getByLabel('Datum').fill(`${year}-06-16`);
	await page.getByLabel('Beginn').fill('09:30');
	await page.getByLabel('Ende').fill('16:00');
	await page.getByLabel('Veranstaltungsort').fill('Wissenschaftspark Gelsenkirchen');
	await page.getByLabel('Plätze').fill('50');
	await page.getByLabel('Anmeldung ab').fill('2026-01-01T00:00');
	await page.getByLabel('Anmeldeschluss').fill(`${year}-06-01T12:00`);
	await page.getByLabel('Veröffentlicht').check();
	await page.getByRole('button', { name: 'Speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');

	await page.getByRole('link', { name: `Programm ${year}` }).click();
	await page.getByLabel('Titel des Programmpunkts', { exact: true }).fill('Begrüßung');
	await page.getByLabel('Art', { exact: true }).selectOption({ label: 'Begrüßung' });
	await page.getByLabel('Beginn', { exact: true }).fill('09:30');
	await page.getByLabel('Ende', { exact: true }).fill('10:00');
	await page.getByRole('button', { name: 'Programmpunkt hinzufügen' }).click();
	await expect(page.locator('.sessions li')).toHaveCount(1);
	await page.getByLabel('Titel des Programmpunkts', { exact: true }).fill('Workshopphase');
	await page.getByLabel('Art', { exact: true }).selectOption({ label: 'Workshop' });
	await page.getByLabel('Beginn', { exact: true }).fill('10:30');
	await page.getByLabel('Ende', { exact: true }).fill('12:00');
	await page.getByRole('button', { name: 'Programmpunkt hinzufügen' }).click();
	// Compact icon buttons whose accessible name still carries the item's title.
	const up = page.getByRole('button', { name: '„Workshopphase“ nach oben' });
	await expect(up).toHaveText('↑„Workshopphase“ nach oben');
	expect((await up.boundingBox())!.width).toBeLessThan(60);
	await up.click();
	await expect(page.locator('.sessions li').first()).toContainText('Workshopphase');
	await page.getByLabel('Titel des Workshops', { exact: true }).fill('Quartiersarbeit');
	await page.getByLabel('Plätze', { exact: true }).fill('20');
	await page.getByRole('button', { name: 'Workshop hinzufügen' }).click();
	await expect(page.getByText('Quartiersarbeit – 20 Plätze')).toBeVisible();
	await expectAccessible(page);

	const workshops = await request.get(`/api/editions/${year}`);
	expect(workshops.status()).toBe(200);
	const arrival = await request.post(`/api/editions/${year}/registrations`, {
		data: {
			firstName: 'Änne',
			lastName: `Ankunft-${unique}`,
			email: `aenne-${unique}@example.org`,
			sector: 'wissenschaft',
			municipality: '05513000',
			consentListing: true,
			privacyAcknowledged: true
		}
	});
	expect(arrival.status()).toBe(202);

	await page.goto('/admin/protokoll?aktion=edition');
	const sentences = page.getByTestId('audit-sentence');
	await expect(
		sentences.filter({ hasText: /^Konferenz Sozialkonferenz Ruhr \d{4} angelegt$/ }).first()
	).toBeVisible();
	await expect(
		sentences.filter({ hasText: /^Konferenz Sozialkonferenz Ruhr \d{4} bearbeitet$/ }).first()
	).toBeVisible();
	await page.goto('/admin/protokoll?aktion=session');
	await expect(sentences.filter({ hasText: /^Programmpunkt .+ angelegt$/ }).first()).toBeVisible();
});

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
	await page.getByRole('button', { name: 'Anmeldung speichern' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Jürgen ${lastName}`);
	await expect(page.getByText('bestätigt', { exact: true })).toBeVisible();
	await expectAccessible(page);

	await page.goto(`/admin/konferenzen/${year}/teilnehmende`);
	await page.getByLabel('Suche (Name, E-Mail, Organisation)').fill(unique);
	await page.getByRole('button', { name: 'Anzeigen' }).click();
	await expect(page.getByRole('status')).toHaveText('2 Anmeldungen, Seite 1 von 1');
	await expect(page.getByRole('link', { name: `${lastName}, Jürgen` })).toBeVisible();

	// The audit log says what happened to whom, and links the person's page.
	await page.goto('/admin/protokoll?aktion=registration');
	const created = page
		.getByTestId('audit-sentence')
		.filter({ hasText: `Anmeldung von Jürgen ${lastName} (${year}) eingegangen` });
	await expect(created).toBeVisible();
	await created.getByRole('link', { name: `Jürgen ${lastName} (${year})` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Jürgen ${lastName}`);
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
	// In the table's order, newest first.
	expect(lines).toHaveLength(3);
	expect(lines[2]).toContain(`Ankunft-${unique};Änne`);
	expect(lines[1]).toContain(`${lastName};Jürgen`);
	expect(lines[1]).toContain(`;"'=HYPERLINK(""http://evil.example"")";`);
	expect(lines[1]).toContain('Mülheim an der Ruhr');

	const xlsx = await download(page, 'XLSX');
	expect(xlsx.name).toBe(`teilnehmende-${year}.xlsx`);
	const sheet = strFromU8(unzipSync(new Uint8Array(xlsx.bytes))['xl/worksheets/sheet1.xml']);
	const rows = [...sheet.matchAll(/<row [^>]*>(.*?)<\/row>/g)].map((m) =>
		[...m[1].matchAll(/<t[^>]*>(.*?)<\/t>|<v>(.*?)<\/v>/g)].map((c) => c[1] ?? c[2])
	);
	expect(rows).toHaveLength(3);
	expect(rows[0].slice(0, 3)).toEqual(['Nr.', 'Nachname', 'Vorname']);
	expect(rows[1].slice(1, 3)).toEqual([lastName, 'Jürgen']);
	expect(rows[2].slice(1, 3)).toEqual([`Ankunft-${unique}`, 'Änne']);
	expect(rows[1]).toContain(`'=HYPERLINK(&quot;http://evil.example&quot;)`);

	const publicList = await download(page, 'Teilnehmendenliste (nur mit Einwilligung)');
	const listed = publicList.bytes.toString('utf8');
	expect(listed).toContain(`Änne Ankunft-${unique}`);
	expect(listed).not.toContain(lastName);
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
	expect(parsed.text).toContain('Änne Ankunft-');
	// The long test name wraps at its hyphen on the badge.
	expect(parsed.text).toContain('Jürgen Öztürk-');
	expect(parsed.text).toContain(unique);
	const a6 = await download(page, 'Namensschilder A6');
	expect((await new PDFParse({ data: new Uint8Array(a6.bytes) }).getText()).total).toBe(2);

	// The QR code holds the check-in code, which is also printed under it for typing in. The
	// first badge (sorted by name) is Änne's, who has not arrived yet.
	const code = new RegExp(`Sozialkonferenz Ruhr ${year} · ([0-9a-f]{32})`).exec(parsed.text)?.[1];
	expect(code).toBeDefined();

	await page.goto(`/checkin/${year}`);
	await expectAccessible(page);
	await page.getByLabel('Nach Namen suchen').fill(lastName);
	await page.getByRole('button', { name: 'Suchen' }).click();
	await page.getByRole('button', { name: `Jürgen ${lastName} einchecken` }).click();
	await expect(page.getByText(/Willkommen! Eingecheckt um \d\d:\d\d Uhr\./)).toBeVisible();
	await expect(page.getByText('Barrierefreiheit: stufenloser Zugang')).toBeVisible();
	// Once checked in, the button goes and the list says so.
	await expect(page.getByRole('button', { name: `Jürgen ${lastName} einchecken` })).toHaveCount(0);
	await expect(page.getByRole('listitem').filter({ hasText: `${lastName}, Jürgen` })).toContainText(
		'eingecheckt'
	);
	await expectAccessible(page);

	await page.getByLabel('Code vom Namensschild').fill(code!);
	await page.getByRole('button', { name: 'Einchecken', exact: true }).click();
	await expect(page.getByText(`Änne Ankunft-${unique}`)).toBeVisible();
	await expect(page.getByText(/Willkommen! Eingecheckt um \d\d:\d\d Uhr\./)).toBeVisible();
	await page.getByLabel('Code vom Namensschild').fill(code!);
	await page.getByRole('button', { name: 'Einchecken', exact: true }).click();
	await expect(page.getByText(/Bereits um \d\d:\d\d Uhr eingecheckt\./)).toBeVisible();
	await expect(page.getByText('2 von 2 Personen eingecheckt')).toBeVisible();
	await page.goto('/admin/protokoll?aktion=registration');
	await expect(
		page
			.getByTestId('audit-sentence')
			.filter({ hasText: / eingecheckt$/ })
			.first()
	).toBeVisible();

	await page.goto(`/checkin/${year}`);
	await page.getByLabel('Code vom Namensschild').fill('0'.repeat(32));
	await page.getByRole('button', { name: 'Einchecken', exact: true }).click();
	await expect(
		page.getByText('Dieses Namensschild gehört zu keiner Anmeldung dieser Konferenz.')
	).toBeVisible();
});

test('the dashboard shows the figures and a reminder goes to everyone with a seat', async ({
	page,
	expectAccessible
}) => {
	await signIn(page);
	await page.getByRole('link', { name: `Übersicht ${year}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Übersicht ${year}`);
	await expect(page.getByRole('table', { name: 'Anmeldungen nach Bereich' })).toContainText(
		'Politik'
	);
	await expect(page.getByRole('table', { name: 'Belegung der Workshops' })).toContainText(
		'Quartiersarbeit'
	);
	// Days as a German reader writes them, not as ISO dates.
	const days = page.getByRole('table', { name: 'Anmeldungen je Tag' }).getByRole('rowheader');
	await expect(days.first()).toHaveText(/^\d{2}\.\d{2}\.\d{4}$/);
	await expect(page.getByRole('table', { name: 'Anmeldungen je Tag' })).not.toContainText(
		/\d{4}-\d{2}-\d{2}/
	);
	await expectAccessible(page);

	await page.goto(`/admin/konferenzen/${year}/mailings`);
	await expect(
		page.getByText(`Geplant: am 09.06.${year}, 09:30 an alle bestätigten`)
	).toBeVisible();
	await page.getByRole('button', { name: 'Automatische Erinnerung ausschalten' }).click();
	await expect(page.getByText('Ausgeschaltet: Es wird keine Erinnerung')).toBeVisible();
	await page.getByRole('button', { name: 'Automatische Erinnerung einschalten' }).click();
	await expect(page.getByText(`Geplant: am 09.06.${year}`)).toBeVisible();
	await page.getByRole('link', { name: 'Vorlage: Erinnerung eine Woche vorher' }).click();
	await expect(page.getByLabel('Betreff', { exact: true })).toHaveValue(
		`Erinnerung: Sozialkonferenz Ruhr ${year} in einer Woche`
	);
	await page.getByRole('button', { name: 'Vorschau', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Vorschau (2 Empfänger)' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'An alle senden' }).click();
	await expect(page.getByRole('status')).toHaveText('2 E-Mails sind im Postausgang.');
	await page.goto('/admin/protokoll?aktion=mailing');
	await expect(
		page
			.getByTestId('audit-sentence')
			.filter({ hasText: /^Rundmail „.+“ an 2 Personen der Konferenz/ })
	).toBeVisible();
});

test('an organiser adds a speaker, puts them on a session and corrects the session', async ({
	page,
	expectAccessible
}) => {
	await signIn(page);
	await page.goto(`/admin/konferenzen/${year}/mitwirkende`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Mitwirkende ${year}`);
	await page.getByLabel('Name', { exact: true }).fill('Prof. Dr. Özlem Beispiel');
	await page.getByLabel('Funktion', { exact: true }).fill('Sozialplanung');
	// The first organisation choice is the new speaker's, the last the new partner's.
	await page
		.getByLabel('oder neue Organisation (Name)', { exact: true })
		.first()
		.fill(`Hochschule Ruhr ${unique}`);
	await page.getByRole('button', { name: 'Person hinzufügen' }).click();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');
	await expect(page.getByText(`Sozialplanung, Hochschule Ruhr ${unique}`)).toBeVisible();
	await page
		.getByLabel('oder neue Organisation (Name)', { exact: true })
		.last()
		.fill(`Hochschule Ruhr ${unique}`);
	await page.getByRole('button', { name: 'Partner hinzufügen' }).click();
	await expect(page.getByText(`Hochschule Ruhr ${unique} – Kooperationspartner`)).toBeVisible();
	await expectAccessible(page);

	await page.goto(`/admin/konferenzen/${year}/programm`);
	const welcome = page.locator('details', { hasText: '„Begrüßung“ bearbeiten' });
	await welcome.getByText('„Begrüßung“ bearbeiten').click();
	await welcome.getByLabel('Titel – Begrüßung').fill('Begrüßung und Einführung');
	await welcome.getByLabel('Ende – Begrüßung').fill('10:15');
	await welcome.getByLabel('Prof. Dr. Özlem Beispiel').check();
	await page.getByRole('button', { name: '„Begrüßung“ speichern' }).click();
	await expect(page.getByRole('status')).toHaveText('Gespeichert.');
	await expectAccessible(page);

	await page.goto(`/konferenz/${year}/programm`);
	await expect(page.getByText('Begrüßung und Einführung')).toBeVisible();
	await expect(page.getByText('Prof. Dr. Özlem Beispiel').first()).toBeVisible();
	await page.goto('/admin/protokoll?aktion=session');
	await expect(
		page
			.getByTestId('audit-sentence')
			.filter({ hasText: /^Programmpunkt .+ bearbeitet$/ })
			.first()
	).toBeVisible();
});

function pdfWith(text: string): Promise<Buffer> {
	return new Promise((resolve) => {
		const doc = new PDFDocument({ size: 'A4' });
		const chunks: Buffer[] = [];
		doc.on('data', (c: Buffer) => chunks.push(c));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.text(text);
		doc.end();
	});
}

test.describe('archive uploads', () => {
	// A refused upload or link is answered with 400, which the browser logs.
	test.use({ allowedConsoleErrors: [/status of 400/] });

	test('an uploaded PDF is listed on the public page and its text is found by the archive search', async ({
		page,
		request,
		expectAccessible
	}) => {
		// A word that exists only inside this PDF.
		const word = `Kiezkantine${unique}`;
		await signIn(page);
		await page.goto(`/admin/konferenzen/${year}/dokumentation`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dokumentation ${year}`);
		await expectAccessible(page);

		await page.getByLabel('Dateien').setInputFiles({
			name: 'Bericht Quartier.pdf',
			mimeType: 'application/pdf',
			buffer: await pdfWith(
				`Ergebnisse aus dem Workshop: die ${word} als sozialer Ort im Quartier.`
			)
		});
		await page.getByRole('button', { name: 'Hochladen' }).click();
		await expect(page.getByRole('status')).toHaveText('1 Datei(en) gespeichert.');
		await expect(page.getByRole('link', { name: 'Bericht-Quartier.pdf' })).toBeVisible();

		await page.getByLabel('Dateien').setInputFiles({
			name: 'einladung.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('<html><script>alert(1)</script></html>')
		});
		await page.getByRole('button', { name: 'Hochladen' }).click();
		await expect(page.getByRole('alert')).toContainText(
			'„einladung.pdf“: Der Inhalt ist Text, nicht PDF wie die Endung sagt.'
		);
		await expectAccessible(page);

		// A DOCX whose document part claims 1,000 bytes and inflates to 128 MB: stored, without text.
		await page.getByLabel('Dateien').setInputFiles({
			name: 'Protokoll.docx',
			mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			buffer: Buffer.from(await docxBomb(128 * 1024 * 1024))
		});
		await page.getByRole('button', { name: 'Hochladen' }).click();
		await expect(page.getByText('Ohne durchsuchbaren Text gespeichert')).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: /^Protokoll\.docx$/ })).toBeVisible();
		await expect(
			page.getByText(
				'Der Text dieser Datei wurde nicht gelesen: entpackt wäre die Datei größer als 64 MB.'
			)
		).toBeVisible();

		await page
			.getByLabel('Zusammenfassung der Konferenz für das Archiv')
			.fill('Die Konferenz fragte nach sozialen Orten im Quartier.');
		await page.getByRole('button', { name: 'Zusammenfassung speichern' }).click();
		await expect(page.getByRole('status')).toHaveText('Gespeichert.');
		await page.getByLabel('Titel des Links').fill('Pressemitteilung');
		await page.getByLabel('Adresse (URL)', { exact: true }).fill('javascript:alert(1)');
		await page.getByRole('button', { name: 'Link hinzufügen' }).click();
		await expect(page.getByRole('alert')).toContainText(
			'Bitte eine vollständige Adresse mit http:// oder https:// angeben.'
		);

		await page.goto(`/archiv/${year}`);
		await expect(
			page.getByText('Die Konferenz fragte nach sozialen Orten im Quartier.')
		).toBeVisible();
		const link = page.getByRole('link', { name: 'Bericht Quartier' });
		const href = await link.getAttribute('href');
		expect(href).toMatch(/^\/archiv\/dokumente\/\d+\/Bericht-Quartier\.pdf$/);
		const file = await request.get(href!);
		expect(file.status()).toBe(200);
		expect(file.headers()['content-type']).toBe('application/pdf');
		expect(file.headers()['x-content-type-options']).toBe('nosniff');
		expect(file.headers()['content-disposition']).toContain('filename="Bericht-Quartier.pdf"');
		await expectAccessible(page);

		await page.goto(`/archiv?q=${encodeURIComponent(word)}`);
		await expect(page.getByRole('heading', { level: 3, name: 'Bericht Quartier' })).toBeVisible();
		await expect(page.locator('mark').filter({ hasText: word })).toBeVisible();
	});

	test('an organiser attaches the published demo Sozialbericht to the documentation, once', async ({
		page,
		expectAccessible
	}) => {
		const demoTitle = 'Sozialbericht Gelsenkirchen 2022 (Demo)';
		await signIn(page);
		await page.goto(`/admin/konferenzen/${year}/dokumentation`);
		await page
			.getByLabel('Sozialbericht', { exact: true })
			.selectOption({ label: `${demoTitle} – Gelsenkirchen, Berichtsjahr 2022` });
		await page.getByRole('button', { name: 'Bericht beifügen' }).click();
		await expect(page.getByRole('status')).toHaveText('Gespeichert.');
		await page
			.getByLabel('Sozialbericht', { exact: true })
			.selectOption({ label: `${demoTitle} – Gelsenkirchen, Berichtsjahr 2022` });
		await page.getByRole('button', { name: 'Bericht beifügen' }).click();
		await expect(page.getByRole('alert')).toContainText(
			'Dieser Sozialbericht ist der Dokumentation schon beigefügt.'
		);
		await expectAccessible(page);

		await page.goto(`/archiv/${year}`);
		await expect(page.getByRole('link', { name: demoTitle })).toHaveAttribute(
			'href',
			/\/atlas\/05513000\/berichte\/\d+\.pdf$/
		);
	});
});
