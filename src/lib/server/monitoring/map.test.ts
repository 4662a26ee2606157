import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { readAreaFile } from './geo';
import { placeTags } from '$lib/atlas/tags';
import { buildMap, mapSvgDocument } from './map';
import { gridGeoJson } from './testing';

const grid = (columns: number, rows: number) =>
	readAreaFile(gridGeoJson({ columns, rows })).areas.map((a) => ({
		...a,
		href: null,
		fill: '#08519c',
		label: '1,0 %',
		suppressed: false
	}));

describe('buildMap', () => {
	it('lists the areas in reading order, whatever order they came in', () => {
		const areas = grid(3, 2).reverse();
		const map = buildMap({ title: 'T', legend: [], notes: [], areas });
		expect(map.paths.map((p) => p.code)).toEqual(['Q01', 'Q02', 'Q03', 'Q04', 'Q05', 'Q06']);
	});

	it('sets each label inside its area, even where the area is concave', () => {
		// An L: its centroid lies in the notch, outside the area.
		const l: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[7.0, 51.5],
					[7.1, 51.5],
					[7.1, 51.52],
					[7.02, 51.52],
					[7.02, 51.58],
					[7.0, 51.58],
					[7.0, 51.5]
				]
			]
		};
		const map = buildMap({
			title: 'T',
			legend: [],
			notes: [],
			areas: [
				{
					code: 'L',
					name: 'L',
					href: null,
					geometry: l,
					fill: '#fff',
					label: '',
					suppressed: false
				}
			]
		});
		const [x, y] = map.paths[0].anchor!;
		// Inside the L's long arms: x left of the inner corner, or y below it.
		const width = map.width;
		const insideVertical = x < width * 0.2 + 8;
		const insideHorizontal = y > map.height * 0.75 - 8;
		expect(insideVertical || insideHorizontal).toBe(true);
	});

	it('labels an area with its name where it fits at the size drawn, its code where only that fits, else not at all', () => {
		const areas = grid(3, 2);
		const map = buildMap({ title: 'T', legend: [], notes: [], areas, width: 640 });
		// Labels are 12 px on screen: in map units, 12 divided by the map's scale.
		const at = (scale: number) =>
			map.paths.map((p) => placeTags(map.paths, 12 / scale).get(p.code));
		expect(at(1)).toEqual(map.paths.map((p) => p.name));
		expect(at(0.25)).toEqual(map.paths.map((p) => p.code));
		expect(at(0.05).every((tag) => tag === undefined)).toBe(true);
	});

	it('drops a label that would overlap one already placed', () => {
		const areas = [
			{ code: 'A', name: 'Altstadt', anchor: [100, 100] as const, room: 60 },
			{ code: 'B', name: 'Bulmke', anchor: [110, 104] as const, room: 50 }
		];
		expect([...placeTags(areas, 12)]).toEqual([['A', 'Altstadt']]);
	});

	it('draws a suppressed area hatched and an area without a value with a dashed outline, in the download too', () => {
		const [a, b, c] = grid(3, 1);
		const map = buildMap({
			title: 'Veränderung 2021–2023 <Süd & Nord>',
			notes: [],
			legend: [
				{ fill: '#08519c', label: 'Klasse' },
				{ fill: '#ffffff', label: 'geheim (.)', pattern: 'suppressed' },
				{ fill: '#cdd2d8', label: 'keine Angabe', pattern: 'missing' }
			],
			areas: [a, { ...b, suppressed: true }, { ...c, missing: true, fill: '#cdd2d8' }]
		});
		const svg = mapSvgDocument(map);
		expect(svg).toContain('<title>Veränderung 2021–2023 &lt;Süd &amp; Nord&gt;</title>');
		expect(svg).toContain('<pattern id="hatch"');
		const paths = svg.split('\n').filter((line) => line.startsWith('<path'));
		expect(paths[1]).toContain('fill="url(#hatch)"');
		expect(paths[1]).not.toContain('stroke-dasharray');
		expect(paths[2]).toContain('fill="#cdd2d8"');
		expect(paths[2]).toContain('stroke-dasharray');
		const swatches = svg.split('\n').filter((line) => line.startsWith('<rect x="8"'));
		expect(swatches[1]).toContain('url(#hatch)');
		expect(swatches[2]).toContain('stroke-dasharray');
	});
});
