import { describe, expect, it } from 'vitest';
import { isMessageKey } from '$lib/i18n';
import {
	checkTargetSpec,
	evaluateTarget,
	resolveTarget,
	worstFirst,
	type SeriesPoint,
	type TargetEvaluation,
	type TargetEvaluationInput,
	type TargetSpec
} from './targets';

/**
 * The running example: SGB II share (need_up) in a Handlungsraum, baseline 2020 = 24.0, target
 * 2026 = 20.0 — four points to go in six years. Municipal values 16.0 (2020) … 15.0 (2023).
 */
function aSpec(spec: Partial<TargetSpec> = {}): TargetSpec {
	return {
		direction: 'need_up',
		baseline: { year: 2020, value: 24, numerator: 240, denominator: 1000, dataVersion: 'import-7' },
		targetYear: 2026,
		kind: 'absolute',
		targetValue: 20,
		gapClosePercent: null,
		baselineMunicipalValue: null,
		...spec
	};
}

const MUNICIPAL = [
	{ year: 2020, value: 16 },
	{ year: 2021, value: 15.8 },
	{ year: 2022, value: 15.5 },
	{ year: 2023, value: 15 }
];

const v = (year: number, value: number): SeriesPoint => ({ year, state: 'value', value });

function anInput(input: Partial<TargetEvaluationInput> = {}): TargetEvaluationInput {
	return {
		spec: aSpec(),
		series: [v(2020, 24), v(2023, 22)],
		municipalSeries: MUNICIPAL,
		boundaryChangedSince: null,
		currentBaselineValue: 24,
		...input
	};
}

describe('resolveTarget', () => {
	it('takes an absolute target as given', () => {
		expect(resolveTarget(aSpec())).toEqual({ value: 20, gapAlreadyClosed: false });
	});

	// close the gap by p %: target = baseline − p/100 × (baseline − municipal value of the baseline year)
	it.each([
		// direction, baseline, municipal, p, target, gap already closed
		['need_up', 24, 16, 50, 20, false], // 24 − 0.5 × 8
		['need_up', 24, 16, 25, 22, false], // 24 − 0.25 × 8
		['need_up', 24, 16, 100, 16, false], // the whole gap: the municipal value
		['need_down', 30, 40, 25, 32.5, false], // 30 − 0.25 × (−10): a higher value is less need
		['need_up', 14, 16, 50, 14, true], // already better than the municipality: hold 14
		['need_up', 16, 16, 50, 16, true], // at the municipal value: hold it
		['need_down', 45, 40, 50, 45, true] // need_down and already above the municipality
	] as const)(
		'closes the gap: %s, baseline %d, municipal %d, %d % → %d',
		(direction, baseline, municipal, percent, target, closed) => {
			const spec = aSpec({
				direction,
				baseline: {
					year: 2020,
					value: baseline,
					numerator: null,
					denominator: null,
					dataVersion: 'v1'
				},
				kind: 'close_gap',
				targetValue: null,
				gapClosePercent: percent,
				baselineMunicipalValue: municipal
			});
			expect(resolveTarget(spec)).toEqual({ value: target, gapAlreadyClosed: closed });
		}
	);
});

