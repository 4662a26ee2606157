import type { auth as de } from '../de/auth';

export const auth: Record<keyof typeof de, string> = {
	'nav.login': 'Staff login',
	'nav.backOffice': 'Back office',
	'nav.planning': 'Planning',
	'nav.account': 'Account',
	'role.admin': 'Administration',
	'role.organiser': 'Organiser',
	'role.planner': 'Social planning',
	'role.reviewer': 'Review',
	'role.kreis_planner': 'Kreis social planning',
	'form.errorSummary': 'Please check your entries:',
	'form.unknownError': 'This entry is not valid.',
	'login.title': 'Staff login',
	'login.intro':
		'The login is for organisers, social planners and administrators. You do not need an account to take part in a conference: register on the conference page under “Register”.',
	'login.email': 'E-mail address',
	'login.password': 'Password',
	'login.submit': 'Log in',
	'login.forgot': 'Forgot your password?',
	'login.retryInOne': 'You can try again in about a minute.',
	'login.retryIn': 'You can try again in about {minutes} minutes.',
	'login.loggedOut': 'You are logged out.',
	'login.loggedOutEverywhere': 'You were logged out on all devices.',
	'login.passwordSet': 'Your password is saved. Please log in with it.',
	'logout.title': 'Log out',
	'logout.intro': 'Do you want to log out?',
	'logout.submit': 'Log out',
	'forgot.title': 'Forgot password',
	'forgot.intro':
		'Enter the e-mail address of your account. We will send you a link to choose a new password. The link is valid for one hour.',
	'forgot.submit': 'Request link',
	'forgot.sent':
		'If there is an active account for this address, we have sent an e-mail with a link. Please also check your spam folder.',
	'forgot.backToLogin': 'Back to login',
	'newPassword.titleReset': 'Choose a new password',
	'newPassword.titleInvite': 'Choose a password for your new account',
	'newPassword.account': 'Account: {email}',
	'newPassword.password': 'New password',
	'newPassword.confirm': 'Repeat new password',
	'newPassword.hint':
		'At least 12 characters. A sentence of several words is easy to remember and hard to guess.',
	'newPassword.submit': 'Save password',
	'newPassword.invalidTitle': 'Link no longer valid',
	'newPassword.requestNew': 'Request a new link',
	'account.title': 'Your account',
	'account.name': 'Name',
	'account.email': 'E-mail address',
	'account.role': 'Role',
	'account.municipality': 'Municipality',
	'account.changePassword': 'Change password',
	'account.currentPassword': 'Current password',
	'account.changeSubmit': 'Change password',
	'account.passwordChanged': 'Your password is changed. You were logged out on other devices.',
	'account.sessions': 'Sessions',
	'account.sessionsIntro':
		'If you stayed logged in on a shared device or lost a device, log out everywhere here – this device included.',
	'account.logoutEverywhere': 'Log out on all devices',
	'account.logout': 'Log out',
	'error.forbidden':
		'Your account does not have permission for this area. If you need it, please contact the administration.',
	'error.toAccount': 'To your account',
	'auth.error.email_ungueltig': 'Please enter a valid e-mail address, e.g. name@example.org.',
	'auth.error.email_vergeben': 'There is already an account for this e-mail address.',
	'auth.error.name_fehlt': 'Please enter a name.',
	'auth.error.passwort_fehlt': 'Please enter your password.',
	'auth.error.passwort_zu_kurz': 'The password must be at least 12 characters long.',
	'auth.error.passwort_zu_lang': 'The password may be at most 200 characters long.',
	'auth.error.passwort_zu_haeufig':
		'This password is too common and easy to guess. Please choose another one, e.g. a sentence of several words.',
	'auth.error.passwort_enthaelt_email': 'The password must not contain your e-mail address.',
	'auth.error.passwoerter_ungleich': 'The two passwords do not match.',
	'auth.error.passwort_falsch': 'The current password is not correct.',
	'auth.error.anmeldung_fehlgeschlagen':
		'E-mail address or password are not correct, or the account is not active.',
	'auth.error.zu_viele_versuche':
		'Too many failed login attempts. Please wait a few minutes and try again.',
	'auth.error.link_ungueltig':
		'This link is invalid or has already been used. Please request a new one.',
	'auth.error.link_abgelaufen': 'This link has expired. Please request a new one.',
	'auth.error.rolle_ungueltig': 'Please choose a role.',
	'auth.error.kommune_fehlt':
		'For the social planning role, please choose a municipality of the Metropole Ruhr.',
	'auth.error.kommune_unbekannt':
		'This municipality is not part of the Metropole Ruhr (53 municipalities).',
	'auth.error.kommune_nur_fuer_planung':
		'A municipality is only given for the social planning role.',
	'auth.error.kreis_fehlt':
		'For the Kreis social planning role, please choose a Kreis of the Metropole Ruhr.',
	'auth.error.kreis_unbekannt': 'This Kreis is not part of the Metropole Ruhr (four Kreise).',
	'auth.error.kreis_nur_fuer_kreisplanung':
		'A Kreis is only given for the Kreis social planning role.',
	'auth.error.benutzer_unbekannt': 'This account does not exist.',
	'auth.error.letzter_admin':
		'This is the last active administrator account. Create another one first.',
	'auth.error.eigenes_konto':
		'You cannot deactivate or demote your own account here; please ask another administrator.',
	'auth.error.beschaeftigt': 'The administration is busy right now. Please try again in a moment.'
};
