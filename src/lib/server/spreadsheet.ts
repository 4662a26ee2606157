import { strToU8, zipSync } from 'fflate';

/**
 * Every CSV and XLSX the platform writes goes through this module (participant lists, the atlas
 * data download): pure functions from rows of cells to text or bytes.
 *
 * Spreadsheet formulas ("CSV injection", OWASP): a text cell that starts with = + - @, a tab or a
 * carriage return would be run as a formula by Excel or LibreOffice — `=HYPERLINK(…)` in an area
 * or organisation name becomes a link that leaks data or a command that runs. `neutralise` puts an
 * apostrophe in front of such a cell, which both programs show as text (OWASP's recommendation).
 * Numbers are written as numbers and never touched, so a negative value stays a number; only
 * text is neutralised. Markup stays text in both formats: nothing here is interpreted as HTML.
 */
export type Cell = string | number | null;
export type Table = { header: string[]; rows: Cell[][] };

/** The one place that decides which text a spreadsheet would run as a formula. */
export function neutralise(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV cell for German Excel: decimal comma, text neutralised and quoted where needed. */
export function csvCell(cell: Cell): string {
	if (cell === null) return '';
	if (typeof cell === 'number') return String(cell).replace('.', ',');
	const text = neutralise(cell);
	return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (semicolons, CRLF), for writers that stream their rows. */
export function csvLine(cells: readonly Cell[]): string {
	return `${cells.map(csvCell).join(';')}\r\n`;
}

/** Byte order mark: without it Excel reads UTF-8 as Windows-1252 and breaks umlauts. */
export const CSV_BOM = '\uFEFF';

/** German Excel: UTF-8 with BOM (else umlauts break), semicolons, CRLF line ends. */
export function toCsv(table: Table): Uint8Array {
	return strToU8(CSV_BOM + [table.header, ...table.rows].map(csvLine).join(''));
}

/** XML 1.0 forbids most control characters; they carry no meaning in a name anyway. */
function withoutControls(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

function xmlEscape(text: string): string {
	return withoutControls(text)
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
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
	return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(neutralise(withoutControls(cell)))}</t></is></c>`;
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
