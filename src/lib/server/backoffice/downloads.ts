import type { RequestEvent } from '@sveltejs/kit';
import { requireRole } from '../auth';
import { database } from '../db';
import { appConfig } from '../runtime';
import { badgesPdf } from './badges';
import { contentTypes, exportParticipants, type ExportFormat } from './exports';
import { allParticipants, parseParticipantQuery } from './participants';
import { download, editionOr404 } from './route';

type Event = RequestEvent<{ jahr: string }>;

/** `?liste=oeffentlich` gives the list for participants; otherwise the table's current filter. */
export async function participantsDownload(event: Event, format: ExportFormat): Promise<Response> {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	const publicList = event.url.searchParams.get('liste') === 'oeffentlich';
	const filter = parseParticipantQuery(event.url.searchParams);
	const body = await exportParticipants(
		database(),
		edition.id,
		filter,
		publicList ? 'oeffentlich' : 'teilnehmende',
		format
	);
	const name = publicList ? 'teilnehmendenliste' : 'teilnehmende';
	return download(body, contentTypes[format], `${name}-${edition.year}.${format}`);
}

/**
 * Badges for the table's current filter (by default everyone holding a seat), or for a selection
 * given as `?nr=12&nr=15`. `?format=a6` prints one badge per A6 page.
 */
export async function badgesDownload(event: Event): Promise<Response> {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	const params = event.url.searchParams;
	const selected = new Set(params.getAll('nr').map(Number).filter(Number.isSafeInteger));
	// Badges come alphabetically, the order of the tables at the registration desk.
	const filter = {
		...parseParticipantQuery(params),
		sortierung: 'name' as const,
		richtung: 'auf' as const
	};
	const rows = (await allParticipants(database(), edition.id, filter)).filter(
		(r) =>
			(selected.size ? selected.has(r.id) : true) &&
			(filter.status !== undefined || r.status === 'confirmed' || r.status === 'pending')
	);
	const layout = params.get('format') === 'a6' ? 'a6' : 'a4';
	const pdf = await badgesPdf(
		rows.map((r) => ({
			firstName: r.firstName,
			lastName: r.lastName,
			organisation: r.organisation,
			municipalityAgs: r.municipalityAgs,
			checkinCode: r.checkinCode ?? ''
		})),
		layout,
		`Sozialkonferenz Ruhr ${edition.year}`,
		appConfig().origin
	);
	return download(new Uint8Array(pdf), 'application/pdf', `namensschilder-${edition.year}.pdf`);
}
