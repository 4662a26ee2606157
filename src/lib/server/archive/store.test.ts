import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../db/testing';
import type { DatabaseHandle } from '../db';
import { documents, editions } from '../db/schema';
import { seedDatabase } from '../seed';
import { documentsOfEdition, searchArchive } from './store';

describe.each(backends)('archive search on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		await seedDatabase(handle.db);
		const [extra] = await handle.db
			.insert(editions)
			.values({ year: 2100, title: 'Testausgabe Rangfolge' })
			.returning({ id: editions.id });
		await handle.db.insert(documents).values([
			{
				editionId: extra.id,
				kind: 'bericht',
				title: 'Nebenbei',
				url: 'https://example.org/a',
				body: 'Ein langer Text, in dem die Wohnungslosenhilfe nur einmal vorkommt.'
			},
			{
				editionId: extra.id,
				kind: 'bericht',
				title: 'Wohnungslosenhilfe im Quartier',
				url: 'https://example.org/b',
				body: 'Bericht über Wohnungslosenhilfe.'
			},
			{
				editionId: extra.id,
				kind: 'poster',
				title: 'Poster mit Markup',
				url: 'https://example.org/c',
				body: 'Teilhabe <b>fett</b> <script>alert(1)</script> Teilhabe'
			}
		]);
		const [hidden] = await handle.db
			.insert(editions)
			.values({ year: 2101, title: 'Unveröffentlichte Geheimkonferenz', published: false })
			.returning({ id: editions.id });
		expect(hidden.id).toBeGreaterThan(0);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('finds the 2023 edition for "Sozialplanung" and highlights the word', async () => {
		const hits = await searchArchive(handle.db, 'Sozialplanung');
		const hit2023 = hits.find((h) => h.type === 'edition' && h.year === 2023);
		expect(hit2023).toBeDefined();
		expect(hit2023!.snippet.filter((p) => p.match).map((p) => p.text)).toContain('Sozialplanung');
	});

	it('matches German word forms through stemming', async () => {
		// "Quartier" finds the description's "in ihren Quartieren".
		const hits = await searchArchive(handle.db, 'Quartier');
		expect(hits.some((h) => h.year === 2023)).toBe(true);
	});

	it('ranks a title match above a passing mention in the text', async () => {
		const hits = await searchArchive(handle.db, 'Wohnungslosenhilfe');
		expect(hits.map((h) => h.title)).toEqual(['Wohnungslosenhilfe im Quartier', 'Nebenbei']);
	});

	it('shows the words of a document containing markup, without the markup itself', async () => {
		// PostgreSQL's parser treats tags as tokens of their own and ts_headline leaves them out.
		const [hit] = await searchArchive(handle.db, 'Teilhabe Markup');
		const text = hit.snippet.map((p) => p.text).join('');
		expect(text).toContain('fett');
		expect(text).not.toContain('<script');
		expect(hit.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(['Teilhabe', 'Teilhabe']);
	});

	it('accepts any user input without an error', async () => {
		for (const q of ['"', '-', 'und oder', '((', "'; drop table editions; --", 'a'.repeat(5000)]) {
			await expect(searchArchive(handle.db, q)).resolves.toBeInstanceOf(Array);
		}
		expect(await searchArchive(handle.db, '   ')).toEqual([]);
		const stillThere = await handle.db.select().from(editions).where(eq(editions.year, 2023));
		expect(stillThere).toHaveLength(1);
	});

	it('never shows unpublished editions', async () => {
		expect(await searchArchive(handle.db, 'Geheimkonferenz')).toEqual([]);
	});

	it('lists the documents of an edition in their order', async () => {
		const [e2018] = await handle.db.select().from(editions).where(eq(editions.year, 2018));
		const docs = await documentsOfEdition(handle.db, e2018.id);
		expect(docs.map((d) => d.kind)).toEqual(['dokumentation']);
		expect(docs[0].url).toMatch(/^https:\/\/www\.rvr\.ruhr\//);
	});
});
