import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildReport, type Block } from './build';
import { reportDocx } from './docx';
import { reportPdf } from './pdf';
import {
	SGB2,
	pdfFillsIn,
	pdfObjects,
	pdfStrings,
	pdfTitle,
	sampleDraft,
	sampleSnapshot
} from './testing';

async function pdfText(pdf: Buffer): Promise<string> {
	const { PDFParse } = await import('pdf-parse');
	return (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text;
}

function docxXml(docx: Buffer): string {
	const files = unzipSync(new Uint8Array(docx));
	return strFromU8(files['word/document.xml']);
}

const blocksOf = (doc: ReturnType<typeof buildReport>, key: string): Block[] =>
	doc.chapters.find((c) => c.key === key)?.blocks ?? [];

describe('the report builder', () => {
	it('builds the chosen chapters in order, with the planner’s text first in its chapter', () => {
		const doc = buildReport(sampleSnapshot(), sampleDraft());
		expect(doc.chapters.map((c) => c.title)).toEqual([
			'Zusammenfassung',
			'Bevölkerung und ihre Zusammensetzung',
			'Arbeit',
			'Wohnen',
			'Index der sozialen Lage (MSS)',
			'Handlungsprogramm',
			'Anhang: Definitionen, Methoden, Quellen'
		]);
		expect(blocksOf(doc, 'arbeit').slice(0, 3)).toEqual([
			{ kind: 'heading', level: 3, text: 'Einschätzung der Sozialplanung' },
			{ kind: 'paragraph', text: 'Die SGB-II-Quote sinkt seit 2019.', role: 'planner' },
			{ kind: 'paragraph', text: 'Im Hafen bleibt sie geheim.', role: 'planner' }
		]);
		expect(blocksOf(doc, 'wohnen')).toEqual([
			{
				kind: 'paragraph',
				text: 'Für dieses Kapitel sind keine Indikatoren gewählt oder vorhanden.'
			}
		]);
	});

	it('shows the atlas’s map with its own colours and legend, and keeps suppressed values as “.”', () => {
		const doc = buildReport(sampleSnapshot(), sampleDraft());
		const blocks = blocksOf(doc, 'arbeit');
		const map = blocks.find((b) => b.kind === 'figure' && b.figure === 'map');
		expect(map?.kind === 'figure' && map.legend).toEqual(SGB2.map.legend);
		for (const path of SGB2.map.paths) {
			expect(map?.kind === 'figure' && map.svg).toContain(`fill="${path.fill}"`);
		}
		const table = blocks.find((b) => b.kind === 'table');
		expect(table?.kind === 'table' && table.rows).toEqual([
			['Q01 Altstadt', '12,5 %', '2'],
			['Q02 Hafen', '.', '–'],
			['Q03 Bergfeld', '31,0 %', '1']
		]);
		const trend = blocks.filter((b) => b.kind === 'table')[1];
		expect(trend?.kind === 'table' && trend.rows).toEqual([
			['2019', '19,4 %'],
			['2020', '.'],
			['2021', '18,2 %']
		]);
	});

	it('sums up each indicator with the change since the previous year on record', () => {
		const doc = buildReport(sampleSnapshot(), sampleDraft());
		const [table] = blocksOf(doc, 'zusammenfassung');
		expect(table.kind === 'table' && table.rows).toEqual([
			['Einwohnerinnen und Einwohner', '2021', '13.060', '–', '–'],
			['SGB-II-Quote', '2021', '18,2 %', '. (2020)', '–']
		]);
	});

	it('writes the generated parts in English for an English report', () => {
		const doc = buildReport(sampleSnapshot(), sampleDraft({ language: 'en' }));
		expect(doc.chapters.map((c) => c.title)).toContain('Work');
		const [table] = blocksOf(doc, 'zusammenfassung');
		expect(table.kind === 'table' && table.rows[0]).toEqual([
			'Einwohnerinnen und Einwohner',
			'2021',
			'13,060',
			'–',
			'–'
		]);
	});

	it('marks a demo report and a draft on the title page and in the footer', () => {
		const doc = buildReport(sampleSnapshot({ isDemo: true }), sampleDraft({ status: 'entwurf' }));
		expect(doc.marks).toEqual([
			'DEMO – synthetische Beispieldaten, kein echter Bericht',
			'ENTWURF – nicht veröffentlicht'
		]);
		expect(doc.footer).toContain('DEMO');
	});

	it('gives the annex the indicators’ definitions, formulas, sources and the licences of the data', () => {
		const doc = buildReport(sampleSnapshot(), sampleDraft());
		const tables = blocksOf(doc, 'anhang').filter((b) => b.kind === 'table');
		expect(tables[0].kind === 'table' && tables[0].rows[1]).toEqual([
			'SGB-II-Quote',
			SGB2.indicator.definition,
			'Personen in Bedarfsgemeinschaften / Einwohner unter 65 × 100',
			'Bundesagentur für Arbeit'
		]);
		expect(JSON.stringify(tables[1])).toContain('© GeoBasis-DE / BKG');
		expect(JSON.stringify(tables[1])).toContain('Datenlizenz Deutschland');
	});

	it('is the same document for the same snapshot', () => {
		expect(buildReport(sampleSnapshot(), sampleDraft())).toEqual(
			buildReport(JSON.parse(JSON.stringify(sampleSnapshot())), sampleDraft())
		);
	});
});

describe('the report PDF', () => {
	it('has the chapter headings, a table of contents, the figures and the attribution, and no suppressed number', async () => {
		const text = await pdfText(await reportPdf(buildReport(sampleSnapshot(), sampleDraft())));
		const lines = text.split('\n').map((l) => l.trim());
		expect(lines).toContain('Sozialbericht Bottrop 2021');
		expect(lines).toContain('Inhalt');
		expect(lines).toContain('Arbeit');
		expect(lines.some((l) => /^Arbeit\s*\d+$/.test(l))).toBe(true);
		expect(text).toContain('Index der sozialen Lage (MSS)');
		expect(text).toContain('31,0 %');
		expect(text).toContain('12,5 bis 20,0');
		expect(text).toContain('© GeoBasis-DE / BKG');
		expect(text).toContain('Seite 3');
		// The suppressed 2020 total and the Hafen's value are nowhere.
		expect(lines).toContain('2020 .');
		expect(lines).toContain('Q02 Hafen . –');
		expect(lines.filter((l) => /^2020 \d/.test(l))).toEqual([]);
	});
});

describe('the report PDF for assistive technology', () => {
	const catalog = (pdf: Buffer) => {
		const raw = pdfObjects(pdf);
		const at = raw.indexOf('/Type /Catalog');
		return raw.slice(raw.lastIndexOf(' obj', at), raw.indexOf('endobj', at));
	};
	/** The object a dictionary's `/key N 0 R` refers to. */
	const refOf = (pdf: Buffer, dictionary: string, key: string) => {
		const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary);
		if (!ref) return '';
		const raw = pdfObjects(pdf);
		const start = raw.indexOf(`\n${ref[1]} 0 obj`);
		return start < 0 ? '' : raw.slice(start, raw.indexOf('endobj', start));
	};
	const figures = (doc: ReturnType<typeof buildReport>) =>
		doc.chapters.flatMap((c) => c.blocks).filter((b) => b.kind === 'figure');

	it('is tagged, states its language, shows its title and gives every map and chart its alternative text', async () => {
		const doc = buildReport(sampleSnapshot(), sampleDraft());
		const pdf = await reportPdf(doc);
		const root = catalog(pdf);
		expect(root).toContain('/Lang (de-DE)');
		expect(refOf(pdf, root, 'MarkInfo')).toContain('/Marked true');
		expect(refOf(pdf, root, 'StructTreeRoot')).toContain('/Type /StructTreeRoot');
		expect(refOf(pdf, root, 'ViewerPreferences')).toContain('/DisplayDocTitle true');
		expect(await pdfTitle(pdf)).toBe('Sozialbericht Bottrop 2021');

		const raw = pdfObjects(pdf);
		const roles = [...raw.matchAll(/\/S \/(\w+)/g)].map((m) => m[1]);
		expect(roles.filter((r) => r === 'H1')).toHaveLength(1);
		expect(roles.filter((r) => r === 'H2')).toHaveLength(doc.chapters.length + 1);
		for (const role of ['H3', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'Caption']) {
			expect(roles).toContain(role);
		}
		const alts = figures(doc).map((f) => f.kind === 'figure' && f.alt);
		expect(alts.length).toBeGreaterThanOrEqual(3);
		expect(roles.filter((r) => r === 'Figure')).toHaveLength(alts.length);
		expect(pdfStrings(pdf, 'Alt')).toEqual(alts);
		expect(alts[0]).toContain('Karte der 3 Quartiere von Bottrop');
	});

	it('states English as the language of an English report', async () => {
		const doc = buildReport(sampleSnapshot(), sampleDraft({ language: 'en' }));
		const pdf = await reportPdf(doc);
		expect(catalog(pdf)).toContain('/Lang (en-GB)');
		expect(pdfStrings(pdf, 'Alt')[0]).toContain('Map of the 3 Quartiere of Bottrop');
	});

	it('paints each map area in its atlas colour', async () => {
		const pdf = await reportPdf(buildReport(sampleSnapshot(), sampleDraft()));
		// The first figure is the population map, the second the SGB II map.
		const [, sgb2] = pdfFillsIn(pdf, 'Figure');
		// A hidden value is hatched, as on the atlas page.
		expect(SGB2.map.paths.some((p) => p.suppressed)).toBe(true);
		expect(sgb2).toEqual(SGB2.map.paths.map((p) => (p.suppressed ? 'pattern' : p.fill)));
	});
});

describe('the report DOCX', () => {
	it('has real Word headings and tables with the chapter titles and figures', async () => {
		const xml = docxXml(await reportDocx(buildReport(sampleSnapshot(), sampleDraft())));
		expect(xml).toContain('w:val="Heading1"');
		expect(xml).toContain('Zusammenfassung');
		expect(xml).toContain('Anhang: Definitionen, Methoden, Quellen');
		expect(xml).toContain('<w:tbl>');
		expect(xml).toContain('31,0 %');
		expect(xml).toContain('© GeoBasis-DE / BKG');
	});
});
