import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { clipRingToBox, readAreaFile, ringArea, windForD3 } from './geo';
import { gridGeoJson } from './testing';
import { buildMap } from './map';

const ringsOf = (text: string) => {
	const result = readAreaFile(text);
	expect(result.problems).toEqual([]);
	return result.areas.map((a) => (a.geometry as Polygon).coordinates[0]);
};

const key = (p: Position) => `${p[0]},${p[1]}`;

describe('readAreaFile', () => {
	it('refuses an area name with a NUL byte as a problem of that area, not a database error', () => {
		const json = JSON.parse(gridGeoJson());
		json.features[1].properties.name = 'Alt\u0000stadt';
		const result = readAreaFile(JSON.stringify(json));
		expect(result.problems).toEqual([
			expect.objectContaining({ row: 2, code: 'steuerzeichen', found: 'Alt\u0000stadt' })
		]);
	});

	it('recognises EPSG:25832 by its crs member and by the size of the coordinates', () => {
		const named = readAreaFile(gridGeoJson({ crs: 'EPSG:25832' }));
		expect(named.crs).toBe('EPSG:25832');
		const unnamed = JSON.parse(gridGeoJson({ crs: 'EPSG:25832' }));
		delete unnamed.crs;
		expect(readAreaFile(JSON.stringify(unnamed)).crs).toBe('EPSG:25832');
		expect(readAreaFile(gridGeoJson()).crs).toBe('EPSG:4326');
	});

	it('reprojects UTM 32N to the same WGS84 corners within a metre', () => {
		const wgs = ringsOf(gridGeoJson());
		const utm = ringsOf(gridGeoJson({ crs: 'EPSG:25832' }));
		for (let i = 0; i < wgs.length; i += 1) {
			for (const [x, y] of wgs[i]) {
				const nearest = Math.min(...utm[i].map(([u, v]) => Math.hypot(u - x, v - y)));
				expect(nearest).toBeLessThan(1e-5);
			}
		}
	});

	it('rejects another coordinate system and coordinates outside Germany', () => {
		const foreign = JSON.parse(gridGeoJson());
		foreign.crs = { type: 'name', properties: { name: 'EPSG:31466' } };
		expect(readAreaFile(JSON.stringify(foreign)).problems[0]).toMatchObject({
			code: 'crs_unbekannt'
		});
		const swapped = JSON.parse(gridGeoJson());
		swapped.features[0].geometry.coordinates[0] = swapped.features[0].geometry.coordinates[0].map(
			([x, y]: number[]) => [y, x]
		);
		expect(readAreaFile(JSON.stringify(swapped)).problems[0]).toMatchObject({
			row: 1,
			code: 'koordinaten_ausserhalb'
		});
		expect(readAreaFile('{"type":"Point"}').problems[0].code).toBe('kein_geojson');
	});

	it('simplifies shared borders once, so neighbours keep exactly the same line', () => {
		const rings = ringsOf(gridGeoJson({ columns: 2, rows: 1, densify: 20 }));
		// Each square had 4 × 21 + 1 vertices; collinear ones go.
		expect(rings[0].length).toBeLessThan(12);
		const left = new Set(rings[0].map(key));
		const shared = rings[1].filter((p) => left.has(key(p)));
		expect(shared.length).toBeGreaterThanOrEqual(2);
		// The shared edge x = 6.92 has no vertex in one ring that the other lacks.
		const onEdge = (ring: Position[]) =>
			ring
				.filter((p) => Math.abs(p[0] - 6.92) < 1e-9)
				.map(key)
				.sort();
		expect([...new Set(onEdge(rings[0]))]).toEqual([...new Set(onEdge(rings[1]))]);
	});

	it('stores RFC 7946 winding and turns it around for d3-geo', () => {
		const [ring] = ringsOf(gridGeoJson({ columns: 1, rows: 1 }));
		expect(ringArea(ring)).toBeGreaterThan(0);
		const d3 = windForD3({ type: 'Polygon', coordinates: [ring] }) as Polygon;
		expect(ringArea(d3.coordinates[0])).toBeLessThan(0);
	});
});

describe('buildMap', () => {
	it('draws each area as itself, not as the globe minus the area', () => {
		const areas = readAreaFile(gridGeoJson({ columns: 2, rows: 1 })).areas;
		const map = buildMap({
			title: 'Test',
			legend: [],
			notes: [],
			width: 400,
			areas: areas.map((a) => ({ ...a, href: null, fill: '#fff', label: '', suppressed: false }))
		});
		const xs = (d: string) => [...d.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
		expect(Math.max(...xs(map.paths[0].d))).toBeLessThanOrEqual(201);
		expect(Math.min(...xs(map.paths[1].d))).toBeGreaterThanOrEqual(199);
		expect(
			ringArea([
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 1],
				[0, 0]
			])
		).toBeGreaterThan(0);
	});
});

describe('clipRingToBox', () => {
	/**
	 * Worked example: an L-shaped (concave) ring covering [0,4]×[0,2] and [0,2]×[2,4], area 12.
	 * The box [1,3]×[1,3] keeps [1,3]×[1,2] (2) and [1,2]×[2,3] (1): area 3.
	 */
	const lShape: Position[] = [
		[0, 0],
		[4, 0],
		[4, 2],
		[2, 2],
		[2, 4],
		[0, 4],
		[0, 0]
	];

	it('keeps exactly the part of a concave ring inside the box, as a closed ring', () => {
		const clipped = clipRingToBox(lShape, { west: 1, south: 1, east: 3, north: 3 })!;
		expect(Math.abs(ringArea(clipped)) / 2).toBeCloseTo(3, 10);
		expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
		for (const [x, y] of clipped) {
			expect(x).toBeGreaterThanOrEqual(1);
			expect(x).toBeLessThanOrEqual(3);
			expect(y).toBeGreaterThanOrEqual(1);
			expect(y).toBeLessThanOrEqual(3);
		}
	});

	it('returns the box itself inside the ring, and nothing outside it', () => {
		const inner = clipRingToBox(lShape, { west: 0.5, south: 0.5, east: 1.5, north: 1.5 })!;
		expect(Math.abs(ringArea(inner)) / 2).toBeCloseTo(1, 10);
		expect(clipRingToBox(lShape, { west: 3, south: 3, east: 5, north: 5 })).toBeNull();
	});
});
