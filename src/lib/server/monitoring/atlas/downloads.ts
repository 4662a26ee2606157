/**
 * The atlas downloads as HTTP responses; every one is built from the disclosed view, like the
 * pages. Public: routes pass PUBLIC access.
 */
import { error } from '@sveltejs/kit';
import type { Database } from '../../db';
import { mapSvgDocument } from '../map';
import { mapPng } from '../png';
import type { Access } from '../read';
import type { AtlasView } from './context';
import { textStream } from '../../streaming';
import { publicData, valuesCsvParts, valuesGeoJsonParts } from './exports';
import { municipalityAtlas } from './municipality';

const NOT_PUBLISHED = 'Für diese Gemeinde sind keine kleinräumigen Daten veröffentlicht.';

function attachment(body: BodyInit, type: string, name: string): Response {
	return new Response(body, {
		headers: {
			'content-type': type,
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'no-store'
		}
	});
}

export async function mapDownload(
	db: Database,
	ags: string,
	access: Access,
	view: AtlasView,
	format: 'svg' | 'png'
): Promise<Response> {
	const atlas = await municipalityAtlas(db, ags, access, view);
	if (!atlas) error(404, NOT_PUBLISHED);
	const svg = mapSvgDocument(atlas.map);
	const years = atlas.change ? `${atlas.change.from}-${atlas.change.to}` : String(atlas.year);
	const name = `sozialatlas-${ags}-${atlas.indicator.key}-${years}`;
	return format === 'svg'
		? attachment(svg, 'image/svg+xml; charset=utf-8', `${name}.svg`)
		: attachment(new Uint8Array(mapPng(svg, atlas.map.width)), 'image/png', `${name}.png`);
}

/** CSV (every year) and GeoJSON (one year) of the public values, streamed. */
export async function dataDownload(
	db: Database,
	ags: string,
	access: Access,
	view: AtlasView,
	format: 'csv' | 'geojson'
): Promise<Response> {
	const data = await publicData(db, ags, access);
	if (!data) error(404, NOT_PUBLISHED);
	if (format === 'csv') {
		return attachment(
			textStream(valuesCsvParts(data)),
			'text/csv; charset=utf-8',
			`sozialatlas-${ags}.csv`
		);
	}
	const years = data.yearsOf();
	const year =
		view.year !== undefined && years.includes(view.year) ? view.year : years[years.length - 1];
	return attachment(
		textStream(valuesGeoJsonParts(data, year)),
		'application/geo+json; charset=utf-8',
		`sozialatlas-${ags}-${year}.geojson`
	);
}
