import type { monitoringErrors as de } from '../de/monitoring-errors';

/** What a planner reads when a monitoring action is refused (`MonitoringError` codes). */
export const monitoringErrors: Record<keyof typeof de, string> = {
	'mon.error.keine_indikatoren': 'The index needs at least one status and one dynamics indicator.',
	'mon.error.indikator_doppelt': 'An indicator is given more than once.',
	'mon.error.gebiet_doppelt': 'An area key occurs more than once.',
	'mon.error.unbekanntes_gebiet': 'An area marked as an outlier is not in the data.',
	'mon.error.ungueltige_einwohnerzahl': 'The number of residents must be a number from 0.',
	'mon.error.ungueltiger_wert':
		'An indicator value is not a valid number. Please leave missing values empty rather than writing text.',
	'mon.error.ungueltige_mindesteinwohnerzahl':
		'The minimum number of residents must be a whole number from 0.',
	'mon.error.ungueltige_zelle':
		'The overall index has no such cell (allowed are e.g. “4 -” or “3 +/-”).',
	'mon.error.zu_wenige_gebiete': 'Too few areas for an index: at least two areas must be indexed.',
	'mon.error.zu_wenige_indexgebiete':
		'Too few areas for an index: at least 5 areas must have every value of the index. With fewer areas status class 4 cannot occur, and a single area sets the scale for all.',
	'mon.error.streuung_null':
		'All indexed areas have the same value; without spread no z-score can be computed.',
	'mon.error.ungueltige_schwelle':
		'The disclosure threshold must be a whole number from 3: counts of 1 or 2 would point to individual people.',
	'mon.error.ungueltige_anzahl': 'A count must be a whole number from 0.',
	'mon.error.ungueltige_bezugsgroesse': 'The base of a rate must be a number from 0.',
	'mon.error.tabelle_uneinheitlich': 'Every row of the table must have the same number of columns.',
	'mon.error.gemeinde_unbekannt':
		'This municipality is not part of the Metropole Ruhr (eight-digit municipality key).',
	'mon.error.beschaeftigt':
		'Another import is running for this municipality. Please try again in a few seconds.',
	'mon.error.import_unbekannt': 'This municipality has no such import.',
	'mon.error.import_schon_rueckgaengig': 'This import has already been undone.',
	'mon.error.nur_letzter_import':
		'Only the latest import still in force can be undone; undo later imports first.',
	'mon.error.gebiete_in_verwendung':
		'Areas of this import are used in planning (in a Handlungsraum of a plan). Remove them there first, then undo the import.',
	'mon.error.import_ist_entwurf':
		'This import is a draft: it is published or discarded, not undone.',
	'mon.error.kein_entwurf': 'There is no open draft (any more); please reload the page.',
	'mon.error.entwurf_geaendert':
		'The draft has changed since the confirmation page (another file was added). Please check the changes again.',
	'mon.error.werteentwurf_offen':
		'There is an open draft with values. Import new boundaries only once that draft is published or discarded.',
	'mon.error.gebietsentwurf_offen':
		'There is an open draft with boundaries. Import values only once that draft is published or discarded: they refer to the areas valid then.',
	'mon.error.gebietsentwurf_veraltet':
		'The boundary draft no longer matches the current areas (something was undone or changed since). Please discard the draft and import the file again.',
	'mon.error.nichts_rueckgaengig': 'There is no published import that could be undone.',
	'mon.error.keine_gebiete': 'The municipality has no areas yet; import areas first.',
	'mon.error.gebiet_unbekannt': 'The municipality has no such area.',
	'mon.error.ungueltige_einstellung': 'The setting is not valid.',
	'mon.error.datei_zu_gross': 'The file is too large.',
	'mon.error.ungueltiges_gueltig_ab':
		'The year from which the boundaries apply must lie between 1950 and 2100.',
	'mon.error.lokaler_indikator_unbekannt': 'This municipality has no such local indicator.',
	'mon.error.lokaler_indikator_hat_werte':
		'The indicator has values (published or in the open draft) and cannot be deleted. First undo the imports with its values or discard the draft.',
	'mon.error.lokaler_indikator_hat_ziele':
		'The Handlungsprogramm has target values on this indicator; it can be deleted only once they are removed.'
};
