/**
 * Small-area boundaries from GeoJSON (pure): WGS84 as RFC 7946 prescribes, or ETRS89 / UTM zone
 * 32N (EPSG:25832), the system of German municipal geodata, reprojected on import. Geometry is
 * simplified on a shared topology so that neighbours keep their common border (no gaps, no
 * overlaps), which simplifying each polygon on its own would break.
 */
import proj4 from 'proj4';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { feature } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { Problems, type ImportProblem } from './problems';
import { hasForbiddenCharacters } from '../fields';

export type AreaGeometry = Polygon | MultiPolygon;
export type SourceCrs = 'EPSG:4326' | 'EPSG:25832';

proj4.defs(
	'EPSG:25832',
	'+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs'
);
const toWgs84 = proj4('EPSG:25832', 'EPSG:4326');

/** Generous box around Germany: catches swapped axes and a wrong coordinate system. */
const GERMANY = { west: 5.5, east: 15.5, south: 47, north: 55.2 };

export interface ParsedArea {
	readonly code: string;
	readonly name: string;
	readonly parentCode: string | null;
	readonly geometry: AreaGeometry;
	/**
	 * Keys of the areas this one replaces from the new boundaries' first year (a split or a
	 * merge); its own key declares a boundary change too small to be measured (decision 0029).
	 */
	readonly predecessors: readonly string[];
}

export interface AreaFileOptions {
	/** Property holding the area key; default: the first of id, code, schluessel, nr, or the feature id. */
	readonly idProperty?: string;
	/** Property holding the name; default: name, bezeichnung, gebietsname. */
	readonly nameProperty?: string;
	/** Property holding the parent area's key; default: parent, parent_id, oberbezirk, bezirk. */
	readonly parentProperty?: string;
	/** Property listing predecessor keys; default: vorgaenger, vorgänger, predecessors. */
	readonly predecessorProperty?: string;
	/** Smallest triangle kept by the simplification, in square degrees (≈ 75 m² at 1e-8). */
	readonly simplifyWeight?: number;
}

export interface AreaFileResult {
	readonly crs: SourceCrs | null;
	readonly areas: readonly ParsedArea[];
	readonly problems: readonly ImportProblem[];
	readonly problemCount: number;
}

const ID_PROPERTIES = ['id', 'code', 'schluessel', 'schlüssel', 'nr', 'nummer', 'key'];
const NAME_PROPERTIES = ['name', 'bezeichnung', 'gebietsname', 'label'];
const PARENT_PROPERTIES = ['parent', 'parent_id', 'parent_code', 'oberbezirk', 'bezirk'];
const PREDECESSOR_PROPERTIES = ['vorgaenger', 'vorgänger', 'predecessors', 'predecessor'];

export const DEFAULT_SIMPLIFY_WEIGHT = 1e-8;

