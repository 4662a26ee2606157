/**
 * The report as a structured document, built from a snapshot and the planner's choices alone
 * (pure: the same snapshot and draft give the same document). Chapters → blocks: headings,
 * paragraphs, key-figure and indicator tables, the atlas's maps (same classes, colours and legend
 * as on the web) and trend charts as SVG, the MSS, the area types, the Handlungsprogramm and the
 * annex. The PDF, the DOCX and the browser preview all render this one document.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { translator, type Translate } from '$lib/i18n';
import { dataSources, fontSources } from '$lib/sources';
import type { MapModel } from '$lib/types/atlas';
import {
	fieldChapters,
	type Block,
	type ReportChapter,
	type ReportChapterDoc,
	type ReportDocument,
	type ReportLanguage
} from '$lib/types/report';
import { hatchPattern, MISSING_DASH } from '../../monitoring';
import type { GoalView } from '../programme';
import type { MemberSnapshot, ReportSnapshot, SnapshotIndicator } from './snapshot';

export type { Block, ReportChapterDoc, ReportDocument };

export interface ReportDraft {
	title: string;
	year: number;
	language: ReportLanguage;
	chapters: readonly ReportChapter[];
	texts: Partial<Record<ReportChapter, string>>;
	status: 'entwurf' | 'veroeffentlicht';
	isDemo: boolean;
}

const escapeXml = (text: string) =>
	text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');

const intlLocale: Record<ReportLanguage, string> = { de: 'de-DE', en: 'en-GB' };

function numberFormat(language: ReportLanguage) {
	return (value: number, decimals: number) =>
		value.toLocaleString(intlLocale[language], {
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals
		});
}

/** The atlas map as a standalone SVG of its areas (legend and captions are the document's). */
export function mapSvg(map: MapModel): string {
	// "geheim" hatched and "keine Angabe" with a dashed outline, exactly as on the atlas page.
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${map.width}" height="${map.height}" viewBox="0 0 ${map.width} ${map.height}">`,
		`<defs>${hatchPattern('hatch')}</defs>`,
		`<g stroke="#5a6570" stroke-width="0.6">`
	];
	for (const p of map.paths) {
		const fill = p.suppressed ? 'url(#hatch)' : p.fill;
		const dash = p.missing ? ` stroke-dasharray="${MISSING_DASH}"` : '';
		parts.push(`<path d="${p.d}" fill="${fill}"${dash}/>`);
	}
	if (map.outline) {
		parts.push(`<path d="${map.outline}" fill="none" stroke="#1b1f24" stroke-width="1.4"/>`);
	}
	parts.push('</g></svg>');
	return parts.join('');
}

const CHART = { width: 480, height: 200, left: 56, right: 16, top: 14, bottom: 28 };

