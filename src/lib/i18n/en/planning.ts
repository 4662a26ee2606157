import type { planning as de } from '../de/planning';

export const planning: Record<keyof typeof de, string> = {
	'planning.field.wohnen': 'Housing',
	'planning.field.bildung': 'Education',
	'planning.field.gesundheit': 'Health',
	'planning.field.arbeit': 'Work',
	'planning.field.kultur': 'Culture',
	'planning.field.partizipation': 'Participation',
	'planning.field.uebergreifend': 'Cross-cutting',

	'planning.level.leitziel': 'Guiding goal',
	'planning.level.handlungsziel': 'Action goal',
	'planning.level.wirkungsziel': 'Outcome goal',

	'planning.planStatus.entwurf': 'draft',
	'planning.planStatus.beschlossen': 'adopted',
	'planning.planStatus.abgeschlossen': 'completed',

	'planning.measureStatus.geplant': 'planned',
	'planning.measureStatus.laufend': 'running',
	'planning.measureStatus.abgeschlossen': 'completed',
	'planning.measureStatus.eingestellt': 'discontinued',

	'planning.targetKind.absolute': 'Target value',
	'planning.targetKind.close_gap': 'Narrow the gap to the municipal value by {percent} %',

	'planning.targetStatus.erreicht': 'Target reached',
	'planning.targetStatus.auf_kurs': 'Development on track',
	'planning.targetStatus.nicht_auf_kurs': 'Development not on track',
	'planning.targetStatus.entgegen': 'Development away from the target',
	'planning.targetStatus.keine_neuen_daten': 'No data after the baseline year yet',
	'planning.targetStatus.nicht_bewertbar': 'cannot be assessed',
	'planning.targetStatus.zeitreihenbruch': 'Break in the time series',
	'planning.targetStatusHint.erreicht':
		'The latest value is at or beyond the target value. This describes how the indicator developed; it says nothing about causes.',
	'planning.targetStatusHint.auf_kurs':
		'The share of the way from the baseline to the target covered so far is at least the share of the time to the target year that has passed.',
	'planning.targetStatusHint.nicht_auf_kurs':
		'The development goes towards the target, but more slowly than the time passed to the target year would lead one to expect.',
	'planning.targetStatusHint.entgegen': 'The latest value shows more need than the baseline.',
	'planning.targetStatusHint.keine_neuen_daten':
		'There are no values yet for the years after the baseline year.',
	'planning.targetStatusHint.nicht_bewertbar':
		'The latest value is missing or kept confidential (small counts).',
	'planning.targetStatusHint.zeitreihenbruch':
		'The area boundaries have changed since the baseline year; no change is computed.',
	'planning.baselineChanged': 'Baseline changed',
	'planning.baselineChangedHint':
		'A different value is now stored for the baseline year. The assessment keeps using the baseline frozen when the target was set.',
	'planning.baselineWithheld':
		'The baseline is kept confidential (small counts); the development is not shown publicly.',
	'planning.gapAlreadyClosed':
		'The baseline is already at or better than the municipal value: the target is to hold it.',

	'planning.target.baseline': 'Baseline {year}',
	'planning.target.latest': 'Latest value {year}',
	'planning.target.target': 'Target {year}',
	'planning.target.change': 'Change since the baseline year',
	'planning.target.progress': 'Share of the way to the target',
	'planning.target.expectedProgress': 'Share of the time to the target year',
	'planning.target.gapToMunicipal': 'Gap to the municipal value',
	'planning.target.trend': 'Development {from}–{to} ({years} years)',
	'planning.trend.besser': 'improved',
	'planning.trend.schlechter': 'worsened',
	'planning.trend.stabil': 'stable',

	'planning.comparison.heading': 'Comparison with similar areas without a measure in the field',
	'planning.comparison.group': '{count} areas of the same area type without a measure in the field',
	'planning.comparison.none':
		'No comparison possible: only {found} similar areas without a measure in the field (at least {min} needed).',
	'planning.comparison.günstiger': 'Development more favourable than in the comparison areas',
	'planning.comparison.ungünstiger': 'Development less favourable than in the comparison areas',
	'planning.comparison.ähnlich': 'Development similar to the comparison areas',
	'planning.comparison.note':
		'The comparison describes how the values developed. It does not show that a measure caused it.',

	'planning.aggregate.member_suppressed':
		'cannot be assessed: an area of the action area is kept confidential',
	'planning.aggregate.small_count': 'cannot be assessed: count too small',
	'planning.aggregate.no_base': 'cannot be assessed: no base population',
	'planning.aggregate.no_weights': 'cannot be assessed: no population figures to weight by',

	'planning.goal.err.titleBlank': 'Please give the goal a title.',
	'planning.goal.err.noField': 'Please choose at least one field.',
	'planning.goal.err.unknownField': 'There is no such field.',
	'planning.goal.err.duplicateField': 'Each field only once, please.',
	'planning.goal.err.unknownLevel': 'There is no such goal level.',
	'planning.goal.err.leitzielWithParent': 'A guiding goal is at the top and has no parent goal.',
	'planning.goal.err.parentMissing':
		'Please choose the parent goal (an action goal under a guiding goal, an outcome goal under an action goal).',
	'planning.goal.err.parentUnknown': 'The parent goal does not belong to this action programme.',
	'planning.goal.err.parentLevel':
		'An action goal belongs under a guiding goal, an outcome goal under an action goal.',
	'planning.goal.err.cycle': 'A goal cannot sit under itself or one of its sub-goals.',

	'planning.target.err.targetYear': 'The target year must be after the baseline year.',
	'planning.target.err.targetValue': 'Please enter a target value.',
	'planning.target.err.targetValueWorse': 'The target value means more need than the baseline.',
	'planning.target.err.gapClosePercent':
		'Please state by how many per cent (more than 0, at most 100) the gap should narrow.',
	'planning.target.err.municipalValue':
		'The municipal value for the baseline year is missing; no gap can be computed.'
};
