import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvLine, neutralise, toCsv, toXlsx } from './spreadsheet';

describe('CSV for German Excel', () => {
	it('starts with a BOM and separates with semicolons and CRLF', () => {
		const bytes = toCsv({
			header: ['Name', 'Kommune'],
			rows: [['Jürgen Öztürk', 'Mülheim an der Ruhr']]
		});
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
			'\uFEFFName;Kommune\r\nJürgen Öztürk;Mülheim an der Ruhr\r\n'
		);
	});

	it('quotes separators, quotes and line breaks', () => {
		const text = strFromU8(
			toCsv({ header: ['a'], rows: [['x;y'], ['sagt "hallo"'], ['zwei\nZeilen']] })
		);
		expect(text.split('\r\n').slice(1, 4)).toEqual(['"x;y"', '"sagt ""hallo"""', '"zwei\nZeilen"']);
	});

	it('neutralises cells that a spreadsheet would run as formulas', () => {
		expect(['=1+1', '+49 201', '-2', '@SUM(A1)', 'normal'].map(neutralise)).toEqual([
			"'=1+1",
			"'+49 201",
			"'-2",
			"'@SUM(A1)",
			'normal'
		]);
	});
});

describe('XLSX', () => {
	it('is a zip with a workbook whose sheet holds the cells as inline text', () => {
		const bytes = toXlsx({
			header: ['Name', 'Zahl'],
			rows: [
				['<b>Ärger</b> & Co', 3],
				['=HYPERLINK("x")', null]
			]
		});
		const files = unzipSync(bytes);
		expect(Object.keys(files).sort()).toEqual([
			'[Content_Types].xml',
			'_rels/.rels',
			'xl/_rels/workbook.xml.rels',
			'xl/workbook.xml',
			'xl/worksheets/sheet1.xml'
		]);
		const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
		expect(sheet).toContain('<t xml:space="preserve">&lt;b&gt;Ärger&lt;/b&gt; &amp; Co</t>');
		expect(sheet).toContain('<c r="B2"><v>3</v></c>');
		expect(sheet).toContain(`<t xml:space="preserve">'=HYPERLINK(&quot;x&quot;)</t>`);
		expect(sheet.match(/<row /g)).toHaveLength(3);
	});
});

describe('neutralise', () => {
	it('prefixes every character that starts a formula, tabs and carriage returns included', () => {
		expect(['=A1', '+A1', '-A1', '@A1', '\tA1', '\rA1'].map(neutralise)).toEqual([
			"'=A1",
			"'+A1",
			"'-A1",
			"'@A1",
			"'\tA1",
			"'\rA1"
		]);
	});

	it('leaves text alone that merely contains those characters', () => {
		expect(['A=1', 'Essen-Mitte', 'info@example.org', ' =1', "'=1"].map(neutralise)).toEqual([
			'A=1',
			'Essen-Mitte',
			'info@example.org',
			' =1',
			"'=1"
		]);
	});

	it('keeps negative numbers as numbers in CSV and XLSX', () => {
		expect(csvLine(['Saldo', -2.5, '-2.5'])).toBe("Saldo;-2,5;'-2.5\r\n");
		const sheet = strFromU8(
			unzipSync(toXlsx({ header: ['Saldo'], rows: [[-2.5]] }))['xl/worksheets/sheet1.xml']
		);
		expect(sheet).toContain('<c r="A2"><v>-2.5</v></c>');
	});

	it('neutralises a formula hidden behind a control character that XLSX drops', () => {
		const sheet = strFromU8(
			unzipSync(toXlsx({ header: ['Name'], rows: [['\u0001=HYPERLINK("x")']] }))[
				'xl/worksheets/sheet1.xml'
			]
		);
		expect(sheet).toContain(`<t xml:space="preserve">'=HYPERLINK(&quot;x&quot;)</t>`);
	});
});
