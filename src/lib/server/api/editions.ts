import type { Edition, EditionDetail } from '$lib/types/conference';

/** The JSON shapes of the public API (described in openapi.ts; keep both in step). */
export function apiEditionSummary(edition: Edition) {
	return {
		year: edition.year,
		number: edition.number,
		title: edition.title,
		theme: edition.theme,
		date: edition.date,
		dateNote: edition.dateNote,
		startTime: edition.startTime?.slice(0, 5) ?? null,
		endTime: edition.endTime?.slice(0, 5) ?? null,
		venue: {
			name: edition.venueName,
			street: edition.venueStreet,
			postcode: edition.venuePostcode,
			city: edition.venueCity
		},
		isDemo: edition.isDemo,
		links: {
			self: `/api/editions/${edition.year}`,
			page: `/konferenz/${edition.year}`,
			programme: `/konferenz/${edition.year}/programm`
		}
	};
}

export function apiEditionDetail(edition: EditionDetail) {
	return {
		...apiEditionSummary(edition),
		description: edition.description,
		summary: edition.summary,
		partners: edition.partners.map((p) => ({ name: p.name, role: p.role, url: p.url })),
		speakers: edition.speakers.map((s) => ({
			id: s.id,
			name: s.name,
			title: s.title,
			role: s.role,
			organisation: s.organisation
		})),
		sessions: edition.sessions.map((s) => ({
			id: s.id,
			kind: s.kind,
			title: s.title,
			description: s.description,
			startsAt: s.startsAt?.toISOString() ?? null,
			endsAt: s.endsAt?.toISOString() ?? null,
			room: s.room,
			speakerIds: s.speakerIds
		}))
	};
}
