import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { expectNoSidewaysScroll } from './width';

/**
 * Every page of the app for the phone-width specs: each `+page.svelte` under src/routes is
 * visited at 390 px by one of them or excluded with a reason, so a new page is not forgotten.
 */

const PHONE = { width: 390, height: 844 };

/**
 * Who visits: `gelsenkirchen` pages are public but show the demo data of Gelsenkirchen, which the
 * specs of the gelsenkirchen chain withdraw and publish again; phone-width-gelsenkirchen.spec.ts
 * visits them in that chain.
 */
export type Who = 'public' | 'gelsenkirchen' | 'participant' | 'admin' | 'planner';
export interface Visit {
	/** The page's directory under src/routes, e.g. `/atlas/[ags=ags]`. */
	route: string;
	who: Who;
	/** A path, or the name of a link found while setting up. */
	url: string;
}

export const visits: Visit[] = [
	// Public pages.
	{ who: 'public', route: '/', url: '/' },
	{ who: 'public', route: '/atlas', url: '/atlas' },
	{ who: 'gelsenkirchen', route: '/atlas/[ags=ags]', url: '/atlas/05513000' },
	// The change map (ranking with negative bars, a wider table) and the MSS map.
	{ who: 'gelsenkirchen', route: '/atlas/[ags=ags]', url: '/atlas/05513000?von=2017' },
	{ who: 'gelsenkirchen', route: '/atlas/[ags=ags]', url: '/atlas/05513000?klassen=mss' },
	{ who: 'gelsenkirchen', route: '/atlas/[ags=ags]/[gebiet]', url: '/atlas/05513000/001' },
	{ who: 'gelsenkirchen', route: '/atlas/[ags=ags]/massnahmen', url: '/atlas/05513000/massnahmen' },
	{ who: 'public', route: '/atlas/methode', url: '/atlas/methode' },
	{ who: 'public', route: '/archiv', url: '/archiv' },
	{ who: 'public', route: '/archiv/[jahr=year]', url: '/archiv/2023' },
	{ who: 'public', route: '/archiv/ernte/[id]', url: 'harvest' },
	{ who: 'public', route: '/konferenz/[jahr=year]', url: '/konferenz/2027' },
	{ who: 'public', route: '/konferenz/[jahr=year]/programm', url: '/konferenz/2027/programm' },
	{ who: 'public', route: '/konferenz/[jahr=year]/anmeldung', url: '/konferenz/2027/anmeldung' },
	{
		who: 'public',
		route: '/konferenz/[jahr=year]/anmeldung/danke',
		url: '/konferenz/2027/anmeldung/danke'
	},
	{ who: 'public', route: '/praxisbeispiele', url: '/praxisbeispiele' },
	{ who: 'public', route: '/quellen', url: '/quellen' },
	{ who: 'public', route: '/barrierefreiheit', url: '/barrierefreiheit' },
	{ who: 'public', route: '/datenschutz', url: '/datenschutz' },
	{ who: 'public', route: '/leichte-sprache', url: '/leichte-sprache' },
	{ who: 'public', route: '/anmelden', url: '/anmelden' },
	{ who: 'public', route: '/passwort-vergessen', url: '/passwort-vergessen' },
	// Long mail texts with long links.
	{ who: 'public', route: '/dev/postausgang', url: '/dev/postausgang' },
	// Participants, by the links of their mails and their badge.
	{ who: 'participant', route: '/anmeldung/[token]', url: 'personal' },
	{ who: 'participant', route: '/schild/[code]', url: 'badge' },
	{ who: 'participant', route: '/tisch/[token]', url: 'host' },
	{ who: 'participant', route: '/abstimmen/[token]', url: 'vote' },
	{ who: 'participant', route: '/passwort-neu/[token]', url: 'password' },
	// The back office, as the admin (who sees every page of it).
	{ who: 'admin', route: '/admin', url: '/admin' },
	{ who: 'admin', route: '/admin/benutzer', url: '/admin/benutzer' },
	{ who: 'admin', route: '/admin/benutzer/[id]', url: '/admin/benutzer/2' },
	{ who: 'admin', route: '/admin/konferenzen', url: '/admin/konferenzen' },
	...[
		'bearbeiten',
		'bescheinigungen',
		'dokumentation',
		'fragen',
		'kopieren',
		'mailings',
		'mailtexte',
		'mitwirkende',
		'poster',
		'programm',
		'teilnehmende',
		'teilnehmende/neu',
		'uebersicht',
		'umfrage'
	].map((page) => ({
		who: 'admin' as const,
		route: `/admin/konferenzen/[jahr=year]/${page}`,
		url: `/admin/konferenzen/2027/${page}`
	})),
	{ who: 'admin', route: '/admin/konferenzen/[jahr=year]/teilnehmende', url: 'registrations' },
	{ who: 'admin', route: '/admin/konferenzen/[jahr=year]/teilnehmende/[nr]', url: 'registration' },
	// The mail-text editor open, with its placeholder list.
	{
		who: 'admin',
		route: '/admin/konferenzen/[jahr=year]/mailtexte',
		url: '/admin/konferenzen/2027/mailtexte?mail=registration.confirm_request&sprache=de'
	},
	{ who: 'admin', route: '/admin/postausgang', url: '/admin/postausgang' },
	{ who: 'admin', route: '/admin/datenschutz', url: '/admin/datenschutz' },
	{ who: 'admin', route: '/admin/protokoll', url: '/admin/protokoll' },
	{ who: 'admin', route: '/admin/worldcafe', url: '/admin/worldcafe' },
	{ who: 'admin', route: '/admin/worldcafe/[cafe]', url: 'cafe' },
	{ who: 'admin', route: '/admin/worldcafe/[cafe]', url: '/admin/worldcafe/1' },
	{ who: 'admin', route: '/admin/worldcafe/[cafe]/druck', url: 'cafe/druck' },
	{ who: 'admin', route: '/admin/worldcafe/[cafe]/ernte', url: 'cafe/ernte' },
	{ who: 'admin', route: '/checkin/[jahr=year]', url: 'checkin' },
	{ who: 'admin', route: '/konto', url: '/konto' },
	// Organisers see every call for posters on the review page.
	{ who: 'admin', route: '/begutachtung', url: '/begutachtung' },
	{ who: 'admin', route: '/abmelden', url: '/abmelden' },
	// The planning area, as the demo planner of Gelsenkirchen.
	{ who: 'planner', route: '/planung', url: '/planung' },
	...[
		'',
		'/auswertung',
		'/berichte',
		'/fortschreibung',
		'/import',
		'/indikatoren',
		'/massnahmen',
		'/massnahmen/neu',
		'/programm',
		'/typen',
		'/vorschau'
	].map((page) => ({
		who: 'planner' as const,
		route: `/planung/[ags=ags]${page}`,
		url: `/planung/05513000${page}`
	})),
	{
		who: 'planner',
		route: '/planung/[ags=ags]/vorschau',
		url: '/planung/05513000/vorschau?von=2017'
	},
	{
		who: 'planner',
		route: '/planung/[ags=ags]/massnahmen/[id]',
		url: '/planung/05513000/massnahmen/2'
	}
];

