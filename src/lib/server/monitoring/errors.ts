/**
 * The monitoring domain's error catalogue: one short code per thing that can go wrong, each with
 * the German message a planner sees. `field` names what the error concerns (an indicator key, an
 * area id, an option name) so a route can attach the message to the right input or table row.
 */
export const MONITORING_MESSAGES = {
	keine_indikatoren: 'Für den Index ist mindestens ein Status- und ein Dynamikindikator nötig.',
	indikator_doppelt: 'Ein Indikator ist mehrfach angegeben.',
	gebiet_doppelt: 'Eine Gebietskennung kommt mehrfach vor.',
	unbekanntes_gebiet: 'Ein als Ausreißer markiertes Gebiet ist in den Daten nicht vorhanden.',
	ungueltige_einwohnerzahl: 'Die Einwohnerzahl muss eine Zahl ab 0 sein.',
	ungueltiger_wert:
		'Ein Indikatorwert ist keine gültige Zahl. Fehlende Werte bitte leer lassen, nicht als Text.',
	ungueltige_mindesteinwohnerzahl: 'Die Mindesteinwohnerzahl muss eine ganze Zahl ab 0 sein.',
	ungueltige_zelle:
		'Diese Zelle gibt es im Gesamtindex nicht (erlaubt sind z. B. „4 -“ oder „3 +/-“).',
	zu_wenige_gebiete:
		'Zu wenige Gebiete für einen Index: Es müssen mindestens zwei Gebiete indiziert werden.',
	zu_wenige_indexgebiete:
		'Zu wenige Gebiete für einen Index: Mindestens 5 Gebiete müssen alle Werte des Index haben. Bei weniger Gebieten kann die Statusklasse 4 nicht vorkommen, und ein einzelnes Gebiet bestimmt den Maßstab für alle.',
	streuung_null:
		'Alle indizierten Gebiete haben denselben Wert; ohne Streuung lässt sich kein z-Wert berechnen.',
	ungueltige_schwelle:
		'Die Geheimhaltungsschwelle muss eine ganze Zahl ab 3 sein: Fallzahlen von 1 oder 2 ließen auf einzelne Personen schließen.',
	ungueltige_anzahl: 'Eine Fallzahl muss eine ganze Zahl ab 0 sein.',
	ungueltige_bezugsgroesse: 'Die Bezugsgröße einer Quote muss eine Zahl ab 0 sein.',
	tabelle_uneinheitlich: 'Alle Zeilen der Tabelle müssen gleich viele Spalten haben.',
	gemeinde_unbekannt:
		'Diese Gemeinde gehört nicht zur Metropole Ruhr (achtstelliger Gemeindeschlüssel).',
	beschaeftigt:
		'Für diese Gemeinde läuft gerade ein anderer Import. Bitte in einigen Sekunden noch einmal versuchen.',
	import_unbekannt: 'Diesen Import gibt es für diese Gemeinde nicht.',
	import_schon_rueckgaengig: 'Dieser Import wurde bereits rückgängig gemacht.',
	nur_letzter_import:
		'Nur der jüngste noch aktive Import kann rückgängig gemacht werden; spätere Importe zuerst zurücknehmen.',
	import_ist_entwurf:
		'Dieser Import ist ein Entwurf: Er wird veröffentlicht oder verworfen, nicht rückgängig gemacht.',
	kein_entwurf: 'Es gibt keinen offenen Entwurf (mehr); die Seite neu laden.',
	entwurf_geaendert:
		'Der Entwurf hat sich seit der Bestätigungsseite geändert (eine weitere Datei kam hinzu). Bitte die Änderungen noch einmal prüfen.',
	werteentwurf_offen:
		'Es gibt einen offenen Entwurf mit Werten. Neue Gebietsgrenzen erst importieren, wenn dieser Entwurf veröffentlicht oder verworfen ist.',
	gebietsentwurf_offen:
		'Es gibt einen offenen Entwurf mit Gebietsgrenzen. Werte erst importieren, wenn dieser Entwurf veröffentlicht oder verworfen ist: Sie beziehen sich auf die dann gültigen Gebiete.',
	gebietsentwurf_veraltet:
		'Der Gebietsentwurf passt nicht mehr zu den aktuellen Gebieten (seitdem wurde etwas rückgängig gemacht oder geändert). Bitte den Entwurf verwerfen und die Datei neu importieren.',
	nichts_rueckgaengig:
		'Es gibt keinen veröffentlichten Import, der rückgängig gemacht werden kann.',
	keine_gebiete: 'Die Gemeinde hat noch keine Gebiete; zuerst Gebiete importieren.',
	gebiet_unbekannt: 'Dieses Gebiet gibt es in der Gemeinde nicht.',
	ungueltige_einstellung: 'Die Einstellung ist ungültig.',
	datei_zu_gross: 'Die Datei ist zu groß.',
	ungueltiges_gueltig_ab:
		'Das Jahr, ab dem die Grenzen gelten, muss zwischen 1950 und 2100 liegen.',
	lokaler_indikator_unbekannt: 'Diesen lokalen Indikator gibt es in dieser Gemeinde nicht.',
	lokaler_indikator_hat_werte:
		'Der Indikator hat Werte (veröffentlicht oder im offenen Entwurf) und kann nicht gelöscht werden. Zuerst die Importe mit seinen Werten rückgängig machen oder den Entwurf verwerfen.',
	lokaler_indikator_hat_ziele:
		'Auf diesem Indikator liegen Zielwerte im Handlungsprogramm; er kann erst gelöscht werden, wenn diese entfernt sind.'
} as const satisfies Record<string, string>;

export type MonitoringErrorCode = keyof typeof MONITORING_MESSAGES;

export class MonitoringError extends Error {
	readonly code: MonitoringErrorCode;
	readonly field: string | undefined;

	constructor(code: MonitoringErrorCode, field?: string) {
		super(
			field === undefined ? MONITORING_MESSAGES[code] : `${MONITORING_MESSAGES[code]} (${field})`
		);
		this.name = 'MonitoringError';
		this.code = code;
		this.field = field;
	}
}