export function readAreaFile(text: string, options: AreaFileOptions = {}): AreaFileResult {
	const problems = new Problems();
	const fail = (crs: SourceCrs | null = null): AreaFileResult => ({
		crs,
		areas: [],
		problems: problems.listed,
		problemCount: problems.count
	});
	let json: unknown;
	try {
		json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch {
		problems.add(1, null, 'kein_geojson');
		return fail();
	}
	const features = featuresOf(json);
	if (!features) {
		problems.add(1, null, 'kein_geojson');
		return fail();
	}
	const crs = detectCrs(json, features);
	if (!crs) {
		problems.add(1, 'crs', 'crs_unbekannt', namedCrs(json) ?? undefined);
		return fail();
	}

	const parsed: ParsedArea[] = [];
	const firstSeen = new Map<string, number>();
	features.forEach((f, i) => {
		const row = i + 1;
		const props = (f.properties ?? {}) as Record<string, unknown>;
		const code = pick(props, options.idProperty, ID_PROPERTIES) ?? scalar(f.id);
		const name = pick(props, options.nameProperty, NAME_PROPERTIES);
		const parent = pick(props, options.parentProperty, PARENT_PROPERTIES);
		const predecessors = listed(
			options.predecessorProperty
				? props[options.predecessorProperty]
				: pickRaw(props, PREDECESSOR_PROPERTIES)
		);
		let ok = true;
		if (!code) {
			problems.add(row, options.idProperty ?? 'id', 'kennung_fehlt');
			ok = false;
		} else if (firstSeen.has(code)) {
			problems.add(
				row,
				options.idProperty ?? 'id',
				'kennung_doppelt',
				`${code} (erstmals Gebiet ${firstSeen.get(code)})`
			);
			ok = false;
		} else firstSeen.set(code, row);
		if (!name) {
			problems.add(row, options.nameProperty ?? 'name', 'name_fehlt');
			ok = false;
		}
		// PostgreSQL refuses a NUL byte in text; the planner gets the row instead of an error page.
		for (const [value, property] of [
			[code, options.idProperty ?? 'id'],
			[name, options.nameProperty ?? 'name'],
			[parent, options.parentProperty ?? 'parent'],
			[predecessors.join(','), options.predecessorProperty ?? 'vorgaenger']
		] as const) {
			if (value && hasForbiddenCharacters(value)) {
				problems.add(row, property, 'steuerzeichen', value);
				ok = false;
			}
		}
		const geometry = readGeometry(f, crs, row, problems);
		if (!ok || !geometry) return;
		parsed.push({ code: code!, name: name!, parentCode: parent, geometry, predecessors });
	});
	if (problems.count > 0) return fail(crs);
	return {
		crs,
		areas: simplifyShared(parsed, options.simplifyWeight ?? DEFAULT_SIMPLIFY_WEIGHT),
		problems: [],
		problemCount: 0
	};
}

function featuresOf(json: unknown): Feature[] | null {
	if (typeof json !== 'object' || json === null) return null;
	const object = json as { type?: unknown; features?: unknown };
	if (object.type === 'FeatureCollection' && Array.isArray(object.features)) {
		return object.features.filter((f): f is Feature => typeof f === 'object' && f !== null);
	}
	if (object.type === 'Feature') return [json as Feature];
	return null;
}

function namedCrs(json: unknown): string | null {
	const crs = (json as { crs?: { properties?: { name?: unknown } } }).crs;
	const name = crs?.properties?.name;
	return typeof name === 'string' ? name : null;
}

/**
 * The named CRS of the (pre-RFC 7946) "crs" member if present, otherwise guessed from the
 * magnitude of the first coordinate: degrees are within ±180/±90, UTM 32N metres are in the
 * hundreds of thousands (easting) and millions (northing).
 */
export function detectCrs(json: unknown, features: readonly Feature[]): SourceCrs | null {
	const name = namedCrs(json);
	if (name !== null) {
		if (/(^|[^0-9])25832$/.test(name.replace(/::?/g, ':'))) return 'EPSG:25832';
		if (/(^|[^0-9])4326$/.test(name) || /CRS:?84$/i.test(name)) return 'EPSG:4326';
		return null;
	}
	const first = features.map(firstPosition).find((p) => p !== null);
	if (!first) return 'EPSG:4326';
	const [x, y] = first;
	if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return 'EPSG:4326';
	if (x > 100_000 && x < 1_000_000 && y > 5_000_000 && y < 6_500_000) return 'EPSG:25832';
	return null;
}

function firstPosition(f: Feature): Position | null {
	const g = f.geometry as { type?: string; coordinates?: unknown } | null;
	let c: unknown = g?.coordinates;
	while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
	return Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number'
		? (c as Position)
		: null;
}

function scalar(value: unknown): string | null {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	return null;
}

/** The first of the candidate properties that is present, as given. */
function pickRaw(props: Record<string, unknown>, candidates: readonly string[]): unknown {
	const lower = new Map(Object.entries(props).map(([k, v]) => [k.toLowerCase(), v]));
	for (const candidate of candidates) if (lower.has(candidate)) return lower.get(candidate);
	return undefined;
}

/** Keys given as an array or as text separated by commas or semicolons. */
function listed(value: unknown): string[] {
	const items = Array.isArray(value)
		? value.map(scalar)
		: (scalar(value) ?? '').split(/[,;]/).map((s) => s.trim());
	return [...new Set(items.filter((s): s is string => s !== null && s !== ''))];
}

function pick(
	props: Record<string, unknown>,
	explicit: string | undefined,
	candidates: readonly string[]
): string | null {
	if (explicit) return scalar(props[explicit]);
	const lower = new Map(Object.entries(props).map(([k, v]) => [k.toLowerCase(), v]));
	for (const candidate of candidates) {
		const value = scalar(lower.get(candidate));
		if (value !== null) return value;
	}
	return null;
}

function readGeometry(
	f: Feature,
	crs: SourceCrs,
	row: number,
	problems: Problems
): AreaGeometry | null {
	const g = f.geometry;
	if (!g) {
		problems.add(row, 'geometry', 'geometrie_fehlt');
		return null;
	}
	if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
		problems.add(row, 'geometry', 'geometrie_typ', g.type);
		return null;
	}
	const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown;
	if (!Array.isArray(polygons) || polygons.length === 0) {
		problems.add(row, 'geometry', 'geometrie_ungueltig');
		return null;
	}
	const converted: Position[][][] = [];
	for (const polygon of polygons as unknown[]) {
		if (!Array.isArray(polygon) || polygon.length === 0) {
			problems.add(row, 'geometry', 'geometrie_ungueltig');
			return null;
		}
		const rings: Position[][] = [];
		for (const ring of polygon as unknown[]) {
			const converted = readRing(ring, crs);
			if (converted === 'invalid') {
				problems.add(row, 'geometry', 'geometrie_ungueltig');
				return null;
			}
			if (converted === 'outside') {
				problems.add(row, 'geometry', 'koordinaten_ausserhalb');
				return null;
			}
			rings.push(converted);
		}
		converted.push(orientRfc7946(rings));
	}
	return converted.length === 1
		? { type: 'Polygon', coordinates: converted[0] }
		: { type: 'MultiPolygon', coordinates: converted };
}

