import { link, para, renderMail, type OutgoingMail } from '../mail';
import type { TokenPurpose } from '../../types/auth';

interface Recipient {
	id: number;
	name: string;
	email: string;
}

/** The mail with a single-use link: "set your password" for a new account, "reset" otherwise. */
export function passwordLinkMail(
	user: Recipient,
	purpose: TokenPurpose,
	url: string
): OutgoingMail {
	const content =
		purpose === 'invite'
			? renderMail('Ihr Konto bei der Sozialkonferenz Ruhr', [
					para`Guten Tag ${user.name},`,
					para`für Sie wurde ein Konto auf der Plattform der Sozialkonferenz Ruhr angelegt (Login: ${user.email}). Bitte legen Sie über diesen Link Ihr Passwort fest:`,
					para`${link(url)}`,
					para`Der Link gilt 72 Stunden und kann nur einmal benutzt werden. Danach loggen Sie sich unter „Login“ (unten auf jeder Seite) mit Ihrer E-Mail-Adresse und dem neuen Passwort ein.`,
					para`Mit freundlichen Grüßen\nIhr Team der Sozialkonferenz Ruhr`
				])
			: renderMail('Passwort zurücksetzen – Sozialkonferenz Ruhr', [
					para`Guten Tag ${user.name},`,
					para`für Ihr Konto auf der Plattform der Sozialkonferenz Ruhr wurde ein neues Passwort angefordert. Über diesen Link legen Sie es fest:`,
					para`${link(url)}`,
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
