/**
 * Command-line tool for a municipality's monitoring data, until the planner pages exist:
 *
 *   node --import tsx scripts/import-monitoring.ts gebiete  <AGS> <datei.geojson> [--id-feld F] [--name-feld F] [--ober-feld F]
 *                                    [--vorgaenger-feld F] [--gueltig-ab 2024]
 *   node --import tsx scripts/import-monitoring.ts werte    <AGS> <datei.csv> [--jahr 2023]   (als Entwurf)
 *   node --import tsx scripts/import-monitoring.ts entwurf  <AGS>    (was die Veröffentlichung ändert)
 *   node --import tsx scripts/import-monitoring.ts entwurf-veroeffentlichen | entwurf-verwerfen <AGS>
 *   node --import tsx scripts/import-monitoring.ts verlauf  <AGS>
 *   node --import tsx scripts/import-monitoring.ts rueckgaengig <AGS> <Import-Nr.>
 *   node --import tsx scripts/import-monitoring.ts veroeffentlichen | zurueckziehen <AGS>
 *
 * Uses DATABASE_URL, or the PGlite directory PGLITE_DIR (default ./data/db) — with PGlite the
 * server must not be running at the same time (one process per data directory).
 * Exit code 1 with the validation report when a file has problems; nothing is stored then.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { loadConfig } from '../src/lib/server/config';
import { migrateDatabase, openDatabase } from '../src/lib/server/db';
import { MonitoringError } from '../src/lib/server/monitoring/errors';
import { ensureReferenceData } from '../src/lib/server/monitoring/reference';
import {
	discardDraft,
	draftSummary,
	importAreas,
	importValues,
	listImports,
	publishDraft,
	publishDataset,
	undoImport,
	unpublishDataset,
	type ImportOutcome
} from '../src/lib/server/monitoring/store';

function option(args: string[], name: string): string | undefined {
	const i = args.indexOf(name);
	return i === -1 ? undefined : args[i + 1];
}

function report(outcome: ImportOutcome): number {
	const details = Object.entries(outcome.details)
		.map(([k, v]) => `${k}: ${v}`)
		.join(', ');
	if (outcome.ok) {
		console.log(
			`Import Nr. ${outcome.importId} gespeichert: ${outcome.rowCount} Zeilen (${outcome.inserted} neu, ${outcome.replaced} ersetzt). ${details}`
		);
		console.log(
			'Die Datei ist ein Entwurf, noch nicht öffentlich: "entwurf <AGS>" zeigt ihn, "entwurf-veroeffentlichen <AGS>" veröffentlicht ihn.'
		);
		return 0;
	}
	console.error(
		`Die Datei wurde nicht übernommen – ${outcome.problemCount} Problem(e). ${details}`
	);
	for (const p of outcome.problems) {
		const where = `Zeile ${p.row}${p.column ? `, Spalte ${p.column}` : ''}`;
		console.error(`  ${where}: ${p.message}${p.found ? ` [${p.found}]` : ''}`);
	}
	if (outcome.problemCount > outcome.problems.length) {
		console.error(`  … und ${outcome.problemCount - outcome.problems.length} weitere`);
	}
	return 1;
}

async function main(): Promise<number> {
	const [command, ags, ...rest] = process.argv.slice(2);
	if (!command || !ags) {
		console.error(
			'Aufruf: import-monitoring.ts gebiete|werte|entwurf|entwurf-veroeffentlichen|entwurf-verwerfen|verlauf|rueckgaengig|veroeffentlichen|zurueckziehen <AGS> …'
		);
		return 2;
	}
	const config = loadConfig();
	const handle = await openDatabase(config.database);
	const who = { now: new Date(), actor: `cli:${userInfo().username}` };
	try {
		await migrateDatabase(handle);
		await ensureReferenceData(handle.db);
		const db = handle.db;
		switch (command) {
			case 'gebiete': {
				const file = rest[0];
				return report(
					await importAreas(db, {
						...who,
						ags,
						fileName: basename(file),
						text: readFileSync(file, 'utf8'),
						options: {
							idProperty: option(rest, '--id-feld'),
							nameProperty: option(rest, '--name-feld'),
							parentProperty: option(rest, '--ober-feld'),
							predecessorProperty: option(rest, '--vorgaenger-feld')
						},
						validFrom: option(rest, '--gueltig-ab')
							? Number(option(rest, '--gueltig-ab'))
							: undefined
					})
				);
			}
			case 'werte': {
				const file = rest[0];
				const year = option(rest, '--jahr');
				let last = -1;
				return report(
					await importValues(db, {
						...who,
						ags,
						fileName: basename(file),
						bytes: readFileSync(file),
						year: year ? Number(year) : undefined,
						onProgress: ({ phase, done, total }) => {
							const percent = Math.floor((100 * done) / Math.max(1, total));
							if (percent !== last && percent % 10 === 0) {
								last = percent;
								process.stderr.write(
									`  ${phase === 'pruefen' ? 'Prüfen' : 'Schreiben'}: ${percent} %\n`
								);
							}
						}
					})
				);
			}
			case 'entwurf': {
				const draft = await draftSummary(db, ags);
				if (!draft) {
					console.log('Kein offener Entwurf.');
					return 0;
				}
				if (draft.kind === 'gebiete') {
					console.log(
						`Entwurf Nr. ${draft.importId} (${draft.fileNames}): ${draft.areas} Gebiete – ${draft.added} neu, ${draft.versions} neue Abgrenzungen ab ${draft.validFrom}, ${draft.closed} beendet, ${draft.renamed} umbenannt, ${draft.unchanged} unverändert.`
					);
					for (const c of draft.changes) {
						console.log(`  ${c.code}\t${c.change}\t${c.name}${c.before ? ` (${c.before})` : ''}`);
					}
					for (const p of draft.problems) {
						console.error(
							`  Problem, Zeile ${p.row}: ${p.message}${p.found ? ` [${p.found}]` : ''}`
						);
					}
					return 0;
				}
				console.log(
					`Entwurf Nr. ${draft.importId} (${draft.fileNames}): ${draft.values} Werte – ${draft.added} neu, ${draft.changed} geändert, ${draft.unchanged} gleich; ` +
						`Jahre ${draft.years.map((y) => y.year + (y.added ? ' (neu)' : '')).join(', ')}; ` +
						`Indikatoren ${draft.indicators.map((i) => i.key + (i.added ? ' (neu)' : '')).join(', ')}; ` +
						`${draft.areas} von ${draft.areasTotal} Gebieten.`
				);
				return 0;
			}
			case 'entwurf-veroeffentlichen': {
				const published = await publishDraft(db, { ...who, ags });
				console.log(
					`Entwurf Nr. ${published.id} veröffentlicht: ${published.rowCount} ${published.kind === 'gebiete' ? 'Gebiete' : 'Werte'}.`
				);
				return 0;
			}
			case 'entwurf-verwerfen': {
				const discarded = await discardDraft(db, { ...who, ags });
				console.log(`Entwurf Nr. ${discarded.id} verworfen.`);
				return 0;
			}
			case 'verlauf':
				for (const r of await listImports(db, ags)) {
					console.log(
						`${r.id}\t${r.createdAt.toISOString()}\t${r.kind}\t${r.status}\t${r.rowCount} Zeilen\t${r.fileName}`
					);
				}
				return 0;
			case 'rueckgaengig':
				await undoImport(db, { ...who, ags, importId: Number(rest[0]) });
				console.log(`Import Nr. ${rest[0]} rückgängig gemacht.`);
				return 0;
			case 'veroeffentlichen':
				await publishDataset(db, { ...who, ags });
				console.log(`Daten von ${ags} sind öffentlich.`);
				return 0;
			case 'zurueckziehen':
				await unpublishDataset(db, { ...who, ags });
				console.log(`Daten von ${ags} sind nicht mehr öffentlich.`);
				return 0;
			default:
				console.error(`Unbekannter Befehl: ${command}`);
				return 2;
		}
	} catch (error) {
		if (error instanceof MonitoringError) {
			console.error(error.message);
			return 1;
		}
		throw error;
	} finally {
		await handle.close();
	}
}

process.exitCode = await main();
