/** A small, hand-made snapshot for the report builder's and renderers' tests. */
import { strFromU8, unzipSync, unzlibSync } from 'fflate';
import type { MapModel } from '$lib/types/atlas';
import type { ReportSnapshot, SnapshotIndicator } from './snapshot';
import type { ReportDraft } from './build';

const map = (title: string, fills: [string, string, string]): MapModel => ({
	title,
	width: 300,
	height: 120,
	paths: [
		{
			code: 'Q01',
			name: 'Altstadt',
			href: null,
			d: 'M8,8H100V112H8Z',
			fill: fills[0],
			label: '12,5 %',
			suppressed: false
		},
		{
			code: 'Q02',
			name: 'Hafen',
			href: null,
			d: 'M100,8H200V112H100Z',
			fill: fills[1],
			label: '.',
			suppressed: true
		},
		{
			code: 'Q03',
			name: 'Bergfeld',
			href: null,
			d: 'M200,8H292V112H200Z',
			fill: fills[2],
			label: '31,0 %',
			suppressed: false
		}
	],
	outline: 'M8,8H292V112H8Z',
	legend: [
		{ fill: '#deebf7', label: '12,5 bis 20,0' },
		{ fill: '#3182bd', label: 'über 20,0 bis 31,0' },
		{ fill: '#ffffff', label: 'geheim (.)' },
		{ fill: '#e4e7eb', label: 'keine Angabe' }
	],
	notes: []
});

export const SGB2: SnapshotIndicator = {
	indicator: {
		key: 'sgb2_quote',
		name: 'SGB-II-Quote',
		definition:
			'Anteil der Personen in Bedarfsgemeinschaften nach SGB II an der Bevölkerung unter 65 Jahren.',
		unit: '%',
		kind: 'share',
		direction: 'need_up',
		handlungsfeld: 'arbeit',
		source: 'Bundesagentur für Arbeit',
		decimals: 1,
		numeratorLabel: 'Personen in Bedarfsgemeinschaften',
		denominatorLabel: 'Einwohner unter 65'
	},
	year: 2021,
	years: [2019, 2020, 2021],
	map: map('Musterstadt: SGB-II-Quote 2021', ['#deebf7', '#ffffff', '#3182bd']),
	rows: [
		{ code: 'Q01', name: 'Altstadt', display: '12,5 %', value: 12.5, rank: 2 },
		{ code: 'Q02', name: 'Hafen', display: '.', value: null, rank: null },
		{ code: 'Q03', name: 'Bergfeld', display: '31,0 %', value: 31, rank: 1 }
	],
	totals: [
		{ year: 2019, value: 19.4, suppressed: false },
		{ year: 2020, value: null, suppressed: true },
		{ year: 2021, value: 18.2, suppressed: false }
	]
};

export const POPULATION: SnapshotIndicator = {
	indicator: {
		key: 'einwohner',
		name: 'Einwohnerinnen und Einwohner',
		definition: 'Bevölkerung am Ort der Hauptwohnung.',
		unit: 'Personen',
		kind: 'count',
		direction: 'neutral',
		handlungsfeld: 'bevoelkerung',
		source: 'Melderegister',
		decimals: 0,
		numeratorLabel: null,
		denominatorLabel: null
	},
	year: 2021,
	years: [2021],
	map: map('Musterstadt: Einwohner 2021', ['#deebf7', '#3182bd', '#3182bd']),
	rows: [
		{ code: 'Q01', name: 'Altstadt', display: '4.210', value: 4210, rank: null },
		{ code: 'Q02', name: 'Hafen', display: '1.050', value: 1050, rank: null },
		{ code: 'Q03', name: 'Bergfeld', display: '7.800', value: 7800, rank: null }
	],
	totals: [{ year: 2021, value: 13060, suppressed: false }]
};

export function sampleSnapshot(over: Partial<ReportSnapshot> = {}): ReportSnapshot {
	return {
		format: 1,
		takenAt: '2026-03-02T09:00:00.000Z',
		municipality: { ags: '05512000', name: 'Bottrop', kreisName: 'Bottrop' },
		dataVersion: 7,
		analysis: null,
		isDemo: false,
		synthetic: false,
		threshold: 3,
		areaTerm: 'Quartier',
		areaTermPlural: 'Quartiere',
		indicators: [POPULATION, SGB2],
		mss: null,
		typology: null,
		plan: null,
		notes: ['Gebietsgrenzen: © GeoBasis-DE / BKG (2017)'],
		...over
	};
}

export const sampleDraft = (over: Partial<ReportDraft> = {}): ReportDraft => ({
	title: 'Sozialbericht Bottrop 2021',
	year: 2021,
	language: 'de',
	chapters: [
		'zusammenfassung',
		'bevoelkerung',
		'arbeit',
		'wohnen',
		'mss',
		'handlungsprogramm',
		'anhang'
	],
	texts: { arbeit: 'Die SGB-II-Quote sinkt seit 2019.\n\nIm Hafen bleibt sie geheim.' },
	status: 'veroeffentlicht',
	isDemo: false,
	...over
});

