import { describe, expect, it } from 'vitest';
import { komMonitorAreaFileOffLoop, readAreaFileOffLoop } from './file-read';
import { readAreaFile } from './geo';
import { gridGeoJson } from './testing';

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