/** A line chart of the municipal totals over the years (gaps where a total is suppressed). */
export function trendSvg(
	points: readonly { year: number; value: number | null }[],
	format: (value: number) => string
): string {
	const known = points.filter((p): p is { year: number; value: number } => p.value !== null);
	const years = points.map((p) => p.year);
	const x = scaleLinear()
		.domain([
			Math.min(...years),
			Math.max(...years) === Math.min(...years) ? Math.min(...years) + 1 : Math.max(...years)
		])
		.range([CHART.left, CHART.width - CHART.right]);
	const values = known.map((p) => p.value);
	const low = values.length ? Math.min(...values) : 0;
	const high = values.length ? Math.max(...values) : 1;
	const y = scaleLinear()
		.domain(low === high ? [low - 1, high + 1] : [low, high])
		.nice(4)
		.range([CHART.height - CHART.bottom, CHART.top]);
	const path =
		line<{ year: number; value: number | null }>()
			.defined((p) => p.value !== null)
			.x((p) => x(p.year))
			.y((p) => y(p.value ?? 0))
			.digits(1)(points) ?? '';
	const text = (px: number, py: number, content: string, anchor: string) =>
		`<text x="${px.toFixed(1)}" y="${py.toFixed(1)}" font-size="10" font-family="DejaVu Sans" text-anchor="${anchor}" fill="#1b1f24">${escapeXml(content)}</text>`;
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CHART.width}" height="${CHART.height}" viewBox="0 0 ${CHART.width} ${CHART.height}">`,
		`<rect width="${CHART.width}" height="${CHART.height}" fill="#ffffff"/>`,
		`<path d="M${CHART.left} ${CHART.top}V${CHART.height - CHART.bottom}H${CHART.width - CHART.right}" fill="none" stroke="#5a6570" stroke-width="0.8"/>`
	];
	for (const tick of y.ticks(4)) {
		parts.push(text(CHART.left - 6, y(tick) + 3, format(tick), 'end'));
	}
	for (const year of years) {
		parts.push(text(x(year), CHART.height - CHART.bottom + 14, String(year), 'middle'));
	}
	parts.push(`<path d="${path}" fill="none" stroke="#1f5f99" stroke-width="2"/>`);
	for (const p of known) {
		parts.push(
			`<circle cx="${x(p.year).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3" fill="#1f5f99"/>`
		);
	}
	parts.push('</svg>');
	return parts.join('');
}

interface Context {
	t: Translate;
	snapshot: ReportSnapshot;
	draft: ReportDraft;
	number: (value: number, decimals: number) => string;
}

function figure(
	ctx: Context,
	value: number | null,
	suppressed: boolean,
	i: SnapshotIndicator['indicator']
): string {
	if (value === null) return suppressed ? ctx.t('report.suppressed') : ctx.t('report.none');
	const text = ctx.number(value, i.decimals);
	return i.unit === '%' ? `${text} %` : i.unit === 'Personen' ? text : `${text} ${i.unit}`;
}

function rowValue(
	ctx: Context,
	row: SnapshotIndicator['rows'][number],
	i: SnapshotIndicator['indicator']
): string {
	// A missing value shows the atlas's own sign ("." suppressed, "–" none).
	return row.value === null ? row.display : figure(ctx, row.value, false, i);
}

function indicatorBlocks(
	ctx: Context,
	data: SnapshotIndicator,
	/** A Kreis report's member part: its own heading, the definition stands above all members. */
	member: string | null = null
): Block[] {
	const { t, snapshot } = ctx;
	const i = data.indicator;
	const areas = snapshot.areaTermPlural;
	const blocks: Block[] = [
		{
			kind: 'heading',
			level: 3,
			text: member ? t('report.kreis.member', { indicator: i.name, municipality: member }) : i.name
		}
	];
	if (i.definition && !member) blocks.push({ kind: 'paragraph', text: i.definition, role: 'note' });
	blocks.push({
		kind: 'figure',
		figure: 'map',
		caption: t('report.mapCaption', { indicator: i.name, year: data.year, areas }),
		alt: t('report.mapAlt', {
			count: data.map.paths.length,
			areas,
			municipality: snapshot.municipality.name,
			indicator: i.name,
			year: data.year,
			legend: data.map.legend.map((l) => l.label).join('; ')
		}),
		svg: mapSvg(data.map),
		width: data.map.width,
		height: data.map.height,
		legend: [...data.map.legend]
	});
	blocks.push({
		kind: 'table',
		caption: t('report.tableCaption', { indicator: i.name, year: data.year, areas }),
		columns: [t('report.col.area'), t('report.col.value'), t('report.col.rank')],
		numeric: [false, true, true],
		rows: data.rows.map((r) => [
			`${r.code} ${r.name}`,
			rowValue(ctx, r, i),
			r.rank === null ? t('report.none') : String(r.rank)
		])
	});
	if (data.totals.length > 1) {
		const points = data.totals.map((p) => ({ year: p.year, value: p.value }));
		blocks.push({
			kind: 'figure',
			figure: 'chart',
			caption: t('report.trendCaption', { indicator: i.name }),
			alt: t('report.trendAlt', {
				indicator: i.name,
				from: points[0].year,
				to: points[points.length - 1].year,
				points: data.totals
					.map((p) => `${p.year} ${figure(ctx, p.value, p.suppressed, i)}`)
					.join(', ')
			}),
			svg: trendSvg(points, (v) => ctx.number(v, i.decimals)),
			width: CHART.width,
			height: CHART.height,
			legend: []
		});
		blocks.push({
			kind: 'table',
			caption: t('report.trendCaption', { indicator: i.name }),
			columns: [t('report.col.year'), t('report.col.value')],
			numeric: [false, true],
			rows: data.totals.map((p) => [String(p.year), figure(ctx, p.value, p.suppressed, i)])
		});
	}
	return blocks;
}

