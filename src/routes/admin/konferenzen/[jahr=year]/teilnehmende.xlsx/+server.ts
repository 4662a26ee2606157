import { participantsDownload } from '$lib/server/backoffice';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => participantsDownload(event, 'xlsx');
