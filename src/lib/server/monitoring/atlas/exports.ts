/** The public values as data: the API answer, the CSV and the GeoJSON downloads. */
import type { Database } from '../../db';
import { cellKey } from '../disclosed';
import { publicValue } from '../disclosure';
import { toAtlasIndicator, type AtlasIndicator } from '../format';
import type { Access, RawDataset } from '../read';
import { atlasNotes, context, indicatorsWithData } from './context';

export interface PublicValueRow {
	readonly area: string;
	readonly areaName: string;
	readonly indicator: string;
	readonly year: number;
	/** null when suppressed ("."), see `suppressed`. */
	readonly value: number | null;
	readonly count: number | null;
	readonly suppressed: boolean;
}

export interface PublicValues {
	readonly municipality: { ags: string; name: string };
	readonly isDemo: boolean;
	readonly threshold: number;
	readonly areas: readonly {
		code: string;
		name: string;
		parentCode: string | null;
		synthetic: boolean;
		geometry: RawDataset['areas'][number]['geometry'];
	}[];
	readonly indicators: readonly AtlasIndicator[];
	readonly values: readonly PublicValueRow[];
	readonly totals: readonly {
		indicator: string;
		year: number;
		value: number | null;
		count: number | null;
		suppressed: boolean;
	}[];
	readonly notes: readonly string[];
}

export async function publicValues(
	db: Database,
	ags: string,
	access: Access,
	filter: { readonly indicator?: string; readonly year?: number } = {}
): Promise<PublicValues | null> {
	const ctx = await context(db, ags, access);
	if (!ctx) return null;
	const byId = new Map(ctx.dataset.areas.map((a) => [a.id, a]));
	const values: PublicValueRow[] = [];
	for (const v of ctx.dataset.values) {
		if (filter.indicator && v.indicatorKey !== filter.indicator) continue;
		if (filter.year !== undefined && v.year !== filter.year) continue;
		const cell = ctx.disclosed.cells.get(cellKey(v.areaId, v.indicatorKey, v.year));
		if (!cell) continue;
		const area = byId.get(v.areaId)!;
		values.push({
			area: area.code,
			areaName: area.name,
			indicator: v.indicatorKey,
			year: v.year,
			value: publicValue(cell.value),
			count: cell.count ? publicValue(cell.count) : null,
			suppressed: cell.value.suppressed
		});
	}
	values.sort(
		(a, b) =>
			a.area.localeCompare(b.area) || a.indicator.localeCompare(b.indicator) || a.year - b.year
	);
	const totals = [...ctx.disclosed.totals.entries()]
		.map(([key, t]) => {
			const [indicator, year] = key.split('|');
			return {
				indicator,
				year: Number(year),
				value: publicValue(t.value),
				count: t.count ? publicValue(t.count) : null,
				suppressed: t.value.suppressed
			};
		})
		.filter(
			(t) =>
				(!filter.indicator || t.indicator === filter.indicator) &&
				(filter.year === undefined || t.year === filter.year)
		)
		.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year);
	return {
		municipality: { ags, name: ctx.dataset.municipality.name },
		isDemo: ctx.dataset.settings.isDemo,
		threshold: ctx.disclosed.threshold,
		areas: ctx.dataset.areas.map((a) => ({
			code: a.code,
			name: a.name,
			parentCode: a.parentCode,
			synthetic: a.synthetic,
			geometry: a.geometry
		})),
		indicators: indicatorsWithData(ctx).map(toAtlasIndicator),
		values,
		totals,
		notes: atlasNotes(
			ctx.dataset,
			ctx.disclosed.threshold,
			ctx.dataset.areas.some((a) => a.synthetic)
		)
	};
}

const csvCell = (v: string | number | null) => {
	if (v === null) return '';
	const s = typeof v === 'number' ? String(v).replace('.', ',') : v;
	return /[;"\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** Semicolon CSV with decimal comma and BOM, as Excel in German expects; "." marks secrets. */
export function valuesCsv(data: PublicValues): string {
	const lines = ['gemeinde_ags;gebiet;gebietsname;indikator;jahr;wert;anzahl;hinweis'];
	for (const v of data.values) {
		lines.push(
			[
				data.municipality.ags,
				v.area,
				v.areaName,
				v.indicator,
				v.year,
				v.suppressed ? '.' : v.value,
				v.count,
				v.suppressed ? 'geheim' : data.isDemo ? 'Demodaten' : ''
			]
				.map(csvCell)
				.join(';')
		);
	}
	return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** GeoJSON of the areas with the values of one year as properties (null + flag when secret). */
export function valuesGeoJson(data: PublicValues, year: number): string {
	const features = data.areas
		.filter((a) => a.geometry)
		.map((a) => {
			const properties: Record<string, string | number | boolean | null> = {
				code: a.code,
				name: a.name,
				parent: a.parentCode,
				synthetisch: a.synthetic
			};
			for (const v of data.values) {
				if (v.area !== a.code || v.year !== year) continue;
				properties[v.indicator] = v.value;
				if (v.suppressed) properties[`${v.indicator}_geheim`] = true;
			}
			return { type: 'Feature', id: a.code, properties, geometry: a.geometry };
		});
	return JSON.stringify({
		type: 'FeatureCollection',
		name: `${data.municipality.name} ${year}`,
		jahr: year,
		demodaten: data.isDemo,
		hinweise: data.notes,
		features
	});
}