function fieldOf(data: SnapshotIndicator): string {
	return data.indicator.handlungsfeld ?? '';
}

function summary(ctx: Context): Block[] {
	const { t, snapshot } = ctx;
	if (snapshot.kreis) return kreisSummary(ctx, snapshot.kreis.members);
	if (snapshot.indicators.length === 0) return [{ kind: 'paragraph', text: t('report.noData') }];
	// Since the last published report when there is one, else since the previous year on record.
	const last = snapshot.previousReport ?? null;
	const change = (
		i: SnapshotIndicator['indicator'],
		now: number | null,
		before: number | null | undefined
	) =>
		now != null && before != null
			? `${now - before >= 0 ? '+' : '−'}${ctx.number(Math.abs(now - before), i.decimals)}`
			: t('report.none');
	const blocks: Block[] = [];
	if (last) {
		blocks.push({
			kind: 'paragraph',
			text: t('report.sinceLast', { title: last.title, year: last.year })
		});
	}
	blocks.push({
		kind: 'table',
		caption: t('report.keyFigures'),
		columns: [
			t('report.col.indicator'),
			t('report.col.year'),
			t('report.col.value'),
			last ? t('report.col.lastReport', { year: last.year }) : t('report.col.previous'),
			last ? t('report.col.changeSinceLast') : t('report.col.change')
		],
		numeric: [false, false, true, true, true],
		rows: snapshot.indicators.map((data) => {
			const i = data.indicator;
			const now = data.totals.find((p) => p.year === data.year);
			const before = last
				? last.figures[i.key]
				: data.totals.filter((p) => p.year < data.year).at(-1);
			return [
				i.name,
				String(data.year),
				figure(ctx, now?.value ?? null, now?.suppressed ?? false, i),
				before
					? `${figure(ctx, before.value, before.suppressed, i)} (${before.year})`
					: t('report.none'),
				change(i, now?.value ?? null, before?.value)
			];
		})
	});
	return blocks;
}

function indicatorChapter(ctx: Context, field: string): Block[] {
	if (ctx.snapshot.kreis) return kreisIndicatorChapter(ctx, ctx.snapshot.kreis.members, field);
	const chosen = ctx.snapshot.indicators.filter((d) => fieldOf(d) === field);
	if (chosen.length === 0) return [{ kind: 'paragraph', text: ctx.t('report.noIndicators') }];
	return chosen.flatMap((d) => indicatorBlocks(ctx, d));
}

