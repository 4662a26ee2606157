/**
 * The accounts domain's error catalogue: one short code per thing that can go wrong, each with
 * the German message a user sees. Zod schemas use the codes as their messages, so a form shows
 * the same text whether the check ran in the schema or in the domain. `field` names the input
 * the message belongs to. The UI shows these through the i18n keys `auth.error.<code>` (German
 * and English); a test keeps the German ones identical to this catalogue.
 */
export const AUTH_MESSAGES = {
	email_ungueltig: 'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.',
	email_vergeben: 'Für diese E-Mail-Adresse gibt es bereits ein Konto.',
	name_fehlt: 'Bitte geben Sie einen Namen an.',
	passwort_fehlt: 'Bitte geben Sie Ihr Passwort ein.',
	passwort_zu_kurz: 'Das Passwort muss mindestens 12 Zeichen lang sein.',
	passwort_zu_lang: 'Das Passwort darf höchstens 200 Zeichen lang sein.',
	passwort_zu_haeufig:
		'Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes, z. B. einen Satz aus mehreren Wörtern.',
	passwort_enthaelt_email: 'Das Passwort darf nicht Ihre E-Mail-Adresse enthalten.',
	passwoerter_ungleich: 'Die beiden Passwörter stimmen nicht überein.',
	passwort_falsch: 'Das bisherige Passwort ist nicht richtig.',
	anmeldung_fehlgeschlagen:
		'E-Mail-Adresse oder Passwort sind nicht richtig, oder das Konto ist nicht aktiv.',
	zu_viele_versuche:
		'Zu viele fehlgeschlagene Login-Versuche. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.',
	link_ungueltig:
		'Dieser Link ist ungültig oder wurde bereits benutzt. Bitte fordern Sie einen neuen an.',
	link_abgelaufen: 'Dieser Link ist abgelaufen. Bitte fordern Sie einen neuen an.',
	rolle_ungueltig: 'Bitte wählen Sie eine Rolle.',
	kommune_fehlt: 'Für die Rolle Sozialplanung wählen Sie bitte eine Kommune der Metropole Ruhr.',
	kommune_unbekannt: 'Diese Kommune gehört nicht zur Metropole Ruhr (53 Kommunen).',
	kommune_nur_fuer_planung: 'Eine Kommune wird nur für die Rolle Sozialplanung angegeben.',
	kreis_fehlt: 'Für die Rolle Kreissozialplanung wählen Sie bitte einen Kreis der Metropole Ruhr.',
	kreis_unbekannt: 'Dieser Kreis gehört nicht zur Metropole Ruhr (vier Kreise).',
	kreis_nur_fuer_kreisplanung: 'Ein Kreis wird nur für die Rolle Kreissozialplanung angegeben.',
	benutzer_unbekannt: 'Dieses Konto gibt es nicht.',
	letzter_admin:
		'Das ist das letzte aktive Administrationskonto. Legen Sie zuerst ein weiteres an.',
	eigenes_konto:
		'Ihr eigenes Konto können Sie hier nicht deaktivieren oder herabstufen; bitten Sie eine andere Administratorin oder einen anderen Administrator.',
	beschaeftigt: 'Die Verwaltung ist gerade beschäftigt. Bitte versuchen Sie es gleich noch einmal.'
} as const satisfies Record<string, string>;

export type AuthErrorCode = keyof typeof AUTH_MESSAGES;

export function isAuthErrorCode(value: string): value is AuthErrorCode {
	return value in AUTH_MESSAGES;
}

/** HTTP status a route answers with for an error of this code (400 for everything else). */
const STATUS: Partial<Record<AuthErrorCode, number>> = {
	zu_viele_versuche: 429,
	benutzer_unbekannt: 404,
	email_vergeben: 409,
	letzter_admin: 409,
	eigenes_konto: 409,
	beschaeftigt: 503
};

export class AuthError extends Error {
	readonly code: AuthErrorCode;
	readonly field: string | undefined;
	/** For `zu_viele_versuche`: seconds until a new attempt is accepted. */
	readonly retryAfterSeconds: number | undefined;

	constructor(code: AuthErrorCode, field?: string, retryAfterSeconds?: number) {
		super(AUTH_MESSAGES[code]);
		this.name = 'AuthError';
		this.code = code;
		this.field = field;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	get status(): number {
		return STATUS[this.code] ?? 400;
	}
}
