import { publicReportDownload } from '../download';
import type { RequestHandler } from './$types';

/** A published report as PDF, from its frozen snapshot. */
export const GET: RequestHandler = (event) => publicReportDownload(event, 'pdf');