function mssChapter(ctx: Context): Block[] {
	const { t, snapshot } = ctx;
	if (snapshot.kreis) return perMember(ctx, snapshot.kreis.members, mssChapter);
	const mss = snapshot.mss;
	if (!mss) return [{ kind: 'paragraph', text: t('report.mssMissing') }];
	const s = mss.summary;
	const cells = Object.entries(s.counts.gesamtindex);
	return [
		{
			kind: 'paragraph',
			text: t('report.mssIntro', {
				year: s.year,
				baseYear: s.baseYear,
				minPopulation: s.minPopulation
			})
		},
		{
			kind: 'figure',
			figure: 'map',
			caption: t('report.mssMapCaption', { year: s.year }),
			alt: t('report.mapAlt', {
				count: mss.map.paths.length,
				areas: snapshot.areaTermPlural,
				municipality: snapshot.municipality.name,
				indicator: t('report.statusIndex'),
				year: s.year,
				legend: mss.map.legend.map((l) => l.label).join('; ')
			}),
			svg: mapSvg(mss.map),
			width: mss.map.width,
			height: mss.map.height,
			legend: [...mss.map.legend]
		},
		{
			kind: 'table',
			caption: t('report.mssStatus'),
			columns: [t('report.col.class'), t('report.col.count')],
			numeric: [false, true],
			rows: s.status.map((r) => [r.label, String(r.count)])
		},
		{
			kind: 'table',
			caption: t('report.mssCells'),
			columns: [t('report.col.class'), t('report.col.count')],
			numeric: [false, true],
			rows: cells.map(([cell, count]) => [cell.replace('-', '\u2212'), String(count)])
		},
		{
			kind: 'paragraph',
			text: t('report.mssAttention', { count: s.counts.besondereAufmerksamkeit })
		},
		{
			kind: 'table',
			caption: `${t('report.chapter.mss')}: ${snapshot.areaTermPlural}`,
			columns: [t('report.col.area'), t('report.col.class')],
			numeric: [false, false],
			rows: mss.rows.map((r) => [`${r.code} ${r.name}`, r.mss ?? t('report.none')])
		}
	];
}

function typesChapter(ctx: Context): Block[] {
	const { t, snapshot } = ctx;
	if (snapshot.kreis) return perMember(ctx, snapshot.kreis.members, typesChapter);
	const typology = snapshot.typology;
	if (!typology) return [{ kind: 'paragraph', text: t('report.typesMissing') }];
	return [
		{
			kind: 'paragraph',
			text: t('report.typesIntro', { indicators: typology.indicators.join(', ') })
		},
		{
			kind: 'table',
			caption: t('report.chapter.gebietstypen'),
			columns: [t('report.col.type'), t('report.col.size'), t('report.col.profile')],
			numeric: [false, true, false],
			rows: typology.profiles.map((p) => [
				typology.labels[p.type]?.name || `${t('report.col.type')} ${p.type}`,
				String(p.size),
				typology.labels[p.type]?.description || p.description
			])
		}
	];
}

function goalLines(t: Translate, goals: readonly GoalView[], depth = 0): string[] {
	return goals.flatMap((g) => [
		`${'  '.repeat(depth)}${t(`planning.level.${g.level}`)}: ${g.title}`,
		...goalLines(t, g.children, depth + 1)
	]);
}