/** The text of a PDF as pdf.js reads it (pdf-parse, as the archive's extraction does). */
export async function pdfText(pdf: Uint8Array): Promise<string> {
	const { PDFParse } = await import('pdf-parse');
	const parser = new PDFParse({ data: new Uint8Array(pdf) });
	try {
		return (await parser.getText()).text;
	} finally {
		await parser.destroy();
	}
}

/** The text of every Word part of a DOCX (body, headers, footers), part by part. */
export function docxText(docx: Uint8Array): string {
	const files = unzipSync(new Uint8Array(docx));
	return Object.keys(files)
		.filter((name) => /^word\/[^/]+\.xml$/.test(name))
		.sort()
		.map((name) =>
			[...strFromU8(files[name]).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
				.map((m) => decodeXml(m[1]))
				.join(' ')
		)
		.join('\n');
}

const decodeXml = (text: string) =>
	text
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&apos;', "'")
		.replaceAll('&amp;', '&');

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** A PDF literal string at `start` (just after its "("), unescaped; UTF-16BE when it has a BOM. */
function literalAt(raw: string, start: number): string {
	let out = '';
	for (let i = start; i < raw.length; i++) {
		const c = raw[i];
		if (c === ')') break;
		if (c === '\\') {
			const next = raw[++i];
			const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
			out += escapes[next] ?? next;
		} else out += c;
	}
	if (out.startsWith('\xfe\xff')) {
		return Buffer.from(out.slice(2), 'latin1').swap16().toString('utf16le');
	}
	return out;
}

/** The uncompressed objects of a PDF as text (pdfkit writes dictionaries uncompressed). */
export function pdfObjects(pdf: Uint8Array): string {
	return latin1(pdf);
}

/** Every `/Key (string)` value of the PDF's dictionaries, decoded (e.g. "Alt", "Lang", "Title"). */
export function pdfStrings(pdf: Uint8Array, key: string): string[] {
	const raw = latin1(pdf);
	const found: string[] = [];
	const marker = `/${key} (`;
	for (let i = raw.indexOf(marker); i >= 0; i = raw.indexOf(marker, i + 1)) {
		found.push(literalAt(raw, i + marker.length));
	}
	return found;
}

/** The PDF's content streams, inflated, in file order. */
export function pdfContentStreams(pdf: Uint8Array): string[] {
	const raw = latin1(pdf);
	const streams: string[] = [];
	const re = /\/Filter \/FlateDecode[^]*?>>\s*stream\r?\n/g;
	for (let m = re.exec(raw); m; m = re.exec(raw)) {
		const start = m.index + m[0].length;
		const end = raw.indexOf('endstream', start);
		try {
			streams.push(latin1(unzlibSync(pdf.subarray(start, end))));
		} catch {
			// Not a zlib stream ending where expected (fonts with odd padding): not page content.
		}
		re.lastIndex = end;
	}
	return streams;
}

/**
 * The fill colours (as "#rrggbb", consecutive repeats folded) painted inside each piece of
 * marked content tagged `tag` (e.g. "Figure"), in the order the pieces are drawn.
 */
export function pdfFillsIn(pdf: Uint8Array, tag: string): string[][] {
	const pieces: string[][] = [];
	for (const content of pdfContentStreams(pdf)) {
		const re = new RegExp(`/${tag} <<[^>]*>> BDC([^]*?)\\nEMC`, 'g');
		for (const m of content.matchAll(re)) {
			const fills: string[] = [];
			// A colour ("r g b scn"), or a pattern ("/P1 scn": the hatching of a hidden value).
			for (const c of m[1].matchAll(/(?:^|\n)(?:([\d.]+) ([\d.]+) ([\d.]+)|\/\w+) scn/g)) {
				const hex =
					c[1] === undefined
						? 'pattern'
						: '#' +
							[c[1], c[2], c[3]]
								.map((v) =>
									Math.round(Number(v) * 255)
										.toString(16)
										.padStart(2, '0')
								)
								.join('');
				if (fills.at(-1) !== hex) fills.push(hex);
			}
			pieces.push(fills);
		}
	}
	return pieces;
}

/** The title in the PDF's document information, as a viewer reads it. */
export async function pdfTitle(pdf: Uint8Array): Promise<string> {
	const { PDFParse } = await import('pdf-parse');
	const parser = new PDFParse({ data: new Uint8Array(pdf) });
	try {
		const info: { Title?: unknown } = (await parser.getInfo()).info ?? {};
		return String(info.Title ?? '');
	} finally {
		await parser.destroy();
	}
}
