import { describe, expect, it } from 'vitest';
import {
	komMonitorAreaFileOffLoop,
	readAreaFileOffLoop,
	readKomMonitorValuesOffLoop,
	readValueFileOffLoop
} from './file-read';
import { readAreaFile } from './geo';
import { readKomMonitorValues } from './kommonitor';
import { gridGeoJson, utf8, windows1252 } from './testing';
import { encodeChunk, type ChunkFormat, type ValueChunk } from './value-chunks';
import { readValueFile, type ValueImportContext } from './values-import';

describe('boundary files read in the file worker', () => {
	it('gives the same areas, reprojected and simplified, as reading on the main thread', async () => {
		const text = gridGeoJson({ columns: 4, rows: 3 });
		const inWorker = await readAreaFileOffLoop(text);
		expect(inWorker.problems).toEqual([]);
		expect(inWorker.areas.length).toBe(12);
		expect(inWorker).toEqual(readAreaFile(text));
	});

	it('reports the problems of a broken file by feature, as on the main thread', async () => {
		const broken = JSON.stringify({
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: { name: 'Ohne Kennung' }, geometry: null }]
		});
		const inWorker = await readAreaFileOffLoop(broken);
		expect(inWorker.problemCount).toBeGreaterThan(0);
		expect(inWorker).toEqual(readAreaFile(broken));
		expect((await readAreaFileOffLoop('kein JSON')).problems.map((p) => p.code)).toEqual([
			'kein_geojson'
		]);
	});

	it('turns a file past the time bound into a problem of the file, with nothing read', async () => {
		const bounds = { timeoutMs: 1, heapMb: 256 };
		const areas = await readAreaFileOffLoop(gridGeoJson({ columns: 4, rows: 3 }), {}, bounds);
		expect(areas.areas).toEqual([]);
		expect(areas.problems).toMatchObject([{ row: 1, column: null, code: 'datei_zu_aufwendig' }]);
		const units = await komMonitorAreaFileOffLoop('{}', '2026-03-02', bounds);
		expect(units.problems.map((p) => p.code)).toEqual(['datei_zu_aufwendig']);
		expect(units.text).toBe('');
	});
});

const valueContext: ValueImportContext = {
	areas: new Map([
		['Q01', 11],
		['Q02', 12],
		['Q03', 13]
	]),
	indicators: [
		{ key: 'einwohner', name: 'Einwohner', kind: 'count', per: null, minValue: 0, maxValue: null },
		{ key: 'sgb2_quote', name: 'SGB-II-Quote', kind: 'share', per: 100, minValue: 0, maxValue: 100 }
	]
};

/** 3 areas × 2 indicators × `years` years, long form, as an office writes it. */
function valueFile(years: number, tail = ''): string {
	const lines = ['Gebiet;Indikator;Jahr;Wert;Zähler;Nenner'];
	for (let y = 2000; y < 2000 + years; y += 1) {
		for (const area of ['Q01', 'Q02', 'Q03']) {
			lines.push(`${area};einwohner;${y};${1000 + y};;`);
			lines.push(`${area};sgb2_quote;${y};12,5;125;1000`);
		}
	}
	return `${lines.join('\n')}\n${tail}`;
}

async function streamed(bytes: Uint8Array, format: ChunkFormat, chunkRows: number) {
	const chunks: ValueChunk[] = [];
	const file = await readValueFileOffLoop(bytes, valueContext, {
		chunkRows,
		format,
		importId: 7,
		onChunk: (chunk) => chunks.push(chunk)
	});
	return { file, chunks };
}

describe('value files read in the file worker', () => {
	it('sends the checked rows in batches, the same rows the main thread reads, ready to write', async () => {
		const text = valueFile(10); // 60 rows
		const { rows } = readValueFile(text, valueContext);
		for (const format of ['copy', 'arrays'] as const) {
			const { file, chunks } = await streamed(utf8(text), format, 25);
			expect(file).toMatchObject({ problemCount: 0, dataRows: 60, rowCount: 60, format: 'lang' });
			expect(chunks.map((c) => c.count)).toEqual([25, 25, 10]);
			expect(chunks).toEqual([
				encodeChunk(format, 7, rows, 0, 25),
				encodeChunk(format, 7, rows, 25, 50),
				encodeChunk(format, 7, rows, 50, 60)
			]);
		}
	});

	it('decodes a Windows-1252 file there and says so', async () => {
		const text = valueFile(1); // its header has „Zähler“
		const { file } = await streamed(windows1252(text), 'copy', 100);
		expect(file).toMatchObject({ encoding: 'windows-1252', problemCount: 0, rowCount: 6 });
	});

	it('reports the problems of a file by row and column as the main thread does, and sends no batch after the first', async () => {
		const text = valueFile(10, 'Q09;einwohner;2020;5;;\nQ01;sgb2_quote;2020;viel;;\n');
		const onMain = readValueFile(text, valueContext);
		const { file, chunks } = await streamed(utf8(text), 'arrays', 25);
		expect(file.problems).toEqual(onMain.problems);
		expect(file.problems.map((p) => [p.row, p.code])).toEqual([
			[62, 'unbekanntes_gebiet'],
			[63, 'keine_zahl']
		]);
		// The 50 rows before the problem came in whole batches; the rest was dropped.
		expect(chunks.map((c) => c.count)).toEqual([25, 25]);
	});

	it('turns a value file past the time bound into a problem of the file', async () => {
		const file = await readValueFileOffLoop(
			utf8(valueFile(10)),
			valueContext,
			{ chunkRows: 10, format: 'copy', importId: 1, onChunk: () => undefined },
			{ timeoutMs: 1, heapMb: 256 }
		);
		expect(file.problems.map((p) => p.code)).toEqual(['datei_zu_aufwendig']);
	});

	it('reads a KomMonitor indicator export as the main thread does', async () => {
		const text = JSON.stringify({
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: { ID: 'Q01', 'DATE_2021-12-31': 12.5 }, geometry: null },
				{ type: 'Feature', properties: { ID: 'Q04', 'DATE_2021-12-31': 3 }, geometry: null }
			]
		});
		const context = { ...valueContext, indicator: 'sgb2_quote' };
		const inWorker = await readKomMonitorValuesOffLoop(utf8(text), context);
		expect(inWorker.problems.map((p) => p.code)).toEqual(['unbekanntes_gebiet']);
		expect(inWorker).toEqual(readKomMonitorValues(text, context));
	});
});