function planChapter(ctx: Context): Block[] {
	const { t, snapshot } = ctx;
	const p = snapshot.plan;
	if (!p) return [{ kind: 'paragraph', text: t('report.planMissing') }];
	const blocks: Block[] = [
		{
			kind: 'paragraph',
			text: t('report.planHead', {
				title: p.plan.title,
				from: p.plan.periodStart,
				to: p.plan.periodEnd,
				status: t(`planning.planStatus.${p.plan.status}`)
			})
		}
	];
	if (p.plan.decidedOn) {
		blocks.push({
			kind: 'paragraph',
			text: t('report.planDecision', {
				date: p.plan.decidedOn,
				reference: p.plan.decisionReference ?? ''
			})
		});
	}
	blocks.push({ kind: 'heading', level: 3, text: t('report.goals') });
	blocks.push({ kind: 'list', items: goalLines(t, p.goalTree) });
	blocks.push({ kind: 'heading', level: 3, text: t('report.targets') });
	const value = (v: number | null | undefined, decimals: number) =>
		v === null || v === undefined ? t('report.suppressed') : ctx.number(v, decimals);
	blocks.push(
		p.targets.length
			? {
					kind: 'table',
					caption: t('report.targets'),
					columns: [
						t('report.col.indicator'),
						t('report.col.raum'),
						t('report.col.baseline'),
						t('report.col.latest'),
						t('report.col.target'),
						t('report.col.status')
					],
					numeric: [false, false, true, true, true, false],
					rows: p.targets.map((target) => [
						target.indicator.name,
						target.handlungsraum.name,
						target.baseline
							? `${value(target.baseline.value, target.indicator.decimals)} (${target.baseline.year})`
							: t('report.suppressed'),
						target.evaluation?.latest
							? `${value(target.evaluation.latest.value, target.indicator.decimals)} (${target.evaluation.latest.year})`
							: t('report.none'),
						`${value(target.targetValue, target.indicator.decimals)} (${target.targetYear})`,
						t(`planning.targetStatus.${target.status}`)
					])
				}
			: { kind: 'paragraph', text: t('report.noTargets') }
	);
	blocks.push({ kind: 'heading', level: 3, text: t('report.measures') });
	blocks.push(
		p.measures.length
			? {
					kind: 'table',
					caption: t('report.measures'),
					columns: [
						t('report.col.measure'),
						t('report.col.fields'),
						t('report.col.raum'),
						t('report.col.lead'),
						t('report.col.status')
					],
					numeric: [false, false, false, false, false],
					rows: [...p.measures]
						.sort(
							(a, b) =>
								(a.fields[0] ?? '').localeCompare(b.fields[0] ?? '') ||
								a.title.localeCompare(b.title)
						)
						.map((m) => [
							m.title,
							m.fields.map((f) => t(`planning.field.${f}`)).join(', '),
							m.handlungsraeume.map((h) => h.name).join(', '),
							m.lead?.name ?? t('report.none'),
							t(`planning.measureStatus.${m.status}`)
						])
				}
			: { kind: 'paragraph', text: t('report.noMeasures') }
	);
	blocks.push({ kind: 'paragraph', text: t('report.method.development'), role: 'note' });
	return blocks;
}

function annex(ctx: Context): Block[] {
	const { t, snapshot } = ctx;
	return [
		{ kind: 'heading', level: 3, text: t('report.definitions') },
		{
			kind: 'table',
			caption: t('report.definitions'),
			columns: [
				t('report.col.indicator'),
				t('report.col.definition'),
				t('report.col.formula'),
				t('report.col.source')
			],
			numeric: [false, false, false, false],
			rows: allIndicators(snapshot).map((i) => [
				i.name,
				i.definition,
				i.numeratorLabel && i.denominatorLabel
					? t('report.formulaShare', {
							numerator: i.numeratorLabel,
							denominator: i.denominatorLabel
						})
					: t('report.formulaNone'),
				i.source
			])
		},
		{ kind: 'heading', level: 3, text: t('report.methods') },
		{
			kind: 'list',
			items: [
				t('report.method.mss'),
				t('report.method.types'),
				t('report.method.disclosure', { threshold: snapshot.threshold }),
				...(snapshot.kreis ? [t('report.method.kreis')] : []),
				t('report.method.snapshot'),
				...snapshot.notes
			]
		},
		{ kind: 'heading', level: 3, text: t('report.licences') },
		{
			kind: 'table',
			caption: t('report.licences'),
			columns: [t('report.col.what'), t('report.col.source'), t('report.col.licence')],
			numeric: [false, false, false],
			rows: [...dataSources, ...fontSources].map((s) => [
				s.what,
				s.attribution,
				`${s.licence} (${s.licenceUrl})`
			])
		}
	];
}

/** The indicators a report shows, once each, in the report's order (a Kreis's over its members). */
function allIndicators(snapshot: ReportSnapshot): SnapshotIndicator['indicator'][] {
	const seen = new Map<string, SnapshotIndicator['indicator']>();
	const lists = snapshot.kreis
		? snapshot.kreis.members.map((m) => m.indicators)
		: [snapshot.indicators];
	for (const list of lists)
		for (const d of list) if (!seen.has(d.indicator.key)) seen.set(d.indicator.key, d.indicator);
	return [...seen.values()];
}

