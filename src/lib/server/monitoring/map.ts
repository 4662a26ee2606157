/**
 * Choropleth maps as plain data (path strings, fills, legend) rendered on the server: the atlas
 * page draws the model as Svelte markup, the downloads as an SVG string (and PNG via resvg).
 * Pure; projection: Web Mercator fitted to the areas (conformal, so Quartiere keep their shape at
 * city scale).
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import polylabel from 'polylabel';
import type { LegendItem, MapModel, MapPath } from '$lib/types/atlas';
import { windForD3, type AreaGeometry } from './geo';

export type { LegendItem, MapModel };

export interface MapArea {
	readonly code: string;
	readonly name: string;
	readonly href: string | null;
	readonly geometry: AreaGeometry;
	readonly fill: string;
	/** What the area shows, e.g. "12,5 %" or "geheim (.)"; part of the accessible name. */
	readonly label: string;
	readonly suppressed: boolean;
	/** No value ("keine Angabe"). */
	readonly missing?: boolean;
	/** The legend line of the area's class, for its accessible name and the information panel. */
	readonly legendLabel?: string | null;
}

export interface MapInput {
	readonly title: string;
	readonly areas: readonly MapArea[];
	readonly legend: readonly LegendItem[];
	readonly notes: readonly string[];
	readonly width?: number;
	/** Outline drawn on top (e.g. the municipality border), no fill. */
	readonly outline?: AreaGeometry | null;
}

const PADDING = 8;

export function buildMap(input: MapInput): MapModel {
	const width = input.width ?? 640;
	const features: Feature<AreaGeometry>[] = input.areas.map((a) => ({
		type: 'Feature',
		properties: {},
		geometry: windForD3(a.geometry)
	}));
	const collection: FeatureCollection<AreaGeometry> = { type: 'FeatureCollection', features };
	const projection = geoMercator();
	if (features.length > 0) {
		projection.fitWidth(width - 2 * PADDING, collection);
	}
	const path = geoPath(projection).digits(1);
	const [[, y0], [, y1]] =
		features.length > 0
			? path.bounds(collection)
			: [
					[0, 0],
					[0, 0]
				];
	const height = Math.ceil(y1 - y0) + 2 * PADDING;
	projection.translate([
		projection.translate()[0] + PADDING,
		projection.translate()[1] - y0 + PADDING
	]);
	const paths: MapPath[] = input.areas.map((a, i) => {
		const pole = poleOf(a.geometry, projection);
		return {
			code: a.code,
			name: a.name,
			href: a.href,
			d: path(features[i]) ?? '',
			fill: a.fill,
			label: a.label,
			suppressed: a.suppressed,
			missing: a.missing ?? false,
			legendLabel: a.legendLabel ?? null,
			anchor: pole ? [round(pole.x), round(pole.y)] : null,
			room: pole ? round(pole.radius) : null
		};
	});
	const outline = input.outline ? path(windForD3(input.outline)) : null;
	return {
		title: input.title,
		width,
		height,
		paths: readingOrder(paths, height),
		outline,
		legend: input.legend,
		notes: input.notes
	};
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * The point inside the area farthest from its border (pole of inaccessibility, polylabel) in map
 * coordinates, on its largest part, with the distance to the border: a label set there lies inside
 * the area even where the area is concave and its centroid outside.
 */
function poleOf(
	geometry: AreaGeometry,
	projection: GeoProjection
): { x: number; y: number; radius: number } | null {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let best: { x: number; y: number; radius: number } | null = null;
	for (const rings of polygons) {
		const projected = rings.map((ring) =>
			ring.flatMap((p) => {
				const xy = projection([p[0], p[1]]);
				return xy ? [[xy[0], xy[1]] as [number, number]] : [];
			})
		);
		if (projected[0].length < 3) continue;
		const pole = polylabel(projected, 0.5);
		if (!best || pole.distance > best.radius) {
			best = { x: pole[0], y: pole[1], radius: pole.distance };
		}
	}
	return best;
}

/**
 * Areas in reading order, top to bottom in bands of a tenth of the map, left to right within a band:
 * keyboard focus moves through the map the way the eye does.
 */
function readingOrder(paths: MapPath[], height: number): MapPath[] {
	const band = Math.max(1, height / 10);
	const key = (p: MapPath) => p.anchor ?? [Infinity, Infinity];
	return [...paths].sort((a, b) => {
		const [ax, ay] = key(a);
		const [bx, by] = key(b);
		return Math.floor(ay / band) - Math.floor(by / band) || ax - bx || a.code.localeCompare(b.code);
	});
}

const escape = (text: string) =>
	text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');

/** The dashes of the outline of an area without a value. */
export const MISSING_DASH = '3 2';

/**
 * The hatching of a suppressed area (geheim): dark diagonal lines on white, unlike any class colour
 * and unlike the flat grey of an area without a value.
 */
export function hatchPattern(id: string): string {
	return `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#3d4650" stroke-width="2"/></pattern>`;
}

/**
 * A standalone SVG document of the map with legend and notes (attribution, demo label) for the
 * downloads. No scripts and no event attributes: the file is an image.
 */
export function mapSvgDocument(model: MapModel): string {
	const legendTop = model.height + 28;
	const legendRows = model.legend.length;
	const notesTop = legendTop + legendRows * 20 + 12;
	const totalHeight = notesTop + model.notes.length * 16 + 8;
	const lines: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${model.width}" height="${totalHeight}" viewBox="0 0 ${model.width} ${totalHeight}" font-family="DejaVu Sans, Arial, sans-serif">`,
		`<title>${escape(model.title)}</title>`,
		`<defs>${hatchPattern('hatch')}</defs>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		`<text x="8" y="18" font-size="14" font-weight="bold">${escape(model.title)}</text>`,
		`<g transform="translate(0 24)" stroke="#5a6570" stroke-width="0.6">`
	];
	for (const p of model.paths) {
		lines.push(
			`<path d="${p.d}" fill="${p.suppressed ? 'url(#hatch)' : p.fill}"${p.missing ? ` stroke-dasharray="${MISSING_DASH}"` : ''}><title>${escape(`${p.name}: ${p.label}`)}</title></path>`
		);
	}
	if (model.outline)
		lines.push(`<path d="${model.outline}" fill="none" stroke="#1b1f24" stroke-width="1.4"/>`);
	lines.push('</g>');
	model.legend.forEach((item, i) => {
		const y = legendTop + i * 20;
		lines.push(
			`<rect x="8" y="${y}" width="16" height="14" fill="${item.pattern === 'suppressed' ? 'url(#hatch)' : item.fill}" stroke="#5a6570" stroke-width="0.6"${item.pattern === 'missing' ? ` stroke-dasharray="${MISSING_DASH}"` : ''}/>`,
			`<text x="30" y="${y + 11}" font-size="12">${escape(item.label)}</text>`
		);
	});
	model.notes.forEach((note, i) => {
		lines.push(
			`<text x="8" y="${notesTop + i * 16}" font-size="10" fill="#4a5560">${escape(note)}</text>`
		);
	});
	lines.push('</svg>');
	return lines.join('\n');
}
