import type { programme as de } from '../de/programme';

export const programme: Record<keyof typeof de, string> = {
	'programme.err.keine_berechtigung': 'Your account may not work on this Handlungsprogramm.',
	'programme.err.plan_unbekannt': 'This Handlungsprogramm does not exist.',
	'programme.err.gemeinde_unbekannt':
		'This municipality is not part of the Metropole Ruhr (eight-digit municipality key).',
	'programme.err.kreis_unbekannt': 'This Kreis is not part of the Metropole Ruhr.',
	'programme.err.titel_leer': 'Please enter a title.',
	'programme.err.titel_vergeben': 'There already is a Handlungsprogramm with this title.',
	'programme.err.jahr_ungueltig': 'Please enter a year between 1990 and 2100.',
	'programme.err.zeitraum_ungueltig': 'The period cannot end before it starts.',
	'programme.err.ausgangsjahr_ungueltig':
		'The baseline year cannot be after the end of the period.',
	'programme.err.status_ungueltig': 'This status does not exist.',
	'programme.err.beschluss_fehlt':
		'A decided or completed Handlungsprogramm needs the date of the council decision.',
	'programme.err.datum_ungueltig': 'Please enter a date (DD.MM.YYYY).',
	'programme.err.text_zu_lang': 'The text is too long.',
	'programme.err.zeichen_ungueltig':
		'The text contains control characters or invalid characters (a null byte, for example). Please type it again.',
	'programme.err.handlungsraum_unbekannt': 'This Handlungsraum is not part of this plan.',
	'programme.err.handlungsraum_name_vergeben':
		'There already is a Handlungsraum with this name in this plan.',
	'programme.err.handlungsraum_leer': 'Please choose at least one area.',
	'programme.err.gebiet_ausserhalb':
		'A chosen area lies outside the plan (another municipality, or unknown).',
	'programme.err.gemeinde_ausserhalb': 'This municipality is not part of the plan.',
	'programme.err.keine_aufmerksamkeitsgebiete':
		'The monitoring index (MSS) shows no areas needing special attention for this municipality, or cannot be computed from the data available.',
	'programme.err.gesamtgemeinde_fest':
		'The “whole municipality” Handlungsraum belongs to every plan and cannot be changed or deleted.',
	'programme.err.handlungsraum_in_gebrauch':
		'Targets or measures use this Handlungsraum; detach them first.',
	'programme.err.keine_gebietsaenderung':
		'There are no new area boundaries to carry this Handlungsraum over to.',
	'programme.err.ziel_unbekannt': 'This goal is not part of this plan.',
	'programme.err.ziel_hat_unterziele': 'This goal has sub-goals; move or delete them first.',
	'programme.err.ebene_ungueltig': 'This goal level does not exist.',
	'programme.err.kein_feld': 'Please choose at least one field.',
	'programme.err.indikator_unbekannt': 'This indicator does not exist.',
	'programme.err.indikator_ohne_richtung':
		'Targets can only be set on indicators with a need direction, not on neutral indicators, area types or MSS classes.',
	'programme.err.zieljahr_vor_ausgangsjahr': 'The target year must be after the baseline year.',
	'programme.err.ausgangswert_fehlt':
		'The Handlungsraum has no value of this indicator in the baseline year (in at least one area).',
	'programme.err.zielwert_fehlt': 'Please enter a target value.',
	'programme.err.zielwert_mehr_bedarf': 'The target value means more need than the baseline.',
	'programme.err.prozent_ungueltig':
		'Please state by how many per cent (more than 0, at most 100) the gap should shrink.',
	'programme.err.gemeindewert_fehlt':
		'The municipal value of the baseline year is missing; no gap can be computed.',
	'programme.err.zielart_ungueltig': 'This kind of target does not exist.',
	'programme.err.ziel_doppelt':
		'There already is a target for this goal, indicator and Handlungsraum.',
	'programme.err.zielwert_unbekannt': 'This target is not part of this plan.',
	'programme.err.massnahme_unbekannt': 'This measure is not part of this plan.',
	'programme.err.ende_vor_beginn': 'The end cannot be before the start.',
	'programme.err.budget_negativ': 'An amount cannot be below 0.',
	'programme.err.betrag_ungueltig': 'Please enter an amount in euros, e.g. 12500.50.',
	'programme.err.finanzierung_ungueltig': 'This funding source does not exist.',
	'programme.err.organisation_unbekannt': 'This organisation does not exist.',
	'programme.err.organisation_ausserhalb':
		'This organisation belongs to a municipality outside the plan.',
	'programme.err.idee_unbekannt': 'This World Café idea does not exist.',
	'programme.err.idee_aufgegriffen':
		'This idea has already been taken up as a measure in this plan.',
	'programme.err.ausgabe_ungueltig':
		'Each output needs a label and a count (a whole number from 0); each label only once.',
	'programme.err.art_ungueltig': 'This kind of organisation does not exist.',
	'programme.err.koordinaten_ungueltig':
		'Please give longitude and latitude together (WGS84, e.g. 7.0987 and 51.5177).',
	'programme.err.plz_ungueltig': 'A postcode has five digits.',
	'programme.err.adresse_ungueltig': 'Please enter a web address starting with https://.',
	'programme.err.eingabe_ungueltig': 'This input is not valid.',
	'programme.err.bericht_unbekannt': 'This report does not exist.',
	'programme.err.bericht_veroeffentlicht': 'This report is published and can no longer be changed.',
	'programme.err.bericht_titel_vergeben': 'This municipality already has a report with this title.',
	'programme.err.kapitel_ungueltig': 'This chapter does not exist.',
	'programme.err.keine_kapitel': 'Choose at least one chapter.',
	'programme.err.sprache_ungueltig': 'Reports are available in German or English.',
	'programme.err.beschaeftigt':
		'Someone else is saving this Handlungsprogramm right now. Please try again in a moment.',

	'programme.orgKind.regionalverband': 'Regional association',
	'programme.orgKind.kommune': 'Municipal administration',
	'programme.orgKind.kreis': 'Kreis administration',
	'programme.orgKind.land': 'Land',
	'programme.orgKind.bund': 'Federal government',
	'programme.orgKind.hochschule': 'University',
	'programme.orgKind.wohlfahrtsverband': 'Welfare association',
	'programme.orgKind.gesellschaft': 'Company',
	'programme.orgKind.jobcenter': 'Jobcenter',
	'programme.orgKind.schule': 'School',
	'programme.orgKind.kita': 'Day-care centre',
	'programme.orgKind.verein': 'Association (Verein)',
	'programme.orgKind.wohnungsunternehmen': 'Housing company',
	'programme.orgKind.stiftung': 'Foundation',
	'programme.orgKind.gesundheitswesen': 'Health care',
	'programme.orgKind.sonstige': 'Other',

	'programme.funding.kommunal': 'Municipal budget',
	'programme.funding.land': 'State programme',
	'programme.funding.bund': 'Federal programme',
	'programme.funding.esf_plus': 'ESF Plus',
	'programme.funding.eu_sonstige': 'Other EU funds',
	'programme.funding.stiftung': 'Foundation',
	'programme.funding.eigenmittel': 'The organisation’s own funds',
	'programme.funding.sonstige': 'Other',

	'programme.wholeMunicipality': 'Whole municipality {name}',
	'programme.attentionAreas': 'MSS attention areas {name} ({year})',
	'programme.demo': 'Demo: an invented plan with invented organisations and measures.'
};