/** The members with public figures (those without are named once, in the summary). */
function membersWithData(members: readonly MemberSnapshot[]): MemberSnapshot[] {
	return members.filter((m) => m.indicators.length > 0 || m.mss !== null || m.typology !== null);
}

/** A member municipality as the snapshot of its own report: its maps, rows and legends. */
function memberContext(ctx: Context, member: MemberSnapshot): Context {
	return {
		...ctx,
		snapshot: {
			...ctx.snapshot,
			...member,
			municipality: {
				ags: member.ags,
				name: member.name,
				kreisName: ctx.snapshot.municipality.name
			},
			kreis: null,
			previousReport: null
		}
	};
}

/** A chapter drawn once per member municipality, each under its name. */
function perMember(
	ctx: Context,
	members: readonly MemberSnapshot[],
	chapter: (ctx: Context) => Block[]
): Block[] {
	return membersWithData(members).flatMap((m): Block[] => [
		{ kind: 'heading', level: 3, text: m.name },
		...chapter(memberContext(ctx, m))
	]);
}

/** The key figures of a Kreis report: each indicator's figure in each member municipality. */
function kreisSummary(ctx: Context, members: readonly MemberSnapshot[]): Block[] {
	const { t, snapshot } = ctx;
	const indicators = allIndicators(snapshot);
	if (indicators.length === 0) return [{ kind: 'paragraph', text: t('report.noData') }];
	const last = snapshot.previousReport ?? null;
	const blocks: Block[] = [
		{
			kind: 'paragraph',
			text: t('report.kreis.intro', {
				kreis: snapshot.municipality.name,
				count: members.length,
				members: members.map((m) => m.name).join(', ')
			})
		}
	];
	const without = members.filter((m) => !membersWithData(members).includes(m));
	if (without.length) {
		blocks.push({
			kind: 'paragraph',
			text: t('report.kreis.withoutData', { members: without.map((m) => m.name).join(', ') })
		});
	}
	if (last) {
		blocks.push({
			kind: 'paragraph',
			text: t('report.sinceLast', { title: last.title, year: last.year })
		});
	}
	const rows: string[][] = [];
	for (const i of indicators) {
		for (const m of membersWithData(members)) {
			const data = m.indicators.find((d) => d.indicator.key === i.key);
			if (!data) {
				rows.push([
					i.name,
					m.name,
					t('report.none'),
					t('report.none'),
					t('report.none'),
					t('report.none')
				]);
				continue;
			}
			const now = data.totals.find((p) => p.year === data.year);
			const before = last
				? last.figures[`${m.ags}:${i.key}`]
				: data.totals.filter((p) => p.year < data.year).at(-1);
			const change =
				now?.value != null && before?.value != null
					? `${now.value - before.value >= 0 ? '+' : '−'}${ctx.number(Math.abs(now.value - before.value), i.decimals)}`
					: t('report.none');
			rows.push([
				i.name,
				m.name,
				String(data.year),
				figure(ctx, now?.value ?? null, now?.suppressed ?? false, i),
				before
					? `${figure(ctx, before.value, before.suppressed, i)} (${before.year})`
					: t('report.none'),
				change
			]);
		}
	}
	blocks.push({
		kind: 'table',
		caption: t('report.kreis.keyFigures', { kreis: snapshot.municipality.name }),
		columns: [
			t('report.col.indicator'),
			t('report.col.municipality'),
			t('report.col.year'),
			t('report.col.value'),
			last ? t('report.col.lastReport', { year: last.year }) : t('report.col.previous'),
			last ? t('report.col.changeSinceLast') : t('report.col.change')
		],
		numeric: [false, false, false, true, true, true],
		rows
	});
	return blocks;
}

/**
 * A field chapter of a Kreis report: per indicator its definition, the member municipalities side
 * by side, then each member's own map, table and trend as its atlas page shows them.
 */
