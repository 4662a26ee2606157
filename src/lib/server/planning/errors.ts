import { de } from '$lib/i18n/catalogues';
import type { MessageKey } from '$lib/i18n';

/**
 * Expected failures when a Handlungsprogramm is changed. Each code has a message in the
 * catalogues (`programme.err.<code>`, German and English); the German one is the error's own
 * message (for the API and logs), pages show `key` in their language. `field` names the input the
 * message belongs to, so a form can show it there. A problem of the goal tree carries the rules'
 * own catalogue key (`planning.goal.err.*`) in `key`.
 */
export const planningErrorCodes = [
	'keine_berechtigung',
	'plan_unbekannt',
	'gemeinde_unbekannt',
	'kreis_unbekannt',
	'titel_leer',
	'titel_vergeben',
	'jahr_ungueltig',
	'zeitraum_ungueltig',
	'ausgangsjahr_ungueltig',
	'status_ungueltig',
	'beschluss_fehlt',
	'datum_ungueltig',
	'text_zu_lang',
	'zeichen_ungueltig',
	'handlungsraum_unbekannt',
	'handlungsraum_name_vergeben',
	'handlungsraum_leer',
	'gebiet_ausserhalb',
	'gemeinde_ausserhalb',
	'keine_aufmerksamkeitsgebiete',
	'gesamtgemeinde_fest',
	'handlungsraum_in_gebrauch',
	'keine_gebietsaenderung',
	'ziel_unbekannt',
	'ziel_hat_unterziele',
	'ebene_ungueltig',
	'kein_feld',
	'indikator_unbekannt',
	'indikator_ohne_richtung',
	'zieljahr_vor_ausgangsjahr',
	'ausgangswert_fehlt',
	'zielwert_fehlt',
	'zielwert_mehr_bedarf',
	'prozent_ungueltig',
	'gemeindewert_fehlt',
	'zielart_ungueltig',
	'ziel_doppelt',
	'zielwert_unbekannt',
	'massnahme_unbekannt',
	'ende_vor_beginn',
	'budget_negativ',
	'betrag_ungueltig',
	'finanzierung_ungueltig',
	'organisation_unbekannt',
	'organisation_ausserhalb',
	'idee_unbekannt',
	'idee_aufgegriffen',
	'ausgabe_ungueltig',
	'art_ungueltig',
	'koordinaten_ungueltig',
	'plz_ungueltig',
	'adresse_ungueltig',
	'eingabe_ungueltig',
	'beschaeftigt',
	'bericht_unbekannt',
	'bericht_veroeffentlicht',
	'bericht_titel_vergeben',
	'kapitel_ungueltig',
	'keine_kapitel',
	'sprache_ungueltig'
] as const;

export type PlanningErrorCode = (typeof planningErrorCodes)[number];

export const planningErrorKey = (code: PlanningErrorCode) => `programme.err.${code}` as const;

export function isPlanningErrorCode(value: string): value is PlanningErrorCode {
	return (planningErrorCodes as readonly string[]).includes(value);
}

export class PlanningError extends Error {
	readonly key: MessageKey;

	constructor(
		readonly code: PlanningErrorCode | 'ziel_ungueltig',
		readonly field?: string,
		key?: MessageKey
	) {
		const chosen: MessageKey =
			key ?? (code === 'ziel_ungueltig' ? 'planning.goal.err.cycle' : planningErrorKey(code));
		super(de[chosen]);
		this.name = 'PlanningError';
		this.key = chosen;
	}
}

/** HTTP status of each failure, for form actions (`fail`) and the API. */
export function planningHttpStatus(error: PlanningError): number {
	switch (error.code) {
		case 'keine_berechtigung':
			return 403;
		case 'plan_unbekannt':
		case 'bericht_unbekannt':
			return 404;
		case 'titel_vergeben':
		case 'handlungsraum_name_vergeben':
		case 'ziel_doppelt':
		case 'idee_aufgegriffen':
		case 'handlungsraum_in_gebrauch':
		case 'ziel_hat_unterziele':
		case 'gesamtgemeinde_fest':
		case 'bericht_veroeffentlicht':
		case 'bericht_titel_vergeben':
			return 409;
		case 'beschaeftigt':
			return 503;
		default:
			return 422;
	}
}
