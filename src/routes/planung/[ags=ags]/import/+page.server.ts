import { fail } from '@sveltejs/kit';
import { requireMunicipality, requireRole } from '$lib/server/auth';
import { database } from '$lib/server/db';
import { withoutForbiddenCharacters } from '$lib/server/fields';
import {
	discardDraft,
	defaultBoundaryYear,
	draftSummary,
	importAreas,
	importKomMonitorAreas,
	importKomMonitorValues,
	importValues,
	latestPublishedImport,
	publishDraft,
	undoImport,
	type ImportOutcome
} from '$lib/server/monitoring';
import { decodeText } from '$lib/server/monitoring/csv';
import { loadIndicators } from '$lib/server/monitoring/read';
import { unitText } from '$lib/server/monitoring/format';
import { indicatorDefinition, indicatorName } from '$lib/indicators';
import { monitoringFailure } from '$lib/server/monitoring/respond';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Larger files are refused before reading (the server's BODY_SIZE_LIMIT must allow them too). */
const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'planner');
	const ags = requireMunicipality(user, event.params.ags);
	const db = database();
	const indicators = await loadIndicators(db, ags);
	const catalogue = indicators.map((i) => ({
		key: i.key,
		name: indicatorName(i, event.locals.locale),
		definition: indicatorDefinition(i, event.locals.locale),
		unit: unitText(i.unit, event.locals.locale)
	}));
	const [draft, latest, boundaryYear] = await Promise.all([
		draftSummary(db, ags),
		latestPublishedImport(db, ags),
		defaultBoundaryYear(db, ags, new Date())
	]);
	const nameOf = new Map(catalogue.map((i) => [i.key, i.name]));
	const confirm = event.url.searchParams.get('bestaetigen');
	return {
		ags,
		draft:
			draft?.kind === 'werte'
				? {
						...draft,
						indicators: draft.indicators.map((i) => ({ ...i, name: nameOf.get(i.key) ?? i.key }))
					}
				: draft,
		latest: latest && {
			id: latest.id,
			kind: latest.kind,
			fileName: latest.fileName,
			at: latest.publishedAt ?? latest.createdAt,
			rowCount: latest.rowCount
		},
		/** Which step asks for confirmation (a plain link, so it works without JavaScript). */
		confirm:
			confirm === 'veroeffentlichen' || confirm === 'verwerfen' || confirm === 'rueckgaengig'
				? confirm
				: null,
		maxUploadMb: MAX_UPLOAD_BYTES / 1024 / 1024,
		catalogue,
		templateYear: new Date().getFullYear() - 1,
		boundaryYear
	};
};

type Upload = { ok: true; name: string; bytes: Uint8Array } | { ok: false; message: string };

