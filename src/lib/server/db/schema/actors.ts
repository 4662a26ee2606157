import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { municipalities } from './monitoring';

export const organisationKinds = [
	'regionalverband',
	'kommune',
	'kreis',
	'land',
	'bund',
	'hochschule',
	'wohlfahrtsverband',
	'gesellschaft',
	'jobcenter',
	'schule',
	'kita',
	'verein',
	'wohnungsunternehmen',
	'stiftung',
	'gesundheitswesen',
	'sonstige'
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/**
 * One directory of actors for both halves of the platform (conference and social planning). The
 * Träger of a Handlungsprogramm's measures are rows here too: `municipality_ags` ties a local
 * actor (a school, a Verein) to the municipality whose plans share it; null = not local to one
 * municipality (a Land programme, a Ruhr-wide foundation). The point is optional and WGS84.
 */
export const organisations = pgTable(
	'organisations',
	{
		id: serial('id').primaryKey(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		shortName: text('short_name'),
		kind: text('kind', { enum: organisationKinds }).notNull(),
		url: text('url'),
		street: text('street'),
		postcode: text('postcode'),
		city: text('city'),
		lon: doublePrecision('lon'),
		lat: doublePrecision('lat'),
		municipalityAgs: text('municipality_ags').references(() => municipalities.ags, {
			onDelete: 'restrict'
		}),
		/** Invented for the demo plan; never a real actor. */
		isDemo: boolean('is_demo').notNull().default(false)
	},
	(t) => [
		check('organisations_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
		check(
			'organisations_kind_known',
			sql`${t.kind} in (${sql.raw(organisationKinds.map((k) => `'${k}'`).join(', '))})`
		),
		check('organisations_name_not_blank', sql`length(trim(${t.name})) > 0`),
		check('organisations_point_together', sql`(${t.lon} is null) = (${t.lat} is null)`),
		check(
			'organisations_point_range',
			sql`${t.lon} is null or (${t.lon} between -180 and 180 and ${t.lat} between -90 and 90)`
		),
		check(
			'organisations_postcode_format',
			sql`${t.postcode} is null or ${t.postcode} ~ '^[0-9]{5}$'`
		),
		index('organisations_municipality_idx').on(t.municipalityAgs)
	]
);
