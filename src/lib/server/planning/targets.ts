/**
 * Evaluation of one target (Fortschreibung): baseline → latest value → target, the gap to the
 * municipal value, the trend over the years on record, and a status.
 *
 * The words are those of a development, never of an effect: the platform shows how an indicator
 * moved in a Handlungsraum; it does not claim that a measure caused it.
 *
 * "Better" always means less need: for a `need_up` indicator (SGB II share) a lower value, for a
 * `need_down` indicator (share of pupils moving on to the Gymnasium) a higher one.
 */
import { linearRegression } from 'simple-statistics';
import type { MessageKey } from '$lib/i18n';
import type { TargetKind } from '$lib/types/planning';

export type NeedDirection = 'need_up' | 'need_down';

export interface TargetSpec {
	/** From the indicator; need_up = a higher value means more need. */
	direction: NeedDirection;
	/** Frozen when the target is set; a later re-import of that year does not change it. */
	baseline: {
		year: number;
		value: number;
		numerator: number | null;
		denominator: number | null;
		dataVersion: string;
	};
	targetYear: number;
	kind: TargetKind;
	/** absolute: the value to reach. */
	targetValue: number | null;
	/** close_gap: the share (0 < p ≤ 100) of the baseline gap to the municipal value to close. */
	gapClosePercent: number | null;
	/** close_gap: the municipal value in the baseline year. */
	baselineMunicipalValue: number | null;
}

export type SeriesPoint =
	| { year: number; state: 'value'; value: number }
	| { year: number; state: 'suppressed' }
	| { year: number; state: 'missing' };

export interface TargetEvaluationInput {
	spec: TargetSpec;
	/** The Handlungsraum's (aggregated) values over all years on record. */
	series: SeriesPoint[];
	municipalSeries: { year: number; value: number }[];
	/** First year whose areas differ from the baseline year's (boundary versions), or null. */
	boundaryChangedSince: number | null;
	/** The value stored now for the baseline year (re-import detection); null if none. */
	currentBaselineValue: number | null;
	/** Relative tolerance of a "stabil" trend; default `STABLE_TREND_TOLERANCE`. */
	stableTolerance?: number;
	/**
	 * 'public': `series` holds the public aggregates (aggregateCells in the public view), and a
	 * target whose baseline year has no public value there is withheld (see `evaluateTarget`).
	 * Default 'internal'.
	 */
	view?: 'public' | 'internal';
}

export const targetStatuses = [
	'erreicht',
	'auf_kurs',
	'nicht_auf_kurs',
	'entgegen',
	'keine_neuen_daten',
	'nicht_bewertbar',
	'zeitreihenbruch'
] as const;
export type TargetStatus = (typeof targetStatuses)[number];

export type TrendDirection = 'besser' | 'schlechter' | 'stabil';

export interface TargetEvaluation {
	status: TargetStatus;
	/** Resolved: for close_gap computed from the baseline and the municipal value. */
	targetValue: number;
	latest: { year: number; value: number } | null;
	/** latest − baseline; null on zeitreihenbruch, nicht_bewertbar, keine_neuen_daten. */
	change: number | null;
	/** Share of the way from baseline to target reached (may be < 0 or > 1); null when target = baseline. */
	progress: number | null;
	/** latest − municipal value of the same year. */
	gapToMunicipal: number | null;
	trend: { slopePerYear: number; years: number; direction: TrendDirection } | null;
	/** "Ausgangswert geändert": the value stored now for the baseline year differs from the frozen one. */
	baselineChanged: boolean;
	/** The most recent year after the baseline year on record (also when its value is not usable). */
	latestYear?: number | null;
	/** Share of the time from baseline year to target year passed by the latest year (0…1). */
	expectedProgress?: number | null;
	/** close_gap whose baseline is already at or better than the municipal value: target = hold it. */
	gapAlreadyClosed?: boolean;
	/**
	 * Public view only: the baseline is not public, so nothing derived from it is given. The caller
	 * must then publish neither the baseline nor a close_gap target value (baseline − p % of the gap
	 * gives the baseline back).
	 */
	baselineWithheld?: boolean;
}

/**
 * A trend is "stabil" when the yearly slope is at most 1 % of the mean level of the years it is
 * computed from (an SGB II share around 20 % moving by less than 0.2 points a year).
 */
export const STABLE_TREND_TOLERANCE = 0.01;

