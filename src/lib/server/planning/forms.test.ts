import { describe, expect, it } from 'vitest';
import {
	GoalInput,
	HandlungsraumInput,
	MeasureInput,
	OrganisationInput,
	PlanInput,
	TargetChange,
	TargetInput
} from './model';
import { ReportChange, ReportCreateInput } from './report/model';
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

	/** The refusal of a form: its code and the field it names. */
	function refusal(run: () => unknown): { code: string; field: string | undefined } {
		try {
			run();
		} catch (e) {
			if (e instanceof PlanningError) return { code: e.code, field: e.field };
			throw e;
		}
		throw new Error('accepted');
	}
	const NUL = '\u0000';
	const measure = (extra: [string, string][]) =>
		measureFormInput(
			form([['title', 'Lernförderung'], ['fields', 'bildung'], ...extra] as [string, string][])
		);

	it('refuses control characters in every text of the planner’s forms on their field', () => {
		const goal = { level: 'leitziel', fields: ['bildung'], title: 'Ziel' };
		expect(refusal(() => parsePlanningInput(GoalInput, { ...goal, title: `a${NUL}b` }))).toEqual({
			code: 'zeichen_ungueltig',
			field: 'title'
		});
		expect(
			refusal(() => parsePlanningInput(GoalInput, { ...goal, description: 'a\u0007b' }))
		).toEqual({ code: 'zeichen_ungueltig', field: 'description' });
		expect(
			refusal(() => parsePlanningInput(GoalInput, { ...goal, targetGroup: `a${NUL}` }))
		).toEqual({ code: 'zeichen_ungueltig', field: 'targetGroup' });
		expect(
			refusal(() => parsePlanningInput(HandlungsraumInput, { name: `Nord${NUL}`, areaIds: ['1'] }))
		).toEqual({ code: 'zeichen_ungueltig', field: 'name' });
		expect(
			refusal(() =>
				parsePlanningInput(PlanInput, {
					title: 'Plan',
					periodStart: '2025',
					periodEnd: '2030',
					baselineYear: '2024',
					decisionReference: `Drs${NUL}`
				})
			)
		).toEqual({ code: 'zeichen_ungueltig', field: 'decisionReference' });
		expect(
			refusal(() =>
				parsePlanningInput(TargetChange, {
					targetYear: '2030',
					kind: 'absolute',
					targetValue: '5',
					note: `n${NUL}`
				})
			)
		).toEqual({ code: 'zeichen_ungueltig', field: 'note' });
		for (const [name, value] of [
			['title', `Lern${NUL}förderung`],
			['description', `x${NUL}`],
			['targetGroup', 'x\u001b']
		]) {
			expect(refusal(() => parsePlanningInput(MeasureInput, measure([[name, value]])))).toEqual({
				code: 'zeichen_ungueltig',
				field: name
			});
		}
		expect(
			refusal(() =>
				parsePlanningInput(
					MeasureInput,
					measure([
						['goalIds', '7'],
						['contribution-7', `a${NUL}`]
					])
				)
			).field
		).toBe('goals');
		expect(
			refusal(() =>
				parsePlanningInput(
					MeasureInput,
					measure([
						['outputLabel', `Kurse${NUL}`],
						['outputCount', '3']
					])
				)
			).field
		).toBe('outputs');
		for (const field of ['name', 'shortName', 'street', 'city']) {
			expect(
				refusal(() =>
					parsePlanningInput(OrganisationInput, {
						name: 'Verein',
						kind: 'verein',
						[field]: `a${NUL}`
					})
				)
			).toEqual({ code: 'zeichen_ungueltig', field });
		}
		expect(
			refusal(() =>
				parsePlanningInput(OrganisationInput, {
					name: 'Verein',
					kind: 'verein',
					url: `https://a.example/${NUL}`
				})
			)
		).toEqual({ code: 'adresse_ungueltig', field: 'url' });
		expect(
			refusal(() =>
				parsePlanningInput(TargetInput, {
					goalId: '1',
					handlungsraumId: '1',
					indicatorKey: `sgb2_quote${NUL}`,
					targetYear: '2030',
					kind: 'absolute',
					targetValue: '5'
				})
			)
		).toEqual({ code: 'indikator_unbekannt', field: 'indicatorKey' });
	});

	it('counts a title of only zero-width characters as missing, and keeps line breaks in long texts', () => {
		expect(
			refusal(() => parsePlanningInput(MeasureInput, measure([['title', '\u200B\u200D']])))
		).toEqual({
			code: 'titel_leer',
			field: 'title'
		});
		const parsed = parsePlanningInput(
			MeasureInput,
			measure([['description', 'Erste Zeile\r\nzweite Zeile\u200B']])
		);
		expect(parsed.description).toBe('Erste Zeile\r\nzweite Zeile');
	});

	it('refuses ids and counts beyond the database’s integer and impossible dates on their field', () => {
		const big = '2147483648';
		expect(
			refusal(() =>
				parsePlanningInput(
					MeasureInput,
					measure([
						['outputLabel', 'Kurse'],
						['outputCount', big]
					])
				)
			)
		).toEqual({
			code: 'ausgabe_ungueltig',
			field: 'outputs'
		});
		for (const [name, code] of [
			['leadOrganisationId', 'organisation_unbekannt'],
			['partnerIds', 'organisation_unbekannt'],
			['handlungsraumIds', 'handlungsraum_unbekannt'],
			['goalIds', 'ziel_unbekannt'],
			['ideaId', 'idee_unbekannt']
		]) {
			expect(refusal(() => parsePlanningInput(MeasureInput, measure([[name, big]]))).code).toBe(
				code
			);
		}
		expect(
			refusal(() => parsePlanningInput(MeasureInput, measure([['startsOn', '2031-02-31']])))
		).toEqual({
			code: 'datum_ungueltig',
			field: 'startsOn'
		});
		expect(
			refusal(() => parsePlanningInput(MeasureInput, measure([['endsOn', '2031-04-31']])))
		).toEqual({
			code: 'datum_ungueltig',
			field: 'endsOn'
		});
		expect(
			refusal(() =>
				parsePlanningInput(PlanInput, {
					title: 'Plan',
					periodStart: '2025',
					periodEnd: '2030',
					baselineYear: '2024',
					status: 'beschlossen',
					decidedOn: '2031-02-31'
				})
			)
		).toEqual({ code: 'datum_ungueltig', field: 'decidedOn' });
		const goal = { level: 'leitziel', fields: ['bildung'], title: 'Ziel' };
		expect(refusal(() => parsePlanningInput(GoalInput, { ...goal, position: big })).field).toBe(
			'position'
		);
		expect(refusal(() => parsePlanningInput(GoalInput, { ...goal, parentId: big }))).toEqual({
			code: 'ziel_unbekannt',
			field: 'parentId'
		});
		const target = {
			goalId: '1',
			handlungsraumId: '1',
			indicatorKey: 'sgb2_quote',
			targetYear: '2030',
			kind: 'absolute',
			targetValue: '5'
		};
		expect(refusal(() => parsePlanningInput(TargetInput, { ...target, goalId: big }))).toEqual({
			code: 'ziel_unbekannt',
			field: 'goalId'
		});
		expect(
			refusal(() => parsePlanningInput(TargetInput, { ...target, handlungsraumId: big }))
		).toEqual({ code: 'handlungsraum_unbekannt', field: 'handlungsraumId' });
		expect(
			parsePlanningInput(
				MeasureInput,
				measure([
					['outputLabel', 'Kurse'],
					['outputCount', '2147483647']
				])
			).outputs
		).toEqual([{ label: 'Kurse', count: 2147483647 }]);
		expect(parsePlanningInput(MeasureInput, measure([['startsOn', '2028-02-29']])).startsOn).toBe(
			'2028-02-29'
		);
	});

	it('refuses control characters, and plans beyond the database’s integer, in a report', () => {
		const report = { title: 'Sozialbericht', year: '2025', chapters: ['zusammenfassung'] };
		expect(
			refusal(() => parsePlanningInput(ReportCreateInput, { title: `Bericht${NUL}`, year: '2025' }))
		).toEqual({ code: 'zeichen_ungueltig', field: 'title' });
		expect(
			refusal(() =>
				parsePlanningInput(ReportChange, { ...report, texts: { zusammenfassung: `a${NUL}b` } })
			)
		).toEqual({ code: 'zeichen_ungueltig', field: 'texts' });
		expect(
			refusal(() =>
				parsePlanningInput(ReportChange, { ...report, texts: { zusammenfassung: 'a\u0007b' } })
			).code
		).toBe('zeichen_ungueltig');
		expect(
			refusal(() => parsePlanningInput(ReportChange, { ...report, indicators: [`sgb2${NUL}`] }))
		).toEqual({ code: 'indikator_unbekannt', field: 'indicators' });
		expect(
			refusal(() => parsePlanningInput(ReportChange, { ...report, planId: '2147483648' }))
		).toEqual({ code: 'plan_unbekannt', field: 'planId' });
		expect(
			parsePlanningInput(ReportChange, {
				...report,
				texts: { zusammenfassung: 'Erster Absatz\r\n\r\n\tzweiter' }
			}).texts
		).toEqual({ zusammenfassung: 'Erster Absatz\n\n\tzweiter' });
	});
});
