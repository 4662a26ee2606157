import { strToU8, zipSync } from 'fflate';

/**
 * CSV and XLSX written by hand: pure functions from rows of strings to bytes.
 *
 * A cell that starts with = + - @ (or a tab/CR) would be run as a formula by Excel or
 * LibreOffice ("CSV injection", OWASP); such cells get a leading apostrophe, which both show as
 * text. Markup stays text in both formats: nothing here is ever interpreted as HTML.
 */
export type Cell = string | number | null;
export type Table = { header: string[]; rows: Cell[][] };

export function neutralise(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(cell: Cell): string {
	if (cell === null) return '';
	if (typeof cell === 'number') return String(cell).replace('.', ',');
	const text = neutralise(cell);
	return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** German Excel: UTF-8 with BOM (else umlauts break), semicolons, CRLF line ends. */
export function toCsv(table: Table): Uint8Array {
	const lines = [table.header, ...table.rows].map((row) => row.map(csvCell).join(';'));
	return strToU8(`\uFEFF${lines.join('\r\n')}\r\n`);
}

function xmlEscape(text: string): string {
	return (
		text
			// XML 1.0 forbids most control characters; they carry no meaning in a name anyway.
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
			.replaceAll('&', '&amp;')
			.replaceAll('<', '&lt;')
			.replaceAll('>', '&gt;')
			.replaceAll('"', '&quot;')
	);
}

function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	}
	return name;
}

function xlsxCell(cell: Cell, ref: string): string {
	if (cell === null) return '';
	if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
	return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(neutralise(cell))}</t></is></c>`;
}

function sheetXml(table: Table): string {
	const rows = [table.header, ...table.rows]
		.map(
			(row, r) =>
				`<row r="${r + 1}">${row.map((cell, c) => xlsxCell(cell, `${columnName(c)}${r + 1}`)).join('')}</row>`
		)
		.join('');
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
}

/** The smallest OOXML workbook Excel and LibreOffice open: one sheet of inline strings. */
export function toXlsx(table: Table, sheetName = 'Tabelle1'): Uint8Array {
	const files: Record<string, string> = {
		'[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
		'_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xmlEscape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
		'xl/worksheets/sheet1.xml': sheetXml(table)
	};
	return zipSync(
		Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, strToU8(xml)]))
	);
}
