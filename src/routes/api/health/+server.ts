import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { databaseHandle } from '$lib/server/db';
import type { RequestHandler } from './$types';
import { logError } from '$lib/server/log';

export const GET: RequestHandler = async () => {
	const handle = databaseHandle();
	try {
		if (!handle) throw new Error('database not open');
		await handle.db.execute(sql`select 1`);
		return json({ status: 'ok', database: handle.kind, time: new Date().toISOString() });
	} catch (error) {
		logError('health check failed', error);
		return json(
			{ status: 'unavailable', database: 'unavailable', time: new Date().toISOString() },
			{ status: 503 }
		);
	}
};
