/** Sign-in, password and own-account pages; `auth.error.*` mirror AUTH_MESSAGES (a test checks). */
export const auth = {
	'nav.login': 'Login',
	'nav.backOffice': 'Verwaltung',
	'nav.planning': 'Planung',
	'nav.account': 'Konto',
	'role.admin': 'Administration',
	'role.organiser': 'Organisation',
	'role.planner': 'Sozialplanung',
	'role.reviewer': 'Begutachtung',
	'role.kreis_planner': 'Kreissozialplanung',
	'form.errorSummary': 'Bitte prüfen Sie Ihre Angaben:',
	'form.unknownError': 'Diese Angabe ist nicht gültig.',
	'login.title': 'Login',
	'login.intro':
		'Der Login ist für Organisation, Sozialplanung und Administration. Zur Teilnahme an einer Konferenz brauchen Sie kein Konto: Sie melden sich auf der Konferenzseite unter „Anmeldung zur Konferenz“ an.',
	'login.email': 'E-Mail-Adresse',
	'login.password': 'Passwort',
	'login.submit': 'Einloggen',
	'login.forgot': 'Passwort vergessen?',
	'login.retryInOne': 'Ein neuer Versuch ist in etwa einer Minute möglich.',
	'login.retryIn': 'Ein neuer Versuch ist in etwa {minutes} Minuten möglich.',
	'login.loggedOut': 'Sie sind ausgeloggt.',
	'login.loggedOutEverywhere': 'Sie wurden auf allen Geräten ausgeloggt.',
	'login.passwordSet': 'Ihr Passwort ist gespeichert. Bitte loggen Sie sich damit ein.',
	'logout.title': 'Ausloggen',
	'logout.intro': 'Möchten Sie sich ausloggen?',
	'logout.submit': 'Ausloggen',
	'forgot.title': 'Passwort vergessen',
	'forgot.intro':
		'Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen. Der Link gilt eine Stunde.',
	'forgot.submit': 'Link anfordern',
	'forgot.sent':
		'Wenn zu dieser Adresse ein aktives Konto besteht, haben wir eine E-Mail mit einem Link gesendet. Bitte sehen Sie auch im Spam-Ordner nach.',
	'forgot.backToLogin': 'Zurück zum Login',
	'newPassword.titleReset': 'Neues Passwort festlegen',
	'newPassword.titleInvite': 'Passwort für Ihr neues Konto festlegen',
	'newPassword.account': 'Konto: {email}',
	'newPassword.password': 'Neues Passwort',
	'newPassword.confirm': 'Neues Passwort wiederholen',
	'newPassword.hint':
		'Mindestens 12 Zeichen. Gut zu merken und schwer zu erraten ist ein Satz aus mehreren Wörtern.',
	'newPassword.submit': 'Passwort speichern',
	'newPassword.invalidTitle': 'Link nicht mehr gültig',
	'newPassword.requestNew': 'Neuen Link anfordern',
	'account.title': 'Ihr Konto',
	'account.name': 'Name',
	'account.email': 'E-Mail-Adresse',
	'account.role': 'Rolle',
	'account.municipality': 'Kommune',
	'account.changePassword': 'Passwort ändern',
	'account.currentPassword': 'Bisheriges Passwort',
	'account.changeSubmit': 'Passwort ändern',
	'account.passwordChanged':
		'Ihr Passwort ist geändert. Auf anderen Geräten wurden Sie ausgeloggt.',
	'account.sessions': 'Sitzungen',
	'account.sessionsIntro':
		'Wenn Sie auf einem fremden Gerät eingeloggt geblieben sind oder ein Gerät verloren haben, loggen Sie sich hier überall aus – auch auf diesem Gerät.',
	'account.logoutEverywhere': 'Auf allen Geräten ausloggen',
	'account.logout': 'Ausloggen',
	'error.forbidden':
		'Für diesen Bereich fehlt Ihrem Konto die Berechtigung. Wenn Sie ihn brauchen, wenden Sie sich an die Administration.',
	'error.toAccount': 'Zu Ihrem Konto',
	'auth.error.email_ungueltig':
		'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.',
	'auth.error.email_vergeben': 'Für diese E-Mail-Adresse gibt es bereits ein Konto.',
	'auth.error.name_fehlt': 'Bitte geben Sie einen Namen an.',
	'auth.error.passwort_fehlt': 'Bitte geben Sie Ihr Passwort ein.',
	'auth.error.passwort_zu_kurz': 'Das Passwort muss mindestens 12 Zeichen lang sein.',
	'auth.error.passwort_zu_lang': 'Das Passwort darf höchstens 200 Zeichen lang sein.',
	'auth.error.passwort_zu_haeufig':
		'Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes, z. B. einen Satz aus mehreren Wörtern.',
	'auth.error.passwort_enthaelt_email': 'Das Passwort darf nicht Ihre E-Mail-Adresse enthalten.',
	'auth.error.passwoerter_ungleich': 'Die beiden Passwörter stimmen nicht überein.',
	'auth.error.passwort_falsch': 'Das bisherige Passwort ist nicht richtig.',
	'auth.error.anmeldung_fehlgeschlagen':
		'E-Mail-Adresse oder Passwort sind nicht richtig, oder das Konto ist nicht aktiv.',
	'auth.error.zu_viele_versuche':
		'Zu viele fehlgeschlagene Login-Versuche. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.',
	'auth.error.link_ungueltig':
		'Dieser Link ist ungültig oder wurde bereits benutzt. Bitte fordern Sie einen neuen an.',
	'auth.error.link_abgelaufen': 'Dieser Link ist abgelaufen. Bitte fordern Sie einen neuen an.',
	'auth.error.rolle_ungueltig': 'Bitte wählen Sie eine Rolle.',
	'auth.error.kommune_fehlt':
		'Für die Rolle Sozialplanung wählen Sie bitte eine Kommune der Metropole Ruhr.',
	'auth.error.kommune_unbekannt': 'Diese Kommune gehört nicht zur Metropole Ruhr (53 Kommunen).',
	'auth.error.kommune_nur_fuer_planung':
		'Eine Kommune wird nur für die Rolle Sozialplanung angegeben.',
	'auth.error.kreis_fehlt':
		'Für die Rolle Kreissozialplanung wählen Sie bitte einen Kreis der Metropole Ruhr.',
	'auth.error.kreis_unbekannt': 'Dieser Kreis gehört nicht zur Metropole Ruhr (vier Kreise).',
	'auth.error.kreis_nur_fuer_kreisplanung':
		'Ein Kreis wird nur für die Rolle Kreissozialplanung angegeben.',
	'auth.error.benutzer_unbekannt': 'Dieses Konto gibt es nicht.',
	'auth.error.letzter_admin':
		'Das ist das letzte aktive Administrationskonto. Legen Sie zuerst ein weiteres an.',
	'auth.error.eigenes_konto':
		'Ihr eigenes Konto können Sie hier nicht deaktivieren oder herabstufen; bitten Sie eine andere Administratorin oder einen anderen Administrator.',
	'auth.error.beschaeftigt':
		'Die Verwaltung ist gerade beschäftigt. Bitte versuchen Sie es gleich noch einmal.'
} as const;
