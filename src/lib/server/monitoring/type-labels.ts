/**
 * Planners' names and descriptions for the area types of the cluster typology ("ship each cluster
 * with a profile that a planner can rename and describe"). Labels belong to one typology run:
 * type 2 of another year or indicator set is another cluster, so its label does not carry over.
 */
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import type { Database } from '../db';
import { monitoringTypeLabels, municipalities } from '../db/schema';
import { MonitoringError } from './errors';
import { hasForbiddenCharacters } from '../fields';
import { touchDataset } from './version';

export interface TypeLabel {
	readonly name: string;
	readonly description: string;
}

export const TYPE_NAME_MAX = 80;
export const TYPE_DESCRIPTION_MAX = 1000;

/**
 * `2023:k4:sgb2_quote,anteil_unter_18,…` — year, number of clusters and indicator keys, and
 * `:w3` when the z-scores were clipped at ±3 (clipping can move areas to another type).
 */
export function typologyKey(
	year: number,
	k: number,
	indicatorKeys: readonly string[],
	winsorise: number | null = null
): string {
	const base = `${year}:k${k}:${indicatorKeys.join(',')}`;
	return winsorise === null ? base : `${base}:w${winsorise}`;
}

export async function typeLabels(
	db: Database,
	ags: string,
	typology: string
): Promise<Record<number, TypeLabel>> {
	const rows = await db
		.select()
		.from(monitoringTypeLabels)
		.where(and(eq(monitoringTypeLabels.ags, ags), eq(monitoringTypeLabels.typology, typology)));
	return Object.fromEntries(
		rows.map((r) => [r.type, { name: r.name, description: r.description }])
	);
}

/**
 * Stores the labels of one typology run (type number → name and description); an empty name
 * removes a type's label, so the type is shown as "Typ n" again. One transaction with the
 * monitoring event and the audit entry.
 */
export async function saveTypeLabels(
	db: Database,
	input: {
		readonly ags: string;
		readonly typology: string;
		readonly labels: ReadonlyMap<number, TypeLabel>;
		readonly now: Date;
		readonly actor?: string | null;
		readonly actorUserId?: number | null;
	}
): Promise<void> {
	if (!/^[0-9]{8}$/.test(input.ags)) throw new MonitoringError('gemeinde_unbekannt', input.ags);
	if (
		input.typology.length === 0 ||
		input.typology.length > 2000 ||
		hasForbiddenCharacters(input.typology)
	) {
		throw new MonitoringError('ungueltige_einstellung', 'typology');
	}
	for (const [type, label] of input.labels) {
		if (!Number.isInteger(type) || type < 1 || type > 50) {
			throw new MonitoringError('ungueltige_einstellung', 'type');
		}
		if (label.name.trim().length > TYPE_NAME_MAX || hasForbiddenCharacters(label.name)) {
			throw new MonitoringError('ungueltige_einstellung', `name_${type}`);
		}
		if (
			label.description.trim().length > TYPE_DESCRIPTION_MAX ||
			hasForbiddenCharacters(label.description.replace(/[\t\r\n]/g, ' '))
		) {
			throw new MonitoringError('ungueltige_einstellung', `description_${type}`);
		}
	}
	await db.transaction(async (tx) => {
		const [found] = await tx
			.select({ ags: municipalities.ags })
			.from(municipalities)
			.where(eq(municipalities.ags, input.ags));
		if (!found) throw new MonitoringError('gemeinde_unbekannt', input.ags);
		await touchDataset(tx, input.ags, input.now);
		for (const [type, label] of input.labels) {
			const where = and(
				eq(monitoringTypeLabels.ags, input.ags),
				eq(monitoringTypeLabels.typology, input.typology),
				eq(monitoringTypeLabels.type, type)
			);
			const name = label.name.trim();
			if (name === '') {
				await tx.delete(monitoringTypeLabels).where(where);
				continue;
			}
			await tx
				.insert(monitoringTypeLabels)
				.values({
					ags: input.ags,
					typology: input.typology,
					type,
					name,
					description: label.description.trim(),
					updatedAt: input.now
				})
				.onConflictDoUpdate({
					target: [
						monitoringTypeLabels.ags,
						monitoringTypeLabels.typology,
						monitoringTypeLabels.type
					],
					set: { name, description: label.description.trim(), updatedAt: input.now }
				});
		}
		await recordAudit(
			tx,
			{
				actorUserId: input.actorUserId ?? null,
				action: 'monitoring.types.labelled',
				subjectType: 'municipality',
				subjectId: input.ags,
				details: { typology: input.typology, types: input.labels.size, actor: input.actor ?? null }
			},
			input.now
		);
	});
}