function readRing(ring: unknown, crs: SourceCrs): Position[] | 'invalid' | 'outside' {
	if (!Array.isArray(ring) || ring.length < 4) return 'invalid';
	const out: Position[] = [];
	for (const p of ring) {
		if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') return 'invalid';
		if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) return 'invalid';
		const [lon, lat] = crs === 'EPSG:25832' ? toWgs84.forward([p[0], p[1]]) : [p[0], p[1]];
		if (lon < GERMANY.west || lon > GERMANY.east || lat < GERMANY.south || lat > GERMANY.north) {
			return 'outside';
		}
		out.push([round6(lon), round6(lat)]);
	}
	const first = out[0];
	const last = out[out.length - 1];
	if (first[0] !== last[0] || first[1] !== last[1]) return 'invalid';
	return out;
}

/** ~0.1 m: more digits only add bytes. */
function round6(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}

/** Twice the signed planar area; positive = counter-clockwise. */
export function ringArea(ring: readonly Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
		sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	}
	return sum;
}

/** RFC 7946 §3.1.6: exterior ring counter-clockwise, holes clockwise. */
function orientRfc7946(rings: Position[][]): Position[][] {
	return rings.map((ring, i) => {
		const ccw = ringArea(ring) > 0;
		const wantCcw = i === 0;
		return ccw === wantCcw ? ring : [...ring].reverse();
	});
}

/**
 * d3-geo works on the sphere and wants the opposite winding (exterior clockwise); fed RFC 7946
 * rings it would draw the whole globe minus the area.
 */
export function windForD3(geometry: AreaGeometry): AreaGeometry {
	const wind = (rings: Position[][]) =>
		rings.map((ring, i) => {
			const ccw = ringArea(ring) > 0;
			return (i === 0) === ccw ? [...ring].reverse() : ring;
		});
	return geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: wind(geometry.coordinates) }
		: { type: 'MultiPolygon', coordinates: geometry.coordinates.map(wind) };
}

/**
 * Topology-preserving simplification (Visvalingam on shared arcs): a border between two areas is
 * one arc in the topology and is simplified once, so both neighbours keep the same line.
 */
export function simplifyShared<T extends { readonly geometry: AreaGeometry }>(
	areas: readonly T[],
	minWeight: number
): T[] {
	if (areas.length === 0) return [];
	const collection: FeatureCollection<AreaGeometry> = {
		type: 'FeatureCollection',
		features: areas.map((a, i) => ({
			type: 'Feature',
			id: i,
			properties: {},
			geometry: a.geometry
		}))
	};
	// topojson's typings disagree on the properties type; the collection has none.
	const topo = presimplify(
		topology({ areas: collection }, 1e6) as unknown as Topology<Objects<Record<string, never>>>
	);
	const simplified = simplify(topo, minWeight);
	const out = feature(simplified, simplified.objects.areas) as FeatureCollection;
	return out.features.map((f, i) => {
		const geometry = f.geometry as AreaGeometry;
		return { ...areas[i], geometry: roundGeometry(geometry) };
	});
}

function roundGeometry(geometry: AreaGeometry): AreaGeometry {
	const ring = (r: Position[]) => r.map(([x, y]) => [round6(x), round6(y)]);
	return geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
		: { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
}

export interface Box {
	readonly west: number;
	readonly south: number;
	readonly east: number;
	readonly north: number;
}

/**
 * The part of a ring inside an axis-parallel box (Sutherland–Hodgman: clip against each of the
 * box's four edges in turn). The box is convex, so this is exact for any ring, also a concave
 * one; where the inside part falls apart, the pieces stay joined by zero-width seams along the
 * box edge, which have no area and do not show on a map. Returns a closed ring, or null when
 * nothing with an area is left.
 */
export function clipRingToBox(ring: readonly Position[], box: Box): Position[] | null {
	const open =
		ring.length > 1 && samePoint(ring[0], ring[ring.length - 1]) ? ring.slice(0, -1) : [...ring];
	const edges: { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position }[] =
		[
			{ inside: (p) => p[0] >= box.west, cut: (a, b) => atX(a, b, box.west) },
			{ inside: (p) => p[0] <= box.east, cut: (a, b) => atX(a, b, box.east) },
			{ inside: (p) => p[1] >= box.south, cut: (a, b) => atY(a, b, box.south) },
			{ inside: (p) => p[1] <= box.north, cut: (a, b) => atY(a, b, box.north) }
		];
	let points: Position[] = open;
	for (const edge of edges) {
		const next: Position[] = [];
		for (let i = 0; i < points.length; i += 1) {
			const current = points[i];
			const previous = points[(i + points.length - 1) % points.length];
			if (edge.inside(current)) {
				if (!edge.inside(previous)) next.push(edge.cut(previous, current));
				next.push(current);
			} else if (edge.inside(previous)) {
				next.push(edge.cut(previous, current));
			}
		}
		points = next;
		if (points.length < 3) return null;
	}
	const closed = [...points, points[0]];
	return Math.abs(ringArea(closed)) > 0 ? closed : null;
}

function samePoint(a: Position, b: Position): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

function atX(a: Position, b: Position, x: number): Position {
	return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
}

function atY(a: Position, b: Position, y: number): Position {
	return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}
