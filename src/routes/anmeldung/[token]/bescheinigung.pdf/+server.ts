import { error } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { download } from '$lib/server/backoffice/route';
import { certificateForRegistration, certificatesPdf } from '$lib/server/certificates';
import { database } from '$lib/server/db';
import { RegistrationError, errorKey, registrationView } from '$lib/server/registration';
import { appConfig } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** The participant's own certificate, from their personal link; only after the event, if checked in. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const t = translator(locals.locale);
	const view = await registrationView(database(), params.token).catch((e) => {
		if (e instanceof RegistrationError) error(404, t(errorKey(e.code)));
		throw e;
	});
	const outcome = await certificateForRegistration(database(), view.registration.id, new Date());
	if (outcome.kind === 'refused') error(404, t(`cert.refused.${outcome.reason}`));
	const pdf = await certificatesPdf([outcome.certificate], appConfig().origin);
	return download(
		new Uint8Array(pdf),
		'application/pdf',
		`teilnahmebescheinigung-${view.edition.year}.pdf`
	);
};
