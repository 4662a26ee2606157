import { translator, type Locale } from '$lib/i18n';
import { link, message, para, renderMail, type OutgoingMail } from '../mail';
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
	const t = translator(language);
	const target = language === 'de' ? url : `${url}?lang=${language}`;
	const invite = purpose === 'invite';
	const content = renderMail(
		t(invite ? 'mail.account.inviteSubject' : 'mail.account.resetSubject'),
		[
			message(t('mail.greeting'), { name: user.name }),
			message(t(invite ? 'mail.account.inviteIntro' : 'mail.account.resetIntro'), {
				email: user.email
			}),
			para`${link(target)}`,
			message(t(invite ? 'mail.account.inviteValidity' : 'mail.account.resetValidity')),
			message(t('mail.signature'))
		],
		language
	);
	return {
		kind: invite ? 'account.invite' : 'account.password_reset',
		subjectRef: `user:${user.id}`,
		to: user.email,
		...content
	};
}