describe('evaluateTarget: status', () => {
	// Baseline 2020 = 24.0, target 2026 = 20.0 (need_up). progress = (latest − 24) ÷ (20 − 24);
	// time share = (year − 2020) ÷ 6, at most 1.
	it.each([
		// latest year, value, status, change, progress, time share
		[2023, 22, 'auf_kurs', -2, 0.5, 0.5], // half the way in half the time counts as on course
		[2023, 21, 'auf_kurs', -3, 0.75, 0.5],
		[2023, 22.5, 'nicht_auf_kurs', -1.5, 0.375, 0.5],
		[2023, 24, 'nicht_auf_kurs', 0, 0, 0.5], // no movement is not "entgegen"
		[2023, 25, 'entgegen', 1, -0.25, 0.5],
		[2025, 19.5, 'erreicht', -4.5, 1.125, 5 / 6],
		[2023, 20, 'erreicht', -4, 1, 0.5], // reaching the target exactly counts
		[2027, 21, 'nicht_auf_kurs', -3, 0.75, 1], // past the target year, not reached
		[2021, 23.25, 'auf_kurs', -0.75, 0.1875, 1 / 6], // 0.1875 ≥ 0.1667
		[2021, 23.5, 'nicht_auf_kurs', -0.5, 0.125, 1 / 6] // 0.125 < 0.1667
	] as const)('latest %d = %d gives %s', (year, value, status, change, progress, timeShare) => {
		const result = evaluateTarget(anInput({ series: [v(2020, 24), v(year, value)] }));
		expect(result.status).toBe(status);
		expect(result.latest).toEqual({ year, value });
		expect(result.change).toBeCloseTo(change, 10);
		expect(result.progress).toBeCloseTo(progress, 10);
		expect(result.expectedProgress).toBeCloseTo(timeShare, 10);
		expect(result.targetValue).toBe(20);
	});

	it('reads "better" the other way round for an indicator where a higher value is less need', () => {
		// Übergangsquote Gymnasium: baseline 30, target 36 in 2026.
		const spec = aSpec({
			direction: 'need_down',
			baseline: { year: 2020, value: 30, numerator: null, denominator: null, dataVersion: 'v1' },
			targetValue: 36
		});
		const at = (value: number) =>
			evaluateTarget(anInput({ spec, series: [v(2023, value)], currentBaselineValue: 30 }));
		expect(at(33).status).toBe('auf_kurs'); // progress 0.5, time 0.5
		expect(at(31).status).toBe('nicht_auf_kurs'); // progress 1/6
		expect(at(29).status).toBe('entgegen');
		expect(at(37).status).toBe('erreicht');
		expect(at(33).progress).toBeCloseTo(0.5, 10);
	});

	it('says "keine neuen Daten" when there is no year after the baseline year', () => {
		const result = evaluateTarget(anInput({ series: [v(2019, 24.5), v(2020, 24)] }));
		expect(result).toMatchObject({
			status: 'keine_neuen_daten',
			latest: null,
			latestYear: null,
			change: null,
			progress: null,
			gapToMunicipal: null
		});
	});

	it('says "nicht bewertbar" when the latest value is suppressed, not falling back to an older one', () => {
		const result = evaluateTarget(
			anInput({ series: [v(2020, 24), v(2022, 22), { year: 2023, state: 'suppressed' }] })
		);
		expect(result).toMatchObject({
			status: 'nicht_bewertbar',
			latest: null,
			latestYear: 2023,
			change: null,
			progress: null,
			gapToMunicipal: null
		});
	});

	it('says "nicht bewertbar" when the latest value is missing', () => {
		const result = evaluateTarget(
			anInput({ series: [v(2020, 24), v(2022, 22), { year: 2023, state: 'missing' }] })
		);
		expect(result.status).toBe('nicht_bewertbar');
	});

	it('computes no difference across a boundary change (Zeitreihenbruch)', () => {
		const result = evaluateTarget(
			anInput({
				series: [v(2020, 24), v(2021, 23.5), v(2022, 22), v(2023, 21)],
				boundaryChangedSince: 2022
			})
		);
		expect(result).toMatchObject({
			status: 'zeitreihenbruch',
			latest: { year: 2023, value: 21 },
			change: null,
			progress: null,
			gapToMunicipal: 6 // 21 − 15, the same year and the same areas
		});
		// The trend only spans the years with the new boundaries: 2022 → 2023, −1 a year.
		expect(result.trend).toEqual({
			slopePerYear: expect.closeTo(-1, 10),
			years: 2,
			direction: 'besser'
		});
	});

	it('ignores a boundary change after the latest year', () => {
		const result = evaluateTarget(anInput({ boundaryChangedSince: 2024 }));
		expect(result.status).toBe('auf_kurs');
	});

	it('marks "Ausgangswert geändert" after a re-import of the baseline year and keeps the frozen baseline', () => {
		// 2020 re-imported as 23.0; the evaluation still measures from the frozen 24.0.
		const result = evaluateTarget(
			anInput({ series: [v(2020, 23), v(2023, 22)], currentBaselineValue: 23 })
		);
		expect(result).toMatchObject({
			baselineChanged: true,
			status: 'auf_kurs',
			change: -2,
			progress: 0.5,
			targetValue: 20
		});
	});

	it('does not mark "Ausgangswert geändert" for the same value or when nothing is stored', () => {
		expect(evaluateTarget(anInput({ currentBaselineValue: 24 })).baselineChanged).toBe(false);
		expect(evaluateTarget(anInput({ currentBaselineValue: 24 + 1e-12 })).baselineChanged).toBe(
			false
		);
		expect(evaluateTarget(anInput({ currentBaselineValue: null })).baselineChanged).toBe(false);
	});

	it('gives the gap to the municipal value of the latest year', () => {
		expect(evaluateTarget(anInput()).gapToMunicipal).toBeCloseTo(7, 10); // 22 − 15
		expect(evaluateTarget(anInput({ municipalSeries: [] })).gapToMunicipal).toBeNull();
	});

	it('evaluates a close-the-gap target against its resolved value', () => {
		// 24 − 50 % × (24 − 16) = 20: the same as the absolute example.
		const spec = aSpec({
			kind: 'close_gap',
			targetValue: null,
			gapClosePercent: 50,
			baselineMunicipalValue: 16
		});
		const result = evaluateTarget(anInput({ spec }));
		expect(result).toMatchObject({ targetValue: 20, status: 'auf_kurs', gapAlreadyClosed: false });
	});

	it('asks to hold the value when the gap was already closed at the baseline', () => {
		const spec = aSpec({
			baseline: { year: 2020, value: 14, numerator: null, denominator: null, dataVersion: 'v1' },
			kind: 'close_gap',
			targetValue: null,
			gapClosePercent: 50,
			baselineMunicipalValue: 16
		});
		const at = (value: number) =>
			evaluateTarget(anInput({ spec, series: [v(2023, value)], currentBaselineValue: 14 }));
		expect(at(14)).toMatchObject({
			status: 'erreicht',
			targetValue: 14,
			gapAlreadyClosed: true,
			progress: null
		});
		expect(at(13).status).toBe('erreicht');
		expect(at(15).status).toBe('entgegen');
	});
});

