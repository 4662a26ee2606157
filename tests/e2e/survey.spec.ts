import { expect, test } from './fixtures';
import { aPastEdition, checkInByHand, linkInMail, registerByHand, signIn } from './past-edition';
import { expectNoSidewaysScroll } from './width';

// The feedback survey goes only to people who were checked in; each answers once, anonymously;
// the summary is published into the edition's documentation.
test.use({ allowedConsoleErrors: [/status of (400|404|409)/] });

const year = 2022;
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const scaleQuestion = `Wie zufrieden waren Sie mit der Konferenz? (${unique})`;
const textQuestion = `Was sollen wir beim nächsten Mal ändern? (${unique})`;

test('the survey reaches only checked-in people, takes one answer each, and its summary is published', async ({
	page,
	expectAccessible
}) => {
	test.setTimeout(150_000);
	await signIn(page);
	await aPastEdition(page, year);
	const people = Array.from({ length: 6 }, (_, i) => ({
		firstName: `Person${i + 1}`,
		lastName: `Umfrage-${unique}`,
		email: `umfrage-${i + 1}-${unique}@example.org`
	}));
	const [absent, ...came] = people;
	await registerByHand(page, year, absent);
	for (const person of came)
		await checkInByHand(page, year, await registerByHand(page, year, person));

	// The organisers write two questions, in German and English.
	await page.goto(`/admin/konferenzen/${year}/umfrage`, { waitUntil: 'networkidle' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Umfrage ${year}`);
	await page.getByLabel('Art der Frage').selectOption({ label: 'Skala von 1 bis 5' });
	await page.getByLabel('Fragetext (Deutsch)').fill(scaleQuestion);
	await page.getByLabel('Fragetext (Englisch, freiwillig)').fill('How satisfied were you?');
	await page.getByLabel('Pflichtfrage').check();
	await page.getByRole('button', { name: 'Frage hinzufügen' }).click();
	await expect(page.getByRole('status')).toHaveText('Die Frage ist hinzugefügt.');
	await page.getByLabel('Art der Frage').selectOption({ label: 'Freitext' });
	await page.getByLabel('Fragetext (Deutsch)').fill(textQuestion);
	await page.getByRole('button', { name: 'Frage hinzufügen' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: textQuestion })).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: 'An alle Eingecheckten senden' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'5 Einladungen zur Umfrage sind im Postausgang.'
	);
	await expect(page.getByTestId('survey-status')).toContainText('an 5 eingecheckte Personen');

	// Only the checked-in people got a link.
	await page.goto('/dev/postausgang');
	const invitationTo = (email: string) =>
		page
			.locator('li[data-mail-kind="survey.invitation"]')
			.filter({ has: page.locator('.mail-to', { hasText: email }) });
	await expect(invitationTo(absent.email)).toHaveCount(0);
	const links: string[] = [];
	for (const person of came) {
		links.push(await linkInMail(page, 'survey.invitation', person.email, 'umfrage'));
	}

	// Each answers once, without an account.
	await page.context().clearCookies();
	for (const [i, link] of links.entries()) {
		await page.goto(link, { waitUntil: 'networkidle' });
		if (i === 0) {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				`Ihre Rückmeldung zur Sozialkonferenz Ruhr ${year}`
			);
			await expect(page.getByText('Ihre Antworten werden anonym gespeichert')).toBeVisible();
			await expectAccessible(page);
			await page.setViewportSize({ width: 390, height: 844 });
			await expectNoSidewaysScroll(page);
			await page.setViewportSize({ width: 1280, height: 800 });
			// The required question left out: refused, nothing stored.
			await page.getByRole('button', { name: 'Antworten senden' }).click();
			await expect(page.getByText('Bitte beantworten Sie diese Frage.').first()).toBeVisible();
		}
		const scale = page.getByRole('group', { name: new RegExp(`Wie zufrieden.*${unique}`) });
		await scale.getByLabel(`${(i % 5) + 1} – `, { exact: false }).check();
		await page
			.getByLabel(new RegExp(`Was sollen wir.*${unique}`))
			.fill(`Mehr Pausen, Nr. ${i + 1}`);
		await page.getByRole('button', { name: 'Antworten senden' }).click();
		await expect(page.getByRole('status')).toHaveText(
			'Vielen Dank! Ihre Antworten sind gespeichert.'
		);
	}

	// A second use of a link is refused.
	await page.goto(links[0]);
	await expect(page.getByText('Mit diesem Link wurde schon geantwortet.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Antworten senden' })).toHaveCount(0);
	const again = await page.request.post(links[0], {
		form: { q1: '5' },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
	});
	expect(again.status()).toBe(409);

	// The organisers see the summary and publish it into the documentation.
	await signIn(page);
	await page.goto(`/admin/konferenzen/${year}/umfrage`);
	await expect(page.getByTestId('survey-status')).toContainText('5 haben geantwortet');
	const summary = page.getByRole('region', { name: 'Auswertung' });
	await expect(summary.getByText('Mittelwert: 3 (1 = gar nicht, 5 = voll und ganz)')).toBeVisible();
	await expect(summary.getByText('Mehr Pausen, Nr. 3')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Auswertung veröffentlichen' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Die Auswertung ist in der Dokumentation veröffentlicht.'
	);

	await page.context().clearCookies();
	await page.goto(`/archiv/${year}`);
	const published = page.getByRole('region', { name: 'Ergebnisse der Befragung' });
	await expect(
		published.getByRole('heading', { name: new RegExp(`Wie zufrieden.*${unique}`) })
	).toBeVisible();
	await expect(published.getByText('5 Antworten von 5 eingeladenen Personen.')).toBeVisible();
	// The chart's table alternative.
	await published.getByText('Als Tabelle').first().click();
	const table = published.getByRole('table').first();
	await expect(table.getByRole('row', { name: '4 – ziemlich 1' })).toBeVisible();
	await expect(published.getByText('Mehr Pausen, Nr. 5')).toBeVisible();
	await expectAccessible(page);
});
