import { sql } from 'drizzle-orm';
import { check, pgTable, serial, text } from 'drizzle-orm/pg-core';

export const organisationKinds = [
	'regionalverband',
	'kommune',
	'kreis',
	'land',
	'bund',
	'hochschule',
	'wohlfahrtsverband',
	'gesellschaft',
	'sonstige'
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** One directory of actors for both halves of the platform (conference and social planning). */
export const organisations = pgTable(
	'organisations',
	{
		id: serial('id').primaryKey(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		shortName: text('short_name'),
		kind: text('kind', { enum: organisationKinds }).notNull(),
		url: text('url')
	},
	(t) => [
		check('organisations_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
		check(
			'organisations_kind_known',
			sql`${t.kind} in (${sql.raw(organisationKinds.map((k) => `'${k}'`).join(', '))})`
		)
	]
);