describe('evaluateTarget: trend over the years on record', () => {
	it('fits a least-squares line (golden: 24.5, 24, 23, 22.5, 22 over 2019–2023 → −0.65 a year)', () => {
		// x̄ = 2021, ȳ = 23.2; Σ(x−x̄)(y−ȳ) = −2·1.3 − 1·0.8 + 0 + 1·(−0.7) + 2·(−1.2) = −6.5; Σ(x−x̄)² = 10.
		const series = [v(2019, 24.5), v(2020, 24), v(2021, 23), v(2022, 22.5), v(2023, 22)];
		const { trend } = evaluateTarget(anInput({ series }));
		expect(trend).toEqual({
			slopePerYear: expect.closeTo(-0.65, 10),
			years: 5,
			direction: 'besser'
		});
	});

	it('calls a rising need-up indicator "schlechter"', () => {
		const { trend } = evaluateTarget(anInput({ series: [v(2020, 24), v(2021, 25), v(2022, 26)] }));
		expect(trend).toMatchObject({ slopePerYear: expect.closeTo(1, 10), direction: 'schlechter' });
	});

	it('calls a slope within 1 % of the mean level a year "stabil" (golden: 0.04 ≤ 0.2005)', () => {
		// ȳ = 20.05; Σ(x−x̄)(y−ȳ) = 0.075 − 0.025 − 0.075 + 0.225 = 0.2; Σ(x−x̄)² = 5 → 0.04.
		const series = [v(2020, 20), v(2021, 20.1), v(2022, 19.9), v(2023, 20.2)];
		const { trend } = evaluateTarget(anInput({ series }));
		expect(trend).toEqual({
			slopePerYear: expect.closeTo(0.04, 10),
			years: 4,
			direction: 'stabil'
		});
		const strict = evaluateTarget(anInput({ series, stableTolerance: 0.001 }));
		expect(strict.trend?.direction).toBe('schlechter');
	});

	it('leaves out suppressed and missing years and needs two years with a value', () => {
		const series: SeriesPoint[] = [
			v(2020, 24),
			{ year: 2021, state: 'suppressed' },
			{ year: 2022, state: 'missing' },
			v(2023, 21)
		];
		expect(evaluateTarget(anInput({ series })).trend).toEqual({
			slopePerYear: expect.closeTo(-1, 10),
			years: 2,
			direction: 'besser'
		});
		expect(evaluateTarget(anInput({ series: [v(2023, 21)] })).trend).toBeNull();
	});
});

