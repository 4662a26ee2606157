import { eq } from 'drizzle-orm';
import { municipalityByAgs } from '$lib/reference/municipalities';
import type { Database } from '../db';
import { registrations } from '../db/schema';
import { allParticipants, type ParticipantFilter, type ParticipantRow } from './participants';
import { toCsv, toXlsx, type Table } from '../spreadsheet';
import { answerText, answersOf, editionQuestions, type Question } from '../registration/questions';

const statusLabels: Record<string, string> = {
	pending: 'unbestätigt',
	confirmed: 'bestätigt',
	waitlisted: 'Warteliste',
	cancelled: 'storniert',
	expired: 'verfallen'
};

const sectorLabels: Record<string, string> = {
	wissenschaft: 'Wissenschaft',
	kommunalverwaltung: 'Kommunalverwaltung',
	politik: 'Politik',
	freie_wohlfahrtspflege: 'Freie Wohlfahrtspflege',
	praxis_traeger: 'Praxis/Träger',
	sonstiges: 'Sonstiges'
};

export function municipalityName(ags: string | null): string {
	return ags === null ? 'außerhalb der Metropole Ruhr' : (municipalityByAgs(ags)?.name ?? ags);
}

function needsText(r: ParticipantRow): string {
	return [
		r.needsStepFree ? 'stufenloser Zugang' : null,
		r.needsSignLanguage ? 'Gebärdensprache' : null,
		r.needsInductionLoop ? 'Induktionsschleife' : null,
		r.needsOther
	]
		.filter(Boolean)
		.join(', ');
}

const berlin = new Intl.DateTimeFormat('de-DE', {
	dateStyle: 'short',
	timeStyle: 'short',
	timeZone: 'Europe/Berlin'
});

/**
 * The organisers' list: everything needed on the day, for the filtered set, then one column per
 * own question of the edition (a multiple choice as its answers joined by commas).
 */
export function participantTable(
	rows: ParticipantRow[],
	questions: readonly Question[] = [],
	answers: Map<number, Map<number, string[]>> = new Map()
): Table {
	const base = baseTable(rows);
	return {
		header: [...base.header, ...questions.map((q) => q.labelDe)],
		rows: base.rows.map((cells, i) => [
			...cells,
			...questions.map((q) => {
				const values = answers.get(rows[i].id)?.get(q.id);
				return values ? answerText(q, values, 'de') : null;
			})
		])
	};
}

function baseTable(rows: ParticipantRow[]): Table {
	return {
		header: [
			'Nr.',
			'Nachname',
			'Vorname',
			'E-Mail',
			'Organisation',
			'Funktion',
			'Bereich',
			'Kommune',
			'Status',
			'Workshop',
			'Barrierefreiheit',
			'Verpflegung',
			'Angemeldet am',
			'Eingecheckt'
		],
		rows: rows.map((r) => [
			r.id,
			r.lastName,
			r.firstName,
			r.email,
			r.organisation,
			r.jobTitle,
			sectorLabels[r.sector ?? ''] ?? r.sector,
			municipalityName(r.municipalityAgs),
			statusLabels[r.status ?? ''] ?? r.status,
			r.workshopTitle,
			needsText(r),
			r.dietary,
			berlin.format(r.createdAt),
			r.checkedInAt ? berlin.format(r.checkedInAt) : null
		])
	};
}

/** The list handed to participants: only those who agreed to be listed, and no addresses. */
export function publicTable(rows: ParticipantRow[]): Table {
	return {
		header: ['Name', 'Organisation', 'Kommune'],
		rows: rows
			.filter((r) => r.consentListing && (r.status === 'confirmed' || r.status === 'pending'))
			.map((r) => [
				`${r.firstName} ${r.lastName}`,
				r.organisation,
				municipalityName(r.municipalityAgs)
			])
	};
}

export type ExportFormat = 'csv' | 'xlsx';
export type ExportKind = 'teilnehmende' | 'oeffentlich';

export async function exportParticipants(
	db: Database,
	editionId: number,
	filter: Partial<ParticipantFilter>,
	kind: ExportKind,
	format: ExportFormat
): Promise<Uint8Array> {
	const rows =
		kind === 'oeffentlich'
			? await allParticipants(db, editionId, {}, eq(registrations.consentListing, true))
			: await allParticipants(db, editionId, filter);
	const table =
		kind === 'oeffentlich'
			? publicTable(rows)
			: participantTable(
					rows,
					await editionQuestions(db, editionId),
					await answersOf(
						db,
						rows.map((r) => r.id)
					)
				);
	return format === 'csv' ? toCsv(table) : toXlsx(table, 'Teilnehmende');
}

export const contentTypes: Record<ExportFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};
