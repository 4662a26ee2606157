import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { editions } from './conference';
import { tsvector } from './types';
import { documentKinds } from '../../../types/enums';

export { documentKinds };
export type { DocumentKind } from '../../../types/enums';

/**
 * A document of an edition's documentation: either a stored file (with media type and size)
 * or a link to a page elsewhere. `body` holds the searchable text (extracted from the file, or
 * a description of the linked page).
 */
export const documents = pgTable(
	'documents',
	{
		id: serial('id').primaryKey(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => editions.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: documentKinds }).notNull(),
		title: text('title').notNull(),
		url: text('url'),
		/** Relative to UPLOAD_DIR; never shown, never taken from the uploaded name. */
		filePath: text('file_path'),
		/** The sanitised name the file is served under (`/archiv/dokumente/<id>/<file_name>`). */
		fileName: text('file_name'),
		mediaType: text('media_type'),
		sizeBytes: integer('size_bytes'),
		summary: text('summary'),
		body: text('body').notNull().default(''),
		position: integer('position').notNull().default(0),
		/** For organisers: why the file's text is not searchable (e.g. a scanned PDF). */
		textNote: text('text_note'),
		search: tsvector('search').generatedAlwaysAs(
			sql`setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', body), 'C')`
		)
	},
	(t) => [
		check(
			'documents_kind_known',
			sql`${t.kind} in (${sql.raw(documentKinds.map((k) => `'${k}'`).join(', '))})`
		),
		check('documents_has_target', sql`${t.url} is not null or ${t.filePath} is not null`),
		check('documents_size_nonnegative', sql`${t.sizeBytes} is null or ${t.sizeBytes} >= 0`),
		index('documents_edition_idx').on(t.editionId),
		index('documents_search_idx').using('gin', t.search)
	]
);