describe('evaluateTarget: public view', () => {
	it('withholds a target whose baseline year is secret in the public series', () => {
		// Public latest 22 and a published change of −2 would give the secret baseline 24 back.
		const series: SeriesPoint[] = [{ year: 2020, state: 'suppressed' }, v(2023, 22)];
		const result = evaluateTarget(anInput({ series, view: 'public' }));
		expect(result).toMatchObject({
			status: 'nicht_bewertbar',
			baselineWithheld: true,
			latest: null,
			change: null,
			progress: null,
			gapToMunicipal: null
		});
	});

	it('evaluates as usual when the baseline year is public', () => {
		const result = evaluateTarget(anInput({ view: 'public' }));
		expect(result).toMatchObject({ status: 'auf_kurs', baselineWithheld: false, change: -2 });
	});

	it('shows planners the evaluation of a secret baseline', () => {
		const series: SeriesPoint[] = [{ year: 2020, state: 'suppressed' }, v(2023, 22)];
		expect(evaluateTarget(anInput({ series })).status).toBe('auf_kurs');
	});
});

describe('worstFirst', () => {
	function anEvaluation(
		status: TargetEvaluation['status'],
		progress: number | null = null,
		expected: number | null = null
	): TargetEvaluation {
		return {
			status,
			targetValue: 20,
			latest: null,
			change: null,
			progress,
			gapToMunicipal: null,
			trend: null,
			baselineChanged: false,
			latestYear: null,
			expectedProgress: expected,
			gapAlreadyClosed: false
		};
	}

	it('puts targets moving away first, then lagging, not assessable, on course, reached', () => {
		const list = [
			anEvaluation('erreicht', 1.2, 0.5),
			anEvaluation('auf_kurs', 0.6, 0.5),
			anEvaluation('keine_neuen_daten'),
			anEvaluation('zeitreihenbruch'),
			anEvaluation('nicht_bewertbar'),
			anEvaluation('nicht_auf_kurs', 0.2, 0.5),
			anEvaluation('entgegen', -0.3, 0.5)
		];
		expect([...list].sort(worstFirst).map((e) => e.status)).toEqual([
			'entgegen',
			'nicht_auf_kurs',
			'nicht_bewertbar',
			'zeitreihenbruch',
			'keine_neuen_daten',
			'auf_kurs',
			'erreicht'
		]);
	});

	it('puts the larger shortfall first within a status', () => {
		const a = anEvaluation('nicht_auf_kurs', 0.4, 0.5); // 0.1 behind
		const b = anEvaluation('nicht_auf_kurs', 0.3, 0.8); // 0.5 behind
		const c = anEvaluation('entgegen', -0.1, 0.5);
		const d = anEvaluation('entgegen', -0.6, 0.5);
		expect([a, b].sort(worstFirst)).toEqual([b, a]);
		expect([c, d].sort(worstFirst)).toEqual([d, c]);
	});
});

describe('checkTargetSpec', () => {
	it('accepts the running example and a close-the-gap target', () => {
		expect(checkTargetSpec(aSpec())).toEqual([]);
		expect(
			checkTargetSpec(
				aSpec({
					kind: 'close_gap',
					targetValue: null,
					gapClosePercent: 100,
					baselineMunicipalValue: 16
				})
			)
		).toEqual([]);
	});

	it('refuses a target year before or in the baseline year', () => {
		for (const targetYear of [2019, 2020]) {
			expect(checkTargetSpec(aSpec({ targetYear })).map((p) => p.field)).toEqual(['targetYear']);
		}
	});

	it('refuses an absolute target without a value or with more need than the baseline, and allows holding it', () => {
		expect(checkTargetSpec(aSpec({ targetValue: null })).map((p) => p.code)).toEqual([
			'zielwert_fehlt'
		]);
		expect(checkTargetSpec(aSpec({ targetValue: 25 })).map((p) => p.code)).toEqual([
			'zielwert_mehr_bedarf'
		]);
		expect(checkTargetSpec(aSpec({ targetValue: 24 }))).toEqual([]);
		expect(
			checkTargetSpec(aSpec({ direction: 'need_down', targetValue: 23 })).map((p) => p.code)
		).toEqual(['zielwert_mehr_bedarf']);
	});

	it('refuses a close-the-gap percentage outside (0, 100] and a missing municipal value', () => {
		for (const gapClosePercent of [0, -10, 101, null]) {
			const spec = aSpec({
				kind: 'close_gap',
				targetValue: null,
				gapClosePercent,
				baselineMunicipalValue: 16
			});
			expect(checkTargetSpec(spec).map((p) => p.field)).toEqual(['gapClosePercent']);
		}
		const noMunicipal = aSpec({ kind: 'close_gap', targetValue: null, gapClosePercent: 50 });
		const problems = checkTargetSpec(noMunicipal);
		expect(problems.map((p) => p.field)).toEqual(['baselineMunicipalValue']);
		expect(problems.every((p) => isMessageKey(p.message))).toBe(true);
	});
});