/** The resolved target value; for close_gap: baseline − p % × (baseline − municipal value). */
export function resolveTarget(spec: TargetSpec): { value: number; gapAlreadyClosed: boolean } {
	if (spec.kind === 'absolute') {
		if (spec.targetValue === null) throw new RangeError('absolute target without a target value');
		return { value: spec.targetValue, gapAlreadyClosed: false };
	}
	if (spec.gapClosePercent === null || spec.baselineMunicipalValue === null) {
		throw new RangeError('close_gap target without a percentage or a municipal value');
	}
	const gap = spec.baseline.value - spec.baselineMunicipalValue;
	// Nothing to close when the baseline already shows as little need as the municipality or less:
	// the target is then to hold the baseline, not to move towards more need.
	if (lessNeed(gap, spec.direction) >= 0) {
		return { value: spec.baseline.value, gapAlreadyClosed: true };
	}
	return {
		value: spec.baseline.value - (spec.gapClosePercent / 100) * gap,
		gapAlreadyClosed: false
	};
}

export function evaluateTarget(input: TargetEvaluationInput): TargetEvaluation {
	const { spec } = input;
	const target = resolveTarget(spec);
	const after = [...input.series]
		.filter((point) => point.year > spec.baseline.year)
		.sort((a, b) => a.year - b.year);
	const newest = after.at(-1) ?? null;
	const breakYear = input.boundaryChangedSince;
	const broken = newest !== null && breakYear !== null && breakYear <= newest.year;
	const base: TargetEvaluation = {
		status: 'keine_neuen_daten',
		targetValue: target.value,
		latest: null,
		change: null,
		progress: null,
		gapToMunicipal: null,
		trend: trendOf(input, broken ? breakYear : null),
		baselineChanged: baselineChanged(spec.baseline.value, input.currentBaselineValue),
		latestYear: newest?.year ?? null,
		expectedProgress: null,
		gapAlreadyClosed: target.gapAlreadyClosed,
		baselineWithheld: false
	};
	// A published change or progress next to the published latest value and target would give a
	// secret baseline back by one subtraction.
	if (input.view === 'public' && !baselineIsPublic(input)) {
		return { ...base, status: 'nicht_bewertbar', baselineWithheld: true };
	}
	if (newest === null) return base;
	if (newest.state !== 'value') return { ...base, status: 'nicht_bewertbar' };

	const latest = { year: newest.year, value: newest.value };
	const municipal = input.municipalSeries.find((point) => point.year === latest.year);
	const withLatest: TargetEvaluation = {
		...base,
		latest,
		gapToMunicipal: municipal ? latest.value - municipal.value : null,
		expectedProgress: timeShare(spec.baseline.year, spec.targetYear, latest.year)
	};
	// Different areas behind the two values: their difference would be no development at all.
	if (broken) return { ...withLatest, status: 'zeitreihenbruch' };

	const change = latest.value - spec.baseline.value;
	const way = target.value - spec.baseline.value;
	const progress = way === 0 ? null : change / way;
	return {
		...withLatest,
		change,
		progress,
		status: statusOf(
			spec.direction,
			change,
			latest.value - target.value,
			progress,
			withLatest.expectedProgress ?? 1
		)
	};
}

/**
 * erreicht: the latest value is at or beyond the target (in the direction of less need);
 * entgegen: it shows more need than the baseline; auf_kurs: the share of the way covered is at
 * least the share of the time to the target year passed; else nicht_auf_kurs (also after the
 * target year, when the time share is 1).
 */
function statusOf(
	direction: NeedDirection,
	change: number,
	beyondTarget: number,
	progress: number | null,
	expected: number
): TargetStatus {
	if (atLeastZero(lessNeed(beyondTarget, direction))) return 'erreicht';
	if (!atLeastZero(lessNeed(change, direction))) return 'entgegen';
	return progress !== null && atLeastZero(progress - expected) ? 'auf_kurs' : 'nicht_auf_kurs';
}

function baselineIsPublic(input: TargetEvaluationInput): boolean {
	const point = input.series.find((p) => p.year === input.spec.baseline.year);
	return point?.state === 'value';
}

/** Positive when `delta` (a later value minus an earlier one) means less need. */
function lessNeed(delta: number, direction: NeedDirection): number {
	return direction === 'need_up' ? -delta : delta;
}

/** Tolerates the rounding error of differences of decimals (0.1 + 0.2 − 0.3 ≠ 0 in floats). */
function atLeastZero(x: number): boolean {
	return x >= -1e-9;
}

function timeShare(baselineYear: number, targetYear: number, year: number): number {
	const span = targetYear - baselineYear;
	if (span <= 0) return 1;
	return Math.min(1, Math.max(0, (year - baselineYear) / span));
}

