/**
 * What the Handlungsprogramm's pages and API show: the shapes of plans, Handlungsräume, goals,
 * targets, measures and organisations as read models.
 */
import { type GoalLevel, type MeasureStatus, type PlanningField } from '$lib/types/planning';
import type { FundingSource, HandlungsraumKind, HandlungsraumOrigin } from '$lib/types/programme';
import type { PlanScope } from '../../auth/rules';
import type { OrganisationKind } from '../../db/schema';
import { type ComparisonGroup, type DevelopmentWording } from '../comparison';
import type { Plan } from '../model';
import { type SeriesPoint, type TargetEvaluation, type TargetStatus } from '../targets';
import { type IndicatorInfo, type View } from '../values';

export interface PlanSummary {
	id: number;
	title: string;
	scope: PlanScope;
	/** "Gelsenkirchen" or "Kreis Recklinghausen". */
	scopeName: string;
	periodStart: number;
	periodEnd: number;
	status: Plan['status'];
	decidedOn: string | null;
	decisionReference: string | null;
	baselineYear: number;
	isDemo: boolean;
	updatedAt: Date;
}

export interface AreaRef {
	id: number;
	ags: string;
	code: string;
	name: string;
}

export interface HandlungsraumView {
	id: number;
	kind: HandlungsraumKind;
	name: string;
	description: string;
	origin: HandlungsraumOrigin;
	mssYear: number | null;
	municipalityAgs: string | null;
	/** The member areas as they are now (current boundary versions). */
	areas: AreaRef[];
	/** Members whose boundary ended: they carry the years up to `validTo` (decision 0044). */
	earlierAreas: (AreaRef & { validTo: number })[];
	/** A boundary change the planner has yet to carry the Handlungsraum over (internal view). */
	carryOver: CarryOverView | null;
}

export interface CarryOverView {
	/** Members whose boundary ended, without a successor in the Handlungsraum. */
	ended: (AreaRef & { validTo: number })[];
	/** What carrying over adds; `alsoFrom`: ground a successor takes in from outside. */
	successors: (AreaRef & { validFrom: number | null; alsoFrom: AreaRef[] })[];
}

export interface OrganisationRef {
	id: number;
	name: string;
	shortName: string | null;
	kind: OrganisationKind;
	url: string | null;
	address: string | null;
	point: { lon: number; lat: number } | null;
	isDemo: boolean;
}

export interface OutputView {
	label: string;
	/** Null when the count is hidden by disclosure control (public view). */
	count: number | null;
	suppressed: boolean;
}

export interface MeasureView {
	id: number;
	planId: number;
	title: string;
	description: string;
	fields: PlanningField[];
	targetGroup: string;
	status: MeasureStatus;
	startsOn: string | null;
	endsOn: string | null;
	/** Euros as exact decimal strings ("120000.50"); null = not stated. Internal view only. */
	budgetPlanned: string | null;
	budgetSpent: string | null;
	fundingSource: FundingSource | null;
	lead: OrganisationRef | null;
	partners: OrganisationRef[];
	handlungsraeume: { id: number; name: string; kind: HandlungsraumKind }[];
	/** Member areas of the measure's Handlungsräume (resolved now). */
	areas: AreaRef[];
	goals: { id: number; title: string; level: GoalLevel; contribution: string }[];
	outputs: OutputView[];
	isPublic: boolean;
	ideaId: number | null;
}

export interface TargetView {
	id: number;
	goalId: number;
	goalTitle: string;
	goalFields: PlanningField[];
	indicator: Pick<IndicatorInfo, 'key' | 'name' | 'nameEn' | 'unit' | 'decimals' | 'direction'>;
	handlungsraum: { id: number; name: string; kind: HandlungsraumKind };
	/** Null in the public view when the baseline year's value is not publishable. */
	baseline: {
		year: number;
		value: number;
		numerator: number | null;
		denominator: number | null;
		dataVersion: string;
	} | null;
	targetYear: number;
	kind: 'absolute' | 'close_gap';
	gapClosePercent: number | null;
	/** Resolved target value; null when the baseline is hidden. */
	targetValue: number | null;
	status: TargetStatus;
	/** Null when the baseline is hidden (public view). */
	evaluation: TargetEvaluation | null;
	series: SeriesPoint[];
	municipalSeries: { year: number; value: number }[];
	comparison: {
		group: ComparisonGroup;
		development: {
			ownChange: number;
			groupChange: number;
			difference: number;
			wording: DevelopmentWording;
		} | null;
	};
	note: string;
}

export interface GoalView {
	id: number;
	parentId: number | null;
	level: GoalLevel;
	fields: PlanningField[];
	targetGroup: string;
	title: string;
	description: string;
	position: number;
	children: GoalView[];
	targetIds: number[];
	measureIds: number[];
}

export interface ProgrammePage {
	plan: PlanSummary;
	municipalities: { ags: string; name: string }[];
	handlungsraeume: HandlungsraumView[];
	/** Roots (Leitziele) with their sub-goals, ordered by position. */
	goalTree: GoalView[];
	targets: TargetView[];
	measures: MeasureView[];
	/** Measure ids per field (a measure with two fields is under both). */
	measuresByField: Record<PlanningField, number[]>;
	/** Newest data year among the targets' indicators; null without data. */
	latestYear: number | null;
	view: View;
}
