/**
 * The World Café domain's error catalogue: one short code per invalid input, each with the German
 * message an organiser sees. `field` names the table, person or option concerned so a route can
 * attach the message to the right row. Routes answer with the code; pages show it through the
 * i18n keys `cafe.error.<code>` (German and English), and a test keeps the German ones identical
 * to this catalogue. Form schemas use the codes as their messages, `{min}`/`{max}` filled in by
 * `withParams`.
 */
export const WORLDCAFE_MESSAGES = {
	ungueltige_rundenzahl: 'Die Zahl der Runden muss eine ganze Zahl ab 1 sein.',
	keine_tische: 'Für das World Café ist kein Tisch angelegt.',
	tisch_doppelt: 'Eine Tisch-Kennung kommt mehrfach vor.',
	ungueltige_kapazitaet: 'Die Platzzahl eines Tisches muss eine ganze Zahl ab 1 sein.',
	person_doppelt: 'Eine Person ist mehrfach aufgeführt.',
	unbekannter_gastgebertisch:
		'Eine Gastgeberin oder ein Gastgeber ist einem Tisch zugeordnet, den es nicht gibt.',
	zu_viele_gastgebende: 'An einem Tisch sind mehr Gastgebende eingetragen, als er Plätze hat.',
	zu_wenige_plaetze: 'Die Tische haben zusammen weniger Plätze, als Personen teilnehmen.',
	ungueltige_abgeschlossene_runden:
		'Die Zahl der abgeschlossenen Runden muss zwischen 0 und der Zahl der Runden liegen.',
	plan_zu_kurz: 'Der bisherige Plan enthält nicht alle abgeschlossenen Runden.',
	plan_unbekannter_tisch: 'Der bisherige Plan nennt einen Tisch, den es nicht gibt.',
	plan_person_doppelt: 'Im bisherigen Plan sitzt eine Person in einer Runde an zwei Tischen.',
	ungueltiges_zeitbudget: 'Das Zeitbudget muss eine Zahl ab 0 Millisekunden sein.',
	zeitbudget_ohne_uhr: 'Ein Zeitbudget braucht eine Uhr (Option „now“).',
	ungueltige_schrittzahl: 'Die Höchstzahl der Suchschritte muss eine ganze Zahl ab 0 sein.',
	cafe_unbekannt: 'Dieses World Café gibt es nicht.',
	tisch_unbekannt: 'Diesen Tisch gibt es nicht.',
	link_ungueltig: 'Dieser Link ist nicht (mehr) gültig.',
	keine_teilnehmenden: 'Für das World Café sind keine Personen angemeldet oder eingecheckt.',
	kein_plan: 'Es gibt noch keinen Tischplan. Bitte zuerst zuteilen.',
	runde_unbekannt: 'Diese Runde gibt es nicht.',
	notiz_veraltet:
		'Die Notiz wurde inzwischen auf einem anderen Gerät geändert. Ihre Fassung ist nicht gespeichert; beide Fassungen sehen Sie unten.',
	stimmen_aufgebraucht: 'Sie haben alle Ihre Stimmen vergeben. Nehmen Sie zuerst eine zurück.',
	idee_unbekannt: 'Diese Idee gibt es nicht (mehr).',
	keine_ideen: 'Es gibt noch keine Ideen, die veröffentlicht werden könnten.',
	keine_ideen_zur_abstimmung:
		'Es gibt noch keine Ideen, über die abgestimmt werden könnte. Die Tische tragen sie in ihre Notizen ein; danach können die Links verschickt werden.',
	keine_empfaenger:
		'Niemand wartet auf einen Abstimmungslink: Alle bestätigten oder eingecheckten Personen mit einem Platz im Tischplan haben schon einen.',
	versand_unbestaetigt: 'Bitte bestätigen Sie den Versand mit dem Häkchen.',
	empfaenger_geaendert:
		'Die Zahl der Empfängerinnen und Empfänger hat sich inzwischen geändert. Bitte prüfen Sie die neue Zahl und bestätigen Sie erneut.',
	plan_veraltet: 'Der Tischplan wurde gerade anderweitig geändert. Bitte laden Sie die Seite neu.',
	tisch_mit_plan: 'Solange ein Tischplan besteht, können keine Tische entfernt werden.',
	ernte_unveroeffentlicht: 'Diese Ernte ist nicht veröffentlicht.',
	pflichtfeld: 'Bitte ausfüllen.',
	text_zu_lang: 'Der Text ist zu lang.',
	ganze_zahl: 'Bitte eine ganze Zahl von {min} bis {max} angeben.',
	eingabe_ungueltig: 'Ungültige Eingabe.',
	zeichen_ungueltig:
		'Der Text enthält Steuerzeichen oder ungültige Zeichen (zum Beispiel ein Null-Byte). Bitte geben Sie ihn erneut ein.',
	thema_unbekannt: 'Dieses Thema gibt es im World Café nicht.',
	keine_wunschthemen: 'Für dieses World Café werden keine Wunschthemen erfragt.'
} as const satisfies Record<string, string>;

export type WorldCafeErrorCode = keyof typeof WORLDCAFE_MESSAGES;

export function isWorldCafeErrorCode(value: string): value is WorldCafeErrorCode {
	return Object.hasOwn(WORLDCAFE_MESSAGES, value);
}

/** A code with the numbers its message names, as one string a form can carry: `ganze_zahl?min=1&max=12`. */
export function withParams(code: WorldCafeErrorCode, params: Record<string, number>): string {
	const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
	return `${code}?${query}`;
}

export class WorldCafeError extends Error {
	readonly code: WorldCafeErrorCode;
	readonly field: string | undefined;

	constructor(code: WorldCafeErrorCode, field?: string) {
		super(
			field === undefined ? WORLDCAFE_MESSAGES[code] : `${WORLDCAFE_MESSAGES[code]} (${field})`
		);
		this.name = 'WorldCafeError';
		this.code = code;
		this.field = field;
	}
}