async function upload(form: FormData): Promise<Upload> {
	const file = form.get('datei');
	if (!(file instanceof File) || file.size === 0 || file.name === '') {
		return { ok: false, message: 'plan.err.noFile' };
	}
	if (file.size > MAX_UPLOAD_BYTES) {
		return { ok: false, message: 'plan.err.fileTooLarge' };
	}
	const name = withoutForbiddenCharacters(file.name);
	return { ok: true, name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The draft (id and size) or import the confirmation was shown for. */
function shownNumber(form: FormData, name: string): number | null {
	const value = Number(form.get(name));
	return Number.isInteger(value) && value > 0 ? value : null;
}

function text(form: FormData, name: string): string | undefined {
	const value = form.get(name);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Which upload form a report belongs to. */
type ReportKind = 'gebiete' | 'werte' | 'kommonitor' | 'kommonitor-gebiete';

/** The outcome as the page shows it: a summary when stored, the full report when not. */
function report(kind: ReportKind, fileName: string, outcome: ImportOutcome) {
	if (outcome.ok) {
		return {
			kind,
			fileName,
			ok: true as const,
			importId: outcome.importId,
			rowCount: outcome.rowCount,
			inserted: outcome.inserted,
			replaced: outcome.replaced,
			details: outcome.details
		};
	}
	return fail(422, {
		kind,
		fileName,
		ok: false as const,
		problems: outcome.problems,
		problemCount: outcome.problemCount,
		details: outcome.details
	});
}

type DraftInput = Parameters<typeof publishDraft>[1];

/** Publish or discard the open draft the page showed (its number and size travel with the form). */
async function draftStep(
	event: RequestEvent,
	action: 'publish' | 'discard',
	step: (input: DraftInput) => Promise<{ rowCount?: number; published?: 'gebiete' | 'werte' }>
) {
	const user = requireRole(event, 'planner');
	const ags = requireMunicipality(user, event.params.ags);
	const form = await event.request.formData();
	const importId = shownNumber(form, 'entwurf');
	const rowCount = shownNumber(form, 'werte');
	if (importId === null || rowCount === null) {
		return fail(400, { action, message: 'plan.err.noDraft' });
	}
	try {
		const done = await step({
			ags,
			expect: { importId, rowCount },
			now: new Date(),
			actor: user.name,
			actorUserId: user.id
		});
		return { action, done: true, ...done };
	} catch (error) {
		return monitoringFailure(error, action);
	}
}

type KomMonitorUpload = {
	readonly ags: string;
	readonly fileName: string;
	readonly bytes: Uint8Array;
	readonly now: Date;
	readonly actor: string;
	readonly actorUserId: number;
};

/** A KomMonitor upload: the planner's file, one import, its report in the KomMonitor section. */
async function komMonitorStep(
	event: RequestEvent,
	kind: 'kommonitor' | 'kommonitor-gebiete',
	run: (upload: KomMonitorUpload, form: FormData) => Promise<ImportOutcome>
) {
	const user = requireRole(event, 'planner');
	const ags = requireMunicipality(user, event.params.ags);
	const form = await event.request.formData();
	const file = await upload(form);
	if (!file.ok) return fail(400, { kind, ok: false as const, message: file.message });
	try {
		const outcome = await run(
			{
				ags,
				fileName: file.name,
				bytes: file.bytes,
				now: new Date(),
				actor: user.name,
				actorUserId: user.id
			},
			form
		);
		return report(kind, file.name, outcome);
	} catch (error) {
		return monitoringFailure(error, kind);
	}
}

export const actions: Actions = {
	publish: async (event) =>
		draftStep(event, 'publish', async (input) => {
			const published = await publishDraft(database(), input);
			return { rowCount: published.rowCount, published: published.kind };
		}),
	discard: async (event) =>
		draftStep(event, 'discard', async (input) => {
			await discardDraft(database(), input);
			return {};
		}),
	undo: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		const form = await event.request.formData();
		const importId = shownNumber(form, 'importId');
		if (importId === null) return fail(400, { action: 'undo', message: 'plan.err.noImport' });
		try {
			const undone = await undoImport(database(), {
				ags,
				importId,
				now: new Date(),
				actor: user.name,
				actorUserId: user.id
			});
			return { action: 'undo', done: true, fileName: undone.fileName };
		} catch (error) {
			return monitoringFailure(error, 'undo');
		}
	},
	areas: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		const form = await event.request.formData();
		const file = await upload(form);
		if (!file.ok) return fail(400, { kind: 'gebiete', ok: false as const, message: file.message });
		const fromText = text(form, 'gueltigAb');
		const validFrom = fromText === undefined ? undefined : Number(fromText);
		if (
			validFrom !== undefined &&
			!(Number.isInteger(validFrom) && validFrom >= 1950 && validFrom <= 2100)
		) {
			return fail(400, { kind: 'gebiete', ok: false as const, message: 'plan.err.validFrom' });
		}
		try {
			const outcome = await importAreas(database(), {
				ags,
				fileName: file.name,
				text: decodeText(file.bytes).text,
				options: {
					idProperty: text(form, 'idFeld'),
					nameProperty: text(form, 'nameFeld'),
					parentProperty: text(form, 'oberFeld'),
					predecessorProperty: text(form, 'vorgaengerFeld')
				},
				validFrom,
				now: new Date(),
				actor: user.name,
				actorUserId: user.id
			});
			return report('gebiete', file.name, outcome);
		} catch (error) {
			return monitoringFailure(error, 'areas');
		}
	},
	values: async (event) => {
		const user = requireRole(event, 'planner');
		const ags = requireMunicipality(user, event.params.ags);
		const form = await event.request.formData();
		const file = await upload(form);
		if (!file.ok) return fail(400, { kind: 'werte', ok: false as const, message: file.message });
		const yearText = text(form, 'jahr');
		const year = yearText === undefined ? undefined : Number(yearText);
		if (year !== undefined && !(Number.isInteger(year) && year >= 1950 && year <= 2100)) {
			return fail(400, {
				kind: 'werte',
				ok: false as const,
				message: 'plan.err.year'
			});
		}
		try {
			const outcome = await importValues(database(), {
				ags,
				fileName: file.name,
				bytes: file.bytes,
				year,
				now: new Date(),
				actor: user.name,
				actorUserId: user.id
			});
			return report('werte', file.name, outcome);
		} catch (error) {
			return monitoringFailure(error, 'values');
		}
	},
	kommonitorValues: async (event) =>
		komMonitorStep(event, 'kommonitor', (upload, form) =>
			importKomMonitorValues(database(), { ...upload, indicator: text(form, 'indikator') })
		),
	kommonitorAreas: async (event) =>
		komMonitorStep(event, 'kommonitor-gebiete', (upload) =>
			importKomMonitorAreas(database(), upload)
		)
};
