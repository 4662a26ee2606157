import type { Locale } from '$lib/i18n';
import { link, para, renderMail, type OutgoingMail } from '../mail';
import type { TokenPurpose } from '../../types/auth';

interface Recipient {
	id: number;
	name: string;
	email: string;
}

/**
 * The mail with a single-use link: "set your password" for a new account, "reset" otherwise,
 * in the reader's language (the account's, or the page's where the reset was asked for); the
 * link opens the page in that language.
 */
export function passwordLinkMail(
	user: Recipient,
	purpose: TokenPurpose,
	url: string,
	language: Locale = 'de'
): OutgoingMail {
	const target = language === 'de' ? url : `${url}?lang=${language}`;
	const content =
		language === 'en'
			? purpose === 'invite'
				? renderMail('Your account with the Sozialkonferenz Ruhr', [
						para`Dear ${user.name},`,
						para`an account has been created for you on the platform of the Sozialkonferenz Ruhr (login: ${user.email}). Please set your password through this link:`,
						para`${link(target)}`,
						para`The link is valid for 72 hours and can be used once. After that, sign in under “Login” (at the foot of every page) with your e-mail address and the new password.`,
						para`Kind regards\nThe Sozialkonferenz Ruhr team`
					])
				: renderMail('Reset your password – Sozialkonferenz Ruhr', [
						para`Dear ${user.name},`,
						para`a new password was requested for your account on the platform of the Sozialkonferenz Ruhr. Set it through this link:`,
						para`${link(target)}`,
						para`The link is valid for one hour and can be used once. If you did not ask for a new password, you can ignore this e-mail; your current password stays valid.`,
						para`Kind regards\nThe Sozialkonferenz Ruhr team`
					])
			: purpose === 'invite'
				? renderMail('Ihr Konto bei der Sozialkonferenz Ruhr', [
						para`Guten Tag ${user.name},`,
						para`für Sie wurde ein Konto auf der Plattform der Sozialkonferenz Ruhr angelegt (Login: ${user.email}). Bitte legen Sie über diesen Link Ihr Passwort fest:`,
						para`${link(target)}`,
						para`Der Link gilt 72 Stunden und kann nur einmal benutzt werden. Danach loggen Sie sich unter „Login“ (unten auf jeder Seite) mit Ihrer E-Mail-Adresse und dem neuen Passwort ein.`,
						para`Mit freundlichen Grüßen\nIhr Team der Sozialkonferenz Ruhr`
					])
				: renderMail('Passwort zurücksetzen – Sozialkonferenz Ruhr', [
						para`Guten Tag ${user.name},`,
						para`für Ihr Konto auf der Plattform der Sozialkonferenz Ruhr wurde ein neues Passwort angefordert. Über diesen Link legen Sie es fest:`,
						para`${link(target)}`,
						para`Der Link gilt eine Stunde und kann nur einmal benutzt werden. Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren; Ihr bisheriges Passwort bleibt gültig.`,
						para`Mit freundlichen Grüßen\nIhr Team der Sozialkonferenz Ruhr`
					]);
	return {
		kind: purpose === 'invite' ? 'account.invite' : 'account.password_reset',
		subjectRef: `user:${user.id}`,
		to: user.email,
		...content
	};
}
