import { describe, expect, it } from 'vitest';
import { MeasureInput } from './model';
import { formObject, measureFormInput, parsePlanningInput, planningFailure } from './forms';
import { PlanningError } from './errors';

function form(entries: [string, string][]): FormData {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
}

describe('planner forms', () => {
	it('turns checkboxes into lists, also when none is ticked', () => {
		expect(formObject(form([['name', 'Nord']]), ['areaIds'])).toEqual({
			name: 'Nord',
			areaIds: []
		});
		expect(
			formObject(
				form([
					['areaIds', '3'],
					['areaIds', '5']
				]),
				['areaIds']
			)
		).toEqual({ areaIds: ['3', '5'] });
	});

	it('reads a measure with its goals, contributions and outputs and leaves empty output rows out', () => {
		const input = measureFormInput(
			form([
				['title', 'Lernförderung'],
				['fields', 'bildung'],
				['partnerIds', '4'],
				['goalIds', '7'],
				['contribution-7', 'Mehr Kinder erreichen'],
				['contribution-8', 'nicht gewählt'],
				['outputLabel', 'Erreichte Kinder'],
				['outputCount', '40'],
				['outputLabel', ''],
				['outputCount', ''],
				['budgetPlanned', '12.500,50'],
				['isPublic', 'on']
			])
		);
		const parsed = parsePlanningInput(MeasureInput, input);
		expect(parsed).toMatchObject({
			title: 'Lernförderung',
			fields: ['bildung'],
			partnerIds: [4],
			handlungsraumIds: [],
			goals: [{ goalId: 7, contribution: 'Mehr Kinder erreichen' }],
			outputs: [{ label: 'Erreichte Kinder', count: 40 }],
			budgetPlanned: '12500.50',
			isPublic: true
		});
	});

	it('refuses a measure ending before it starts with the message on the end field', () => {
		const input = measureFormInput(
			form([
				['title', 'X'],
				['fields', 'arbeit'],
				['startsOn', '2026-05-01'],
				['endsOn', '2026-04-01']
			])
		);
		expect(() => parsePlanningInput(MeasureInput, input)).toThrow(PlanningError);
		try {
			parsePlanningInput(MeasureInput, input);
		} catch (e) {
			expect((e as PlanningError).field).toBe('endsOn');
		}
	});

	it('answers a refusal in the page language with its field, and rethrows anything else', () => {
		const answer = planningFailure(new PlanningError('budget_negativ', 'budgetPlanned'), 'en', 'm');
		expect(answer.status).toBe(422);
		expect(answer.data).toMatchObject({ form: 'm', field: 'budgetPlanned' });
		expect(answer.data.message).not.toMatch(/Betrag/);
		expect(() => planningFailure(new Error('boom'), 'de', 'm')).toThrow('boom');
	});
});
