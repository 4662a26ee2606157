import { requireRole } from '$lib/server/auth';
import { editionOr404 } from '$lib/server/backoffice';
import { download } from '$lib/server/backoffice/route';
import { certificatesPdf, editionCertificates } from '$lib/server/certificates';
import { database } from '$lib/server/db';
import { appConfig } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** Every certificate of the edition, one page each (an empty page before the event is over). */
export const GET: RequestHandler = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	const list = await editionCertificates(database(), edition.id, new Date());
	const pdf = await certificatesPdf(list, appConfig().origin);
	return download(
		new Uint8Array(pdf),
		'application/pdf',
		`teilnahmebescheinigungen-${edition.year}.pdf`
	);
};
