import { describe, expect, it } from 'vitest';
import { translator, isMessageKey } from '$lib/i18n';
import {
	goalLevels,
	measureStatuses,
	planStatuses,
	planningFields,
	targetKinds
} from '$lib/types/planning';
import { aggregateReasons } from './aggregate';
import { targetStatuses } from './targets';

const de = translator('de');
const en = translator('en');

/** The catalogue keys the pages build from a value list, e.g. `planning.field.${field}`. */
function keysFor(prefix: string, values: readonly string[]): string[] {
	return values.map((value) => `planning.${prefix}.${value}`);
}

function labels(keys: readonly string[], t: typeof de): string[] {
	return keys.map((key) => (isMessageKey(key) ? t(key) : `missing: ${key}`));
}

describe('planning labels', () => {
	it('name the six fields and "übergreifend" in German and English', () => {
		const keys = keysFor('field', planningFields);
		expect(labels(keys, de)).toEqual([
			'Wohnen',
			'Bildung',
			'Gesundheit',
			'Arbeit',
			'Kultur',
			'Partizipation',
			'Übergreifend'
		]);
		expect(labels(keys, en)).toEqual([
			'Housing',
			'Education',
			'Health',
			'Work',
			'Culture',
			'Participation',
			'Cross-cutting'
		]);
	});

	it('name every goal level, plan status, measure status, target kind and aggregate reason', () => {
		const keys = [
			...keysFor('level', goalLevels),
			...keysFor('planStatus', planStatuses),
			...keysFor('measureStatus', measureStatuses),
			...keysFor('targetKind', targetKinds),
			...keysFor('aggregate', aggregateReasons)
		];
		expect(labels(keys, de).filter((label) => label.startsWith('missing'))).toEqual([]);
		expect(labels(keysFor('level', goalLevels), de)).toEqual([
			'Leitziel',
			'Handlungsziel',
			'Wirkungsziel'
		]);
	});

	it('name every target status, trend and comparison with the words of a development, never of an effect', () => {
		const keys = [
			...keysFor('targetStatus', targetStatuses),
			...keysFor('targetStatusHint', targetStatuses),
			...keysFor('trend', ['besser', 'schlechter', 'stabil']),
			...keysFor('comparison', ['günstiger', 'ungünstiger', 'ähnlich', 'none', 'note']),
			'planning.baselineChanged',
			'planning.baselineWithheld',
			'planning.gapAlreadyClosed'
		];
		const german = labels(keys, de);
		const english = labels(keys, en);
		expect([...german, ...english].filter((label) => label.startsWith('missing'))).toEqual([]);
		for (const label of german) expect(label).not.toMatch(/wirk/i);
		for (const label of english) expect(label).not.toMatch(/\b(effect|impact)/i);
		expect(labels(keysFor('targetStatus', ['auf_kurs', 'entgegen']), de)).toEqual([
			'Entwicklung auf Kurs',
			'Entwicklung entgegen dem Ziel'
		]);
	});
});