/** Pages not visited here, each with the reason. */
export const excluded: Record<string, string> = {
	'/bescheinigung/[code]':
		'needs a certificate, i.e. a checked-in person after the event: certificates.spec.ts checks it at 390 px',
	'/umfrage/[token]':
		'needs a survey sent after the event: survey.spec.ts checks the answer page at 390 px',
	'/konferenz/[jahr=year]/poster':
		'needs a call for posters: posters.spec.ts opens one and checks its page at 390 px',
	'/poster-einreichung/[token]':
		'needs a submission: posters.spec.ts submits one and checks its personal page at 390 px',
	'/begutachtung/[call]':
		'needs a call with a submission: posters.spec.ts reviews one and checks the page at 390 px',
	'/archiv/poster/[id]':
		'needs an accepted poster: posters.spec.ts accepts one and checks its page at 390 px',
	'/planung/[ags=ags]/berichte/[id]':
		'needs a report of its own: bericht.spec.ts creates one and checks its page at 390 px'
};

/** Every page on disk, as its directory under src/routes (`/` for the home page). */
export function pagesOnDisk(): string[] {
	const routes = join(process.cwd(), 'src', 'routes');
	return readdirSync(routes, { recursive: true, encoding: 'utf8' })
		.filter((file) => file === '+page.svelte' || file.endsWith(`${sep}+page.svelte`))
		.map((file) => `/${file.slice(0, -'+page.svelte'.length).split(sep).filter(Boolean).join('/')}`)
		.sort();
}

/** The path of a visit; `found` holds the links a spec found while setting up. */
export function urlOf(visit: Visit, found: Record<string, string> = {}): string {
	if (visit.url.startsWith('/')) return visit.url;
	const [name, rest] = visit.url.split('/');
	const link = found[name];
	expect(link, `the set-up found the link “${name}” for ${visit.route}`).toBeTruthy();
	return rest ? `${link}/${rest}` : link;
}

/** Visits the pages of one visitor at phone width; a page that scrolls sideways fails the test. */
export async function visitAll(page: Page, who: Who, found: Record<string, string> = {}) {
	await page.setViewportSize(PHONE);
	for (const visit of visits.filter((v) => v.who === who)) {
		const url = urlOf(visit, found);
		const response = await page.goto(url);
		expect(response?.status(), `${url} answers`).toBe(200);
		expect(new URL(page.url()).pathname, `${url} is not a redirect`).toBe(url.split('?')[0]);
		await expectNoSidewaysScroll(page);
	}
}
