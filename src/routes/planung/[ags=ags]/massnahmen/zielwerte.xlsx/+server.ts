import { planningDownload } from '../csv';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => planningDownload(event, 'targets', 'xlsx');