function kreisIndicatorChapter(
	ctx: Context,
	members: readonly MemberSnapshot[],
	field: string
): Block[] {
	const { t } = ctx;
	const indicators = allIndicators(ctx.snapshot).filter((i) => (i.handlungsfeld ?? '') === field);
	if (indicators.length === 0) return [{ kind: 'paragraph', text: t('report.noIndicators') }];
	return indicators.flatMap((i): Block[] => {
		const shown = membersWithData(members).map((m) => ({
			m,
			data: m.indicators.find((d) => d.indicator.key === i.key) ?? null
		}));
		const blocks: Block[] = [{ kind: 'heading', level: 3, text: i.name }];
		if (i.definition) blocks.push({ kind: 'paragraph', text: i.definition, role: 'note' });
		blocks.push({
			kind: 'table',
			caption: t('report.kreis.overview', {
				indicator: i.name,
				kreis: ctx.snapshot.municipality.name
			}),
			columns: [t('report.col.municipality'), t('report.col.year'), t('report.col.value')],
			numeric: [false, false, true],
			rows: shown.map(({ m, data }) => {
				const total = data?.totals.find((p) => p.year === data.year);
				return [
					m.name,
					data ? String(data.year) : t('report.none'),
					data ? figure(ctx, total?.value ?? null, total?.suppressed ?? false, i) : t('report.none')
				];
			})
		});
		for (const { m, data } of shown) {
			if (data) blocks.push(...indicatorBlocks(memberContext(ctx, m), data, m.name));
		}
		return blocks;
	});
}

function chapterBlocks(ctx: Context, key: ReportChapter): Block[] {
	switch (key) {
		case 'zusammenfassung':
			return summary(ctx);
		case 'bevoelkerung':
			return indicatorChapter(ctx, 'bevoelkerung');
		case 'mss':
			return mssChapter(ctx);
		case 'gebietstypen':
			return typesChapter(ctx);
		case 'handlungsprogramm':
			return planChapter(ctx);
		case 'anhang':
			return annex(ctx);
		default:
			return (fieldChapters as readonly string[]).includes(key) ? indicatorChapter(ctx, key) : [];
	}
}

/** The report document of `draft` over `snapshot`, in the report's language. */
export function buildReport(snapshot: ReportSnapshot, draft: ReportDraft): ReportDocument {
	const t = translator(draft.language);
	const ctx: Context = { t, snapshot, draft, number: numberFormat(draft.language) };
	const marks = [
		...(draft.isDemo || snapshot.isDemo || snapshot.synthetic ? [t('report.demo')] : []),
		...(draft.status === 'entwurf' ? [t('report.draft')] : [])
	];
	const stand = snapshot.kreis
		? t('report.kreis.stand', {
				versions:
					snapshot.kreis.members
						.filter((m) => m.dataVersion !== null)
						.map((m) => `${m.name} ${m.dataVersion}`)
						.join(', ') || t('report.none'),
				date: snapshot.takenAt.slice(0, 10)
			})
		: t('report.stand', {
				version: snapshot.dataVersion ?? t('report.none'),
				date: snapshot.takenAt.slice(0, 10)
			});
	const chapters = draft.chapters.map((key) => {
		const own = draft.texts[key];
		const blocks: Block[] = own
			? [
					{ kind: 'heading', level: 3, text: t('report.plannerText') },
					...own
						.split(/\n{2,}/)
						.map((text): Block => ({ kind: 'paragraph', text, role: 'planner' }))
				]
			: [];
		return {
			key,
			title: t(`report.chapter.${key}`),
			blocks: [...blocks, ...chapterBlocks(ctx, key)]
		};
	});
	return {
		language: draft.language,
		title: draft.title,
		subtitle: t('report.subtitle', { municipality: snapshot.municipality.name, year: draft.year }),
		marks,
		footer: [snapshot.municipality.name, draft.title, ...marks].join(' · '),
		stand,
		chapters
	};
}
