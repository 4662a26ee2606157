/** What a planner reads when a monitoring action is refused (`MonitoringError` codes). */
export const monitoringErrors = {
	'mon.error.keine_indikatoren':
		'Für den Index ist mindestens ein Status- und ein Dynamikindikator nötig.',
	'mon.error.indikator_doppelt': 'Ein Indikator ist mehrfach angegeben.',
	'mon.error.gebiet_doppelt': 'Eine Gebietskennung kommt mehrfach vor.',
	'mon.error.unbekanntes_gebiet':
		'Ein als Ausreißer markiertes Gebiet ist in den Daten nicht vorhanden.',
	'mon.error.ungueltige_einwohnerzahl': 'Die Einwohnerzahl muss eine Zahl ab 0 sein.',
	'mon.error.ungueltiger_wert':
		'Ein Indikatorwert ist keine gültige Zahl. Fehlende Werte bitte leer lassen, nicht als Text.',
	'mon.error.ungueltige_mindesteinwohnerzahl':
		'Die Mindesteinwohnerzahl muss eine ganze Zahl ab 0 sein.',
	'mon.error.ungueltige_zelle':
		'Diese Zelle gibt es im Gesamtindex nicht (erlaubt sind z. B. „4 -“ oder „3 +/-“).',
	'mon.error.zu_wenige_gebiete':
		'Zu wenige Gebiete für einen Index: Es müssen mindestens zwei Gebiete indiziert werden.',
	'mon.error.zu_wenige_indexgebiete':
		'Zu wenige Gebiete für einen Index: Mindestens 5 Gebiete müssen alle Werte des Index haben. Bei weniger Gebieten kann die Statusklasse 4 nicht vorkommen, und ein einzelnes Gebiet bestimmt den Maßstab für alle.',
	'mon.error.streuung_null':
		'Alle indizierten Gebiete haben denselben Wert; ohne Streuung lässt sich kein z-Wert berechnen.',
	'mon.error.ungueltige_schwelle':
		'Die Geheimhaltungsschwelle muss eine ganze Zahl ab 3 sein: Fallzahlen von 1 oder 2 ließen auf einzelne Personen schließen.',
	'mon.error.ungueltige_anzahl': 'Eine Fallzahl muss eine ganze Zahl ab 0 sein.',
	'mon.error.ungueltige_bezugsgroesse': 'Die Bezugsgröße einer Quote muss eine Zahl ab 0 sein.',
	'mon.error.tabelle_uneinheitlich': 'Alle Zeilen der Tabelle müssen gleich viele Spalten haben.',
	'mon.error.gemeinde_unbekannt':
		'Diese Gemeinde gehört nicht zur Metropole Ruhr (achtstelliger Gemeindeschlüssel).',
	'mon.error.beschaeftigt':
		'Für diese Gemeinde läuft gerade ein anderer Import. Bitte in einigen Sekunden noch einmal versuchen.',
	'mon.error.import_unbekannt': 'Diesen Import gibt es für diese Gemeinde nicht.',
	'mon.error.import_schon_rueckgaengig': 'Dieser Import wurde bereits rückgängig gemacht.',
	'mon.error.nur_letzter_import':
		'Nur der jüngste noch aktive Import kann rückgängig gemacht werden; spätere Importe zuerst zurücknehmen.',
	'mon.error.gebiete_in_verwendung':
		'Gebiete dieses Imports werden in der Planung verwendet (in einem Handlungsraum eines Handlungsprogramms). Sie dort zuerst entfernen, dann den Import rückgängig machen.',
	'mon.error.import_ist_entwurf':
		'Dieser Import ist ein Entwurf: Er wird veröffentlicht oder verworfen, nicht rückgängig gemacht.',
	'mon.error.kein_entwurf': 'Es gibt keinen offenen Entwurf (mehr); die Seite neu laden.',
	'mon.error.entwurf_geaendert':
		'Der Entwurf hat sich seit der Bestätigungsseite geändert (eine weitere Datei kam hinzu). Bitte die Änderungen noch einmal prüfen.',
	'mon.error.werteentwurf_offen':
		'Es gibt einen offenen Entwurf mit Werten. Neue Gebietsgrenzen erst importieren, wenn dieser Entwurf veröffentlicht oder verworfen ist.',
	'mon.error.gebietsentwurf_offen':
		'Es gibt einen offenen Entwurf mit Gebietsgrenzen. Werte erst importieren, wenn dieser Entwurf veröffentlicht oder verworfen ist: Sie beziehen sich auf die dann gültigen Gebiete.',
	'mon.error.gebietsentwurf_veraltet':
		'Der Gebietsentwurf passt nicht mehr zu den aktuellen Gebieten (seitdem wurde etwas rückgängig gemacht oder geändert). Bitte den Entwurf verwerfen und die Datei neu importieren.',
	'mon.error.nichts_rueckgaengig':
		'Es gibt keinen veröffentlichten Import, der rückgängig gemacht werden kann.',
	'mon.error.keine_gebiete': 'Die Gemeinde hat noch keine Gebiete; zuerst Gebiete importieren.',
	'mon.error.gebiet_unbekannt': 'Dieses Gebiet gibt es in der Gemeinde nicht.',
	'mon.error.ungueltige_einstellung': 'Die Einstellung ist ungültig.',
	'mon.error.datei_zu_gross': 'Die Datei ist zu groß.',
	'mon.error.ungueltiges_gueltig_ab':
		'Das Jahr, ab dem die Grenzen gelten, muss zwischen 1950 und 2100 liegen.',
	'mon.error.lokaler_indikator_unbekannt':
		'Diesen lokalen Indikator gibt es in dieser Gemeinde nicht.',
	'mon.error.lokaler_indikator_hat_werte':
		'Der Indikator hat Werte (veröffentlicht oder im offenen Entwurf) und kann nicht gelöscht werden. Zuerst die Importe mit seinen Werten rückgängig machen oder den Entwurf verwerfen.',
	'mon.error.lokaler_indikator_hat_ziele':
		'Auf diesem Indikator liegen Zielwerte im Handlungsprogramm; er kann erst gelöscht werden, wenn diese entfernt sind.'
};
