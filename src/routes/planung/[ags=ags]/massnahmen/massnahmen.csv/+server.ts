import { csvDownload } from '../csv';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => csvDownload(event, 'measures');
