/**
 * What a municipality's planner does with its monitoring data: import areas and values (whole
 * file or nothing), see the import history, undo the latest import, publish or withdraw the
 * dataset, and edit settings and area names. Each change: guard → lock → one transaction with an
 * audit entry. Access control (whose municipality) is the caller's job via the auth guards.
 */
import type { Locale } from '$lib/i18n';
import { and, asc, desc, eq, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../audit';
import type { Database, Transaction } from '../db';
import { copyText, serverPool } from '../db/copy';
import { hasPgCode, PG_FOREIGN_KEY_VIOLATION, PG_RESTRICT_VIOLATION } from '../db/errors';
import {
	areas,
	areaSuccessors,
	draftAreas,
	draftValues,
	indicatorValues,
	indicators,
	monitoringDatasets,
	monitoringImports,
	municipalities,
	replacedAreas,
	replacedValues
} from '../db/schema';
import { checkAnalysisSettings, type AnalysisProblem, type AnalysisSettings } from './analysis';
import type { TextEncoding } from './csv';
import { MIN_PUBLIC_THRESHOLD } from './disclosure';
import { MonitoringError } from './errors';
import type { AreaFileOptions, SourceCrs } from './geo';
import { FileReadAborted, readAreaFileOffLoop, readValueFileOffLoop } from './file-read';
import type { ImportProblem } from './problems';
import {
	countPlan,
	defaultBoundaryYear,
	planAreas,
	areaDraftPlan,
	planOfAreaDraft,
	type AreaPlan,
	type AreaPlanCounts
} from './area-plan';

export { areaDraftPlan, defaultBoundaryYear };
import { indicatorScope, loadDataset, loadIndicators } from './read';
import { DRAFT_VALUE_COLUMNS, encodeChunk, type ValueChunk } from './value-chunks';
import {
	type AreaVersion,
	type CatalogueIndicator,
	type ProgressCallback,
	type ValueRows
} from './values-import';
import { touchDataset } from './version';

// Arbitrary constant: the first key of the per-municipality advisory lock (the AGS is the second).
const MUNICIPALITY_LOCK = 72_210_200;

export type ImportRecord = typeof monitoringImports.$inferSelect;
export type DatasetSettings = typeof monitoringDatasets.$inferSelect;

export type ImportOutcome =
	| {
			readonly ok: true;
			readonly importId: number;
			readonly rowCount: number;
			readonly inserted: number;
			readonly replaced: number;
			readonly details: Readonly<Record<string, string | number>>;
	  }
	| {
			readonly ok: false;
			readonly problems: readonly ImportProblem[];
			readonly problemCount: number;
			readonly details: Readonly<Record<string, string | number>>;
	  };

interface Who {
	readonly now: Date;
	/** User id or name for the history; null until accounts exist. */
	readonly actor?: string | null;
	/** The signed-in user's id for the audit log; null/absent for the command-line tool. */
	readonly actorUserId?: number | null;
}

/**
 * Serialises writes per municipality: two imports for the same AGS never interleave. The wait
 * is bounded so a stuck import turns into a "busy, try again" message instead of a hang.
 */
async function lockMunicipality(tx: Transaction, ags: string): Promise<void> {
	await tx.execute(sql`set local lock_timeout = '5s'`);
	try {
		await tx.execute(sql`select pg_advisory_xact_lock(${MUNICIPALITY_LOCK}, ${Number(ags)})`);
	} catch (error) {
		if (isLockTimeout(error)) throw new MonitoringError('beschaeftigt', ags);
		throw error;
	}
	const [found] = await tx
		.select({ ags: municipalities.ags })
		.from(municipalities)
		.where(eq(municipalities.ags, ags));
	if (!found) throw new MonitoringError('gemeinde_unbekannt', ags);
}

function isLockTimeout(error: unknown): boolean {
	const code = (error as { code?: string; cause?: { code?: string } }).code;
	const causeCode = (error as { cause?: { code?: string } }).cause?.code;
	return code === '55P03' || causeCode === '55P03';
}

function requireAgs(ags: string): void {
	if (!/^[0-9]{8}$/.test(ags)) throw new MonitoringError('gemeinde_unbekannt', ags);
}

/** Every change goes through here: the dataset row exists and its data version is raised. */
async function ensureDataset(tx: Transaction, ags: string, now: Date): Promise<void> {
	await touchDataset(tx, ags, now);
}

/** The dataset row exists; its data version stays (a draft changes nothing the atlas shows). */
async function ensureDatasetRow(tx: Transaction, ags: string, now: Date): Promise<void> {
	await tx
		.insert(monitoringDatasets)
		.values({ ags, updatedAt: now, dataVersion: 1 })
		.onConflictDoNothing({ target: monitoringDatasets.ags });
}

/**
 * The change in the platform's audit log, in the same transaction: `monitoring.<action>` about
 * the municipality. The command-line importer has no user account, so its OS user goes into the
 * details as `actor`.
 */
async function recordEvent(
	tx: Transaction,
	ags: string,
	action: string,
	who: Who,
	importId: number | null = null,
	detail: string | null = null
): Promise<void> {
	await recordAudit(
		tx,
		{
			actorUserId: who.actorUserId ?? null,
			action: `monitoring.${action}`,
			subjectType: 'municipality',
			subjectId: ags,
			details: { importId, detail, actor: who.actor ?? null }
		},
		who.now
	);
}

// ---------------------------------------------------------------------------------------------
// Areas

export interface AreaImportInput extends Who {
	readonly ags: string;
	readonly fileName: string;
	readonly text: string;
	readonly options?: AreaFileOptions;
	/** Demo content only: the geometry is generated, not a real boundary. */
	readonly synthetic?: boolean;
	/**
	 * First year of the file's boundaries where they differ from the current ones (decision
	 * 0029); default `defaultBoundaryYear`.
	 */
	readonly validFrom?: number;
}

/**
 * Checks an area file and stores it as the municipality's draft (decision 0032): nothing of the
 * current boundaries changes until the planner publishes it. With any problem (in the file, or
 * in what it would do to the current areas: unknown predecessors, values after a boundary
 * change) nothing is stored and the report lists each problem by feature. A new area file
 * replaces an open area draft; while values are drafted, boundaries wait.
 */
export async function importAreas(db: Database, input: AreaImportInput): Promise<ImportOutcome> {
	requireAgs(input.ags);
	const file = await readAreaFileOffLoop(input.text, input.options);
	const details = { crs: file.crs ?? 'unbekannt', gebiete: file.areas.length };
	if (file.problemCount > 0) {
		return { ok: false, problems: file.problems, problemCount: file.problemCount, details };
	}
	if (
		input.validFrom !== undefined &&
		!(Number.isInteger(input.validFrom) && input.validFrom >= 1950 && input.validFrom <= 2100)
	) {
		throw new MonitoringError('ungueltiges_gueltig_ab', 'validFrom');
	}
	return db.transaction(async (tx) => {
		await lockMunicipality(tx, input.ags);
		const open = await openDraft(tx, input.ags);
		if (open?.kind === 'werte') throw new MonitoringError('werteentwurf_offen', String(open.id));
		const validFrom = input.validFrom ?? (await defaultBoundaryYear(tx, input.ags, input.now));
		const plan = await planAreas(
			tx,
			input.ags,
			file.areas,
			validFrom,
			input.options?.predecessorProperty
		);
		if (plan.problems.count > 0) {
			return {
				ok: false as const,
				problems: plan.problems.listed,
				problemCount: plan.problems.count,
				details: { ...details, gueltig_ab: validFrom }
			};
		}
		if (open) await dropAreaDraft(tx, input, open, 'areas.draft_replaced');
		await ensureDatasetRow(tx, input.ags, input.now);
		const counts = countPlan(plan);
		const [record] = await tx
			.insert(monitoringImports)
			.values({
				ags: input.ags,
				kind: 'gebiete',
				status: 'entwurf',
				fileName: input.fileName,
				rowCount: counts.areas,
				insertedCount: counts.added + counts.versions,
				replacedCount: counts.renamed + counts.unchanged,
				importedBy: input.actor ?? null,
				createdAt: input.now,
				validFrom
			})
			.returning({ id: monitoringImports.id });
		const synthetic = input.synthetic ?? false;
		for (let i = 0; i < file.areas.length; i += 500) {
			await tx.insert(draftAreas).values(
				file.areas.slice(i, i + 500).map((area, j) => ({
					importId: record.id,
					position: i + j + 1,
					code: area.code,
					name: area.name,
					parentCode: area.parentCode,
					geometry: area.geometry,
					predecessors: [...area.predecessors],
					synthetic
				}))
			);
		}
		await recordEvent(
			tx,
			input.ags,
			'areas.drafted',
			input,
			record.id,
			`${counts.areas} Gebiete (${file.crs})${counts.versions ? `, ${counts.versions} neue Abgrenzungen ab ${validFrom}` : ''}`
		);
		return {
			ok: true as const,
			importId: record.id,
			rowCount: counts.areas,
			inserted: counts.added + counts.versions,
			replaced: counts.renamed + counts.unchanged,
			details: areaDetails(file.crs!, counts, validFrom)
		};
	});
}

function areaDetails(crs: SourceCrs | string, counts: AreaPlanCounts, validFrom: number) {
	return {
		crs,
		gebiete: counts.areas,
		gueltig_ab: validFrom,
		neue_gebiete: counts.added,
		neue_abgrenzungen: counts.versions,
		beendete_abgrenzungen: counts.closed
	};
}

/**
 * Imports an area file and publishes it at once: for the demo content, the benchmarks and
 * tests, where nobody looks at a draft first. The planner's upload and the command-line tool
 * stop at the draft.
 */
export async function importAndPublishAreas(
	db: Database,
	input: AreaImportInput
): Promise<ImportOutcome> {
	const drafted = await importAreas(db, input);
	if (!drafted.ok) return drafted;
	const published = await publishDraft(db, input);
	return { ...drafted, importId: published.id };
}

/** Publishes an open area draft: planned again against the areas as they are now, then written. */
async function publishAreaDraft(
	tx: Transaction,
	input: Who & { readonly ags: string },
	draft: ImportRecord
): Promise<ImportRecord> {
	const { plan, validFrom, synthetic } = await planOfAreaDraft(tx, input.ags, draft);
	if (plan.problems.count > 0) {
		const [first] = plan.problems.listed;
		throw new MonitoringError(
			'gebietsentwurf_veraltet',
			`Zeile ${first.row}${first.found ? `: ${first.found}` : ''}`
		);
	}
	const counts = await writeAreas(tx, input, plan, draft.id, synthetic, validFrom);
	await tx.delete(draftAreas).where(eq(draftAreas.importId, draft.id));
	const [published] = await tx
		.update(monitoringImports)
		.set({
			status: 'aktiv',
			publishedAt: input.now,
			rowCount: counts.areas,
			insertedCount: counts.added + counts.versions,
			replacedCount: counts.renamed + counts.unchanged,
			validFrom
		})
		.where(eq(monitoringImports.id, draft.id))
		.returning();
	await recordEvent(
		tx,
		input.ags,
		'areas.published',
		input,
		draft.id,
		`${counts.areas} Gebiete (${draft.fileName})${counts.versions ? `, ${counts.versions} neue Abgrenzungen ab ${validFrom}` : ''}`
	);
	return published;
}

/** Throws an open area draft away (discarded, or replaced by a newer file). */
async function dropAreaDraft(
	tx: Transaction,
	who: Who & { readonly ags: string },
	draft: ImportRecord,
	action: 'areas.draft_discarded' | 'areas.draft_replaced'
): Promise<ImportRecord> {
	await tx.delete(draftAreas).where(eq(draftAreas.importId, draft.id));
	const [discarded] = await tx
		.update(monitoringImports)
		.set({ status: 'verworfen', undoneAt: who.now })
		.where(eq(monitoringImports.id, draft.id))
		.returning();
	await recordEvent(
		tx,
		who.ags,
		action,
		who,
		draft.id,
		`${draft.rowCount} Gebiete (${draft.fileName})`
	);
	return discarded;
}

async function writeAreas(
	tx: Transaction,
	who: Who & { readonly ags: string },
	plan: AreaPlan,
	importId: number,
	synthetic: boolean,
	validFrom: number
): Promise<AreaPlanCounts> {
	await ensureDataset(tx, who.ags, who.now);
	const saved = [...plan.keep.map((k) => k.old), ...plan.close];
	for (let i = 0; i < saved.length; i += 500) {
		await tx.insert(replacedAreas).values(
			saved.slice(i, i + 500).map((old) => ({
				importId,
				areaId: old.id,
				name: old.name,
				parentCode: old.parentCode,
				geometry: old.geometry,
				synthetic: old.synthetic,
				previousImportId: old.importId,
				validTo: old.validTo
			}))
		);
	}
	for (const { old, area } of plan.keep) {
		await tx
			.update(areas)
			.set({
				name: area.name,
				parentCode: area.parentCode,
				geometry: area.geometry,
				synthetic,
				importId
			})
			.where(eq(areas.id, old.id));
	}
	// Closed first: the new version of the same key is current from now on.
	if (plan.close.length) {
		await tx
			.update(areas)
			.set({ validTo: validFrom - 1 })
			.where(
				inArray(
					areas.id,
					plan.close.map((a) => a.id)
				)
			);
	}
	const created: { id: number; code: string }[] = [];
	for (let i = 0; i < plan.create.length; i += 500) {
		const rows = await tx
			.insert(areas)
			.values(
				plan.create.slice(i, i + 500).map(({ area, follows }) => ({
					ags: who.ags,
					code: area.code,
					name: area.name,
					parentCode: area.parentCode,
					geometry: area.geometry,
					synthetic,
					importId,
					validFrom: follows.length ? validFrom : null
				}))
			)
			.returning({ id: areas.id, code: areas.code });
		created.push(...rows);
	}
	const idOf = new Map(created.map((c) => [c.code, c.id]));
	const links = plan.create.flatMap(({ area, follows }) =>
		follows.map((p) => ({ areaId: p.id, successorId: idOf.get(area.code)!, importId }))
	);
	if (links.length) await tx.insert(areaSuccessors).values(links);
	return countPlan(plan);
}

// ---------------------------------------------------------------------------------------------
// Values

/** Who stores which file's checked rows into the municipality's draft. */
export interface DraftInput extends Who {
	readonly ags: string;
	readonly fileName: string;
	/** Rows per staging transaction (default `STAGE_CHUNK_ROWS`). */
	readonly chunkRows?: number;
	readonly onProgress?: ProgressCallback;
}

export interface ValueImportInput extends DraftInput {
	/** The file as uploaded; the encoding (UTF-8 with/without BOM, Windows-1252) is detected. */
	readonly bytes: Uint8Array;
	/** Year for wide files without a year column. */
	readonly year?: number;
}

/**
 * Reads, checks and stores an indicator-value file, whole or not at all: with any problem nothing
 * is stored and the report lists each problem with row and column. Values already stored for the
 * same area, indicator and year are replaced and kept for undo.
 *
 * No long transaction holds the database (decision 0014), and the file is never parsed on the
 * request's event loop (decision 0043): the file worker decodes and checks it within its bounds
 * and sends the checked rows back in batches, which are written under a loading import of
 * their own (decision 0039) while the worker reads on, each batch its own short statement; one
 * final transaction under the municipality lock then makes them the draft. Until that
 * transaction commits, nothing of the import is visible; with a problem in the file, or if
 * anything fails on the way, the loading import and its rows are deleted.
 */
export async function importValues(db: Database, input: ValueImportInput): Promise<ImportOutcome> {
	requireAgs(input.ags);
	const context = await valueImportContext(db, input.ags);
	const pool = serverPool(db);
	const loadingId = await beginLoad(db, input);
	let expected = 0;
	const writer = draftWriter(db, loadingId, input.onProgress, () => expected);
	try {
		const file = await readValueFileOffLoop(
			input.bytes,
			{ ...context, year: input.year },
			{
				chunkRows: input.chunkRows ?? STAGE_CHUNK_ROWS,
				format: pool ? 'copy' : 'arrays',
				importId: loadingId,
				onChunk: writer.add,
				onProgress: (progress) => {
					expected = progress.total;
					return input.onProgress?.(progress);
				},
				signal: writer.signal
			}
		).catch(async (error) => {
			// A batch failed to write and stopped the reader: that failure is the one to report.
			if (error instanceof FileReadAborted) await writer.finish();
			throw error;
		});
		const details = detailsOf(
			file.encoding,
			file.hadBom,
			file.format,
			file.delimiter,
			file.dataRows
		);
		if (file.problemCount > 0) {
			await writer.abandon();
			return { ok: false, problems: file.problems, problemCount: file.problemCount, details };
		}
		await writer.finish();
		return await finishLoad(db, input, loadingId, file.rowCount, details);
	} catch (error) {
		await writer.abandon();
		throw error;
	}
}

/**
 * What a value file is checked against: the municipality's areas (code → boundary versions,
 * decision 0029) and the indicator
 * catalogue, every row of `indicators` in catalogue order. Read under the municipality lock, so
 * that an area import running at the same time is either wholly seen or not at all.
 */
export async function valueImportContext(
	db: Database,
	ags: string
): Promise<{ areas: Map<string, AreaVersion[]>; indicators: CatalogueIndicator[] }> {
	requireAgs(ags);
	return db.transaction(async (tx) => {
		await lockMunicipality(tx, ags);
		const open = await openDraft(tx, ags);
		// Values refer to the areas valid when they are published: not to a boundary draft's.
		if (open?.kind === 'gebiete')
			throw new MonitoringError('gebietsentwurf_offen', String(open.id));
		const areaRows = await tx
			.select({
				id: areas.id,
				code: areas.code,
				validFrom: areas.validFrom,
				validTo: areas.validTo
			})
			.from(areas)
			.where(eq(areas.ags, ags));
		const catalogue = await tx
			.select({
				key: indicators.key,
				name: indicators.name,
				kind: indicators.kind,
				per: indicators.per,
				minValue: indicators.minValue,
				maxValue: indicators.maxValue
			})
			.from(indicators)
			.where(indicatorScope(ags))
			.orderBy(sql`${indicators.ags} is not null`, asc(indicators.position));
		return { areas: versionsByCode(areaRows), indicators: catalogue };
	});
}

/**
 * Checked rows (no problem left, e.g. of a KomMonitor export) join the municipality's draft,
 * written as `importValues` writes them: in batches under a loading import, then one short
 * transaction under the municipality lock (`finishLoad`).
 */
export async function storeValueDraft(
	db: Database,
	input: DraftInput,
	rows: ValueRows,
	details: Readonly<Record<string, string | number>>
): Promise<ImportOutcome> {
	const loadingId = await beginLoad(db, input);
	const writer = draftWriter(db, loadingId, input.onProgress, () => rows.count);
	try {
		const format = serverPool(db) ? 'copy' : 'arrays';
		const chunk = input.chunkRows ?? STAGE_CHUNK_ROWS;
		for (let start = 0; start < rows.count; start += chunk) {
			writer.add(encodeChunk(format, loadingId, rows, start, Math.min(rows.count, start + chunk)));
			// Each batch is prepared after the previous one was written, not all of them at once.
			await writer.idle();
		}
		await writer.finish();
		return await finishLoad(db, input, loadingId, rows.count, details);
	} catch (error) {
		await writer.abandon();
		throw error;
	}
}

/**
 * A record with status `laedt` for rows about to be written (decision 0039): nobody reads it.
 * Loads a crashed process left behind are removed first.
 */
async function beginLoad(db: Database, input: DraftInput): Promise<number> {
	await removeStaleLoads(db, input.now);
	const [loading] = await db
		.insert(monitoringImports)
		.values({
			ags: input.ags,
			kind: 'werte',
			status: 'laedt',
			fileName: input.fileName,
			rowCount: 0,
			insertedCount: 0,
			replacedCount: 0,
			importedBy: input.actor ?? null,
			createdAt: input.now
		})
		.returning({ id: monitoringImports.id });
	return loading.id;
}

/** The loading record goes, and its rows with it (the trigger of migration 0027). */
async function abandonLoad(db: Database, loadingId: number): Promise<void> {
	await db
		.delete(monitoringImports)
		.where(and(eq(monitoringImports.id, loadingId), eq(monitoringImports.status, 'laedt')))
		.catch(() => undefined);
}

/**
 * Writes batches under the loading import one after the other, in the order they are added,
 * reporting `schreiben` progress after each (awaiting what the callback returns) and handing
 * the event loop back before the next. The first failure stops the writing and raises
 * `signal`, which stops the file worker too.
 */
function draftWriter(
	db: Database,
	importId: number,
	onProgress: ProgressCallback | undefined,
	total: () => number
) {
	const controller = new AbortController();
	const pool = serverPool(db);
	let chain: Promise<void> = Promise.resolve();
	let failure: { error: unknown } | null = null;
	let written = 0;
	return {
		signal: controller.signal,
		add(chunk: ValueChunk): void {
			chain = chain.then(async () => {
				if (failure || controller.signal.aborted) return;
				try {
					if (chunk.format === 'copy' && pool)
						await copyText(pool, DRAFT_VALUE_COLUMNS, chunk.text);
					else if (chunk.format === 'arrays') {
						await db.execute(sql`
							insert into monitoring_draft_values
								(import_id, area_id, indicator_key, year, value, numerator, denominator)
							select ${importId}, * from unnest(
								${chunk.areaIds}::int[], ${chunk.keys}::text[], ${chunk.years}::int[],
								${chunk.values}::float8[], ${chunk.numerators}::float8[], ${chunk.denominators}::float8[])`);
					} else throw new Error('a COPY batch needs a PostgreSQL server');
					written += chunk.count;
					await onProgress?.({
						phase: 'schreiben',
						done: written,
						total: Math.max(written, total())
					});
					// PGlite answers within microtasks: without this turn, batches waiting in line
					// would hold the event loop until the last one is written.
					await new Promise((resolve) => setImmediate(resolve));
				} catch (error) {
					failure = { error };
					controller.abort();
				}
			});
		},
		/** Resolves when every batch added so far is written (or the writing failed). */
		idle: (): Promise<void> => chain,
		/** Waits for the batches; throws the first failure. */
		async finish(): Promise<void> {
			await chain;
			if (failure) throw failure.error;
		},
		/**
		 * Gives the load up: batches not yet begun are skipped, the one being written is waited
		 * for, then the loading record goes with every row written under it.
		 */
		async abandon(): Promise<void> {
			controller.abort();
			await chain;
			await abandonLoad(db, importId);
		}
	};
}

/**
 * The final switch of a load: under the municipality lock, the loading record becomes the draft
 * (a status change, no second copy of the rows) or its rows join the open draft; fails unless
 * exactly `rowCount` rows arrived.
 */
async function finishLoad(
	db: Database,
	input: DraftInput,
	loadingId: number,
	rowCount: number,
	details: Readonly<Record<string, string | number>>
): Promise<ImportOutcome> {
	return db.transaction(async (tx) => {
		await lockMunicipality(tx, input.ags);
		await ensureDatasetRow(tx, input.ags, input.now);
		const draft = await openDraft(tx, input.ags);
		if (draft?.kind === 'gebiete') {
			throw new MonitoringError('gebietsentwurf_offen', String(draft.id));
		}
		const arrived = await loadedRows(tx, loadingId);
		if (arrived !== rowCount) {
			throw new Error(`import ${loadingId}: ${arrived} of ${rowCount} rows written`);
		}
		const own = await takesOver(tx, input.ags, loadingId, draft);
		// The file's own overlap with published values; as the whole draft, counted below.
		const fileOverlap = own ? null : await countPublishedOverlap(tx, loadedSource(loadingId));
		const draftId = own ? loadingId : await joinDraft(tx, input, loadingId, draft);
		const counts = await draftCounts(tx, draftId);
		const replaced = fileOverlap ?? counts.overlap;
		await tx
			.update(monitoringImports)
			.set({
				status: 'entwurf',
				rowCount: counts.total,
				insertedCount: counts.total - counts.overlap,
				replacedCount: counts.overlap,
				...(draft ? { fileName: `${draft.fileName}, ${input.fileName}` } : {})
			})
			.where(eq(monitoringImports.id, draftId));
		await recordEvent(
			tx,
			input.ags,
			'values.drafted',
			input,
			draftId,
			`${rowCount} Werte (${input.fileName})`
		);
		return {
			ok: true as const,
			importId: draftId,
			rowCount,
			inserted: rowCount - replaced,
			replaced,
			details
		};
	});
}

/**
 * Whether the loaded rows' own record can become the draft: when no draft is open and no other
 * import was recorded since it was created — "Rückgängig" takes imports back in the order of
 * their ids, so a record may only become a publishable draft while its id is the latest.
 */
async function takesOver(
	tx: Transaction,
	ags: string,
	loadingId: number,
	draft: ImportRecord | null
): Promise<boolean> {
	if (draft) return false;
	const [later] = await tx
		.select({ id: monitoringImports.id })
		.from(monitoringImports)
		.where(
			and(
				eq(monitoringImports.ags, ags),
				sql`${monitoringImports.id} > ${loadingId}`,
				sql`${monitoringImports.status} <> 'laedt'`
			)
		)
		.limit(1);
	return !later;
}

/**
 * The loaded rows join the open draft (or a new draft record, when another import was recorded
 * since loading began): a row for an area, indicator and year the draft already holds replaces
 * it (a later file corrects an earlier one). The loaded record goes. Returns the draft's id.
 */
async function joinDraft(
	tx: Transaction,
	input: DraftInput,
	loadingId: number,
	draft: ImportRecord | null
): Promise<number> {
	const draftId =
		draft?.id ??
		(
			await tx
				.insert(monitoringImports)
				.values({
					ags: input.ags,
					kind: 'werte',
					status: 'entwurf',
					fileName: input.fileName,
					rowCount: 0,
					insertedCount: 0,
					replacedCount: 0,
					importedBy: input.actor ?? null,
					createdAt: input.now
				})
				.returning({ id: monitoringImports.id })
		)[0].id;
	await tx.execute(sql`
		delete from monitoring_draft_values d using monitoring_draft_values l
		where d.import_id = ${draftId} and l.import_id = ${loadingId}
			and d.area_id = l.area_id and d.indicator_key = l.indicator_key and d.year = l.year`);
	await tx.execute(
		sql`update monitoring_draft_values set import_id = ${draftId} where import_id = ${loadingId}`
	);
	await tx.delete(monitoringImports).where(eq(monitoringImports.id, loadingId));
	return draftId;
}

/** Each key's boundary versions (decision 0029): a value goes to the one valid in its year. */
function versionsByCode(
	rows: readonly { id: number; code: string; validFrom: number | null; validTo: number | null }[]
): Map<string, AreaVersion[]> {
	const byCode = new Map<string, AreaVersion[]>();
	for (const { code, ...version } of rows) {
		const list = byCode.get(code);
		if (list) list.push(version);
		else byCode.set(code, [version]);
	}
	return byCode;
}

/**
 * Imports a value file and publishes the municipality's draft with it at once: for the demo
 * content, the benchmark and tests, where nobody looks at a draft first. The planner's upload
 * and the command-line tool stop at the draft.
 */
export async function importAndPublishValues(
	db: Database,
	input: ValueImportInput
): Promise<ImportOutcome> {
	const drafted = await importValues(db, input);
	if (!drafted.ok) return drafted;
	const published = await publishDraft(db, input);
	return {
		ok: true,
		importId: published.id,
		rowCount: drafted.rowCount,
		inserted: drafted.inserted,
		replaced: drafted.replaced,
		details: drafted.details
	};
}

/** The municipality's open draft (status `entwurf`), if any. */
async function openDraft(tx: Transaction | Database, ags: string): Promise<ImportRecord | null> {
	const [draft] = await tx
		.select()
		.from(monitoringImports)
		.where(and(eq(monitoringImports.ags, ags), eq(monitoringImports.status, 'entwurf')));
	return draft ?? null;
}

/** Where a set of incoming rows lies: an import's staged rows or a draft's rows. */
type RowSource = ReturnType<typeof sql>;
const loadedSource = (importId: number): RowSource =>
	sql`(select area_id, indicator_key, year from monitoring_draft_values where import_id = ${importId})`;
const draftSource = (draftId: number): RowSource =>
	sql`(select area_id, indicator_key, year, value, numerator, denominator from monitoring_draft_values where import_id = ${draftId})`;

/** How many of the incoming rows have a published value for their area, indicator and year. */
async function countPublishedOverlap(tx: Transaction, source: RowSource): Promise<number> {
	const result = await tx.execute(sql`
		select count(*)::int as n from ${source} s
		join indicator_values v using (area_id, indicator_key, year)`);
	return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}

/** A draft's size, and how many of its values replace a published one. */
async function draftCounts(
	tx: Transaction | Database,
	draftId: number
): Promise<{ total: number; overlap: number; changed: number; areas: number }> {
	const result = await tx.execute(sql`
		select count(*)::int as total, count(v.area_id)::int as overlap,
			count(*) filter (where v.area_id is not null and (v.value is distinct from d.value
				or v.numerator is distinct from d.numerator
				or v.denominator is distinct from d.denominator))::int as changed,
			count(distinct d.area_id)::int as areas
		from monitoring_draft_values d
		left join indicator_values v using (area_id, indicator_key, year)
		where d.import_id = ${draftId}`);
	const row = rowsOf<{ total: number; overlap: number; changed: number; areas: number }>(result)[0];
	return {
		total: Number(row?.total ?? 0),
		overlap: Number(row?.overlap ?? 0),
		changed: Number(row?.changed ?? 0),
		areas: Number(row?.areas ?? 0)
	};
}

/** How many rows an import (loading or draft) holds in `monitoring_draft_values`. */
async function loadedRows(tx: Transaction, importId: number): Promise<number> {
	const [{ n }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(draftValues)
		.where(eq(draftValues.importId, importId));
	return Number(n);
}

/**
 * A loading import older than this belongs to a process that died; the next import removes it
 * with its rows. An import of a million rows loads in well under a minute.
 */
export const STAGE_LIFETIME_MS = 60 * 60 * 1000;

/** Rows per loading statement: each is its own short transaction. */
export const STAGE_CHUNK_ROWS = 5_000;

async function removeStaleLoads(db: Database, now: Date): Promise<void> {
	await db
		.delete(monitoringImports)
		.where(
			and(
				eq(monitoringImports.status, 'laedt'),
				lt(monitoringImports.createdAt, new Date(now.getTime() - STAGE_LIFETIME_MS))
			)
		);
}

function detailsOf(
	encoding: TextEncoding,
	hadBom: boolean,
	format: string,
	delimiter: string,
	rows: number
): Record<string, string | number> {
	return {
		kodierung: `${encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252'}${hadBom ? ' mit BOM' : ''}`,
		format: format === 'lang' ? 'Langform' : 'Breitform',
		trennzeichen: delimiter === '\t' ? 'Tabulator' : delimiter,
		zeilen: rows
	};
}

/**
 * Whether the municipality already has a published value for any indicator and year of the
 * draft: only then can a draft row replace one.
 */
async function overlapsStoredValues(
	tx: Transaction,
	ags: string,
	draftId: number
): Promise<boolean> {
	const result = await tx.execute(sql`
		select exists (
			select 1 from indicator_values v join areas a on a.id = v.area_id
			where a.ags = ${ags}
				and v.indicator_key in (select distinct indicator_key from monitoring_draft_values where import_id = ${draftId})
				and v.year in (select distinct year from monitoring_draft_values where import_id = ${draftId})
		) as found`);
	return Boolean(rowsOf<{ found: boolean }>(result)[0]?.found);
}

/**
 * Publishing's switch: the draft's rows go into `indicator_values` set-based, in one statement
 * each. When nothing published overlaps the draft (the usual case: a new year or a first
 * import), that is a plain insert; otherwise the rows it overwrites are saved for undo first and
 * the insert upserts. Returns how many published values were replaced; fails (and the
 * transaction with it) unless exactly the draft's rows arrived.
 */
async function moveDraftRows(
	tx: Transaction,
	ags: string,
	draftId: number,
	count: number
): Promise<number> {
	const overlap = await overlapsStoredValues(tx, ags, draftId);
	let replaced = 0;
	if (overlap) {
		const saved = await tx.execute(sql`
			insert into monitoring_replaced_values
				(import_id, area_id, indicator_key, year, value, numerator, denominator, previous_import_id)
			select ${draftId}, v.area_id, v.indicator_key, v.year, v.value, v.numerator, v.denominator, v.import_id
			from indicator_values v
			join ${draftSource(draftId)} s using (area_id, indicator_key, year)`);
		replaced = affectedRows(saved);
	}
	const written = await tx.execute(sql`
		insert into indicator_values (area_id, indicator_key, year, value, numerator, denominator, import_id)
		select area_id, indicator_key, year, value, numerator, denominator, ${draftId}
		from monitoring_draft_values where import_id = ${draftId}
		${
			overlap
				? sql`on conflict (area_id, indicator_key, year) do update set
					value = excluded.value, numerator = excluded.numerator,
					denominator = excluded.denominator, import_id = excluded.import_id`
				: sql``
		}`);
	if (affectedRows(written) !== count) {
		throw new Error(`draft ${draftId}: ${affectedRows(written)} of ${count} rows published`);
	}
	return replaced;
}

/** Rows an insert wrote: `affectedRows` (PGlite) or `rowCount` (node-postgres). */
function affectedRows(result: unknown): number {
	const r = result as { affectedRows?: number; rowCount?: number | null };
	return Number(r.affectedRows ?? r.rowCount ?? 0);
}

/** `db.execute` returns `{ rows }` on both drivers; typed selects are used wherever possible. */
function rowsOf<T>(result: unknown): T[] {
	return (result as { rows: T[] }).rows;
}

// ---------------------------------------------------------------------------------------------
// History and undo

export async function listImports(db: Database, ags: string): Promise<ImportRecord[]> {
	requireAgs(ags);
	return db
		.select()
		.from(monitoringImports)
		.where(and(eq(monitoringImports.ags, ags), ne(monitoringImports.status, 'laedt')))
		.orderBy(desc(monitoringImports.id));
}

/**
 * Takes back the municipality's latest active import: values it wrote are deleted and the values
 * it overwrote come back; areas it created are deleted and areas it changed get their old state.
 * Only the latest can go, because a later import may build on it (values for its new areas).
 */
export async function undoImport(
	db: Database,
	input: Who & { readonly ags: string; readonly importId: number }
): Promise<ImportRecord> {
	requireAgs(input.ags);
	return db.transaction(async (tx) => {
		await lockMunicipality(tx, input.ags);
		const [record] = await tx
			.select()
			.from(monitoringImports)
			.where(and(eq(monitoringImports.id, input.importId), eq(monitoringImports.ags, input.ags)));
		if (!record) throw new MonitoringError('import_unbekannt', String(input.importId));
		if (record.status === 'rueckgaengig' || record.status === 'verworfen') {
			throw new MonitoringError('import_schon_rueckgaengig', String(input.importId));
		}
		if (record.status === 'entwurf' || record.status === 'laedt')
			throw new MonitoringError('import_ist_entwurf', String(record.id));
		const [latest] = await tx
			.select({ id: monitoringImports.id })
			.from(monitoringImports)
			.where(and(eq(monitoringImports.ags, input.ags), eq(monitoringImports.status, 'aktiv')))
			.orderBy(desc(monitoringImports.id))
			.limit(1);
		if (latest.id !== record.id) throw new MonitoringError('nur_letzter_import', String(record.id));

		if (record.kind === 'werte') await undoValues(tx, record.id);
		else await undoAreas(tx, record.id);

		const [undone] = await tx
			.update(monitoringImports)
			.set({ status: 'rueckgaengig', undoneAt: input.now })
			.where(eq(monitoringImports.id, record.id))
			.returning();
		await recordEvent(tx, input.ags, 'import.undone', input, record.id, record.fileName);
		await ensureDataset(tx, input.ags, input.now);
		return undone;
	});
}

/**
 * "Rückgängig": takes back the latest published import, so that the public sees the previous
 * published state again (an open draft stays as it is).
 */
export async function undoLatestImport(
	db: Database,
	input: Who & { readonly ags: string }
): Promise<ImportRecord> {
	requireAgs(input.ags);
	const latest = await latestPublishedImport(db, input.ags);
	if (!latest) throw new MonitoringError('nichts_rueckgaengig', input.ags);
	return undoImport(db, { ...input, importId: latest.id });
}

/** The import "Rückgängig" would take back: the latest one still active. */
export async function latestPublishedImport(
	db: Database,
	ags: string
): Promise<ImportRecord | null> {
	requireAgs(ags);
	const [latest] = await db
		.select()
		.from(monitoringImports)
		.where(and(eq(monitoringImports.ags, ags), eq(monitoringImports.status, 'aktiv')))
		.orderBy(desc(monitoringImports.id))
		.limit(1);
	return latest ?? null;
}

// ---------------------------------------------------------------------------------------------
// Drafts (decision 0025)

/** What publishing the open draft would change: values or boundaries. */
export type DraftSummary = ValueDraftSummary | AreaDraftSummary;

/** What publishing an open value draft would change, against the published values. */
export interface ValueDraftSummary {
	readonly kind: 'werte';
	readonly importId: number;
	/** The draft's size as the confirmation checks it (`DraftSeen`). */
	readonly rowCount: number;
	readonly fileNames: string;
	readonly createdAt: Date;
	/** Values in the draft. */
	readonly values: number;
	/** Values for an area, indicator and year that has none published yet. */
	readonly added: number;
	/** Values that replace a published value with a different one. */
	readonly changed: number;
	/** Values equal to the published one (publishing leaves them as they are). */
	readonly unchanged: number;
	/** Areas the draft has values for, of all the municipality's areas. */
	readonly areas: number;
	readonly areasTotal: number;
	/** The draft's years; `added` when none of the municipality's values has that year yet. */
	readonly years: readonly { readonly year: number; readonly added: boolean }[];
	/** The draft's indicators; `added` when the municipality has no value of it published yet. */
	readonly indicators: readonly { readonly key: string; readonly added: boolean }[];
	/**
	 * Shares in the draft with neither numerator nor base: disclosure control cannot check them,
	 * so the public atlas will not show them (the planner's own pages do).
	 */
	readonly unchecked: number;
}

/**
 * The draft as the planner saw it when confirming: if a file was added to it since (or it was
 * published or thrown away meanwhile), the confirmation no longer describes it.
 */
export interface DraftSeen {
	readonly importId: number;
	readonly rowCount: number;
}

/** One area a boundary draft changes, as the summary lists it. */
export interface AreaDraftChange {
	readonly code: string;
	readonly name: string;
	/** New key; new boundary version from `validFrom`; new name or parent; version ends. */
	readonly change: 'neu' | 'neue_abgrenzung' | 'umbenannt' | 'endet';
	/** For `umbenannt`: the name until now; for `neue_abgrenzung`: the keys it follows. */
	readonly before?: string;
}

/** At most this many changed areas are listed by name; the counts cover all. */
export const AREA_DRAFT_LISTED = 200;

/** What publishing an open area draft would change, against the current boundaries. */
export interface AreaDraftSummary extends AreaPlanCounts {
	readonly kind: 'gebiete';
	readonly importId: number;
	readonly rowCount: number;
	readonly fileNames: string;
	readonly createdAt: Date;
	/** First year of the new boundary versions. */
	readonly validFrom: number;
	/** Current areas of the municipality. */
	readonly areasTotal: number;
	/** Changed areas, new first, at most `AREA_DRAFT_LISTED`. */
	readonly changes: readonly AreaDraftChange[];
	/**
	 * Problems the draft would meet if published now (the current areas changed since it was
	 * stored); publishing is refused while there are any.
	 */
	readonly problems: readonly ImportProblem[];
}

async function areaDraftSummary(
	db: Database,
	ags: string,
	draft: ImportRecord
): Promise<AreaDraftSummary> {
	const { plan, validFrom } = await planOfAreaDraft(db, ags, draft);
	const [{ n: areasTotal }] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(areas)
		.where(and(eq(areas.ags, ags), isNull(areas.validTo)));
	const changes: AreaDraftChange[] = [
		...plan.create.map(({ area, follows }) => ({
			code: area.code,
			name: area.name,
			change: follows.length ? ('neue_abgrenzung' as const) : ('neu' as const),
			...(follows.length ? { before: follows.map((p) => p.code).join(', ') } : {})
		})),
		...plan.close
			.filter((old) => !plan.create.some((c) => c.area.code === old.code))
			.map((old) => ({ code: old.code, name: old.name, change: 'endet' as const })),
		...plan.keep
			.filter(({ old, area }) => old.name !== area.name || old.parentCode !== area.parentCode)
			.map(({ old, area }) => ({
				code: area.code,
				name: area.name,
				change: 'umbenannt' as const,
				before: old.name
			}))
	];
	return {
		kind: 'gebiete',
		importId: draft.id,
		rowCount: draft.rowCount,
		fileNames: draft.fileName,
		createdAt: draft.createdAt,
		validFrom,
		areasTotal: Number(areasTotal),
		...countPlan(plan),
		changes: changes.slice(0, AREA_DRAFT_LISTED),
		problems: plan.problems.listed
	};
}

/** The municipality's open draft and what publishing it would change, or null without one. */
export async function draftSummary(db: Database, ags: string): Promise<DraftSummary | null> {
	requireAgs(ags);
	const draft = await openDraft(db, ags);
	if (!draft) return null;
	if (draft.kind === 'gebiete') return areaDraftSummary(db, ags, draft);
	const counts = await draftCounts(db, draft.id);
	const [{ n: areasTotal }] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(areas)
		.where(and(eq(areas.ags, ags), isNull(areas.validTo)));
	const years = rowsOf<{ year: number; added: boolean }>(
		await db.execute(sql`
			select d.year, not exists (
				select 1 from indicator_values v join areas a on a.id = v.area_id
				where a.ags = ${ags} and v.year = d.year) as added
			from (select distinct year from monitoring_draft_values where import_id = ${draft.id}) d
			order by d.year`)
	);
	const keys = rowsOf<{ key: string; added: boolean }>(
		await db.execute(sql`
			select d.indicator_key as key, not exists (
				select 1 from indicator_values v join areas a on a.id = v.area_id
				where a.ags = ${ags} and v.indicator_key = d.indicator_key) as added
			from (select distinct indicator_key from monitoring_draft_values where import_id = ${draft.id}) d
			join indicators i on i.key = d.indicator_key
			order by i.position, d.indicator_key`)
	);
	const [{ n: unchecked }] = rowsOf<{ n: number }>(
		await db.execute(sql`
			select count(*)::int as n from monitoring_draft_values d
			join indicators i on i.key = d.indicator_key
			where d.import_id = ${draft.id} and i.kind = 'share'
				and d.numerator is null and d.denominator is null`)
	);
	return {
		kind: 'werte',
		importId: draft.id,
		rowCount: draft.rowCount,
		fileNames: draft.fileName,
		createdAt: draft.createdAt,
		values: counts.total,
		added: counts.total - counts.overlap,
		changed: counts.changed,
		unchanged: counts.overlap - counts.changed,
		areas: counts.areas,
		areasTotal: Number(areasTotal),
		years: years.map((y) => ({ year: Number(y.year), added: Boolean(y.added) })),
		indicators: keys.map((k) => ({ key: k.key, added: Boolean(k.added) })),
		unchecked: Number(unchecked)
	};
}

/**
 * The municipality's open draft under the municipality's lock, as the planner saw it: refused
 * when there is none, or when a file was added to it since the page was shown (`expect`).
 */
async function lockedDraft(tx: Transaction, ags: string, expect?: DraftSeen) {
	await lockMunicipality(tx, ags);
	const draft = await openDraft(tx, ags);
	if (!draft) throw new MonitoringError('kein_entwurf', ags);
	if (expect && (expect.importId !== draft.id || expect.rowCount !== draft.rowCount)) {
		throw new MonitoringError('entwurf_geaendert', String(draft.id));
	}
	return draft;
}

/**
 * Publishes the open draft: its values become the published state in one transaction (values
 * they replace are kept, so "Rückgängig" brings them back), the data version rises, and the
 * public atlas, downloads, API and the planning domain read them from then on.
 */
export async function publishDraft(
	db: Database,
	input: Who & { readonly ags: string; readonly expect?: DraftSeen }
): Promise<ImportRecord> {
	requireAgs(input.ags);
	return db.transaction(async (tx) => {
		const draft = await lockedDraft(tx, input.ags, input.expect);
		if (draft.kind === 'gebiete') return publishAreaDraft(tx, input, draft);
		await ensureDataset(tx, input.ags, input.now);
		const total = await loadedRows(tx, draft.id);
		const replaced = await moveDraftRows(tx, input.ags, draft.id, total);
		await tx.delete(draftValues).where(eq(draftValues.importId, draft.id));
		const [published] = await tx
			.update(monitoringImports)
			.set({
				status: 'aktiv',
				publishedAt: input.now,
				rowCount: total,
				insertedCount: total - replaced,
				replacedCount: replaced
			})
			.where(eq(monitoringImports.id, draft.id))
			.returning();
		await recordEvent(
			tx,
			input.ags,
			'values.published',
			input,
			draft.id,
			`${total} Werte (${draft.fileName})`
		);
		return published;
	});
}

/** Throws the open draft away; the published state was never touched. */
export async function discardDraft(
	db: Database,
	input: Who & { readonly ags: string; readonly expect?: DraftSeen }
): Promise<ImportRecord> {
	requireAgs(input.ags);
	return db.transaction(async (tx) => {
		const draft = await lockedDraft(tx, input.ags, input.expect);
		if (draft.kind === 'gebiete') return dropAreaDraft(tx, input, draft, 'areas.draft_discarded');
		await tx.delete(draftValues).where(eq(draftValues.importId, draft.id));
		const [discarded] = await tx
			.update(monitoringImports)
			.set({ status: 'verworfen', undoneAt: input.now })
			.where(eq(monitoringImports.id, draft.id))
			.returning();
		await recordEvent(
			tx,
			input.ags,
			'values.draft_discarded',
			input,
			draft.id,
			`${draft.rowCount} Werte (${draft.fileName})`
		);
		return discarded;
	});
}

async function undoValues(tx: Transaction, importId: number): Promise<void> {
	await tx.delete(indicatorValues).where(eq(indicatorValues.importId, importId));
	await tx.execute(sql`
		insert into indicator_values (area_id, indicator_key, year, value, numerator, denominator, import_id)
		select area_id, indicator_key, year, value, numerator, denominator, previous_import_id
		from monitoring_replaced_values where import_id = ${importId}`);
	await tx.delete(replacedValues).where(eq(replacedValues.importId, importId));
}

/**
 * The versions the import created go (with their successor links); then the versions it changed
 * or closed get their state back — in this order, because a reopened version and the new one of
 * the same key may not both be current.
 */
async function undoAreas(tx: Transaction, importId: number): Promise<void> {
	try {
		await tx.execute(sql`
			delete from areas where import_id = ${importId}
				and id not in (select area_id from monitoring_replaced_areas where import_id = ${importId})`);
	} catch (error) {
		// A version this import created is used outside the monitoring (a Handlungsraum): the
		// planner decides there first; nothing is changed.
		if (hasPgCode(error, PG_FOREIGN_KEY_VIOLATION) || hasPgCode(error, PG_RESTRICT_VIOLATION))
			throw new MonitoringError('gebiete_in_verwendung', String(importId));
		throw error;
	}
	await tx.execute(sql`
		update areas set name = r.name, parent_code = r.parent_code, geometry = r.geometry,
			synthetic = r.synthetic, import_id = r.previous_import_id, valid_to = r.valid_to
		from monitoring_replaced_areas r
		where r.import_id = ${importId} and areas.id = r.area_id`);
	await tx.delete(areaSuccessors).where(eq(areaSuccessors.importId, importId));
	await tx.delete(replacedAreas).where(eq(replacedAreas.importId, importId));
}

// ---------------------------------------------------------------------------------------------
// Publishing and settings

/** Makes the municipality's data visible to the public (pages, downloads, API). */
export async function publishDataset(db: Database, input: Who & { readonly ags: string }) {
	requireAgs(input.ags);
	return db.transaction(async (tx) => {
		await lockMunicipality(tx, input.ags);
		const [{ n }] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(areas)
			.where(eq(areas.ags, input.ags));
		if (n === 0) throw new MonitoringError('keine_gebiete', input.ags);
		await ensureDataset(tx, input.ags, input.now);
		const [dataset] = await tx
			.update(monitoringDatasets)
			.set({ published: true, publishedAt: input.now, updatedAt: input.now })
			.where(eq(monitoringDatasets.ags, input.ags))
			.returning();
		await recordEvent(tx, input.ags, 'dataset.published', input);
		return dataset;
	});
}

/** Withdraws the data from the public; the planner keeps working on it. */
export async function unpublishDataset(db: Database, input: Who & { readonly ags: string }) {
	requireAgs(input.ags);
	return db.transaction(async (tx) => {
		await lockMunicipality(tx, input.ags);
		await ensureDataset(tx, input.ags, input.now);
		const [dataset] = await tx
			.update(monitoringDatasets)
			.set({ published: false, publishedAt: null, updatedAt: input.now })
			.where(eq(monitoringDatasets.ags, input.ags))
			.returning();
		await recordEvent(tx, input.ags, 'dataset.unpublished', input);
		return dataset;
	});
}

export interface SettingsChange {
	readonly areaTerm?: string;
	readonly areaTermPlural?: string;
	readonly disclosureThreshold?: number;
	readonly minPopulation?: number;
}

export async function updateDatasetSettings(
	db: Database,
	input: Who & { readonly ags: string; readonly change: SettingsChange }
): Promise<DatasetSettings> {
	requireAgs(input.ags);
	const { change } = input;
	if (
		change.disclosureThreshold !== undefined &&
		!(
			Number.isInteger(change.disclosureThreshold) &&
			change.disclosureThreshold >= MIN_PUBLIC_THRESHOLD
		)
	) {
		throw new MonitoringError('ungueltige_schwelle', 'disclosureThreshold');
	}
	if (
		change.minPopulation !== undefined &&
		!(Number.isInteger(change.minPopulation) && change.minPopulation >= 0)
	) {
		throw new MonitoringError('ungueltige_mindesteinwohnerzahl', 'minPopulation');
	}
	for (const term of [change.areaTerm, change.areaTermPlural]) {
		if (term !== undefined && !(term.trim().length >= 2 && term.trim().length <= 60)) {
			throw new MonitoringError('ungueltige_einstellung', 'areaTerm');
		}
	}
	return db.transaction(async (tx) => {
		await lockMunicipality(tx, input.ags);
		await ensureDataset(tx, input.ags, input.now);
		const [dataset] = await tx
			.update(monitoringDatasets)
			.set({
				...(change.areaTerm !== undefined ? { areaTerm: change.areaTerm.trim() } : {}),
				...(change.areaTermPlural !== undefined
					? { areaTermPlural: change.areaTermPlural.trim() }
					: {}),
				...(change.disclosureThreshold !== undefined
					? { disclosureThreshold: change.disclosureThreshold }
					: {}),
				...(change.minPopulation !== undefined ? { minPopulation: change.minPopulation } : {}),
				updatedAt: input.now
			})
			.where(eq(monitoringDatasets.ags, input.ags))
			.returning();
		await recordEvent(
			tx,
			input.ags,
			'dataset.settings_changed',
			input,
			null,
			JSON.stringify(change)
		);
		return dataset;
	});
}

/**
 * Saves the municipality's choice of analysis (typology indicators, number of types, clipping;
 * MSS status indicators, minimum population, outliers) after checking it against the data. An
 * invalid choice changes nothing and comes back as problems by field.
 */
export async function saveAnalysisSettings(
	db: Database,
	input: Who & {
		readonly ags: string;
		readonly settings: AnalysisSettings;
		/** The language of the problems (German when not given). */
		readonly locale?: Locale;
	}
): Promise<
	{ readonly ok: true } | { readonly ok: false; readonly problems: readonly AnalysisProblem[] }
> {
	requireAgs(input.ags);
	const { settings } = input;
	const [dataset, catalogue] = await Promise.all([
		loadDataset(db, input.ags, { kind: 'planner', ags: input.ags }),
		loadIndicators(db, input.ags)
	]);
	const checked = checkAnalysisSettings(
		settings,
		{ catalogue, areas: dataset?.areas ?? [], values: dataset?.values ?? [] },
		input.locale
	);
	if (checked.problems.length) return { ok: false, problems: checked.problems };
	await db.transaction(async (tx) => {
		await lockMunicipality(tx, input.ags);
		await ensureDataset(tx, input.ags, input.now);
		await tx
			.update(monitoringDatasets)
			.set({
				typologyIndicators: [...settings.typologyIndicators],
				typologyK: settings.typologyK,
				typologyWinsorise: settings.typologyWinsorise,
				mssIndicators: [...settings.mssIndicators],
				minPopulation: settings.minPopulation,
				mssOutliers: [...settings.mssOutliers],
				updatedAt: input.now
			})
			.where(eq(monitoringDatasets.ags, input.ags));
		await recordAudit(
			tx,
			{
				actorUserId: input.actorUserId ?? null,
				action: 'monitoring.analysis_changed',
				subjectType: 'municipality',
				subjectId: input.ags,
				details: {
					typologyIndicators: settings.typologyIndicators.join(','),
					typologyK: settings.typologyK,
					typologyWinsorise: settings.typologyWinsorise,
					mssIndicators: settings.mssIndicators.join(','),
					minPopulation: settings.minPopulation,
					mssOutliers: settings.mssOutliers.join(',')
				}
			},
			input.now
		);
	});
	return { ok: true };
}

/** Corrects an area's name or parent without a new import. */
export async function editArea(
	db: Database,
	input: Who & {
		readonly ags: string;
		readonly code: string;
		readonly name?: string;
		readonly parentCode?: string | null;
	}
): Promise<void> {
	requireAgs(input.ags);
	if (input.name !== undefined && input.name.trim() === '') {
		throw new MonitoringError('ungueltige_einstellung', 'name');
	}
	await db.transaction(async (tx) => {
		await lockMunicipality(tx, input.ags);
		const updated = await tx
			.update(areas)
			.set({
				...(input.name !== undefined ? { name: input.name.trim() } : {}),
				...(input.parentCode !== undefined ? { parentCode: input.parentCode } : {})
			})
			.where(and(eq(areas.ags, input.ags), eq(areas.code, input.code), isNull(areas.validTo)))
			.returning({ id: areas.id });
		if (updated.length === 0) throw new MonitoringError('gebiet_unbekannt', input.code);
		await ensureDataset(tx, input.ags, input.now);
		await recordEvent(tx, input.ags, 'area.edited', input, null, input.code);
	});
}
