/**
 * Shapes of conference data as pages and the API see them. Shared by server and components,
 * so it must not import anything server-only.
 */
import type { PartnerRole, SessionKind } from './enums';

export type Edition = {
	id: number;
	year: number;
	number: number | null;
	title: string;
	theme: string | null;
	description: string | null;
	summary: string | null;
	date: string | null;
	dateNote: string | null;
	startTime: string | null;
	endTime: string | null;
	venueName: string | null;
	venueStreet: string | null;
	venuePostcode: string | null;
	venueCity: string | null;
	isDemo: boolean;
	/** Seats offered through the platform's registration; null = no registration here. */
	capacity: number | null;
	registrationOpensAt: Date | null;
	registrationClosesAt: Date | null;
};

export interface Partner {
	role: PartnerRole;
	name: string;
	shortName: string | null;
	url: string | null;
}

export interface Speaker {
	id: number;
	name: string;
	title: string | null;
	role: string | null;
	organisation: string | null;
}

export interface ProgrammeSession {
	id: number;
	kind: SessionKind;
	title: string;
	description: string | null;
	startsAt: Date | null;
	endsAt: Date | null;
	room: string | null;
	speakerIds: number[];
}

export interface EditionDetail extends Edition {
	partners: Partner[];
	speakers: Speaker[];
	sessions: ProgrammeSession[];
}
