/**
 * Whose report: one municipality's (8-digit AGS) or a Kreis's (5-digit key) over its member
 * municipalities — the same two scopes a Handlungsprogramm has, with the same access rule
 * (`mayPlanFor`). The members of a Kreis are the reference list's municipalities of that Kreis
 * that are not kreisfrei.
 */
import type { PlanScope } from '../../auth/rules';
import {
	municipalities,
	municipalityByAgs,
	type Municipality
} from '$lib/reference/municipalities';
import type { Report } from './model';

export type ReportScope = PlanScope;

/** The scope of a stored report (the schema holds exactly one of the two keys). */
export function scopeOf(report: Pick<Report, 'ags' | 'kreisAgs'>): ReportScope {
	return report.ags !== null
		? { kind: 'gemeinde', ags: report.ags }
		: { kind: 'kreis', kreisAgs: report.kreisAgs ?? '' };
}

/** The member municipalities of a Kreis, by AGS; none for a kreisfreie Stadt or an unknown key. */
export function kreisMembers(kreisAgs: string): Municipality[] {
	return municipalities
		.filter((m) => m.kreisAgs === kreisAgs && !m.kreisfrei)
		.sort((a, b) => a.ags.localeCompare(b.ags));
}

/** The name a report's title page and headers carry: the town, or the Kreis ("Kreis Recklinghausen"). */
export function scopeName(scope: ReportScope): string | null {
	if (scope.kind === 'gemeinde') return municipalityByAgs(scope.ags)?.name ?? null;
	return kreisMembers(scope.kreisAgs)[0]?.kreis ?? null;
}

/** The key a report's files are named with: the AGS or the Kreis key. */
export function scopeKey(report: Pick<Report, 'ags' | 'kreisAgs'>): string {
	return report.ags ?? report.kreisAgs ?? '';
}

/**
 * Whether a report is one of the municipality's reports as seen from its pages: its own, or a
 * report of the Kreis the municipality belongs to.
 */
export function concerns(report: Pick<Report, 'ags' | 'kreisAgs'>, ags: string): boolean {
	if (report.ags !== null) return report.ags === ags;
	const m = municipalityByAgs(ags);
	return !!m && !m.kreisfrei && m.kreisAgs === report.kreisAgs;
}

/**
 * The municipality whose public pages a report's files are addressed through when no listing
 * names one (archive, documentation): the municipality itself, or the Kreis's first member.
 */
export function homeAgs(report: Pick<Report, 'ags' | 'kreisAgs'>): string {
	return report.ags ?? kreisMembers(report.kreisAgs ?? '')[0]?.ags ?? '';
}