/** A re-import with the same value is no change; stored decimals may come back slightly off. */
function baselineChanged(frozen: number, current: number | null): boolean {
	if (current === null) return false;
	return Math.abs(current - frozen) > 1e-9 * Math.max(1, Math.abs(frozen), Math.abs(current));
}

/**
 * Least-squares slope over the years with a value (suppressed and missing years left out); after a
 * boundary change only the years from the change on, which share the latest value's areas. The
 * values on record are used as they are now, also for the baseline year.
 */
function trendOf(input: TargetEvaluationInput, fromYear: number | null): TargetEvaluation['trend'] {
	const points = input.series
		.filter((point) => point.state === 'value')
		.filter((point) => fromYear === null || point.year >= fromYear)
		.map((point) => [point.year, point.value]);
	if (points.length < 2) return null;
	const slope = linearRegression(points).m;
	const mean = points.reduce((sum, [, value]) => sum + value, 0) / points.length;
	const tolerance = (input.stableTolerance ?? STABLE_TREND_TOLERANCE) * Math.abs(mean);
	const better = lessNeed(slope, input.spec.direction);
	const direction: TrendDirection =
		Math.abs(slope) <= tolerance ? 'stabil' : better > 0 ? 'besser' : 'schlechter';
	return { slopePerYear: slope, years: points.length, direction };
}

/**
 * Worst first for the Fortschreibung: what moves away from its target, then what lags behind,
 * then what cannot be judged (the data needs a look), then what is on course, then what is reached.
 * Within a status the larger shortfall (progress behind the time passed) comes first.
 */
const SEVERITY: readonly TargetStatus[] = [
	'entgegen',
	'nicht_auf_kurs',
	'nicht_bewertbar',
	'zeitreihenbruch',
	'keine_neuen_daten',
	'auf_kurs',
	'erreicht'
];

export function worstFirst(a: TargetEvaluation, b: TargetEvaluation): number {
	const bySeverity = SEVERITY.indexOf(a.status) - SEVERITY.indexOf(b.status);
	if (bySeverity !== 0) return bySeverity;
	const lagA = shortfall(a);
	const lagB = shortfall(b);
	if (lagA === null || lagB === null) return (lagA === null ? 1 : 0) - (lagB === null ? 1 : 0);
	return lagA - lagB;
}

function shortfall(evaluation: TargetEvaluation): number | null {
	if (evaluation.progress === null) return null;
	return evaluation.progress - (evaluation.expectedProgress ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Checking a target before it is stored

export type TargetSpecField =
	'targetYear' | 'targetValue' | 'gapClosePercent' | 'baselineMunicipalValue';

export interface TargetSpecProblem {
	field: TargetSpecField;
	code:
		| 'zieljahr_nicht_nach_ausgangsjahr'
		| 'zielwert_fehlt'
		| 'zielwert_mehr_bedarf'
		| 'prozent_ungueltig'
		| 'gemeindewert_fehlt';
	message: MessageKey;
}

/**
 * The rules a target must meet to be stored: the target year after the baseline year; an absolute
 * target value that means no more need than the baseline (holding it is allowed); for close_gap a
 * percentage in (0, 100] and the municipal value of the baseline year.
 */
export function checkTargetSpec(spec: TargetSpec): TargetSpecProblem[] {
	const problems: TargetSpecProblem[] = [];
	if (!(spec.targetYear > spec.baseline.year)) {
		problems.push({
			field: 'targetYear',
			code: 'zieljahr_nicht_nach_ausgangsjahr',
			message: 'planning.target.err.targetYear'
		});
	}
	if (spec.kind === 'absolute') {
		if (spec.targetValue === null || !Number.isFinite(spec.targetValue)) {
			problems.push({
				field: 'targetValue',
				code: 'zielwert_fehlt',
				message: 'planning.target.err.targetValue'
			});
		} else if (lessNeed(spec.targetValue - spec.baseline.value, spec.direction) < 0) {
			problems.push({
				field: 'targetValue',
				code: 'zielwert_mehr_bedarf',
				message: 'planning.target.err.targetValueWorse'
			});
		}
		return problems;
	}
	const percent = spec.gapClosePercent;
	if (percent === null || !Number.isFinite(percent) || percent <= 0 || percent > 100) {
		problems.push({
			field: 'gapClosePercent',
			code: 'prozent_ungueltig',
			message: 'planning.target.err.gapClosePercent'
		});
	}
	if (spec.baselineMunicipalValue === null || !Number.isFinite(spec.baselineMunicipalValue)) {
		problems.push({
			field: 'baselineMunicipalValue',
			code: 'gemeindewert_fehlt',
			message: 'planning.target.err.municipalValue'
		});
	}
	return problems;
}
