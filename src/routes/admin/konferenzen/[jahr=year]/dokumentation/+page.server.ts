import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import {
	ArchiveError,
	DocumentEditForm,
	LinkForm,
	SummaryForm,
	UploadForm,
	addLink,
	attachReport,
	ReportAttachForm,
	allowedExtensionsText,
	deleteDocument,
	documentationSummary,
	documentsForEditing,
	updateDocument,
	updateDocumentationSummary,
	uploadDocuments
} from '$lib/server/archive';
import { requireRole } from '$lib/server/auth';
import { editingAction, editionOr404 } from '$lib/server/backoffice';
import { database } from '$lib/server/db';
import { allPublishedReports } from '$lib/server/planning/report';
import { municipalityByAgs } from '$lib/reference/municipalities';
import { parseForm } from '$lib/server/forms';
import { appConfig } from '$lib/server/runtime';
import { documentKinds } from '$lib/types/enums';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { rowId, withoutForbiddenCharacters } from '$lib/server/fields';
import { translator } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	const db = database();
	return {
		edition,
		kinds: documentKinds,
		allowed: allowedExtensionsText,
		maxBytes: appConfig().uploads.maxBytes,
		summary: await documentationSummary(db, edition.id),
		documents: await documentsForEditing(db, edition.id),
		reports: (await allPublishedReports(db)).map((r) => ({
			id: r.id,
			title: r.title,
			year: r.year,
			municipality: municipalityByAgs(r.ags)?.name ?? r.ags
		}))
	};
};

async function context(event: RequestEvent) {
	const user = requireRole(event, 'organiser');
	const edition = await editionOr404(event.params.jahr);
	return { edition, actor: { actorUserId: user.id, now: new Date() } };
}

const DocumentRef = z.object({ document: rowId() });

export const actions: Actions = {
	upload: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		const form = await event.request.formData();
		const parsed = parseForm(UploadForm, form, translator(event.locals.locale));
		if (!parsed.ok) return fail(400, { action: 'upload', ...parsed.problem });
		const files = await Promise.all(
			form
				.getAll('file')
				.filter((f): f is File => typeof f !== 'string' && (f.size > 0 || f.name !== ''))
				.map(async (f) => ({
					name: withoutForbiddenCharacters(f.name),
					bytes: new Uint8Array(await f.arrayBuffer())
				}))
		);
		try {
			const result = await uploadDocuments(
				database(),
				edition.id,
				parsed.data,
				files,
				appConfig().uploads,
				actor
			);
			if (result.rejected.length) return fail(400, { action: 'upload', ...result });
			return { action: 'upload', done: true as const, ...result };
		} catch (e) {
			if (!(e instanceof ArchiveError)) throw e;
			return fail(400, { action: 'upload', errors: { [e.field]: e.message } });
		}
	},
	link: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(event, 'link', LinkForm, (data) =>
			addLink(database(), edition.id, data, actor)
		);
	},
	report: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(event, 'report', ReportAttachForm, ({ report }) =>
			attachReport(database(), edition.id, report, appConfig().origin, actor)
		);
	},
	edit: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(event, 'edit', DocumentEditForm, (data) =>
			updateDocument(database(), edition.id, data, actor)
		);
	},
	remove: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(event, 'remove', DocumentRef, ({ document }) =>
			deleteDocument(database(), edition.id, document, appConfig().uploads, actor)
		);
	},
	summary: async (event) => {
		requireRole(event, 'organiser');
		const { edition, actor } = await context(event);
		return editingAction(event, 'summary', SummaryForm, ({ summary }) =>
			updateDocumentationSummary(database(), edition.id, summary, actor)
		);
	}
};
