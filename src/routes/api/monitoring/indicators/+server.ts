import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { publicIndicators } from '$lib/server/monitoring';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const municipality = url.searchParams.get('municipality');
	const indicators = await publicIndicators(database(), municipality);
	return json({
		indicators: indicators.map((i) => ({
			key: i.key,
			name: i.name,
			definition: i.definition,
			numerator: i.numeratorLabel,
			denominator: i.denominatorLabel,
			unit: i.unit,
			kind: i.kind,
			direction: i.direction,
			handlungsfeld: i.handlungsfeld,
			source: i.source,
			timeBasis: i.timeBasis,
			municipality: i.ags
		}))
	});
};
