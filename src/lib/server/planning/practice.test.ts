import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { backends } from '../db/testing';
import { areas } from '../db/schema';
import { ensureReferenceData } from '../monitoring/reference';
import {
	atlasMeasures,
	likeMineChoices,
	measuresInArea,
	measuresInAreasLikeMine,
	plannerMeasureMap,
	publicMeasuresGeoJson,
	searchPractice
} from './practice';
import { createPlan, saveHandlungsraum, saveMeasure, saveOrganisation } from './store';
import { TOWN, municipalityWithData, planner } from './testing';

const now = new Date('2026-03-02T09:00:00Z');
/** Herne: a second published municipality with the same grid (and so the same MSS classes). */
const OTHER = '05916000';

const labels = {
	title: 'Öffentliche Maßnahmen',
	withMeasures: (n: number) => `${n} Maßnahmen`,
	withMeasuresLegend: 'mit Maßnahmen',
	without: 'ohne öffentliche Maßnahme'
};

describe.each(backends)('public measures and Praxisbeispiele on $name', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await backend.open();
		const db = handle.db;
		await ensureReferenceData(db);
		await municipalityWithData(db, TOWN, now);
		await municipalityWithData(db, OTHER, now);
		const ids = new Map(
			(await db.select().from(areas).where(eq(areas.ags, TOWN)).orderBy(asc(areas.id))).map((a) => [
				a.code,
				a.id
			])
		);
		const plan = await createPlan(
			db,
			planner(),
			{ kind: 'gemeinde', ags: TOWN },
			{
				title: 'Programm',
				periodStart: 2020,
				periodEnd: 2030,
				baselineYear: 2019,
				status: 'beschlossen',
				decidedOn: '2026-02-01'
			},
			now
		);
		const east = await saveHandlungsraum(
			db,
			planner(),
			plan.id,
			{ name: 'Ost', areaIds: [ids.get('Q04')!, ids.get('Q08')!] },
			now
		);
		const org = await saveOrganisation(
			db,
			planner(),
			{ name: 'Quartiersbüro Ost', kind: 'verein', municipalityAgs: TOWN },
			now
		);
		await saveMeasure(
			db,
			planner(),
			plan.id,
			{
				title: 'Beratung im Quartier',
				description: 'Offene Sprechstunde zu Arbeit und 100%-Förderung',
				fields: ['arbeit'],
				targetGroup: 'Langzeitarbeitslose',
				status: 'laufend',
				leadOrganisationId: org.id,
				handlungsraumIds: [east.id],
				outputs: [
					{ label: 'Beratungen', count: 120 },
					{ label: 'Vermittlungen', count: 2 }
				],
				isPublic: true
			},
			now
		);
		await saveMeasure(
			db,
			planner(),
			plan.id,
			{
				title: 'Lesepaten',
				fields: ['bildung'],
				targetGroup: 'Kinder im Grundschulalter',
				status: 'geplant',
				handlungsraumIds: [east.id],
				isPublic: true
			},
			now
		);
		await saveMeasure(
			db,
			planner(),
			plan.id,
			{ title: 'Interne Abstimmung', fields: ['arbeit'], handlungsraumIds: [east.id] },
			now
		);
		// A draft plan of the other municipality: its public-flagged measure stays out.
		const draft = await createPlan(
			db,
			planner(OTHER),
			{ kind: 'gemeinde', ags: OTHER },
			{ title: 'Entwurf', periodStart: 2020, periodEnd: 2030, baselineYear: 2019 },
			now
		);
		await saveMeasure(
			db,
			planner(OTHER),
			draft.id,
			{ title: 'Beratung im Entwurf', fields: ['arbeit'], isPublic: true },
			now
		);
	}, 120_000);

	afterAll(async () => {
		await handle?.close();
	});

	it('finds public measures of adopted plans by field, target group and words, never internal or draft ones', async () => {
		const all = await searchPractice(handle.db, {});
		expect(all.items.map((i) => i.title)).toEqual(['Beratung im Quartier', 'Lesepaten']);
		expect(all.total).toBe(2);
		expect(all.items[0]).toMatchObject({
			scopeName: 'Bottrop',
			ags: TOWN,
			lead: 'Quartiersbüro Ost',
			status: 'laufend'
		});
		const titles = async (f: Parameters<typeof searchPractice>[1]) =>
			(await searchPractice(handle.db, f)).items.map((i) => i.title);
		expect(await titles({ field: 'bildung' })).toEqual(['Lesepaten']);
		expect(await titles({ targetGroup: 'kinder' })).toEqual(['Lesepaten']);
		expect(await titles({ q: 'sprechstunde ARBEIT' })).toEqual(['Beratung im Quartier']);
		expect(await titles({ q: 'beratung' })).toEqual(['Beratung im Quartier']);
		// "%" is a literal character, not a wildcard.
		expect(await titles({ q: '100%' })).toEqual(['Beratung im Quartier']);
		expect(await titles({ q: '%' })).toEqual(['Beratung im Quartier']);
		expect(await titles({ q: 'schwimmen' })).toEqual([]);
	});

	it('pages the results, and a page beyond the last shows the last', async () => {
		const first = await searchPractice(handle.db, { page: 1 }, 1);
		expect(first).toMatchObject({ total: 2, page: 1, pages: 2 });
		expect(first.items.map((i) => i.title)).toEqual(['Beratung im Quartier']);
		const beyond = await searchPractice(handle.db, { page: 9 }, 1);
		expect(beyond.page).toBe(2);
		expect(beyond.items.map((i) => i.title)).toEqual(['Lesepaten']);
	});

	it('lists what happens in an area: the public measures covering it', async () => {
		expect((await measuresInArea(handle.db, TOWN, 'Q08')).map((i) => i.title)).toEqual([
			'Beratung im Quartier',
			'Lesepaten'
		]);
		expect(await measuresInArea(handle.db, TOWN, 'Q01')).toEqual([]);
	});

	it('finds measures in areas of the same MSS class elsewhere in the Ruhr, saying which match applies', async () => {
		const like = await measuresInAreasLikeMine(handle.db, { ags: OTHER, code: 'Q08' });
		expect(like?.origin).toMatchObject({ ags: OTHER, code: 'Q08', statusClass: 4 });
		expect(like?.results.map((r) => r.measure.title)).toEqual([
			'Beratung im Quartier',
			'Lesepaten'
		]);
		const area = like!.results[0].areas.find((a) => a.code === 'Q08');
		expect(area).toMatchObject({ ags: TOWN, municipality: 'Bottrop' });
		expect(area?.by).toContain('mss');
		// Its own municipality's measures are not "elsewhere".
		const own = await measuresInAreasLikeMine(handle.db, { ags: TOWN, code: 'Q08' });
		expect(own?.results).toEqual([]);
		expect(await measuresInAreasLikeMine(handle.db, { ags: OTHER, code: 'X99' })).toBeNull();
	});

	it('offers the published municipalities and the chosen one’s areas', async () => {
		const choices = await likeMineChoices(handle.db, OTHER);
		expect(choices.municipalities.map((m) => m.ags).sort()).toEqual([TOWN, OTHER].sort());
		expect(choices.areas.map((a) => a.code)).toContain('Q08');
		expect((await likeMineChoices(handle.db, null)).areas).toEqual([]);
	});

	it('shows a municipality’s public measures with a map, filters, and small output counts hidden', async () => {
		const page = await atlasMeasures(handle.db, TOWN, {}, labels);
		expect(page?.measures.map((m) => m.title)).toEqual(['Beratung im Quartier', 'Lesepaten']);
		expect(page?.facets.fields).toEqual(['bildung', 'arbeit']);
		const beratung = page!.measures[0];
		expect(beratung.outputs).toEqual([
			{ label: 'Beratungen', count: 120 },
			{ label: 'Vermittlungen', count: null }
		]);
		expect(JSON.stringify(page)).not.toMatch(/"count":2\b/);
		expect(page?.areas.map((a) => [a.code, a.measures.length])).toEqual([
			['Q04', 2],
			['Q08', 2]
		]);
		const highlighted = page!.map!.paths.filter((p) => p.label === '2 Maßnahmen');
		expect(highlighted.map((p) => p.code).sort()).toEqual(['Q04', 'Q08']);
		const filtered = await atlasMeasures(handle.db, TOWN, { status: 'geplant' }, labels);
		expect(filtered?.measures.map((m) => m.title)).toEqual(['Lesepaten']);
		expect(filtered?.total).toBe(2);
		expect(await atlasMeasures(handle.db, '09162000', {}, labels)).toBeNull();
	});

	it('writes GeoJSON of the public measures by area, without output counts', async () => {
		const json = JSON.parse((await publicMeasuresGeoJson(handle.db, TOWN))!);
		expect(json.features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual([
			'Q04',
			'Q08'
		]);
		expect(json.features[0].properties).toMatchObject({ massnahmen: 2 });
		expect(JSON.stringify(json)).not.toContain('Interne Abstimmung');
		expect(JSON.stringify(json)).not.toContain('Vermittlungen');
	});

	it('maps the measures of a planner’s list, internal ones too, and only the municipality’s own areas', async () => {
		const area = (ags: string, code: string) => ({ id: 0, ags, code, name: code });
		const map = await plannerMeasureMap(
			handle.db,
			TOWN,
			[
				{ areas: [area(TOWN, 'Q02'), area(OTHER, 'Q03')] },
				{ areas: [area(TOWN, 'Q02'), area(TOWN, 'Q05')] }
			],
			labels
		);
		const marked = map.paths.filter((p) => p.label !== labels.without);
		expect(marked.map((p) => [p.code, p.label])).toEqual([
			['Q02', '2 Maßnahmen'],
			['Q05', '1 Maßnahmen']
		]);
		expect(map.paths.every((p) => p.href === null)).toBe(true);
	});
});
